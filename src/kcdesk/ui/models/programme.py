"""The programme of one event: items in order with computed start times; drag to reorder."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QObject, Qt, Signal

from kcdesk.domain.errors import KcdeskError
from kcdesk.domain.models import ProgrammeItem
from kcdesk.services import Services
from kcdesk.ui.models.base import Index, RowsTableModel
from kcdesk.ui.models.labels import kind_label, part_label
from kcdesk.words.dates import short

MIME = "application/x-kcdesk-programme-row"


class ProgrammeModel(RowsTableModel):
    """Columns: start, kind, title, duration, people. Times come from services.events.programme."""

    COLUMNS = ("start", "kind", "title", "duration", "people")

    #: reorder_requested(item_ids): the user dropped a row elsewhere; the view asks for this order.
    reorder_requested = Signal(list)

    def __init__(self, services: Services | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.event_id: int | None = None
        self.rows: list[ProgrammeItem] = []
        self.names: dict[int, str] = {}

    @property
    def items(self) -> list[ProgrammeItem]:
        """The programme items shown, in order (the rows)."""
        return self.rows

    def set_event(self, services: Services | None, event_id: int | None) -> None:
        self.services, self.event_id = services, event_id
        self.reload()

    def fetch(self) -> list[ProgrammeItem]:
        if not (self.services and self.event_id is not None):
            self.names = {}
            return []
        try:
            items = self.services.events.programme(self.event_id)
        except KcdeskError:  # the event was just deleted
            items = []
        ids = sorted({pp.person_id for i in items for pp in i.people})
        self.names = {p: person.name for p, person in self.services.people.many(ids).items()}
        return items

    def key_of(self, row: ProgrammeItem) -> int | None:
        return row.id

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ProgrammeModel", "Start"),
            QCoreApplication.translate("ProgrammeModel", "Kind"),
            QCoreApplication.translate("ProgrammeModel", "Title"),
            QCoreApplication.translate("ProgrammeModel", "Minutes"),
            QCoreApplication.translate("ProgrammeModel", "People"),
        ]

    def cell(self, item: ProgrammeItem, col: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "start":
                return short(item.start_time) if item.start_time else "—"
            if col == "kind":
                return kind_label(item.kind)
            if col == "title":
                return item.title
            if col == "duration":
                return item.duration_min
            return ", ".join(
                f"{self.names.get(pp.person_id, '?')} ({part_label(pp.part)})" for pp in item.people
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("start", "duration"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def item_at(self, row: int) -> ProgrammeItem | None:
        return self.row(row)

    # -- drag and drop: the model only proposes an order; the screen applies it via undo ------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not data.hasFormat(MIME):
            return False
        source = int(bytes(data.data(MIME).data()).decode() or -1)
        if not 0 <= source < len(self.rows):
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        ids = [i.id for i in self.rows]
        moved = ids.pop(source)
        ids.insert(target - 1 if target > source else target, moved)
        if ids != [i.id for i in self.rows]:
            self.reorder_requested.emit(ids)
        return False  # never let the view remove the source row: the store reload shows the order
