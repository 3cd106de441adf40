# Generated from ui/preferences.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(540, 400)
        self.mainLayout = QVBoxLayout(PreferencesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.computerGroup = QGroupBox(PreferencesDialog)
        self.computerGroup.setObjectName(u"computerGroup")
        self.computerForm = QFormLayout(self.computerGroup)
        self.computerForm.setObjectName(u"computerForm")
        self.languageLabel = QLabel(self.computerGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.computerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(self.computerGroup)
        self.language.addItem("")
        self.language.addItem(u"Nederlands")
        self.language.addItem(u"English")
        self.language.setObjectName(u"language")

        self.computerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.languageNote = QLabel(self.computerGroup)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.computerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageNote)

        self.stationLabel = QLabel(self.computerGroup)
        self.stationLabel.setObjectName(u"stationLabel")

        self.computerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stationLabel)

        self.stationName = QLineEdit(self.computerGroup)
        self.stationName.setObjectName(u"stationName")
        self.stationName.setMaxLength(40)

        self.computerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stationName)

        self.doorFontLabel = QLabel(self.computerGroup)
        self.doorFontLabel.setObjectName(u"doorFontLabel")

        self.computerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.doorFontLabel)

        self.doorFontSize = QSpinBox(self.computerGroup)
        self.doorFontSize.setObjectName(u"doorFontSize")
        self.doorFontSize.setSuffix(u" pt")
        self.doorFontSize.setMinimum(12)
        self.doorFontSize.setMaximum(48)
        self.doorFontSize.setValue(22)

        self.computerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.doorFontSize)

        self.backupsLabel = QLabel(self.computerGroup)
        self.backupsLabel.setObjectName(u"backupsLabel")

        self.computerForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.backupsLabel)

        self.backupsKept = QSpinBox(self.computerGroup)
        self.backupsKept.setObjectName(u"backupsKept")
        self.backupsKept.setMinimum(1)
        self.backupsKept.setMaximum(60)
        self.backupsKept.setValue(7)

        self.computerForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.backupsKept)


        self.mainLayout.addWidget(self.computerGroup)

        self.stationsGroup = QGroupBox(PreferencesDialog)
        self.stationsGroup.setObjectName(u"stationsGroup")
        self.stationsForm = QFormLayout(self.stationsGroup)
        self.stationsForm.setObjectName(u"stationsForm")
        self.syncFolderLabel = QLabel(self.stationsGroup)
        self.syncFolderLabel.setObjectName(u"syncFolderLabel")

        self.stationsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.syncFolderLabel)

        self.syncFolderRow = QHBoxLayout()
        self.syncFolderRow.setObjectName(u"syncFolderRow")
        self.syncFolder = QLineEdit(self.stationsGroup)
        self.syncFolder.setObjectName(u"syncFolder")

        self.syncFolderRow.addWidget(self.syncFolder)

        self.chooseSyncFolder = QPushButton(self.stationsGroup)
        self.chooseSyncFolder.setObjectName(u"chooseSyncFolder")

        self.syncFolderRow.addWidget(self.chooseSyncFolder)


        self.stationsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.syncFolderRow)

        self.syncFolderNote = QLabel(self.stationsGroup)
        self.syncFolderNote.setObjectName(u"syncFolderNote")
        self.syncFolderNote.setWordWrap(True)

        self.stationsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.syncFolderNote)


        self.mainLayout.addWidget(self.stationsGroup)

        self.databaseGroup = QGroupBox(PreferencesDialog)
        self.databaseGroup.setObjectName(u"databaseGroup")
        self.databaseForm = QFormLayout(self.databaseGroup)
        self.databaseForm.setObjectName(u"databaseForm")
        self.retentionLabel = QLabel(self.databaseGroup)
        self.retentionLabel.setObjectName(u"retentionLabel")

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.retentionLabel)

        self.retentionMonths = QSpinBox(self.databaseGroup)
        self.retentionMonths.setObjectName(u"retentionMonths")
        self.retentionMonths.setMinimum(1)
        self.retentionMonths.setMaximum(120)
        self.retentionMonths.setValue(24)

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.retentionMonths)

        self.retentionNote = QLabel(self.databaseGroup)
        self.retentionNote.setObjectName(u"retentionNote")
        self.retentionNote.setWordWrap(True)

        self.databaseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.retentionNote)


        self.mainLayout.addWidget(self.databaseGroup)

        self.dataGroup = QGroupBox(PreferencesDialog)
        self.dataGroup.setObjectName(u"dataGroup")
        self.dataLayout = QHBoxLayout(self.dataGroup)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataFolder = QLabel(self.dataGroup)
        self.dataFolder.setObjectName(u"dataFolder")
        self.dataFolder.setText(u"\u2026")
        self.dataFolder.setWordWrap(True)
        self.dataFolder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dataFolder.sizePolicy().hasHeightForWidth())
        self.dataFolder.setSizePolicy(sizePolicy)

        self.dataLayout.addWidget(self.dataFolder)

        self.openDataFolder = QPushButton(self.dataGroup)
        self.openDataFolder.setObjectName(u"openDataFolder")

        self.dataLayout.addWidget(self.openDataFolder)


        self.mainLayout.addWidget(self.dataGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(PreferencesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.language)
        self.stationLabel.setBuddy(self.stationName)
        self.doorFontLabel.setBuddy(self.doorFontSize)
        self.backupsLabel.setBuddy(self.backupsKept)
        self.syncFolderLabel.setBuddy(self.syncFolder)
        self.retentionLabel.setBuddy(self.retentionMonths)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.language, self.stationName)
        QWidget.setTabOrder(self.stationName, self.doorFontSize)
        QWidget.setTabOrder(self.doorFontSize, self.backupsKept)
        QWidget.setTabOrder(self.backupsKept, self.syncFolder)
        QWidget.setTabOrder(self.syncFolder, self.chooseSyncFolder)
        QWidget.setTabOrder(self.chooseSyncFolder, self.retentionMonths)
        QWidget.setTabOrder(self.retentionMonths, self.openDataFolder)

        self.retranslateUi(PreferencesDialog)
        self.buttons.rejected.connect(PreferencesDialog.reject)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.computerGroup.setTitle(QCoreApplication.translate("PreferencesDialog", u"This computer", None))
        self.languageLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Language:", None))
        self.language.setItemText(0, QCoreApplication.translate("PreferencesDialog", u"Follow the system", None))

        self.languageNote.setText(QCoreApplication.translate("PreferencesDialog", u"A new language takes effect when kcdesk is restarted.", None))
        self.stationLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Station name:", None))
