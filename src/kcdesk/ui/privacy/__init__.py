"""Privacy in the app: the Privacy menu and its dialog (retention, access requests, erasure)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox


def add_privacy_menu(window: QMainWindow) -> QMenu:
    """Add a Privacy menu before Help; its actions open :class:`PrivacyDialog` on the open database."""
    menu = QMenu(QCoreApplication.translate("PrivacyMenu", "Pri&vacy"), window)
    help_menu = getattr(getattr(window, "ui", None), "menuHelp", None)
    if help_menu is not None:
        window.menuBar().insertMenu(help_menu.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    retention = QAction(
        QCoreApplication.translate("PrivacyMenu", "&Anonymise people not seen since…"), window
    )
    retention.triggered.connect(lambda: open_privacy_dialog(window, tab=0))
    person = QAction(QCoreApplication.translate("PrivacyMenu", "Access request or &erasure…"), window)
    person.triggered.connect(lambda: open_privacy_dialog(window, tab=1))
    menu.addAction(retention)
    menu.addAction(person)
    window.privacy_menu = menu  # type: ignore[attr-defined]
    return menu


def open_privacy_dialog(window: QMainWindow, tab: int = 0):
    from kcdesk.ui.privacy.dialog import PrivacyDialog

    services = getattr(window, "services", None)
    if services is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("PrivacyMenu", "Privacy"),
            QCoreApplication.translate("PrivacyMenu", "Open a database first."),
        )
        return None
    dialog = PrivacyDialog(services, window)
    undo_stack = getattr(window, "undo_stack", None)
    if undo_stack is not None:  # an undo must never bring erased data back
        dialog.erased.connect(lambda _ids: undo_stack.clear())
    dialog.ui.tabs.setCurrentIndex(tab)
    dialog.open()
    return dialog
