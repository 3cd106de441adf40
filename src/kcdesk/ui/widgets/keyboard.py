"""Keyboard helpers shared by screens and dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QWidget


def tab_leaves_lists(root: QWidget) -> None:
    """Tab moves on to the next control instead of from cell to cell in every list under ``root``.

    Our tables select whole rows and are walked with the arrow keys; with Qt's default
    (tab key navigation) Tab never left a table of 27 registrations × 5 columns.
    """
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
