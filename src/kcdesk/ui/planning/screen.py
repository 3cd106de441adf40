"""Planning: the coordinator's workspace (events, programme, people, registrations)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout

from kcdesk.services import Services
from kcdesk.ui.bridge import StoreBridge
from kcdesk.ui.models.events import EventsModel
from kcdesk.ui.screen import Screen


class PlanningScreen(Screen):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = EventsModel(parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def title(self) -> str:
        return self.tr("Planning")

    def attach(self, services: Services, bridge: StoreBridge) -> None:
        super().attach(services, bridge)
        self.model.set_services(services)
        bridge.changed.connect(self._on_change)
        if self.model.rowCount():
            self.table.selectRow(0)

    def detach(self) -> None:
        self.model.set_services(None)

    def _on_change(self, topic: str, info: dict) -> None:
        if topic in ("events", "registrations", "checkins"):
            self.model.reload()

    def current_event_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.event_id(rows[0].row()) if rows else None
