"""The walk-in form: someone who did not register, added and checked in at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kcdesk.domain.codes import LENGTH
from kcdesk.domain.errors import KcdeskError
from kcdesk.domain.models import Sector
from kcdesk.ui.forms.ui_walkin_dialog import Ui_WalkinDialog
from kcdesk.ui.models.labels import ui_lang
from kcdesk.words.errors import translate_error


class WalkinDialog(QDialog):
    """Collects the walk-in's details; ``submit(values)`` saves them.

    The dialog stays open with the message in red when ``submit`` raises a
    KcdeskError (e.g. a malformed email), so nothing typed is lost.
    """

    #: saved(result): submit succeeded; result is what it returned (a CheckinResult).
    saved = Signal(object)

    def __init__(
        self,
        sectors: list[Sector],
        submit: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
        is_code: Callable[[str], bool] | None = None,
        registers: list[str] | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_WalkinDialog()
        self.ui.setupUi(self)
        self.submit = submit
        self.is_code = is_code  # is_code(text): a registration code (a ticket scanned into the form)
        lang = ui_lang()
        self.ui.sector.addItem(self.tr("(not given)"), "")
        for s in sectors:
            self.ui.sector.addItem(s.label(lang), s.code)
        # at an accredited event: the register number for the points (the event's registers)
        for register in registers or []:
            self.ui.register.addItem(register, register)
        for w in (self.ui.registerLabel, self.ui.register, self.ui.registerNumber):
            w.setVisible(bool(registers))
        self.ui.register.setVisible(len(registers or []) > 1)
        if registers and len(registers) == 1:
            self.ui.registerLabel.setText(self.tr("%1 &number").replace("%1", registers[0]))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Check in"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.error.hide()
        self.ui.name.setFocus()

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "name": ui.name.text().strip(),
            "organisation": ui.organisation.text().strip(),
            "sector": ui.sector.currentData() or "",
            "email": ui.email.text().strip(),
            "newsletter": ui.newsletter.isChecked(),
            "consent_photo": ui.consentPhoto.isChecked(),
            "consent_quote": ui.consentQuote.isChecked(),
            "consent_name": ui.consentName.isChecked(),
            "register": ui.register.currentData() or "",
            "register_number": ui.registerNumber.text().strip(),
        }

    def show_error(self, message: str) -> None:
        self.ui.error.setText(message)
        self.ui.error.show()

    def accept(self) -> None:
        values = self.values()
        if not values["name"]:
            self.show_error(self.tr("Please type the name."))
            self.ui.name.setFocus()
            return
        squeezed = "".join(values["name"].split())
        if (
            any(c.isdigit() for c in squeezed)
            or (  # a ticket scanned while this form had the focus
                self.is_code is not None and len(squeezed) >= LENGTH and self.is_code(squeezed[-LENGTH:])
            )
        ):
            self.show_error(
                self.tr(
                    "A name has no digits: “%1” looks like a scanned code. Correct the name,"
                    " or close this form (Esc) and scan again."
                ).replace("%1", values["name"])
            )
            self.ui.name.setFocus()
            return
        try:
            result = self.submit(values)
        except KcdeskError as exc:
            field = getattr(exc, "field", None)
            self.show_error(
                {
                    "email": self.tr("“%1” is not a valid email address.").replace("%1", values["email"]),
                    "name": self.tr("Please type the name."),
                }.get(field or "", translate_error(exc))
            )
            widget = {"email": self.ui.email, "name": self.ui.name, "number": self.ui.registerNumber}.get(
                field or ""
            )
            if widget is not None:
                widget.setFocus()
            return
        self.saved.emit(result)
        super().accept()
