"""Table columns that fit their view's width at any text size (door mode's large fonts)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

#: Per column: a number is a share of the width left over, a text sizes the column to fit it.
Spec = tuple[float | str, ...]


def fit_columns(view: QTableView, spec: Spec) -> None:
    """Size the columns: a sample text (or the header, if wider) fixes a column's width,
    the numbers share what remains."""
    fm, hfm = QFontMetrics(view.font()), QFontMetrics(view.horizontalHeader().font())
    model = view.model()
    fixed = {
        c: max(
            fm.horizontalAdvance(item),
            hfm.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal) or "")),
        )
        + 24
        for c, item in enumerate(spec)
        if isinstance(item, str)
    }
    shown = [c for c in range(len(spec)) if not view.isColumnHidden(c)]
    rest = max(0, view.viewport().width() - sum(w for c, w in fixed.items() if c in shown))
    shares = sum(float(spec[c]) for c in shown if not isinstance(spec[c], str)) or 1.0
    header = view.horizontalHeader()
    for c in shown:
        item = spec[c]
        header.resizeSection(c, fixed[c] if c in fixed else int(rest * float(item) / shares))


class ColumnFitter(QObject):
    """Keeps the columns of some views fitted when a view is resized."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.views: dict[QObject, tuple[QTableView, Spec]] = {}

    def add(self, view: QTableView, spec: Spec) -> None:
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Organi…", not a header cut at both ends
        self.views[view.viewport()] = (view, spec)
        view.viewport().installEventFilter(self)

    def fit_all(self) -> None:
        for view, spec in self.views.values():
            fit_columns(view, spec)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and obj in self.views:
            fit_columns(*self.views[obj])
        return False
