"""The registrations of one event (name, organisation, sector, status, code)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kcdesk.domain.names import display_name
from kcdesk.services import Services
from kcdesk.ui.models.labels import person_label, registration_status_label, ui_lang

Index = QModelIndex | QPersistentModelIndex


class RegistrationsModel(QAbstractTableModel):
    RegIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, services: Services | None = None, parent=None):
        super().__init__(parent)
        self.services = services
        self.event_id: int | None = None
        self.rows: list[dict[str, Any]] = []
        self.sector_labels: dict[str, str] = {}

    def set_event(self, services: Services | None, event_id: int | None) -> None:
        self.services, self.event_id = services, event_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self.services and self.event_id is not None:
            lang = ui_lang()
            self.sector_labels = {s.code: s.label(lang) for s in self.services.people.sectors()}
            self.rows = self.services.registrations.of_event(self.event_id)
        else:
            self.rows = []
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("RegistrationsModel", "Name"),
            QCoreApplication.translate("RegistrationsModel", "Organisation"),
            QCoreApplication.translate("RegistrationsModel", "Sector"),
            QCoreApplication.translate("RegistrationsModel", "Status"),
            QCoreApplication.translate("RegistrationsModel", "Code"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 5
        ):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == self.RegIdRole:
            return r["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                person_label(display_name(r["given_name"], r["particle"], r["family_name"])),
                r["organisation"],
                self.sector_labels.get(r["sector"], r["sector"]),
                registration_status_label(r["status"]),
                r["code"],
            )[col]
        if role == Qt.ItemDataRole.ForegroundRole and r["status"] in ("cancelled", "waitlisted"):
            return QBrush(QColor("#8a6d00" if r["status"] == "waitlisted" else "#888888"))
        return None

    def reg_id(self, row: int) -> int | None:
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def row_of(self, reg_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r["id"] == reg_id), -1)
