# Generated from ui/export_dialog.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QListWidget, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(1040, 700)
        self.mainLayout = QHBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.choiceLayout = QVBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.templateLabel = QLabel(ExportDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.choiceLayout.addWidget(self.templateLabel)

        self.templateList = QListWidget(ExportDialog)
        self.templateList.setObjectName(u"templateList")
        self.templateList.setMinimumSize(QSize(260, 0))
        self.templateList.setMaximumSize(QSize(320, 16777215))
        self.templateList.setSpacing(3)

        self.choiceLayout.addWidget(self.templateList)

        self.descriptionLabel = QLabel(ExportDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)
        self.descriptionLabel.setMaximumSize(QSize(320, 16777215))

        self.choiceLayout.addWidget(self.descriptionLabel)

        self.optionsForm = QFormLayout()
        self.optionsForm.setObjectName(u"optionsForm")
        self.formatLabel = QLabel(ExportDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(ExportDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.languageLabel = QLabel(ExportDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(ExportDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.choiceLayout.addLayout(self.optionsForm)

        self.openCheck = QCheckBox(ExportDialog)
        self.openCheck.setObjectName(u"openCheck")
        self.openCheck.setChecked(True)

        self.choiceLayout.addWidget(self.openCheck)

        self.templatesFolderButton = QPushButton(ExportDialog)
        self.templatesFolderButton.setObjectName(u"templatesFolderButton")

        self.choiceLayout.addWidget(self.templatesFolderButton)


        self.mainLayout.addLayout(self.choiceLayout)

        self.previewLayout = QVBoxLayout()
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLabel = QLabel(ExportDialog)
        self.previewLabel.setObjectName(u"previewLabel")

        self.previewLayout.addWidget(self.previewLabel)

        self.preview = QTextBrowser(ExportDialog)
        self.preview.setObjectName(u"preview")

        self.previewLayout.addWidget(self.preview)

        self.progress = QProgressBar(ExportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)
        self.progress.setTextVisible(True)

        self.previewLayout.addWidget(self.progress)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.statusLabel = QLabel(ExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.buttonLayout.addWidget(self.statusLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(ExportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.previewLayout.addLayout(self.buttonLayout)


        self.mainLayout.addLayout(self.previewLayout)

#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateList)
        self.formatLabel.setBuddy(self.formatCombo)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)
        self.closeButton.clicked.connect(ExportDialog.reject)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export", None))
        self.templateLabel.setText(QCoreApplication.translate("ExportDialog", u"&Template:", None))
#if QT_CONFIG(accessibility)
        self.templateList.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Templates", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText("")
        self.formatLabel.setText(QCoreApplication.translate("ExportDialog", u"&Format:", None))
        self.languageLabel.setText(QCoreApplication.translate("ExportDialog", u"&Language:", None))
        self.openCheck.setText(QCoreApplication.translate("ExportDialog", u"&Open the file when done", None))
        self.templatesFolderButton.setText(QCoreApplication.translate("ExportDialog", u"Open &templates folder", None))
#if QT_CONFIG(tooltip)
        self.templatesFolderButton.setToolTip(QCoreApplication.translate("ExportDialog", u"Put your own templates here; a file with the name of a built-in template replaces it", None))
#endif // QT_CONFIG(tooltip)
        self.previewLabel.setText(QCoreApplication.translate("ExportDialog", u"Preview", None))
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Preview", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("ExportDialog", u"&Stop", None))
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"&Export\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"&Close", None))
    # retranslateUi

