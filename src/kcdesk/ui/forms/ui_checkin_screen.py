# Generated from ui/checkin_screen.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QVBoxLayout, QWidget

class Ui_CheckinScreen(object):
    def setupUi(self, CheckinScreen):
        if not CheckinScreen.objectName():
            CheckinScreen.setObjectName(u"CheckinScreen")
        CheckinScreen.resize(1000, 700)
        self.layout = QVBoxLayout(CheckinScreen)
        self.layout.setObjectName(u"layout")
        self.eventRow = QHBoxLayout()
        self.eventRow.setObjectName(u"eventRow")
        self.eventLabel = QLabel(CheckinScreen)
        self.eventLabel.setObjectName(u"eventLabel")

        self.eventRow.addWidget(self.eventLabel)

        self.eventCombo = QComboBox(CheckinScreen)
        self.eventCombo.setObjectName(u"eventCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.eventCombo.sizePolicy().hasHeightForWidth())
        self.eventCombo.setSizePolicy(sizePolicy)

        self.eventRow.addWidget(self.eventCombo)

        self.doorButton = QPushButton(CheckinScreen)
        self.doorButton.setObjectName(u"doorButton")

        self.eventRow.addWidget(self.doorButton)


        self.layout.addLayout(self.eventRow)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.stationBox = QGroupBox(CheckinScreen)
        self.stationBox.setObjectName(u"stationBox")
        self.stationForm = QFormLayout(self.stationBox)
        self.stationForm.setObjectName(u"stationForm")
        self.stationLabel = QLabel(self.stationBox)
        self.stationLabel.setObjectName(u"stationLabel")

        self.stationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stationLabel)

        self.station = QLineEdit(self.stationBox)
        self.station.setObjectName(u"station")

        self.stationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.station)

        self.fontLabel = QLabel(self.stationBox)
        self.fontLabel.setObjectName(u"fontLabel")

        self.stationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fontLabel)

        self.fontSize = QSpinBox(self.stationBox)
        self.fontSize.setObjectName(u"fontSize")
        self.fontSize.setMinimum(12)
        self.fontSize.setMaximum(48)
        self.fontSize.setValue(22)

        self.stationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fontSize)

        self.journalButtons = QHBoxLayout()
        self.journalButtons.setObjectName(u"journalButtons")
        self.exportJournal = QPushButton(self.stationBox)
        self.exportJournal.setObjectName(u"exportJournal")

        self.journalButtons.addWidget(self.exportJournal)

        self.mergeJournals = QPushButton(self.stationBox)
        self.mergeJournals.setObjectName(u"mergeJournals")

        self.journalButtons.addWidget(self.mergeJournals)


        self.stationForm.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.journalButtons)


        self.leftColumn.addWidget(self.stationBox)

        self.badgeBox = QGroupBox(CheckinScreen)
        self.badgeBox.setObjectName(u"badgeBox")
        self.badgeButtons = QHBoxLayout(self.badgeBox)
        self.badgeButtons.setObjectName(u"badgeButtons")
        self.badgesPdf = QPushButton(self.badgeBox)
        self.badgesPdf.setObjectName(u"badgesPdf")

        self.badgeButtons.addWidget(self.badgesPdf)

        self.badgesPrint = QPushButton(self.badgeBox)
        self.badgesPrint.setObjectName(u"badgesPrint")

        self.badgeButtons.addWidget(self.badgesPrint)


        self.leftColumn.addWidget(self.badgeBox)

        self.totalLabel = QLabel(CheckinScreen)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")

        self.leftColumn.addWidget(self.totalLabel)

        self.counts = QTableView(CheckinScreen)
        self.counts.setObjectName(u"counts")
        self.counts.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.counts.setSelectionMode(QAbstractItemView.NoSelection)
        self.counts.verticalHeader().setVisible(False)

        self.leftColumn.addWidget(self.counts)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.noShowsHeading = QLabel(CheckinScreen)
        self.noShowsHeading.setObjectName(u"noShowsHeading")

        self.rightColumn.addWidget(self.noShowsHeading)

        self.noShows = QTableView(CheckinScreen)
        self.noShows.setObjectName(u"noShows")
        self.noShows.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.noShows.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.noShows.setAlternatingRowColors(True)
        self.noShows.horizontalHeader().setStretchLastSection(True)
        self.noShows.verticalHeader().setVisible(False)

        self.rightColumn.addWidget(self.noShows)

        self.noShowButtons = QHBoxLayout()
        self.noShowButtons.setObjectName(u"noShowButtons")
        self.noShowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noShowButtons.addItem(self.noShowSpacer)

        self.markNoShows = QPushButton(CheckinScreen)
        self.markNoShows.setObjectName(u"markNoShows")

        self.noShowButtons.addWidget(self.markNoShows)


        self.rightColumn.addLayout(self.noShowButtons)


        self.columns.addLayout(self.rightColumn)

        self.columns.setStretch(0, 2)
        self.columns.setStretch(1, 3)

        self.layout.addLayout(self.columns)

