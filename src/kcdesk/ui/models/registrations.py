"""The registrations of one event (name, organisation, sector, status, code)."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from kcdesk.services import Services
from kcdesk.ui.models.base import RowsTableModel
from kcdesk.ui.models.labels import person_label, registration_status_label, ui_lang


class RegistrationsModel(RowsTableModel):
    COLUMNS = ("name", "organisation", "sector", "status", "code")
    RegIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, services: Services | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.event_id: int | None = None
        self.rows: list[dict[str, Any]] = []
        self.sector_labels: dict[str, str] = {}

    def set_event(self, services: Services | None, event_id: int | None) -> None:
        self.services, self.event_id = services, event_id
        self.reload()

    def fetch(self) -> list[dict[str, Any]]:
        if self.services and self.event_id is not None:
            lang = ui_lang()
            self.sector_labels = {s.code: s.label(lang) for s in self.services.people.sectors()}
            return cast(list[dict[str, Any]], self.services.registrations.of_event(self.event_id))
        return []

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("RegistrationsModel", "Name"),
            QCoreApplication.translate("RegistrationsModel", "Organisation"),
            QCoreApplication.translate("RegistrationsModel", "Sector"),
            QCoreApplication.translate("RegistrationsModel", "Status"),
            QCoreApplication.translate("RegistrationsModel", "Code"),
        ]

    def cell(self, r: dict[str, Any], col: str, role: int) -> Any:
        if role == self.RegIdRole:
            return r["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "name":
                return person_label(r["name"])
            if col == "sector":
                return self.sector_labels.get(r["sector"], r["sector"])
            if col == "status":
                return registration_status_label(r["status"])
            return r[col]
        if role == Qt.ItemDataRole.ForegroundRole and r["status"] in ("cancelled", "waitlisted"):
            return QBrush(QColor("#8a6d00" if r["status"] == "waitlisted" else "#888888"))
        return None

    def reg_id(self, row: int) -> int | None:
        return self.row_id(row)
