"""A small read-only table model over a list of dicts, for short lists (preview, errors, history)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt

from kcdesk.ui.models.base import DISPLAY, Index, RowsTableModel

Column = tuple[str, Callable[[Any], Any]]


class RowsModel(RowsTableModel):
    """Columns are (header, getter) pairs; the getter turns a row into the text shown."""

    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: list[Column], parent: QObject | None = None):
        super().__init__(parent)
        self._use(columns)

    def _use(self, columns: list[Column]) -> None:
        self.columns = columns
        self.COLUMNS = tuple(header for header, _ in columns)

    def set_columns(self, columns: list[Column]) -> None:
        self.beginResetModel()
        self._use(columns)
        self.endResetModel()

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        if role == self.RowRole:
            return row
        if role == DISPLAY:
            value = self.columns[index.column()][1](row)
            return "" if value is None else str(value)
        return None
