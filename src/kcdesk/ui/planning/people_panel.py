"""The people directory over all events: search, sort, edit, merge duplicates."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kcdesk.domain.models import Person
from kcdesk.services import Services
from kcdesk.ui.models.people import COLUMNS, CONSENT, KEYS, PeopleModel, header, short_header


class PeoplePanel(QWidget):
    #: edit_requested(before | None, after): save a person (new when before is None).
    edit_requested = Signal(object, object)
    #: merge_requested(keep_id, drop_id)
    merge_requested = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.services: Services | None = None
        self.model = PeopleModel(parent=self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, organisation, email… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(lambda: self.model.set_query(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self._size_columns()
        self._columns_shown = False
        hh = self.table.horizontalHeader()
        hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh.customContextMenuRequested.connect(self._columns_menu)
        hh.setToolTip(self.tr("Right-click to choose the columns"))
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.edit_person())
        self.new_button = QPushButton(self.tr("&New person…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.merge_button = QPushButton(self.tr("&Merge two…"))
        self.merge_button.setToolTip(self.tr("Select two people (Ctrl+click) to merge them"))
        self.new_button.clicked.connect(self.new_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.merge_button.clicked.connect(self.merge_selected)
        self.count = QLabel()
        self.model.modelReset.connect(self._update_count)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for b in (self.new_button, self.edit_button, self.merge_button):
            top.addWidget(b)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.count)

    def _size_columns(self) -> None:
        """Name and organisation get the room; sector and email a fair width; counts and the
        yes/– flags a compact fixed one (short headers; the tooltip has the full one)."""
        hh = self.table.horizontalHeader()
        keys = [key for key, _ in COLUMNS]
        metrics = hh.fontMetrics()
        room = 16  # margins and the sort arrow
        counts = max(metrics.horizontalAdvance(short_header(k)) for k in ("events", "attended")) + room
        flags = max(metrics.horizontalAdvance(short_header(k)) for k in CONSENT) + room
        for i, key in enumerate(keys):
            if key in ("name", "organisation"):
                hh.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
                continue
            hh.setSectionResizeMode(
                i,
                QHeaderView.ResizeMode.Interactive
                if key in ("sector", "email")
                else QHeaderView.ResizeMode.Fixed,
            )
            char = metrics.averageCharWidth()
            width = {"sector": 11 * char, "email": 22 * char, "events": counts, "attended": counts}.get(
                key, flags
            )
            hh.resizeSection(i, width)

    #: Hidden until the user shows them (right-click on the header): the person dialog and the
    #: privacy overview have the consents, and without them a name fits at 1024 wide.
    HIDDEN_BY_DEFAULT = CONSENT

    def _settings(self):
        return getattr(self.window(), "settings", None)

    def showEvent(self, event) -> None:  # noqa: N802
        if not self._columns_shown:  # in the main window by now, so its settings are known
            self._columns_shown = True
            settings = self._settings()
            hidden = (
                settings.hidden_columns("people", self.HIDDEN_BY_DEFAULT)
                if settings is not None
                else list(self.HIDDEN_BY_DEFAULT)
            )
            for i, key in enumerate(KEYS):
                self.table.setColumnHidden(i, key in hidden and key != "name")
        super().showEvent(event)

    def _columns_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for i, key in enumerate(KEYS):
            if key == "name":  # always shown: it is what a row is
                continue
            action = menu.addAction(header(key))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.toggled.connect(lambda shown, i=i: self.show_column(i, shown))
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def show_column(self, column: int, shown: bool) -> None:
        """Show or hide a column and remember the choice."""
        self.table.setColumnHidden(column, not shown)
        settings = self._settings()
        if settings is not None:
            hidden = [key for i, key in enumerate(KEYS) if self.table.isColumnHidden(i)]
            settings.set_hidden_columns("people", hidden)

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n person(s)", "", self.model.total))

    def focus_search(self) -> None:
        """Ctrl+F: the search field, its text selected to type over."""
        self.search.setFocus()
        self.search.selectAll()

    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.model.set_services(services)
        labels = list(self.model.sector_labels.values())
        if labels:  # the sector column fits the longest sector name
            sector = [key for key, _ in COLUMNS].index("sector")
            metrics = self.table.fontMetrics()
            self.table.horizontalHeader().resizeSection(
                sector, max(metrics.horizontalAdvance(x) for x in labels) + 16
            )

    def select_person(self, person: Person) -> None:
        """Show ``person`` selected (after making them): the list is narrowed to their name."""
        self._timer.stop()
        self.search.blockSignals(True)
        self.search.setText(person.name)
        self.search.blockSignals(False)
        self.model.set_query(person.name)
        row = self.model.row_of(person.id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [pid for pid in (self.model.person_id(r) for r in rows) if pid is not None]

    # patchable in tests
    def ask(self, person: Person) -> Person | None:
        from kcdesk.ui.planning.person_dialog import PersonDialog

        dialog = PersonDialog(self.services, person, self)  # type: ignore[arg-type]
        return dialog.result_person() if dialog.exec() else None

    def confirm_merge(self, keep_id: int, drop_id: int) -> tuple[int, int] | None:
        from kcdesk.ui.planning.merge_dialog import MergeDialog

        dialog = MergeDialog(self.services, keep_id, drop_id, self)  # type: ignore[arg-type]
        return (dialog.keep_id, dialog.drop_id) if dialog.exec() else None

    def new_person(self) -> None:
        if self.services is None:
            return
        after = self.ask(Person(given_name=""))
        if after is not None:
            self.edit_requested.emit(None, after)

    def edit_person(self) -> None:
        ids = self.selected_ids()
        if not ids or self.services is None:
            return
        before = self.services.people.get(ids[0])
        after = self.ask(before)
        if after is not None and after != before:
            self.edit_requested.emit(before, after)

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            self.count.setText(self.tr("Select exactly two people to merge (Ctrl+click the second)."))
            return
        answer = self.confirm_merge(ids[0], ids[1])
        if answer is not None:
            self.merge_requested.emit(*answer)
