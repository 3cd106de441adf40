"""People listed by the privacy dialog (affected by retention, or found by a search)."""

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

Index = QModelIndex | QPersistentModelIndex


class PrivacyPeopleModel(QAbstractTableModel):
    """Rows: people as dicts (id, name, organisation, email, last_event). Columns follow ``COLUMNS``."""

    COLUMNS = ("name", "organisation", "email", "last_event")
    PersonIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def person_id(self, row: int) -> int | None:
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("PrivacyPeopleModel", "Name"),
            QCoreApplication.translate("PrivacyPeopleModel", "Organisation"),
            QCoreApplication.translate("PrivacyPeopleModel", "Email"),
            QCoreApplication.translate("PrivacyPeopleModel", "Last event"),
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
        if (
            not index.isValid()
            or not (0 <= index.row() < len(self.rows))
            or not 0 <= index.column() < len(self.COLUMNS)
        ):
            return None
        row = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == self.PersonIdRole:
            return row["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "last_event":
                value = row.get("last_event")
                if not value or value.startswith("9999"):
                    return QCoreApplication.translate("PrivacyPeopleModel", "none")
                return QLocale().toString(dt.date.fromisoformat(value[:10]), QLocale.FormatType.ShortFormat)
            return row.get(col) or ""
        return None
