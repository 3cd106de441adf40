# Generated from ui/door_window.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_DoorWindow(object):
    def setupUi(self, DoorWindow):
        if not DoorWindow.objectName():
            DoorWindow.setObjectName(u"DoorWindow")
        DoorWindow.resize(1280, 800)
        self.rootLayout = QVBoxLayout(DoorWindow)
        self.rootLayout.setSpacing(10)
        self.rootLayout.setObjectName(u"rootLayout")
        self.topBar = QHBoxLayout()
        self.topBar.setObjectName(u"topBar")
        self.eventLabel = QLabel(DoorWindow)
        self.eventLabel.setObjectName(u"eventLabel")
        self.eventLabel.setObjectName(u"eventLabel")
        self.eventLabel.setText(u"Event")
        self.eventLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.eventLabel.sizePolicy().hasHeightForWidth())
        self.eventLabel.setSizePolicy(sizePolicy)

        self.topBar.addWidget(self.eventLabel)

        self.numbersButton = QPushButton(DoorWindow)
        self.numbersButton.setObjectName(u"numbersButton")
        self.numbersButton.setFocusPolicy(Qt.NoFocus)
        self.numbersButton.setVisible(False)

        self.topBar.addWidget(self.numbersButton)

        self.stationLabel = QLabel(DoorWindow)
        self.stationLabel.setObjectName(u"stationLabel")
        self.stationLabel.setText(u"Station")

        self.topBar.addWidget(self.stationLabel)

        self.totalLabel = QLabel(DoorWindow)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"0 / 0")
        self.totalLabel.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.topBar.addWidget(self.totalLabel)


        self.rootLayout.addLayout(self.topBar)

        self.stationsLabel = QLabel(DoorWindow)
        self.stationsLabel.setObjectName(u"stationsLabel")
        self.stationsLabel.setText(u"")
        self.stationsLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.stationsLabel)

        self.mainLayout = QHBoxLayout()
        self.mainLayout.setSpacing(16)
        self.mainLayout.setObjectName(u"mainLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.search = QLineEdit(DoorWindow)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(False)

        self.leftColumn.addWidget(self.search)

        self.confirmation = QFrame(DoorWindow)
        self.confirmation.setObjectName(u"confirmation")
        self.confirmation.setFrameShape(QFrame.StyledPanel)
        self.confirmation.setFocusPolicy(Qt.NoFocus)
        self.confirmationLayout = QVBoxLayout(self.confirmation)
        self.confirmationLayout.setObjectName(u"confirmationLayout")
        self.confirmTitle = QLabel(self.confirmation)
        self.confirmTitle.setObjectName(u"confirmTitle")
        self.confirmTitle.setText(u"")
        self.confirmTitle.setWordWrap(True)

        self.confirmationLayout.addWidget(self.confirmTitle)

        self.confirmDetail = QLabel(self.confirmation)
        self.confirmDetail.setObjectName(u"confirmDetail")
        self.confirmDetail.setText(u"")
        self.confirmDetail.setWordWrap(True)

        self.confirmationLayout.addWidget(self.confirmDetail)

        self.confirmButtons = QHBoxLayout()
        self.confirmButtons.setObjectName(u"confirmButtons")
        self.groupButton = QPushButton(self.confirmation)
        self.groupButton.setObjectName(u"groupButton")
        self.groupButton.setFocusPolicy(Qt.NoFocus)

        self.confirmButtons.addWidget(self.groupButton)

        self.badgeButton = QPushButton(self.confirmation)
        self.badgeButton.setObjectName(u"badgeButton")
        self.badgeButton.setFocusPolicy(Qt.NoFocus)

        self.confirmButtons.addWidget(self.badgeButton)

        self.confirmSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.confirmButtons.addItem(self.confirmSpacer)


        self.confirmationLayout.addLayout(self.confirmButtons)


        self.leftColumn.addWidget(self.confirmation)

        self.results = QTableView(DoorWindow)
        self.results.setObjectName(u"results")
        self.results.setFocusPolicy(Qt.NoFocus)
        self.results.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SingleSelection)
        self.results.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.results.setShowGrid(False)
        self.results.setWordWrap(False)
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.verticalHeader().setVisible(False)

        self.leftColumn.addWidget(self.results)

        self.leftColumn.setStretch(2, 1)

        self.mainLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.recentHeading = QLabel(DoorWindow)
        self.recentHeading.setObjectName(u"recentHeading")

        self.rightColumn.addWidget(self.recentHeading)

        self.recent = QTableView(DoorWindow)
        self.recent.setObjectName(u"recent")
        self.recent.setFocusPolicy(Qt.NoFocus)
        self.recent.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.recent.setSelectionMode(QAbstractItemView.NoSelection)
        self.recent.setShowGrid(False)
        self.recent.setWordWrap(False)
        self.recent.verticalHeader().setVisible(False)

        self.rightColumn.addWidget(self.recent)

        self.countsHeading = QLabel(DoorWindow)
        self.countsHeading.setObjectName(u"countsHeading")

        self.rightColumn.addWidget(self.countsHeading)

        self.counts = QTableView(DoorWindow)
        self.counts.setObjectName(u"counts")
        self.counts.setFocusPolicy(Qt.NoFocus)
        self.counts.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.counts.setSelectionMode(QAbstractItemView.NoSelection)
        self.counts.setShowGrid(False)
        self.counts.verticalHeader().setVisible(False)

        self.rightColumn.addWidget(self.counts)

        self.rightColumn.setStretch(1, 3)
        self.rightColumn.setStretch(3, 2)

        self.mainLayout.addLayout(self.rightColumn)

        self.mainLayout.setStretch(0, 3)
        self.mainLayout.setStretch(1, 2)

        self.rootLayout.addLayout(self.mainLayout)

        self.keysLabel = QLabel(DoorWindow)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)

        self.rootLayout.addWidget(self.keysLabel)


        self.retranslateUi(DoorWindow)

        QMetaObject.connectSlotsByName(DoorWindow)
    # setupUi

    def retranslateUi(self, DoorWindow):
        DoorWindow.setWindowTitle(QCoreApplication.translate("DoorWindow", u"Door check-in", None))
        self.numbersButton.setText(QCoreApplication.translate("DoorWindow", u"Without register number (F3)", None))
