"""SMTP settings of the open database; the password goes into the operating system's keyring."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kcdesk.domain.errors import KcdeskError
from kcdesk.services import Services
from kcdesk.services.mail import MailSettings
from kcdesk.ui.forms.ui_mail_settings import Ui_MailSettingsDialog
from kcdesk.words.errors import translate_error


class MailSettingsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MailSettingsDialog()
        self.ui.setupUi(self)
        self.services = services
        for value, label in (
            ("starttls", self.tr("STARTTLS (port 587)")),
            ("ssl", self.tr("SSL/TLS (port 465)")),
            ("none", self.tr("None (only on a trusted network)")),
        ):
            self.ui.securityCombo.addItem(label, value)
        self.ui.languageCombo.addItem(self.tr("Dutch"), "nl")
        self.ui.languageCombo.addItem(self.tr("English"), "en")
        self.ui.languageLabel.setToolTip(self.tr("For people whose language is not known"))
        self.ui.securityCombo.currentIndexChanged.connect(self._default_port)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        s = self.services.mail.settings()
        self.ui.hostEdit.setText(s.host)
        self.ui.securityCombo.blockSignals(True)
        self.ui.securityCombo.setCurrentIndex(max(0, self.ui.securityCombo.findData(s.security)))
        self.ui.securityCombo.blockSignals(False)
        self.ui.portSpin.setValue(s.port)
        self.ui.userEdit.setText(s.user)
        self.ui.senderEdit.setText(s.sender)
        self.ui.senderNameEdit.setText(s.sender_name)
        self.ui.replyToEdit.setText(s.reply_to)
        self.ui.perMinuteSpin.setValue(s.per_minute)
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(s.language)))
        self.ui.feedbackEdit.setText(s.feedback_url)
        self.ui.reminderSpin.setValue(s.reminder_days)
        has = bool(s.user) and self.services.mail.has_password(s)
        self.ui.keyringLabel.setText(
            self.tr("A password is kept in this computer's keyring; leave empty to keep it.")
            if has
            else self.tr("The password is kept in this computer's keyring, never in the database.")
        )

    def _default_port(self) -> None:
        ports = {"starttls": 587, "ssl": 465, "none": 25}
        if self.ui.portSpin.value() in ports.values():
            self.ui.portSpin.setValue(ports[self.ui.securityCombo.currentData()])

    def settings(self) -> MailSettings:
        return MailSettings(
            host=self.ui.hostEdit.text().strip(),
            port=self.ui.portSpin.value(),
            security=self.ui.securityCombo.currentData(),
            sender=self.ui.senderEdit.text().strip(),
            sender_name=self.ui.senderNameEdit.text().strip(),
            reply_to=self.ui.replyToEdit.text().strip(),
            user=self.ui.userEdit.text().strip(),
            per_minute=self.ui.perMinuteSpin.value(),
            language=self.ui.languageCombo.currentData(),
            feedback_url=self.ui.feedbackEdit.text().strip(),
            reminder_days=self.ui.reminderSpin.value(),
        )

    def save(self) -> None:
        password = self.ui.passwordEdit.text() or None
        try:
            self.services.mail.save_settings(self.settings(), password=password)
        except KcdeskError as exc:
            self.ui.errorLabel.setText(translate_error(exc))
            return
        self.ui.passwordEdit.clear()
        self.accept()

    def ok_button(self):
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