#if QT_CONFIG(tooltip)
        self.stationName.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Shown in the check-in journal, so you can tell the entrances apart.", None))
#endif // QT_CONFIG(tooltip)
        self.doorFontLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Door font size:", None))
#if QT_CONFIG(tooltip)
        self.doorFontSize.setToolTip(QCoreApplication.translate("PreferencesDialog", u"The size of names in door mode, readable from a step away.", None))
#endif // QT_CONFIG(tooltip)
        self.backupsLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Daily &backups kept:", None))
#if QT_CONFIG(tooltip)
        self.backupsKept.setToolTip(QCoreApplication.translate("PreferencesDialog", u"kcdesk copies a database the first time it is opened each day, and keeps this many copies.", None))
#endif // QT_CONFIG(tooltip)
        self.stationsGroup.setTitle(QCoreApplication.translate("PreferencesDialog", u"Stations", None))
        self.syncFolderLabel.setText(QCoreApplication.translate("PreferencesDialog", u"S&ync folder:", None))
        self.syncFolder.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"None: this station works alone", None))
#if QT_CONFIG(tooltip)
        self.syncFolder.setToolTip(QCoreApplication.translate("PreferencesDialog", u"A folder every door laptop shares (Syncthing, a network share): each station writes its check-ins there and reads the others'.", None))
#endif // QT_CONFIG(tooltip)
        self.chooseSyncFolder.setText(QCoreApplication.translate("PreferencesDialog", u"C&hoose\u2026", None))
        self.syncFolderNote.setText(QCoreApplication.translate("PreferencesDialog", u"Door mode shares check-ins live with the stations that use the same folder.", None))
        self.databaseGroup.setTitle(QCoreApplication.translate("PreferencesDialog", u"This database", None))
        self.retentionLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Keep personal data (months):", None))
        self.retentionNote.setText(QCoreApplication.translate("PreferencesDialog", u"Stored in the database, so it applies on every computer that uses it.", None))
        self.dataGroup.setTitle(QCoreApplication.translate("PreferencesDialog", u"Data folder", None))
        self.openDataFolder.setText(QCoreApplication.translate("PreferencesDialog", u"&Open", None))
    # retranslateUi

