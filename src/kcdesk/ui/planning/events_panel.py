"""The event list with its filters (text, status, year) and the new / next edition / delete buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kcdesk.domain.enums import EventStatus
from kcdesk.services import Services
from kcdesk.ui.models.events import EventsModel, status_label
from kcdesk.ui.widgets import row_table


class EventsPanel(QWidget):
    #: event_chosen(event_id | None): the selected event changed.
    event_chosen = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.services: Services | None = None
        self.model = EventsModel(parent=self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter events… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter events by text"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("All statuses"), "")
        for s in EventStatus:
            self.status.addItem(status_label(s), str(s))
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Filter by year"))
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.year.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.table = row_table(self.model, stretch=(1,))
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._emit())
        self.model.modelReset.connect(self._emit)
        self.new_button = QPushButton(self.tr("&New event"))
        self.next_button = QPushButton(self.tr("Ne&xt edition"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.year)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: palette(mid); padding: 4px;")
        self.empty_hint.hide()
        layout.addWidget(self.empty_hint)
        self.model.modelReset.connect(self._update_hint)
        layout.addLayout(buttons)
        self._last: int | None = -1
        self._quiet = False

    def focus_search(self) -> None:
        """Ctrl+F: the search field, its text selected to type over."""
        self.search.setFocus()
        self.search.selectAll()

    def set_services(self, services: Services | None) -> None:
        self.services = services
        self._fill_years()
        self._keeping_selection(lambda: self.model.set_services(services))

    def _fill_years(self) -> None:
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        if self.services is not None:
            for y in self.services.event_list.years():
                self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(current)))
        self.year.blockSignals(False)

    def _keeping_selection(self, change) -> None:
        """Reset the model without telling anyone the event changed, unless it really did."""
        keep = self.current_event_id()
        self._quiet = True
        try:
            change()
        finally:
            self._quiet = False
        self.select(keep)

    def apply_filter(self) -> None:
        self._keeping_selection(
            lambda: self.model.set_filter(
                self.search.text(), self.status.currentData() or "", self.year.currentData()
            )
        )

    def reload(self) -> None:
        self._fill_years()
        self._keeping_selection(self.model.reload)

    def select(self, event_id: int | None) -> None:
        row = self.model.row_of(event_id) if event_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._emit()

    def _update_hint(self) -> None:
        filtered = bool(self.search.text().strip() or self.status.currentData() or self.year.currentData())
        if self.model.rowCount() or self.services is None:
            self.empty_hint.hide()
            return
        self.empty_hint.setText(
            self.tr("No events match the filter.")
            if filtered
            else self.tr("No events yet. Press “New event” (Ctrl+Shift+E) to plan the first kenniscafé.")
        )
        self.empty_hint.show()

    def current_event_id(self) -> int | None:
        sm = self.table.selectionModel()
        rows = sm.selectedRows() if sm else []
        return self.model.event_id(rows[0].row()) if rows else None

    def _emit(self) -> None:
        if self._quiet:
            return
        current = self.current_event_id()
        if current != self._last:
            self._last = current
            self.event_chosen.emit(current)
