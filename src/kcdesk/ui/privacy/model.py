"""People listed by the privacy dialog (affected by retention, or found by a search)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from kcdesk.ui.models.base import RowsTableModel
from kcdesk.words.dates import short


class PrivacyPeopleModel(RowsTableModel):
    """Rows: people as dicts (id, name, organisation, email, last_event). Columns follow ``COLUMNS``."""

    COLUMNS = ("name", "organisation", "email", "last_event")
    PersonIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def person_id(self, row: int) -> int | None:
        return self.row_id(row)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("PrivacyPeopleModel", "Name"),
            QCoreApplication.translate("PrivacyPeopleModel", "Organisation"),
            QCoreApplication.translate("PrivacyPeopleModel", "Email"),
            QCoreApplication.translate("PrivacyPeopleModel", "Last event"),
        ]

    def cell(self, row: dict[str, Any], col: str, role: int) -> Any:
        if role == self.PersonIdRole:
            return row["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "last_event":
                value = row.get("last_event")
                if not value or value.startswith("9999"):
                    return QCoreApplication.translate("PrivacyPeopleModel", "none")
                return short(dt.date.fromisoformat(value[:10]))
            return row.get(col) or ""
        return None
