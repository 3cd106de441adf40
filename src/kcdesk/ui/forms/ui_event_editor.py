# Generated from ui/event_editor.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTimeEdit, QVBoxLayout, QWidget

class Ui_EventEditor(object):
    def setupUi(self, EventEditor):
        if not EventEditor.objectName():
            EventEditor.setObjectName(u"EventEditor")
        EventEditor.resize(760, 520)
        self.grid = QGridLayout(EventEditor)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(24)
        self.leftForm = QFormLayout()
        self.leftForm.setObjectName(u"leftForm")
        self.leftForm.setHorizontalSpacing(10)
        self.leftForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.titleLabel = QLabel(EventEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleBox = QVBoxLayout()
        self.titleBox.setSpacing(2)
        self.titleBox.setObjectName(u"titleBox")
        self.title = QLineEdit(EventEditor)
        self.title.setObjectName(u"title")

        self.titleBox.addWidget(self.title)

        self.titleError = QLabel(EventEditor)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setStyleSheet(u"color: #b00020;")
        self.titleError.setVisible(False)
        self.titleError.setWordWrap(True)

        self.titleBox.addWidget(self.titleError)


        self.leftForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.titleBox)

        self.themeLabel = QLabel(EventEditor)
        self.themeLabel.setObjectName(u"themeLabel")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.theme = QLineEdit(EventEditor)
        self.theme.setObjectName(u"theme")

        self.leftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.theme)

        self.taglineLabel = QLabel(EventEditor)
        self.taglineLabel.setObjectName(u"taglineLabel")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.taglineLabel)

        self.tagline = QLineEdit(EventEditor)
        self.tagline.setObjectName(u"tagline")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tagline)

        self.dateLabel = QLabel(EventEditor)
        self.dateLabel.setObjectName(u"dateLabel")

        self.leftForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateBox = QVBoxLayout()
        self.dateBox.setSpacing(2)
        self.dateBox.setObjectName(u"dateBox")
        self.date = QDateEdit(EventEditor)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)

        self.dateBox.addWidget(self.date)

        self.dateError = QLabel(EventEditor)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setStyleSheet(u"color: #b00020;")
        self.dateError.setVisible(False)
        self.dateError.setWordWrap(True)

        self.dateBox.addWidget(self.dateError)


        self.leftForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dateBox)

        self.startLabel = QLabel(EventEditor)
        self.startLabel.setObjectName(u"startLabel")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startTime = QTimeEdit(EventEditor)
        self.startTime.setObjectName(u"startTime")

        self.leftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startTime)

        self.endLabel = QLabel(EventEditor)
        self.endLabel.setObjectName(u"endLabel")

        self.leftForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endBox = QVBoxLayout()
        self.endBox.setSpacing(2)
        self.endBox.setObjectName(u"endBox")
        self.endTime = QTimeEdit(EventEditor)
        self.endTime.setObjectName(u"endTime")

        self.endBox.addWidget(self.endTime)

        self.endError = QLabel(EventEditor)
        self.endError.setObjectName(u"endError")
        self.endError.setStyleSheet(u"color: #b00020;")
        self.endError.setVisible(False)
        self.endError.setWordWrap(True)

        self.endBox.addWidget(self.endError)


        self.leftForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.endBox)

        self.statusLabel = QLabel(EventEditor)
        self.statusLabel.setObjectName(u"statusLabel")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(EventEditor)
        self.status.setObjectName(u"status")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.status)

        self.headlineLabel = QLabel(EventEditor)
        self.headlineLabel.setObjectName(u"headlineLabel")

        self.leftForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.headlineLabel)

        self.headlineBox = QHBoxLayout()
        self.headlineBox.setObjectName(u"headlineBox")
        self.headline = QLineEdit(EventEditor)
        self.headline.setObjectName(u"headline")

        self.headlineBox.addWidget(self.headline)

        self.englishButton = QPushButton(EventEditor)
        self.englishButton.setObjectName(u"englishButton")

        self.headlineBox.addWidget(self.englishButton)


        self.leftForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.headlineBox)


        self.grid.addLayout(self.leftForm, 0, 0, 1, 1)

        self.rightForm = QFormLayout()
        self.rightForm.setObjectName(u"rightForm")
        self.rightForm.setHorizontalSpacing(10)
        self.rightForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.seriesLabel = QLabel(EventEditor)
        self.seriesLabel.setObjectName(u"seriesLabel")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.seriesLabel)

        self.seriesBox = QHBoxLayout()
        self.seriesBox.setObjectName(u"seriesBox")
        self.series = QComboBox(EventEditor)
        self.series.setObjectName(u"series")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.series.sizePolicy().hasHeightForWidth())
        self.series.setSizePolicy(sizePolicy)

        self.seriesBox.addWidget(self.series)

        self.newSeries = QPushButton(EventEditor)
        self.newSeries.setObjectName(u"newSeries")

        self.seriesBox.addWidget(self.newSeries)


        self.rightForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.seriesBox)

        self.editionLabel = QLabel(EventEditor)
        self.editionLabel.setObjectName(u"editionLabel")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.editionLabel)

        self.editionBox = QHBoxLayout()
        self.editionBox.setObjectName(u"editionBox")
        self.edition = QSpinBox(EventEditor)
        self.edition.setObjectName(u"edition")
        self.edition.setMaximum(999)

        self.editionBox.addWidget(self.edition)

        self.editionPhrase = QLineEdit(EventEditor)
        self.editionPhrase.setObjectName(u"editionPhrase")

        self.editionBox.addWidget(self.editionPhrase)


        self.rightForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.editionBox)

        self.venueLabel = QLabel(EventEditor)
        self.venueLabel.setObjectName(u"venueLabel")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueName = QLineEdit(EventEditor)
        self.venueName.setObjectName(u"venueName")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.venueName)

        self.roomLabel = QLabel(EventEditor)
        self.roomLabel.setObjectName(u"roomLabel")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.venueRoom = QLineEdit(EventEditor)
        self.venueRoom.setObjectName(u"venueRoom")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.venueRoom)

        self.addressLabel = QLabel(EventEditor)
        self.addressLabel.setObjectName(u"addressLabel")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.venueAddress = QLineEdit(EventEditor)
        self.venueAddress.setObjectName(u"venueAddress")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.venueAddress)

        self.capacityLabel = QLabel(EventEditor)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.rightForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacityBox = QVBoxLayout()
        self.capacityBox.setSpacing(2)
        self.capacityBox.setObjectName(u"capacityBox")
        self.capacity = QLineEdit(EventEditor)
        self.capacity.setObjectName(u"capacity")

        self.capacityBox.addWidget(self.capacity)

        self.capacityError = QLabel(EventEditor)
        self.capacityError.setObjectName(u"capacityError")
        self.capacityError.setStyleSheet(u"color: #b00020;")
        self.capacityError.setVisible(False)
        self.capacityError.setWordWrap(True)

        self.capacityBox.addWidget(self.capacityError)


        self.rightForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.capacityBox)

        self.nextLabel = QLabel(EventEditor)
        self.nextLabel.setObjectName(u"nextLabel")

        self.rightForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.nextLabel)

        self.nextEvent = QComboBox(EventEditor)
        self.nextEvent.setObjectName(u"nextEvent")

        self.rightForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.nextEvent)

        self.publishedLabel = QLabel(EventEditor)
        self.publishedLabel.setObjectName(u"publishedLabel")

        self.rightForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.publishedLabel)

        self.publishedOn = QDateEdit(EventEditor)
        self.publishedOn.setObjectName(u"publishedOn")
        self.publishedOn.setCalendarPopup(True)

        self.rightForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.publishedOn)


        self.grid.addLayout(self.rightForm, 0, 1, 1, 1)

        self.descriptionLabel = QLabel(EventEditor)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.grid.addWidget(self.descriptionLabel, 1, 0, 1, 2)

        self.description = QPlainTextEdit(EventEditor)
        self.description.setObjectName(u"description")
        self.description.setMaximumSize(QSize(16777215, 100))
        self.description.setTabChangesFocus(True)

        self.grid.addWidget(self.description, 2, 0, 1, 2)

        self.savedHint = QLabel(EventEditor)
        self.savedHint.setObjectName(u"savedHint")
        self.savedHint.setStyleSheet(u"color: palette(mid);")

        self.grid.addWidget(self.savedHint, 3, 0, 1, 2)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.bottomSpacer, 4, 0, 1, 2)

        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.themeLabel.setBuddy(self.theme)
        self.taglineLabel.setBuddy(self.tagline)
        self.dateLabel.setBuddy(self.date)
        self.startLabel.setBuddy(self.startTime)
        self.endLabel.setBuddy(self.endTime)
        self.statusLabel.setBuddy(self.status)
        self.headlineLabel.setBuddy(self.headline)
        self.seriesLabel.setBuddy(self.series)
        self.editionLabel.setBuddy(self.edition)
        self.venueLabel.setBuddy(self.venueName)
        self.roomLabel.setBuddy(self.venueRoom)
        self.addressLabel.setBuddy(self.venueAddress)
        self.capacityLabel.setBuddy(self.capacity)
        self.nextLabel.setBuddy(self.nextEvent)
        self.publishedLabel.setBuddy(self.publishedOn)
        self.descriptionLabel.setBuddy(self.description)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title, self.theme)
        QWidget.setTabOrder(self.theme, self.tagline)
        QWidget.setTabOrder(self.tagline, self.date)
        QWidget.setTabOrder(self.date, self.startTime)
        QWidget.setTabOrder(self.startTime, self.endTime)
        QWidget.setTabOrder(self.endTime, self.status)
        QWidget.setTabOrder(self.status, self.headline)
        QWidget.setTabOrder(self.headline, self.englishButton)
        QWidget.setTabOrder(self.englishButton, self.series)
        QWidget.setTabOrder(self.series, self.newSeries)
        QWidget.setTabOrder(self.newSeries, self.edition)
        QWidget.setTabOrder(self.edition, self.editionPhrase)
        QWidget.setTabOrder(self.editionPhrase, self.venueName)
        QWidget.setTabOrder(self.venueName, self.venueRoom)
        QWidget.setTabOrder(self.venueRoom, self.venueAddress)
        QWidget.setTabOrder(self.venueAddress, self.capacity)
        QWidget.setTabOrder(self.capacity, self.nextEvent)
        QWidget.setTabOrder(self.nextEvent, self.publishedOn)
        QWidget.setTabOrder(self.publishedOn, self.description)

        self.retranslateUi(EventEditor)

        QMetaObject.connectSlotsByName(EventEditor)
    # setupUi

    def retranslateUi(self, EventEditor):
        self.titleLabel.setText(QCoreApplication.translate("EventEditor", u"&Title", None))
        self.title.setPlaceholderText(QCoreApplication.translate("EventEditor", u"Kenniscaf\u00e9 \u2026", None))
        self.titleError.setText("")
        self.themeLabel.setText(QCoreApplication.translate("EventEditor", u"T&heme", None))
        self.taglineLabel.setText(QCoreApplication.translate("EventEditor", u"Ta&gline", None))
        self.dateLabel.setText(QCoreApplication.translate("EventEditor", u"&Date", None))
        self.date.setSpecialValueText(QCoreApplication.translate("EventEditor", u"(no date)", None))
        self.dateError.setText("")
        self.startLabel.setText(QCoreApplication.translate("EventEditor", u"&Starts", None))
        self.startTime.setSpecialValueText(QCoreApplication.translate("EventEditor", u"\u2014", None))
        self.endLabel.setText(QCoreApplication.translate("EventEditor", u"&Ends", None))
        self.endTime.setSpecialValueText(QCoreApplication.translate("EventEditor", u"\u2014", None))
        self.endError.setText("")
        self.statusLabel.setText(QCoreApplication.translate("EventEditor", u"Stat&us", None))
        self.headlineLabel.setText(QCoreApplication.translate("EventEditor", u"Head&line", None))
        self.headline.setPlaceholderText(QCoreApplication.translate("EventEditor", u"the article's own headline", None))
        self.englishButton.setText(QCoreApplication.translate("EventEditor", u"E&nglish\u2026", None))
