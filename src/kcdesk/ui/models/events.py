"""The list of events, with counts, as a Qt table model over the store."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kcdesk.services import Services

Index = QModelIndex | QPersistentModelIndex


def status_label(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("EventsModel", "draft"),
        "planned": QCoreApplication.translate("EventsModel", "planned"),
        "held": QCoreApplication.translate("EventsModel", "held"),
        "reported": QCoreApplication.translate("EventsModel", "reported"),
    }.get(status, status)


class EventsModel(QAbstractTableModel):
    """Rows: events newest first. Columns: date, title, series, status, registered, checked in."""

    COLUMNS = ("date", "title", "series", "status", "registered", "checked_in")
    EventIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, services: Services | None = None, parent=None):
        super().__init__(parent)
        self.services = services
        self.rows: list[dict[str, Any]] = []
        self.filter_text, self.filter_status, self.filter_year = "", "", None
        self.reload()

    def set_filter(self, text: str = "", status: str = "", year: int | None = None) -> None:
        """Filter in SQL by text (title, theme, series, venue), status and year."""
        self.filter_text, self.filter_status, self.filter_year = text, status, year
        self.reload()

    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self.services is None:
            self.rows = []
        elif self.filter_text.strip() or self.filter_status or self.filter_year:
            self.rows = self.services.store.events.summaries_filtered(
                self.filter_text, self.filter_status, self.filter_year
            )
        else:
            self.rows = self.services.events.summaries()
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("EventsModel", "Date"),
            QCoreApplication.translate("EventsModel", "Title"),
            QCoreApplication.translate("EventsModel", "Series"),
            QCoreApplication.translate("EventsModel", "Status"),
            QCoreApplication.translate("EventsModel", "Registered"),
            QCoreApplication.translate("EventsModel", "Checked in"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == self.EventIdRole:
            return row["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "date":
                if not row["date"]:
                    return ""
                d = dt.date.fromisoformat(row["date"])
                return QLocale().toString(d, QLocale.FormatType.ShortFormat)
            if col == "series":
                return " ".join(x for x in (row["series_name"], row["series_season"]) if x)
            if col == "status":
                return status_label(row["status"])
            return row[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("registered", "checked_in"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def event_id(self, row: int) -> int | None:
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def row_of(self, event_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r["id"] == event_id:
                return i
        return -1
