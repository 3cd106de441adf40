"""The base of our table models: a list of rows, named columns, reset as a whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole


class RowsTableModel(QAbstractTableModel):
    """A flat table over ``self.rows``, replaced as a whole (``reload``/``set_rows``), never edited in place.

    Subclasses name their columns in ``COLUMNS`` (keys, one a column), translate them in ``headers()``,
    render a cell in ``cell(row, key, role)`` and, when they read from the services, return their rows
    from ``fetch()``. Rows are dicts with an ``"id"`` (``ID_KEY``) unless ``key_of`` says otherwise.
    """

    COLUMNS: tuple[str, ...] = ()
    ID_KEY = "id"

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Any] = []

    # -- what subclasses say -------------------------------------------------------------------
    def headers(self) -> list[str]:
        """The translated column headers, one a column of ``COLUMNS``."""
        return list(self.COLUMNS)

    def fetch(self) -> list[Any]:
        """The rows to show now (called by ``reload`` between begin- and endResetModel)."""
        return list(self.rows)

    def cell(self, row: Any, column: str, role: int) -> Any:
        """What ``data`` returns for ``role`` in the column keyed ``column`` of ``row``."""
        return None

    def key_of(self, row: Any) -> Any:
        """The id a row is found by (``row_of``, ``row_id``)."""
        return row[self.ID_KEY]

    # -- replacing the rows ----------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.fetch()
        self.endResetModel()

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    # -- finding rows ----------------------------------------------------------------------------
    def row(self, row: int) -> Any | None:
        """The row at ``row``, or None outside the table."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_id(self, row: int) -> Any | None:
        """The id of the row at ``row``, or None outside the table."""
        return self.key_of(self.rows[row]) if 0 <= row < len(self.rows) else None

    def row_of(self, row_id: Any) -> int:
        """The number of the row with id ``row_id``, or -1."""
        return next((i for i, r in enumerate(self.rows) if self.key_of(r) == row_id), -1)

    # -- QAbstractTableModel ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self.rows)
            or not 0 <= index.column() < len(self.COLUMNS)
        ):
            return None
        return self.cell(self.rows[index.row()], self.COLUMNS[index.column()], role)
