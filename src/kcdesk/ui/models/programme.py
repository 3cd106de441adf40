"""The programme of one event: items in order with computed start times; drag to reorder."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kcdesk.domain.errors import KcdeskError
from kcdesk.domain.models import ProgrammeItem
from kcdesk.services import Services
from kcdesk.ui.models.labels import kind_label, part_label

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-kcdesk-programme-row"


class ProgrammeModel(QAbstractTableModel):
    """Columns: start, kind, title, duration, people. Times come from services.events.programme."""

    #: reorder_requested(item_ids): the user dropped a row elsewhere; the view asks for this order.
    reorder_requested = Signal(list)

    def __init__(self, services: Services | None = None, parent=None):
        super().__init__(parent)
        self.services = services
        self.event_id: int | None = None
        self.items: list[ProgrammeItem] = []
        self.names: dict[int, str] = {}

    def set_event(self, services: Services | None, event_id: int | None) -> None:
        self.services, self.event_id = services, event_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self.services and self.event_id is not None:
            try:
                self.items = self.services.events.programme(self.event_id)
            except KcdeskError:  # the event was just deleted
                self.items = []
            ids = sorted({pp.person_id for i in self.items for pp in i.people})
            self.names = {p: person.name for p, person in self.services.store.people.many(ids).items()}
        else:
            self.items, self.names = [], {}
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ProgrammeModel", "Start"),
            QCoreApplication.translate("ProgrammeModel", "Kind"),
            QCoreApplication.translate("ProgrammeModel", "Title"),
            QCoreApplication.translate("ProgrammeModel", "Minutes"),
            QCoreApplication.translate("ProgrammeModel", "People"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

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
        if not index.isValid() or not (0 <= index.row() < len(self.items)):
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return (
                    QLocale().toString(item.start_time, QLocale.FormatType.ShortFormat)
                    if item.start_time
                    else "—"
                )
            if col == 1:
                return kind_label(item.kind)
            if col == 2:
                return item.title
            if col == 3:
                return item.duration_min
            return ", ".join(
                f"{self.names.get(pp.person_id, '?')} ({part_label(pp.part)})" for pp in item.people
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def item_at(self, row: int) -> ProgrammeItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, item_id: int) -> int:
        return next((i for i, it in enumerate(self.items) if it.id == item_id), -1)

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
        if not 0 <= source < len(self.items):
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.items))
        ids = [i.id for i in self.items]
        moved = ids.pop(source)
        ids.insert(target - 1 if target > source else target, moved)
        if ids != [i.id for i in self.items]:
            self.reorder_requested.emit(ids)
        return False  # never let the view remove the source row: the store reload shows the order
