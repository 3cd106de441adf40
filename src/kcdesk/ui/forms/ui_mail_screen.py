# Generated from ui/mail_screen.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTextBrowser, QVBoxLayout

class Ui_MailScreen(object):
    def setupUi(self, MailScreen):
        if not MailScreen.objectName():
            MailScreen.setObjectName(u"MailScreen")
        MailScreen.resize(960, 640)
        self.mainLayout = QVBoxLayout(MailScreen)
        self.mainLayout.setObjectName(u"mainLayout")
        self.composeLayout = QGridLayout()
        self.composeLayout.setObjectName(u"composeLayout")
        self.eventLabel = QLabel(MailScreen)
        self.eventLabel.setObjectName(u"eventLabel")

        self.composeLayout.addWidget(self.eventLabel, 0, 0, 1, 1)

        self.eventCombo = QComboBox(MailScreen)
        self.eventCombo.setObjectName(u"eventCombo")

        self.composeLayout.addWidget(self.eventCombo, 0, 1, 1, 5)

        self.kindLabel = QLabel(MailScreen)
        self.kindLabel.setObjectName(u"kindLabel")

        self.composeLayout.addWidget(self.kindLabel, 1, 0, 1, 1)

        self.kindCombo = QComboBox(MailScreen)
        self.kindCombo.setObjectName(u"kindCombo")

        self.composeLayout.addWidget(self.kindCombo, 1, 1, 1, 1)

        self.audienceLabel = QLabel(MailScreen)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.composeLayout.addWidget(self.audienceLabel, 1, 2, 1, 1)

        self.audienceCombo = QComboBox(MailScreen)
        self.audienceCombo.setObjectName(u"audienceCombo")

        self.composeLayout.addWidget(self.audienceCombo, 1, 3, 1, 1)

        self.codesEdit = QLineEdit(MailScreen)
        self.codesEdit.setObjectName(u"codesEdit")

        self.composeLayout.addWidget(self.codesEdit, 1, 4, 1, 1)

        self.queueButton = QPushButton(MailScreen)
        self.queueButton.setObjectName(u"queueButton")

        self.composeLayout.addWidget(self.queueButton, 1, 5, 1, 1)

        self.composeLayout.setColumnStretch(1, 2)
        self.composeLayout.setColumnStretch(3, 2)
        self.composeLayout.setColumnStretch(4, 2)

        self.mainLayout.addLayout(self.composeLayout)

        self.splitter = QSplitter(MailScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.previewBox = QGroupBox(self.splitter)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.recipientLayout = QHBoxLayout()
        self.recipientLayout.setObjectName(u"recipientLayout")
        self.recipientLabel = QLabel(self.previewBox)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.recipientLayout.addWidget(self.recipientLabel)

        self.recipientCombo = QComboBox(self.previewBox)
        self.recipientCombo.setObjectName(u"recipientCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.recipientCombo.sizePolicy().hasHeightForWidth())
        self.recipientCombo.setSizePolicy(sizePolicy)

        self.recipientLayout.addWidget(self.recipientCombo)

        self.acceptButton = QPushButton(self.previewBox)
        self.acceptButton.setObjectName(u"acceptButton")

        self.recipientLayout.addWidget(self.acceptButton)

        self.declineButton = QPushButton(self.previewBox)
        self.declineButton.setObjectName(u"declineButton")

        self.recipientLayout.addWidget(self.declineButton)

        self.testButton = QPushButton(self.previewBox)
        self.testButton.setObjectName(u"testButton")

        self.recipientLayout.addWidget(self.testButton)


        self.previewLayout.addLayout(self.recipientLayout)

        self.subjectLabel = QLabel(self.previewBox)
        self.subjectLabel.setObjectName(u"subjectLabel")
        self.subjectLabel.setWordWrap(True)
        self.subjectLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.previewLayout.addWidget(self.subjectLabel)

        self.previewBrowser = QTextBrowser(self.previewBox)
        self.previewBrowser.setObjectName(u"previewBrowser")
        self.previewBrowser.setOpenLinks(False)

        self.previewLayout.addWidget(self.previewBrowser)

        self.summaryLabel = QLabel(self.previewBox)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.summaryLabel)

        self.splitter.addWidget(self.previewBox)
        self.outboxBox = QGroupBox(self.splitter)
        self.outboxBox.setObjectName(u"outboxBox")
        self.outboxLayout = QVBoxLayout(self.outboxBox)
        self.outboxLayout.setObjectName(u"outboxLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusLabel = QLabel(self.outboxBox)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(self.outboxBox)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.countsLabel = QLabel(self.outboxBox)
        self.countsLabel.setObjectName(u"countsLabel")

        self.filterLayout.addWidget(self.countsLabel)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.outboxLayout.addLayout(self.filterLayout)

        self.outboxView = QTableView(self.outboxBox)
        self.outboxView.setObjectName(u"outboxView")
        self.outboxView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.outboxView.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.outboxView.setAlternatingRowColors(True)
        self.outboxView.setSortingEnabled(True)
        self.outboxView.setWordWrap(False)

        self.outboxLayout.addWidget(self.outboxView)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.retryButton = QPushButton(self.outboxBox)
        self.retryButton.setObjectName(u"retryButton")

        self.actionsLayout.addWidget(self.retryButton)

        self.cancelMailButton = QPushButton(self.outboxBox)
        self.cancelMailButton.setObjectName(u"cancelMailButton")

        self.actionsLayout.addWidget(self.cancelMailButton)

        self.arrivedButton = QPushButton(self.outboxBox)
        self.arrivedButton.setObjectName(u"arrivedButton")

        self.actionsLayout.addWidget(self.arrivedButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.outboxLayout.addLayout(self.actionsLayout)

        self.splitter.addWidget(self.outboxBox)

        self.mainLayout.addWidget(self.splitter)

        self.sendLayout = QHBoxLayout()
        self.sendLayout.setObjectName(u"sendLayout")
        self.settingsButton = QPushButton(MailScreen)
        self.settingsButton.setObjectName(u"settingsButton")

        self.sendLayout.addWidget(self.settingsButton)

        self.emlButton = QPushButton(MailScreen)
        self.emlButton.setObjectName(u"emlButton")

        self.sendLayout.addWidget(self.emlButton)

        self.progressBar = QProgressBar(MailScreen)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.sendLayout.addWidget(self.progressBar)

        self.stopButton = QPushButton(MailScreen)
        self.stopButton.setObjectName(u"stopButton")
        self.stopButton.setEnabled(False)

        self.sendLayout.addWidget(self.stopButton)

        self.sendButton = QPushButton(MailScreen)
        self.sendButton.setObjectName(u"sendButton")

        self.sendLayout.addWidget(self.sendButton)


        self.mainLayout.addLayout(self.sendLayout)

#if QT_CONFIG(shortcut)
        self.eventLabel.setBuddy(self.eventCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.audienceLabel.setBuddy(self.audienceCombo)
        self.recipientLabel.setBuddy(self.recipientCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MailScreen)

        QMetaObject.connectSlotsByName(MailScreen)
    # setupUi

    def retranslateUi(self, MailScreen):
        self.eventLabel.setText(QCoreApplication.translate("MailScreen", u"&Event", None))
#if QT_CONFIG(accessibility)
        self.eventCombo.setAccessibleName(QCoreApplication.translate("MailScreen", u"Event", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("MailScreen", u"&Mail", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("MailScreen", u"Kind of mail", None))
#endif // QT_CONFIG(accessibility)
        self.audienceLabel.setText(QCoreApplication.translate("MailScreen", u"&To", None))
#if QT_CONFIG(accessibility)
        self.audienceCombo.setAccessibleName(QCoreApplication.translate("MailScreen", u"Recipients", None))
#endif // QT_CONFIG(accessibility)
        self.codesEdit.setPlaceholderText(QCoreApplication.translate("MailScreen", u"codes, separated by commas", None))
#if QT_CONFIG(accessibility)
        self.codesEdit.setAccessibleName(QCoreApplication.translate("MailScreen", u"Registration codes", None))
#endif // QT_CONFIG(accessibility)
        self.queueButton.setText(QCoreApplication.translate("MailScreen", u"&Queue\u2026", None))
        self.previewBox.setTitle(QCoreApplication.translate("MailScreen", u"Preview", None))
        self.recipientLabel.setText(QCoreApplication.translate("MailScreen", u"&For", None))
#if QT_CONFIG(accessibility)
        self.recipientCombo.setAccessibleName(QCoreApplication.translate("MailScreen", u"Preview for this recipient", None))
#endif // QT_CONFIG(accessibility)
        self.acceptButton.setText(QCoreApplication.translate("MailScreen", u"Said &yes", None))
#if QT_CONFIG(tooltip)
        self.acceptButton.setToolTip(QCoreApplication.translate("MailScreen", u"This person takes the offered seat", None))
#endif // QT_CONFIG(tooltip)
        self.declineButton.setText(QCoreApplication.translate("MailScreen", u"Said n&o", None))
#if QT_CONFIG(tooltip)
        self.declineButton.setToolTip(QCoreApplication.translate("MailScreen", u"This person does not take the seat; the next one is offered it", None))
#endif // QT_CONFIG(tooltip)
        self.testButton.setText(QCoreApplication.translate("MailScreen", u"Send a &test to me\u2026", None))
        self.subjectLabel.setText("")
#if QT_CONFIG(accessibility)
        self.previewBrowser.setAccessibleName(QCoreApplication.translate("MailScreen", u"Mail preview", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
        self.outboxBox.setTitle(QCoreApplication.translate("MailScreen", u"Outbox", None))
        self.statusLabel.setText(QCoreApplication.translate("MailScreen", u"&Show", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("MailScreen", u"Show mails with this status", None))
#endif // QT_CONFIG(accessibility)
        self.countsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.outboxView.setAccessibleName(QCoreApplication.translate("MailScreen", u"Outbox", None))
#endif // QT_CONFIG(accessibility)
        self.retryButton.setText(QCoreApplication.translate("MailScreen", u"&Retry", None))
        self.cancelMailButton.setText(QCoreApplication.translate("MailScreen", u"Ca&ncel mail", None))
        self.arrivedButton.setText(QCoreApplication.translate("MailScreen", u"It &arrived", None))
#if QT_CONFIG(tooltip)
        self.arrivedButton.setToolTip(QCoreApplication.translate("MailScreen", u"For a mail under review: you checked that it arrived", None))
#endif // QT_CONFIG(tooltip)
        self.settingsButton.setText(QCoreApplication.translate("MailScreen", u"Se&ttings\u2026", None))
        self.emlButton.setText(QCoreApplication.translate("MailScreen", u"Save as .&eml files\u2026", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("MailScreen", u"Sending progress", None))
#endif // QT_CONFIG(accessibility)
        self.stopButton.setText(QCoreApplication.translate("MailScreen", u"Sto&p", None))
        self.sendButton.setText(QCoreApplication.translate("MailScreen", u"Send &now", None))
        pass
    # retranslateUi

