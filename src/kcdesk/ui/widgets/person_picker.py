"""Find someone in the people directory by typing (full-text search in the store, 30 hits)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from kcdesk.services import Services
from kcdesk.ui.models.rows import RowsModel


class PersonPicker(QWidget):
    #: chosen(person_id): the user pressed Enter or double-clicked a hit.
    chosen = Signal(int)

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.services = services
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, organisation or email…"))
        self.search.setClearButtonEnabled(True)
        self.model = RowsModel(
            [
                (self.tr("Name"), lambda p: p.name),
                (self.tr("Organisation"), lambda p: p.organisation),
                (self.tr("Email"), lambda p: p.email),
            ],
            self,
        )
        self.hits = QTableView()
        self.hits.setModel(self.model)
        self.hits.verticalHeader().hide()
        self.hits.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hits.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hits.setWordWrap(False)
        self.hits.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.hits.setMinimumHeight(120)
        self.hits.doubleClicked.connect(lambda _i: self._choose())
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self._typed)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.hits)
        self.setFocusProxy(self.search)
        self.search.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        """Up/Down in the search field choose among the hits, so the hands stay on the keys."""
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(event.key())
            if step is not None and self.model.rowCount():
                rows = self.hits.selectionModel().selectedRows()
                current = rows[0].row() if rows else -1
                self.hits.selectRow(max(0, min(self.model.rowCount() - 1, current + step)))
                return True
        return super().eventFilter(obj, event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A search typed just before the dialog closed is not run afterwards (on a database that
        may be closed by then)."""
        self._timer.stop()
        super().hideEvent(event)

    def _typed(self) -> None:
        if self.isVisible():  # not for a picker no longer shown (its database may be closed)
            self.refresh()

    def pending(self) -> bool:
        """Whether typed text is still waiting to be searched."""
        return self._timer.isActive()

    def refresh(self) -> None:
        hits = self.services.people.search(self.search.text(), 30)
        self.model.set_rows([p for p in hits if not p.erased])  # an anonymous stub is nobody to pick
        if self.model.rowCount():
            self.hits.selectRow(0)

    def person_id(self) -> int | None:
        rows = self.hits.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def person_name(self) -> str:
        rows = self.hits.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].name if rows else ""

    def _choose(self) -> None:
        pid = self.person_id()
        if pid is not None:
            self.chosen.emit(pid)
