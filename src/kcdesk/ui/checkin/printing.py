"""Printing badges from the app: the system print dialog, then the badges service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kcdesk.domain.errors import KcdeskError
from kcdesk.services import Services
from kcdesk.words.errors import translate_error


def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The print dialog (patched in tests)."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_badges(parent: QWidget, services: Services, event_id: int, codes: list[str] | None = None) -> int:
    """Print badges (everyone, or ``codes``); returns pages printed, 0 if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(QCoreApplication.translate("Badges", "Name badges"))
    if not ask_printer(parent, printer):
        return 0
    try:
        return services.badges.print_on(printer, event_id, codes)
    except KcdeskError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Badges", "Print badges"), translate_error(exc)
        )
        return 0
