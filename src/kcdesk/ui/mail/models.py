"""The outbox as a table model, over ``services.mail.outbox``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from kcdesk.services import Services
from kcdesk.ui.models.base import RowsTableModel
from kcdesk.words.dates import short


def kind_labels() -> dict[str, str]:
    return {
        "confirmation": QCoreApplication.translate("MailOutbox", "Confirmation with QR code"),
        "waitlist": QCoreApplication.translate("MailOutbox", "On the waiting list"),
        "waitlist-offer": QCoreApplication.translate("MailOutbox", "Waitlist offer (a seat is free)"),
        "reminder": QCoreApplication.translate("MailOutbox", "Reminder"),
        "change": QCoreApplication.translate("MailOutbox", "Change notice"),
        "thanks": QCoreApplication.translate("MailOutbox", "Thank you, with certificate"),
        "missed": QCoreApplication.translate("MailOutbox", "Sorry we missed you"),
        "invitation": QCoreApplication.translate("MailOutbox", "Invitation to the next edition"),
    }


def status_labels() -> dict[str, str]:
    return {
        "queued": QCoreApplication.translate("MailOutbox", "waiting"),
        "sending": QCoreApplication.translate("MailOutbox", "check: sending was interrupted"),
        "sent": QCoreApplication.translate("MailOutbox", "sent"),
        "failed": QCoreApplication.translate("MailOutbox", "failed"),
        "cancelled": QCoreApplication.translate("MailOutbox", "cancelled"),
        "saved": QCoreApplication.translate("MailOutbox", "saved as .eml"),
    }


STATUS_COLOURS = {"sending": "#b35c00", "failed": "#b00020", "sent": "#2e7d32"}


class OutboxModel(RowsTableModel):
    COLUMNS = ("status", "kind", "code", "to", "subject", "attempts", "when", "reply")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.services: Services | None = None
        self.event_id: int | None = None
        self.status: str | None = None
        self._kinds = kind_labels()
        self._statuses = status_labels()

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("MailOutbox", "Status"),
            QCoreApplication.translate("MailOutbox", "Mail"),
            QCoreApplication.translate("MailOutbox", "Code"),
            QCoreApplication.translate("MailOutbox", "To"),
            QCoreApplication.translate("MailOutbox", "Subject"),
            QCoreApplication.translate("MailOutbox", "Tries"),
            QCoreApplication.translate("MailOutbox", "When"),
            QCoreApplication.translate("MailOutbox", "Server's reply"),
        ]

    def set_filter(self, services: Services | None, event_id: int | None, status: str | None) -> None:
        self.services, self.event_id, self.status = services, event_id, status
        self.reload()

    def fetch(self) -> list[Any]:
        if self.services is None:
            return []
        return self.services.mail.outbox(self.event_id, self.status)

    def cell(self, row: Any, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "status":
                return self._statuses.get(row["status"], row["status"])
            if column == "kind":
                return self._kinds.get(row["kind"], row["kind"])
            if column == "to":
                return f"{row['to_name']} <{row['to_addr']}>" if row["to_name"] else row["to_addr"]
            if column == "when":
                moment = row["sent_at"] or row["updated_at"]
                if not moment:
                    return ""
                local = dt.datetime.fromisoformat(moment).astimezone()
                return f"{short(local.date())} {local:%H:%M}"
            if column == "reply":
                return row["last_reply"]
            return row[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and row["status"] in STATUS_COLOURS:
            return QColor(STATUS_COLOURS[row["status"]])
        if role == Qt.ItemDataRole.ToolTipRole and column in ("reply", "subject", "status"):
            return row["last_reply"] if column != "subject" else row["subject"]
        return None
