"""Who sits at which table in a table session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from kcdesk.services import Services
from kcdesk.services.tables import person_name
from kcdesk.ui.models.labels import person_label, ui_lang

Index = QModelIndex | QPersistentModelIndex


class SeatingModel(QAbstractTableModel):
    RegIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.services: Services | None = None
        self.item_id: int | None = None
        self.rows: list[dict[str, Any]] = []
        self.sector_labels: dict[str, str] = {}
        self.conflicts: set[tuple[int, str]] = set()

    def set_item(self, services: Services | None, item_id: int | None) -> None:
        self.services, self.item_id = services, item_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self.services and self.item_id is not None:
            self.sector_labels = {s.code: s.label(ui_lang()) for s in self.services.people.sectors()}
            self.rows = self.services.tables.seating(self.item_id)
            self.conflicts = {(t, o.casefold()) for t, o in self.services.tables.conflicts(self.item_id)}
        else:
            self.rows, self.conflicts = [], set()
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("SeatingModel", "Table"),
            QCoreApplication.translate("SeatingModel", "Name"),
            QCoreApplication.translate("SeatingModel", "Organisation"),
            QCoreApplication.translate("SeatingModel", "Sector"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 4
        ):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == self.RegIdRole:
            return r["registration_id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r["table_no"]
            if col == 1:
                host = QCoreApplication.translate("SeatingModel", " (host)") if r["is_host"] else ""
                return person_label(person_name(r)) + host
            if col == 2:
                return r["organisation"]
            return self.sector_labels.get(r["sector"], r["sector"])
        if role == Qt.ItemDataRole.FontRole and r["is_host"]:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole and col == 2 and self._conflict(r):
            return QCoreApplication.translate("SeatingModel", "A colleague sits at the same table.")
        if role == Qt.ItemDataRole.DecorationRole and col == 2 and self._conflict(r):
            from PySide6.QtGui import QColor

            return QColor("#d08000")
        return None

    def _conflict(self, r: dict[str, Any]) -> bool:
        return (
            bool(r["organisation"])
            and (r["table_no"], r["organisation"].strip().casefold()) in self.conflicts
        )

    def reg_id(self, row: int) -> int | None:
        return self.rows[row]["registration_id"] if 0 <= row < len(self.rows) else None