#if QT_CONFIG(tooltip)
        self.englishButton.setToolTip(QCoreApplication.translate("EventEditor", u"English versions of the title, theme, headline, edition and description", None))
#endif // QT_CONFIG(tooltip)
        self.seriesLabel.setText(QCoreApplication.translate("EventEditor", u"Se&ries", None))
        self.newSeries.setText(QCoreApplication.translate("EventEditor", u"New &series\u2026", None))
        self.editionLabel.setText(QCoreApplication.translate("EventEditor", u"Edi&tion", None))
        self.edition.setSpecialValueText(QCoreApplication.translate("EventEditor", u"\u2014", None))
        self.editionPhrase.setPlaceholderText(QCoreApplication.translate("EventEditor", u"in words, as the article says it", None))
#if QT_CONFIG(tooltip)
        self.editionPhrase.setToolTip(QCoreApplication.translate("EventEditor", u"The edition as the article says it, e.g. \u2018het eerste najaarskenniscaf\u00e9 van 2019\u2019", None))
#endif // QT_CONFIG(tooltip)
        self.venueLabel.setText(QCoreApplication.translate("EventEditor", u"&Venue", None))
        self.roomLabel.setText(QCoreApplication.translate("EventEditor", u"R&oom", None))
        self.addressLabel.setText(QCoreApplication.translate("EventEditor", u"&Address", None))
        self.capacityLabel.setText(QCoreApplication.translate("EventEditor", u"&Capacity", None))
        self.capacity.setPlaceholderText(QCoreApplication.translate("EventEditor", u"no limit", None))
        self.capacityError.setText("")
        self.nextLabel.setText(QCoreApplication.translate("EventEditor", u"&Next event", None))
        self.publishedLabel.setText(QCoreApplication.translate("EventEditor", u"Pu&blished on", None))
        self.publishedOn.setSpecialValueText(QCoreApplication.translate("EventEditor", u"(not yet)", None))
        self.descriptionLabel.setText(QCoreApplication.translate("EventEditor", u"Descri&ption", None))
        self.savedHint.setText(QCoreApplication.translate("EventEditor", u"Changes are saved as you go; Ctrl+Z undoes them.", None))
        pass
    # retranslateUi

