# Generated from ui/english_texts_dialog.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

class Ui_EnglishTextsDialog(object):
    def setupUi(self, EnglishTextsDialog):
        if not EnglishTextsDialog.objectName():
            EnglishTextsDialog.setObjectName(u"EnglishTextsDialog")
        EnglishTextsDialog.resize(620, 420)
        self.layout = QVBoxLayout(EnglishTextsDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(EnglishTextsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.headingLabel = QLabel(EnglishTextsDialog)
        self.headingLabel.setObjectName(u"headingLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.headingLabel)

        self.headingEn = QLineEdit(EnglishTextsDialog)
        self.headingEn.setObjectName(u"headingEn")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.headingEn)

        self.bodyLabel = QLabel(EnglishTextsDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEn = QPlainTextEdit(EnglishTextsDialog)
        self.bodyEn.setObjectName(u"bodyEn")
        self.bodyEn.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bodyEn)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(EnglishTextsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.headingLabel.setBuddy(self.headingEn)
        self.bodyLabel.setBuddy(self.bodyEn)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EnglishTextsDialog)

        QMetaObject.connectSlotsByName(EnglishTextsDialog)
    # setupUi

    def retranslateUi(self, EnglishTextsDialog):
        EnglishTextsDialog.setWindowTitle(QCoreApplication.translate("EnglishTextsDialog", u"In English", None))
        self.intro.setText(QCoreApplication.translate("EnglishTextsDialog", u"The English draft article uses these texts. Left empty, it prints the Dutch marked as [NL: \u2026].", None))
        self.headingLabel.setText(QCoreApplication.translate("EnglishTextsDialog", u"&Heading", None))
        self.bodyLabel.setText(QCoreApplication.translate("EnglishTextsDialog", u"&Text", None))
    # retranslateUi

