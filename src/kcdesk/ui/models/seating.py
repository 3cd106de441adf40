"""Who sits at which table in a table session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from kcdesk.services import Services
from kcdesk.services.tables import person_name
from kcdesk.ui.models.base import RowsTableModel
from kcdesk.ui.models.labels import person_label, ui_lang


class SeatingModel(RowsTableModel):
    COLUMNS = ("table_no", "name", "organisation", "sector")
    ID_KEY = "registration_id"
    RegIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.services: Services | None = None
        self.item_id: int | None = None
        self.rows: list[dict[str, Any]] = []
        self.sector_labels: dict[str, str] = {}
        self.conflicts: set[tuple[int, str]] = set()

    def set_item(self, services: Services | None, item_id: int | None) -> None:
        self.services, self.item_id = services, item_id
        self.reload()

    def fetch(self) -> list[dict[str, Any]]:
        if self.services and self.item_id is not None:
            self.sector_labels = {s.code: s.label(ui_lang()) for s in self.services.people.sectors()}
            rows = self.services.tables.seating(self.item_id)
            self.conflicts = {(t, o.casefold()) for t, o in self.services.tables.conflicts(self.item_id)}
            return rows
        self.conflicts = set()
        return []

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("SeatingModel", "Table"),
            QCoreApplication.translate("SeatingModel", "Name"),
            QCoreApplication.translate("SeatingModel", "Organisation"),
            QCoreApplication.translate("SeatingModel", "Sector"),
        ]

    def cell(self, r: dict[str, Any], col: str, role: int) -> Any:
        if role == self.RegIdRole:
            return r["registration_id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "table_no":
                return r["table_no"]
            if col == "name":
                host = QCoreApplication.translate("SeatingModel", " (host)") if r["is_host"] else ""
                return person_label(person_name(r)) + host
            if col == "organisation":
                return r["organisation"]
            return self.sector_labels.get(r["sector"], r["sector"])
        if role == Qt.ItemDataRole.FontRole and r["is_host"]:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole and col == "organisation" and self._conflict(r):
            return QCoreApplication.translate("SeatingModel", "A colleague sits at the same table.")
        if role == Qt.ItemDataRole.DecorationRole and col == "organisation" and self._conflict(r):
            return QColor("#d08000")
        return None

    def _conflict(self, r: dict[str, Any]) -> bool:
        return (
            bool(r["organisation"])
            and (r["table_no"], r["organisation"].strip().casefold()) in self.conflicts
        )

    def reg_id(self, row: int) -> int | None:
        return self.row_id(row)
