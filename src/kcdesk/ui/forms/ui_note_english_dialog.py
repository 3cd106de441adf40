# Generated from ui/note_english_dialog.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

class Ui_NoteEnglishDialog(object):
    def setupUi(self, NoteEnglishDialog):
        if not NoteEnglishDialog.objectName():
            NoteEnglishDialog.setObjectName(u"NoteEnglishDialog")
        NoteEnglishDialog.resize(620, 420)
        self.layout = QVBoxLayout(NoteEnglishDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(NoteEnglishDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.headingLabel = QLabel(NoteEnglishDialog)
        self.headingLabel.setObjectName(u"headingLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.headingLabel)

        self.headingEn = QLineEdit(NoteEnglishDialog)
        self.headingEn.setObjectName(u"headingEn")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.headingEn)

        self.bodyLabel = QLabel(NoteEnglishDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEn = QPlainTextEdit(NoteEnglishDialog)
        self.bodyEn.setObjectName(u"bodyEn")
        self.bodyEn.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bodyEn)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(NoteEnglishDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.headingLabel.setBuddy(self.headingEn)
        self.bodyLabel.setBuddy(self.bodyEn)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoteEnglishDialog)

        QMetaObject.connectSlotsByName(NoteEnglishDialog)
    # setupUi

    def retranslateUi(self, NoteEnglishDialog):
        NoteEnglishDialog.setWindowTitle(QCoreApplication.translate("NoteEnglishDialog", u"The note in English", None))
        self.intro.setText(QCoreApplication.translate("NoteEnglishDialog", u"The English draft article uses this text. Left empty, it prints the Dutch marked as [NL: \u2026].", None))
        self.headingLabel.setText(QCoreApplication.translate("NoteEnglishDialog", u"&Heading", None))
        self.bodyLabel.setText(QCoreApplication.translate("NoteEnglishDialog", u"&Text", None))
    # retranslateUi

