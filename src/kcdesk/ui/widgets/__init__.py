"""Small widgets and the set-ups the screens share."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget


def hint_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A quiet, wrapped line of help under a list."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(mid);")
    return label


def row_table(model: QAbstractItemModel, stretch: tuple[int, ...] = ()) -> QTableView:
    """A table that selects one whole row: no row numbers, columns fitted, ``stretch`` columns wide."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(100)  # fit columns to 100 rows, not 1,000 (of 5,000 registrations)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table
