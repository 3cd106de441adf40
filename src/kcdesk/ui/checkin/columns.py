"""Table columns that fit their view's width at any text size (door mode's large fonts)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView


@dataclass(frozen=True)
class Fit:
    """A column as wide as its widest cell (in bold), but leaving ``leave`` average characters to
    each shared column: the name gets the room, the organisation is cut short first."""

    leave: int = 6
    #: measured in bold (the door's names are bold)
    bold: bool = True


#: Per column: a number is a share of the width left over, a text sizes the column to fit it,
#: a :class:`Fit` sizes it to its contents.
Spec = tuple[float | str | Fit, ...]
PADDING = 24


def fit_columns(view: QTableView, spec: Spec) -> None:
    """Size the columns: a sample text (or the header, if wider) fixes a column's width, a
    :class:`Fit` column takes its widest cell, the numbers share what remains."""
    fm, hfm = QFontMetrics(view.font()), QFontMetrics(view.horizontalHeader().font())
    model = view.model()

    def header_width(c: int) -> int:
        return hfm.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))

    shown = [c for c in range(len(spec)) if not view.isColumnHidden(c)]
    fixed = {
        c: max(fm.horizontalAdvance(item), header_width(c)) + PADDING
        for c, item in enumerate(spec)
        if isinstance(item, str)
    }
    room = view.viewport().width() - sum(w for c, w in fixed.items() if c in shown)
    shares_of = {
        c: float(item) for c, item in enumerate(spec) if c in shown and isinstance(item, (int, float))
    }
    bold = QFont(view.font())
    bold.setBold(True)
    bfm = QFontMetrics(bold)
    # right to left: a narrow column of codes keeps its width, the name takes what is left
    for c, item in reversed(list(enumerate(spec))):
        if c not in shown or not isinstance(item, Fit):
            continue
        leave = len(shares_of) * (fm.averageCharWidth() * item.leave + PADDING)
        widest = max(
            [header_width(c)]
            + [
                (bfm if item.bold else fm).horizontalAdvance(str(model.index(r, c).data() or ""))
                for r in range(model.rowCount())
            ]
        )
        fixed[c] = max(header_width(c) + PADDING, min(widest + PADDING, room - leave))
        room -= fixed[c]
    rest = max(0, room)
    shares = sum(shares_of.values()) or 1.0
    header = view.horizontalHeader()
    for c in shown:
        header.resizeSection(c, fixed[c] if c in fixed else int(rest * shares_of.get(c, 0.0) / shares))


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
        if any(isinstance(item, Fit) for item in spec):  # sized to the rows: refit when they change
            view.model().modelReset.connect(lambda v=view, s=spec: fit_columns(v, s))

    def fit_all(self) -> None:
        for view, spec in self.views.values():
            fit_columns(view, spec)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and obj in self.views:
            fit_columns(*self.views[obj])
        return False
