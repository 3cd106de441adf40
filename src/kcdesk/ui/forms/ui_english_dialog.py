# Generated from ui/english_dialog.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_EnglishDialog(object):
    def setupUi(self, EnglishDialog):
        if not EnglishDialog.objectName():
            EnglishDialog.setObjectName(u"EnglishDialog")
        EnglishDialog.resize(620, 400)
        self.layout = QVBoxLayout(EnglishDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(EnglishDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.titleLabel = QLabel(EnglishDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEn = QLineEdit(EnglishDialog)
        self.titleEn.setObjectName(u"titleEn")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEn)

        self.themeLabel = QLabel(EnglishDialog)
        self.themeLabel.setObjectName(u"themeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeEn = QLineEdit(EnglishDialog)
        self.themeEn.setObjectName(u"themeEn")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.themeEn)

        self.headlineLabel = QLabel(EnglishDialog)
        self.headlineLabel.setObjectName(u"headlineLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.headlineLabel)

        self.headlineEn = QLineEdit(EnglishDialog)
        self.headlineEn.setObjectName(u"headlineEn")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.headlineEn)

        self.editionLabel = QLabel(EnglishDialog)
        self.editionLabel.setObjectName(u"editionLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.editionLabel)

        self.editionEn = QLineEdit(EnglishDialog)
        self.editionEn.setObjectName(u"editionEn")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.editionEn)

        self.descriptionLabel = QLabel(EnglishDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEn = QPlainTextEdit(EnglishDialog)
        self.descriptionEn.setObjectName(u"descriptionEn")
        self.descriptionEn.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.descriptionEn)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(EnglishDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEn)
        self.themeLabel.setBuddy(self.themeEn)
        self.headlineLabel.setBuddy(self.headlineEn)
        self.editionLabel.setBuddy(self.editionEn)
        self.descriptionLabel.setBuddy(self.descriptionEn)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEn, self.themeEn)
        QWidget.setTabOrder(self.themeEn, self.headlineEn)
        QWidget.setTabOrder(self.headlineEn, self.editionEn)
        QWidget.setTabOrder(self.editionEn, self.descriptionEn)

        self.retranslateUi(EnglishDialog)
        self.buttons.accepted.connect(EnglishDialog.accept)
        self.buttons.rejected.connect(EnglishDialog.reject)

        QMetaObject.connectSlotsByName(EnglishDialog)
    # setupUi

    def retranslateUi(self, EnglishDialog):
        EnglishDialog.setWindowTitle(QCoreApplication.translate("EnglishDialog", u"English versions", None))
        self.intro.setText(QCoreApplication.translate("EnglishDialog", u"The English draft article uses these texts. Left empty, it prints the Dutch marked as [NL: \u2026].", None))
        self.titleLabel.setText(QCoreApplication.translate("EnglishDialog", u"&Title", None))
        self.themeLabel.setText(QCoreApplication.translate("EnglishDialog", u"T&heme", None))
        self.headlineLabel.setText(QCoreApplication.translate("EnglishDialog", u"Head&line", None))
        self.editionLabel.setText(QCoreApplication.translate("EnglishDialog", u"&Edition", None))
        self.editionEn.setPlaceholderText(QCoreApplication.translate("EnglishDialog", u"e.g. the first autumn knowledge caf\u00e9 of 2019", None))
        self.descriptionLabel.setText(QCoreApplication.translate("EnglishDialog", u"&Description", None))
    # retranslateUi

