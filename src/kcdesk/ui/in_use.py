"""The question when a database is open in another kcdesk: read-only, take over, or cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kcdesk.domain.errors import DatabaseInUseError
from kcdesk.domain.holder import Holder
from kcdesk.words.errors import in_use_message


def in_use_box(parent: QWidget | None, exc: DatabaseInUseError):
    """The question as a message box: (box, read-only button, take-over button or None)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("InUse", "Database in use"))
    box.setText(in_use_message(exc))
    info = QCoreApplication.translate(
        "InUse",
        "Only one kcdesk at a time can change a database. You can open it read-only "
        "to look things up, or close it on the other computer first.",
    )
    if exc.can_take_over:
        info += "\n\n" + QCoreApplication.translate(
            "InUse",
            "If kcdesk no longer runs there (for example after a crash), you can take the database over.",
        )
    box.setInformativeText(info)
    readonly = box.addButton(
        QCoreApplication.translate("InUse", "Open &read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    take_over = None
    if exc.can_take_over:
        take_over = box.addButton(
            QCoreApplication.translate("InUse", "&Take over"), QMessageBox.ButtonRole.DestructiveRole
        )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(readonly)
    return box, readonly, take_over


def in_use_question(parent: QWidget | None, exc: DatabaseInUseError) -> str | None:
    """ "readonly", "take_over" or None."""
    box, readonly, take_over = in_use_box(parent, exc)
    box.exec()
    clicked = box.clickedButton()
    if clicked is readonly:
        return "readonly"
    if take_over is not None and clicked is take_over:
        return "take_over"
    return None


def example_box(parent: QWidget | None, db_path: Path) -> QMessageBox:
    """The question as it looks for a lock from another computer (for `kcdesk screenshots`)."""
    since = dt.datetime.now(dt.UTC).replace(hour=9, minute=30, second=0, microsecond=0)
    exc = DatabaseInUseError(db_path, Holder("kcdesk", "laptop-balie", 4242, since), can_take_over=True)
    return in_use_box(parent, exc)[0]