#if QT_CONFIG(shortcut)
        self.eventLabel.setBuddy(self.eventCombo)
        self.stationLabel.setBuddy(self.station)
        self.fontLabel.setBuddy(self.fontSize)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.eventCombo, self.doorButton)
        QWidget.setTabOrder(self.doorButton, self.station)
        QWidget.setTabOrder(self.station, self.fontSize)
        QWidget.setTabOrder(self.fontSize, self.exportJournal)
        QWidget.setTabOrder(self.exportJournal, self.mergeJournals)
        QWidget.setTabOrder(self.mergeJournals, self.badgesPdf)
        QWidget.setTabOrder(self.badgesPdf, self.badgesPrint)
        QWidget.setTabOrder(self.badgesPrint, self.counts)
        QWidget.setTabOrder(self.counts, self.noShows)
        QWidget.setTabOrder(self.noShows, self.markNoShows)

        self.retranslateUi(CheckinScreen)

        QMetaObject.connectSlotsByName(CheckinScreen)
    # setupUi

    def retranslateUi(self, CheckinScreen):
        self.eventLabel.setText(QCoreApplication.translate("CheckinScreen", u"&Event", None))
        self.doorButton.setText(QCoreApplication.translate("CheckinScreen", u"Open &door mode (F11)", None))
        self.stationBox.setTitle(QCoreApplication.translate("CheckinScreen", u"This station", None))
        self.stationLabel.setText(QCoreApplication.translate("CheckinScreen", u"Station &name", None))
        self.station.setPlaceholderText(QCoreApplication.translate("CheckinScreen", u"e.g. Entrance or Zaal 2", None))
        self.fontLabel.setText(QCoreApplication.translate("CheckinScreen", u"Door &text size", None))
        self.fontSize.setSuffix(QCoreApplication.translate("CheckinScreen", u" pt", None))
        self.exportJournal.setText(QCoreApplication.translate("CheckinScreen", u"E&xport this station's journal\u2026", None))
        self.mergeJournals.setText(QCoreApplication.translate("CheckinScreen", u"&Merge other stations' journals\u2026", None))
        self.badgeBox.setTitle(QCoreApplication.translate("CheckinScreen", u"Name badges", None))
        self.badgesPdf.setText(QCoreApplication.translate("CheckinScreen", u"Save badges as &PDF\u2026", None))
        self.badgesPrint.setText(QCoreApplication.translate("CheckinScreen", u"P&rint badges\u2026", None))
#if QT_CONFIG(accessibility)
        self.counts.setAccessibleName(QCoreApplication.translate("CheckinScreen", u"Counts by sector", None))
#endif // QT_CONFIG(accessibility)
        self.noShowsHeading.setText(QCoreApplication.translate("CheckinScreen", u"Not checked in (yet)", None))
#if QT_CONFIG(accessibility)
        self.noShows.setAccessibleName(QCoreApplication.translate("CheckinScreen", u"Not checked in", None))
#endif // QT_CONFIG(accessibility)
        self.markNoShows.setText(QCoreApplication.translate("CheckinScreen", u"Mark them all as &no-show", None))
        pass
    # retranslateUi