#if QT_CONFIG(tooltip)
        self.numbersButton.setToolTip(QCoreApplication.translate("DoorWindow", u"Who came to this accredited event without a register number yet: add it now", None))
#endif // QT_CONFIG(tooltip)
        self.search.setPlaceholderText(QCoreApplication.translate("DoorWindow", u"Type a name or scan a code, then press Enter", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("DoorWindow", u"Search", None))
#endif // QT_CONFIG(accessibility)
        self.groupButton.setText(QCoreApplication.translate("DoorWindow", u"Check in the whole group (Ctrl+G)", None))
        self.badgeButton.setText(QCoreApplication.translate("DoorWindow", u"Print badge (Ctrl+P)", None))
#if QT_CONFIG(accessibility)
        self.results.setAccessibleName(QCoreApplication.translate("DoorWindow", u"Search results", None))
#endif // QT_CONFIG(accessibility)
        self.recentHeading.setText(QCoreApplication.translate("DoorWindow", u"Last check-ins", None))
#if QT_CONFIG(accessibility)
        self.recent.setAccessibleName(QCoreApplication.translate("DoorWindow", u"Last check-ins", None))
#endif // QT_CONFIG(accessibility)
        self.countsHeading.setText(QCoreApplication.translate("DoorWindow", u"Checked in by sector", None))
#if QT_CONFIG(accessibility)
        self.counts.setAccessibleName(QCoreApplication.translate("DoorWindow", u"Counts by sector", None))
#endif // QT_CONFIG(accessibility)
        self.keysLabel.setText(QCoreApplication.translate("DoorWindow", u"Enter: check in \u00b7 \u2191 \u2193: choose \u00b7 F2: walk-in \u00b7 Ctrl+Z: undo last \u00b7 Ctrl+G: whole group \u00b7 Ctrl+P: badge \u00b7 Ctrl+ + / \u2212: text size \u00b7 Esc: clear, then leave", None))
    # retranslateUi

