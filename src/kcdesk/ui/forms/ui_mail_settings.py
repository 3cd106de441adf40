# Generated from ui/mail_settings.ui by tools/compile_forms.py (pyside6-uic) — do not edit.

# -*- coding: utf-8 -*-


from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout

class Ui_MailSettingsDialog(object):
    def setupUi(self, MailSettingsDialog):
        if not MailSettingsDialog.objectName():
            MailSettingsDialog.setObjectName(u"MailSettingsDialog")
        MailSettingsDialog.resize(520, 440)
        self.mainLayout = QVBoxLayout(MailSettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.hostLabel = QLabel(MailSettingsDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(MailSettingsDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portLabel = QLabel(MailSettingsDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.portSpin = QSpinBox(MailSettingsDialog)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(587)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.securityLabel = QLabel(MailSettingsDialog)
        self.securityLabel.setObjectName(u"securityLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.securityLabel)

        self.securityCombo = QComboBox(MailSettingsDialog)
        self.securityCombo.setObjectName(u"securityCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.securityCombo)

        self.userLabel = QLabel(MailSettingsDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(MailSettingsDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(MailSettingsDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(MailSettingsDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.keyringLabel = QLabel(MailSettingsDialog)
        self.keyringLabel.setObjectName(u"keyringLabel")
        self.keyringLabel.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.keyringLabel)

        self.senderLabel = QLabel(MailSettingsDialog)
        self.senderLabel.setObjectName(u"senderLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.senderLabel)

        self.senderEdit = QLineEdit(MailSettingsDialog)
        self.senderEdit.setObjectName(u"senderEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.senderEdit)

        self.senderNameLabel = QLabel(MailSettingsDialog)
        self.senderNameLabel.setObjectName(u"senderNameLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.senderNameLabel)

        self.senderNameEdit = QLineEdit(MailSettingsDialog)
        self.senderNameEdit.setObjectName(u"senderNameEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.senderNameEdit)

        self.replyToLabel = QLabel(MailSettingsDialog)
        self.replyToLabel.setObjectName(u"replyToLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.replyToLabel)

        self.replyToEdit = QLineEdit(MailSettingsDialog)
        self.replyToEdit.setObjectName(u"replyToEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.replyToEdit)

        self.perMinuteLabel = QLabel(MailSettingsDialog)
        self.perMinuteLabel.setObjectName(u"perMinuteLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.perMinuteLabel)

        self.perMinuteSpin = QSpinBox(MailSettingsDialog)
        self.perMinuteSpin.setObjectName(u"perMinuteSpin")
        self.perMinuteSpin.setMaximum(10000)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.perMinuteSpin)

        self.languageLabel = QLabel(MailSettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(MailSettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.feedbackLabel = QLabel(MailSettingsDialog)
        self.feedbackLabel.setObjectName(u"feedbackLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.feedbackLabel)

        self.feedbackEdit = QLineEdit(MailSettingsDialog)
        self.feedbackEdit.setObjectName(u"feedbackEdit")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.feedbackEdit)

        self.reminderLabel = QLabel(MailSettingsDialog)
        self.reminderLabel.setObjectName(u"reminderLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.reminderLabel)

        self.reminderSpin = QSpinBox(MailSettingsDialog)
        self.reminderSpin.setObjectName(u"reminderSpin")
        self.reminderSpin.setMaximum(60)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.reminderSpin)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(MailSettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(MailSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.hostEdit)
        self.portLabel.setBuddy(self.portSpin)
        self.securityLabel.setBuddy(self.securityCombo)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.senderLabel.setBuddy(self.senderEdit)
        self.senderNameLabel.setBuddy(self.senderNameEdit)
        self.replyToLabel.setBuddy(self.replyToEdit)
        self.perMinuteLabel.setBuddy(self.perMinuteSpin)
        self.languageLabel.setBuddy(self.languageCombo)
        self.feedbackLabel.setBuddy(self.feedbackEdit)
        self.reminderLabel.setBuddy(self.reminderSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MailSettingsDialog)

        QMetaObject.connectSlotsByName(MailSettingsDialog)
    # setupUi

    def retranslateUi(self, MailSettingsDialog):
        MailSettingsDialog.setWindowTitle(QCoreApplication.translate("MailSettingsDialog", u"Mail settings", None))
        self.hostLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"&Server", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("MailSettingsDialog", u"smtp.example.org", None))
        self.portLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"&Port", None))
        self.securityLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"S&ecurity", None))
        self.userLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"&User name", None))
        self.passwordLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"Pass&word", None))
        self.keyringLabel.setText("")
        self.senderLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"Sender &address", None))
        self.senderNameLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"Sender &name", None))
        self.replyToLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"&Reply to", None))
        self.replyToEdit.setPlaceholderText(QCoreApplication.translate("MailSettingsDialog", u"the sender address", None))
        self.perMinuteLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"&Mails per minute", None))
        self.perMinuteSpin.setSpecialValueText(QCoreApplication.translate("MailSettingsDialog", u"no limit", None))
        self.languageLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"&Language", None))
        self.feedbackLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"&Feedback form", None))
        self.feedbackEdit.setPlaceholderText(QCoreApplication.translate("MailSettingsDialog", u"https://\u2026 (named in the thank-you mail)", None))
        self.reminderLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"&Reminder", None))
        self.reminderSpin.setSuffix(QCoreApplication.translate("MailSettingsDialog", u" days before the event", None))
        self.errorLabel.setText("")
    # retranslateUi

