"""The list of events, with counts, as a Qt table model over the store."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from kcdesk.services import Services
from kcdesk.ui.models.base import RowsTableModel
from kcdesk.words.dates import short


def status_label(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("EventsModel", "draft"),
        "planned": QCoreApplication.translate("EventsModel", "planned"),
        "held": QCoreApplication.translate("EventsModel", "held"),
        "reported": QCoreApplication.translate("EventsModel", "reported"),
    }.get(status, status)


class EventsModel(RowsTableModel):
    """Rows: events newest first. Columns: date, title, series, status, registered, checked in."""

    COLUMNS = ("date", "title", "series", "status", "registered", "checked_in")
    EventIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, services: Services | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.rows: list[dict[str, Any]] = []
        self.filter_text, self.filter_status = "", ""
        self.filter_year: int | None = None
        self.reload()

    def set_filter(self, text: str = "", status: str = "", year: int | None = None) -> None:
        """Filter in SQL by text (title, theme, series, venue), status and year."""
        self.filter_text, self.filter_status, self.filter_year = text, status, year
        self.reload()

    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.reload()

    def fetch(self) -> list[dict[str, Any]]:
        if self.services is None:
            return []
        if self.filter_text.strip() or self.filter_status or self.filter_year:
            return self.services.event_list.summaries_filtered(
                self.filter_text, self.filter_status, self.filter_year
            )
        return self.services.event_list.summaries()

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("EventsModel", "Date"),
            QCoreApplication.translate("EventsModel", "Title"),
            QCoreApplication.translate("EventsModel", "Series"),
            QCoreApplication.translate("EventsModel", "Status"),
            QCoreApplication.translate("EventsModel", "Registered"),
            QCoreApplication.translate("EventsModel", "Checked in"),
        ]

    def cell(self, row: dict[str, Any], col: str, role: int) -> Any:
        if role == self.EventIdRole:
            return row["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "date":
                if not row["date"]:
                    return ""
                return short(dt.date.fromisoformat(row["date"]))
            if col == "series":
                return " ".join(x for x in (row["series_name"], row["series_season"]) if x)
            if col == "status":
                return status_label(row["status"])
            return row[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("registered", "checked_in"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def event_id(self, row: int) -> int | None:
        return self.row_id(row)
