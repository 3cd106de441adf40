"""Planning: the coordinator's workspace (events, programme, people, registrations, tables, charts).

Every edit goes through an undoable command (``commands.py``) that calls services;
store change notifications (via the bridge) refresh the models.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMessageBox, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from kcdesk.domain.enums import EventStatus, RegistrationStatus
from kcdesk.domain.errors import KcdeskError
from kcdesk.domain.models import Event, Person, ProgrammeItem
from kcdesk.services import Services
from kcdesk.ui.bridge import StoreBridge
from kcdesk.ui.planning import commands as C
from kcdesk.ui.planning.event_editor import EventEditor
from kcdesk.ui.planning.events_panel import EventsPanel
from kcdesk.ui.planning.programme_panel import ProgrammePanel
from kcdesk.ui.screen import Screen, compact_combos
from kcdesk.ui.widgets.keyboard import tab_leaves_lists
from kcdesk.words.errors import translate_error

if TYPE_CHECKING:
    from kcdesk.ui.planning.accreditation_panel import AccreditationPanel
    from kcdesk.ui.planning.charts_panel import ChartsPanel
    from kcdesk.ui.planning.people_panel import PeoplePanel
    from kcdesk.ui.planning.registrations_panel import RegistrationsPanel
    from kcdesk.ui.planning.tables_panel import TablesPanel

#: The panels made when first shown: name → (module in kcdesk.ui.planning, class).
LAZY_PANELS = {
    "registrations": ("registrations_panel", "RegistrationsPanel"),
    "tables": ("tables_panel", "TablesPanel"),
    "charts": ("charts_panel", "ChartsPanel"),
    "accreditation": ("accreditation_panel", "AccreditationPanel"),
    "people": ("people_panel", "PeoplePanel"),
}


class _PanelTabs(QTabWidget):
    """Tabs whose pages may hold a panel made later: showing the panel shows its page."""

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        page = widget.parentWidget()
        super().setCurrentWidget(page if isinstance(page, _Slot) else widget)


class _Slot(QWidget):
    """A panel's place in the tabs, empty until the panel is first shown."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)


class PlanningScreen(Screen):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.services: Services | None = None
        self.bridge: StoreBridge | None = None
        self.readonly = False  # the open database is read-only (another kcdesk writes to it)
        #: (services, event) the panels last loaded for: attach loads them once
        self._loaded_for: tuple[int, int | None] | None = None
        self.undo_stack = QUndoStack(self)
        self.events = EventsPanel()
        self.model = self.events.model  # the main window and its tests look here
        self.table = self.events.table
        self.editor = EventEditor()
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        editor_scroll.setWidget(self.editor)
        self.programme = ProgrammePanel()
        #: the panels made, and loaded, when first shown or asked for (start-up: an event's thousands
        #: of registrations, or 100k people, are not read for a tab nobody looks at); each has its
        #: place in the tabs from the start
        self._panels: dict[str, Any] = {}
        self._slots = {name: _Slot() for name in LAZY_PANELS}
        #: name → how to bring that panel up to date, for panels not loaded since the last change
        self._stale: dict[str, Callable[[], None]] = {}
        self.details = _PanelTabs()
        self.details.addTab(editor_scroll, self.tr("&Event"))
        self.details.addTab(self.programme, self.tr("P&rogramme"))
        self.details.addTab(self._slots["registrations"], self.tr("Re&gistrations"))
        self.details.addTab(self._slots["tables"], self.tr("&Tables"))
        self.details.addTab(self._slots["charts"], self.tr("C&harts"))
        self.details.addTab(self._slots["accreditation"], self.tr("Accre&ditation"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.events)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([200, 540])
        splitter.setChildrenCollapsible(False)
        self.tabs = _PanelTabs()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(splitter, self.tr("Events"))
        self.tabs.addTab(self._slots["people"], self.tr("People"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self.details.currentChanged.connect(lambda _i: self._load_shown())
        self.tabs.currentChanged.connect(lambda _i: self._load_shown())
        self._connect()
        self._build_menu()
        tab_leaves_lists(self)
        self.setTabOrder(self.events.search, self.events.status)
        self.setTabOrder(self.events.status, self.events.year)
        self.setTabOrder(self.events.year, self.events.table)
        self.setTabOrder(self.events.table, self.events.new_button)
        self.setTabOrder(self.events.new_button, self.events.next_button)
        self.setTabOrder(self.events.next_button, self.events.delete_button)
        self.setTabOrder(self.events.delete_button, self.details)
        C.ServiceCommand.on_error = staticmethod(self.show_error)
        C.ServiceCommand.on_select = staticmethod(self.set_event)

    # -- panels that load when shown ---------------------------------------------------------
    def _make(self, name: str):
        """The panel ``name``, made (in its place in the tabs, wired) on first use."""
        panel = self._panels.get(name)
        if panel is None:
            module, cls = LAZY_PANELS[name]
            panel = getattr(importlib.import_module(f"kcdesk.ui.planning.{module}"), cls)()
            self._panels[name] = panel
            self._slots[name].layout().addWidget(panel)  # type: ignore[union-attr]
            panel.show()  # a child added to a page already shown stays hidden unless shown
            compact_combos(panel)
            tab_leaves_lists(panel)
            self._connect_panel(name, panel)
            if self.services is not None:
                self._apply_readonly()
        return panel

    def _panel(self, name: str):
        """The panel, brought up to date first if it was left to load when shown."""
        panel = self._make(name)
        load = self._stale.pop(name, None)
        if load is not None:
            load()
            self._apply_readonly()
        return panel

    @property
    def registrations(self) -> RegistrationsPanel:
        return self._panel("registrations")

    @property
    def tables(self) -> TablesPanel:
        return self._panel("tables")

    @property
    def charts(self) -> ChartsPanel:
        return self._panel("charts")

    @property
    def accreditation(self) -> AccreditationPanel:
        return self._panel("accreditation")

    @property
    def people(self) -> PeoplePanel:
        return self._panel("people")

    def _later(self, name: str, load: Callable[[Any], None]) -> None:
        """Run ``load(panel)`` now when the panel is on screen, else when it is first shown or
        asked for."""
        if self._slots[name].isVisible():
            self._stale.pop(name, None)
            load(self._make(name))
        else:
            self._stale[name] = lambda: load(self._make(name))

    def _loaded(self, name: str):
        """The panel when it is made and up to date (a change then reloads it), else None."""
        return None if name in self._stale else self._panels.get(name)

    def _load_shown(self) -> None:
        for name in LAZY_PANELS:
            if self._slots[name].isVisible() and (name in self._stale or name not in self._panels):
                self._panel(name)

    def title(self) -> str:
        return self.tr("Planning")

    def set_undo_stack(self, stack: QUndoStack) -> None:
        """The main window shares its undo stack (Edit > Undo) with the screen."""
        self.undo_stack = stack

    # -- wiring ---------------------------------------------------------------------
    def _connect(self) -> None:
        self.events.event_chosen.connect(self._event_chosen)
        self.events.new_button.clicked.connect(self.new_event)
        self.events.next_button.clicked.connect(self.next_edition)
        self.events.delete_button.clicked.connect(self.delete_event)
        self.editor.edited.connect(self._event_edited)
        self.programme.save_requested.connect(self.save_item)
        self.programme.delete_requested.connect(self.delete_item)
        self.programme.reorder_requested.connect(self.reorder_items)

    def _connect_panel(self, name: str, panel) -> None:
        if name == "registrations":
            panel.register_requested.connect(self.register_person)
            panel.new_person_requested.connect(self.register_new_person)
            panel.status_requested.connect(self.change_status)
            panel.promote_requested.connect(self.promote_waitlisted)
            panel.import_requested.connect(self.import_csv)
            panel.person_requested.connect(self.edit_person)
        elif name == "people":
            panel.edit_requested.connect(self.save_person)
            panel.merge_requested.connect(self.merge)
        elif name == "tables":
            panel.assign_requested.connect(self.assign_tables)
            panel.move_requested.connect(self.move_seat)
            panel.host_requested.connect(self.set_host)
            panel.item.currentIndexChanged.connect(lambda _i: self._apply_readonly())

    def _event_edited(self, before: Event, after: Event, field: str) -> None:
        if self.services is None or not self._do(C.EditEventCommand(self.services, before, after, field)):
            self.editor.reload()  # show what is stored again

    def _action(self, menu: QMenu, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work while the screen is shown, even without the menu
        return action

    def _build_menu(self) -> None:
        m = self._menu = QMenu(self.tr("&Planning"), self)
        a = self._action
        self._writing_actions = [
            a(m, self.tr("&New event"), self.new_event, "Ctrl+Shift+E"),
            a(m, self.tr("Ne&xt edition"), self.next_edition, "Ctrl+Shift+D"),
            a(m, self.tr("&Delete event…"), self.delete_event, "Ctrl+Shift+Del"),
        ]
        a(m, self.tr("&Find event"), self._focus_event_filter, "Ctrl+Shift+F")
        m.addSeparator()
        self._writing_actions += [
            a(m, self.tr("New programme &item…"), self._new_item, "Ctrl+Shift+P"),
            a(m, self.tr("&Import registrations (CSV)…"), self.import_csv, "Ctrl+Shift+I"),
            a(m, self.tr("Move &up from waitlist"), self.promote_waitlisted, "Ctrl+Shift+W"),
            a(m, self.tr("&Assign tables"), lambda: self.tables.assign(), "Ctrl+Shift+T"),
        ]
        m.addSeparator()
        a(m, self.tr("&People directory"), self._focus_people, "Ctrl+Shift+L")
        self._writing_actions += [
            a(m, self.tr("New &person…"), lambda: self.people.new_person()),
            a(m, self.tr("&Merge two people…"), lambda: self.people.merge_selected(), "Ctrl+Shift+M"),
        ]

    def menu(self) -> QMenu:
        return self._menu

    def _focus_event_filter(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.events.focus_search()

    def _focus_people(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.people.search.setFocus()

    def _new_item(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.details.setCurrentWidget(self.programme)
        self.programme.add_item()

    # -- database ---------------------------------------------------------------------
    def attach(self, services: Services, bridge: StoreBridge) -> None:
        super().attach(services, bridge)
        bridge.changed.connect(self._on_change)
        self.readonly = services.readonly
        self.editor.set_readonly(self.readonly)
        self._later("people", lambda panel: panel.set_services(services))
        self._loaded_for = None
        self.events.set_services(services)  # selects an event: its panels load (once) ...
        current = self.events.current_event_id()
        if self._loaded_for != (id(services), current):  # ... unless the selection stayed the same
            self._event_chosen(current)

    def _writing_widgets(self) -> list[QWidget]:
        """The buttons that change the database (off while it is open read-only)."""
        e, p = self.events, self.programme
        out: list[QWidget] = [
            e.new_button,
            e.next_button,
            e.delete_button,
            p.add_button,
            p.edit_button,
            p.up_button,
            p.down_button,
            p.delete_button,
        ]
        # the panels made so far (one made later gets the same treatment then)
        if (a := self._panels.get("accreditation")) is not None:
            out += [a.ui.save, a.ui.remove]
        if (r := self._panels.get("registrations")) is not None:
            out += [r.add_button, r.new_button, r.import_button, r.status, r.status_button, r.promote_button]
        if (t := self._panels.get("tables")) is not None:
            out += [t.tables, t.present_only, t.assign_button, t.move_button, t.move_to, t.host_button]
        if (pp := self._panels.get("people")) is not None:
            out += [pp.new_button, pp.edit_button, pp.merge_button]
        return out

    def _apply_readonly(self) -> None:
        """Read-only: nothing offers a change that would only be refused. (Writable: the panels
        decide themselves which buttons are on, so nothing is forced on here.)"""
        for action in self._writing_actions:
            action.setEnabled(not self.readonly)
        if self.readonly:
            for w in self._writing_widgets():
                w.setEnabled(False)
                if w.property("readonlyTip") is None:
                    w.setProperty("readonlyTip", w.toolTip())
                w.setToolTip(self.tr("This database is open read-only."))

    def detach(self) -> None:
        self.editor.flush()  # a description still being typed is saved before letting go
        self.release_bridge(self._on_change)
        self.services = None
        self.events.set_services(None)
        self._stale.pop("people", None)
        if "people" in self._panels:
            self._panels["people"].set_services(None)
        self._event_chosen(None)

    def _event_chosen(self, event_id: int | None) -> None:
        s = self.services
        self._loaded_for = (id(s), event_id)
        if not self.readonly:  # back from a read-only database: the panels set these again below
            for w in self._writing_widgets():
                if w.property("readonlyTip") is not None:
                    w.setToolTip(w.property("readonlyTip"))
                    w.setProperty("readonlyTip", None)
                    w.setEnabled(True)
        self.editor.set_event(s, event_id)
        self.programme.set_event(s, event_id)
        for name in ("registrations", "tables", "charts", "accreditation"):
            self._later(name, lambda panel: panel.set_event(s, event_id))
        has = event_id is not None
        self.events.next_button.setEnabled(has)
        self.events.delete_button.setEnabled(has)
        self._apply_readonly()

    def _on_change(self, topic: str, info: dict) -> None:
        if topic in ("events", "registrations", "checkins"):
            self.events.reload()
            self.editor.reload()
        if topic in ("programme", "people", "events"):
            self.programme.reload()
            if (tables := self._loaded("tables")) is not None:  # the others load fresh when shown
                tables.reload() if topic != "programme" or "item_id" not in info else tables.refresh()
        if topic in ("registrations", "checkins", "people", "events"):
            for name in ("registrations", "charts", "accreditation"):
                if (panel := self._loaded(name)) is not None:
                    panel.reload()
        if (
            topic in ("people", "registrations", "checkins")
            and (people := self._loaded("people")) is not None
        ):
            people.model.reload()

    def current_event_id(self) -> int | None:
        return self.events.current_event_id()

    def set_event(self, event_id: int | None) -> None:
        self.events.select(event_id)

    # -- user dialogs (patched in tests) ---------------------------------------------------
    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Planning"), message)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _do(self, command: C.ServiceCommand) -> bool:
        if self.services is None:
            return False
        try:
            return C.run(self.undo_stack, command)
        except KcdeskError as exc:
            self.show_error(translate_error(exc))
            return False

    # -- actions ------------------------------------------------------------------------
    def new_event(self) -> None:
        if self.services is None:
            return
        today = dt.date.today()
        event = Event(
            title=self.tr("New kenniscafé"),
            date=today + dt.timedelta(days=42),
            start_time=dt.time(14, 0),
            end_time=dt.time(17, 0),
            status=EventStatus.DRAFT,
        )
        current = self.current_event_id()
        if current is not None:
            event.series_id = self.services.events.get(current).series_id
        command = C.CreateEventCommand(self.services, event)
        if self._do(command):
            self._show_in_list(command.event.id)
            self.tabs.setCurrentIndex(0)
            self.details.setCurrentIndex(0)
            self.editor.ui.title.setFocus()
            self.editor.ui.title.selectAll()

    def _show_in_list(self, event_id: int | None) -> None:
        """Select ``event_id``; when the filters hide it, clear them first."""
        if event_id is not None and self.model.row_of(event_id) < 0:
            self.events.search.clear()
            self.events.status.setCurrentIndex(0)
            self.events.year.setCurrentIndex(0)
            self.events.apply_filter()
        self.events.select(event_id)

    def next_edition(self) -> None:
        current = self.current_event_id()
        if current is None or self.services is None:
            return
        command = C.NextEditionCommand(self.services, current)
        if self._do(command):
            self._show_in_list(command.new_id)  # a year or status filter may hide the new draft
            self.details.setCurrentIndex(0)

    def delete_event(self) -> None:
        current = self.current_event_id()
        if current is None or self.services is None:
            return
        event = self.services.events.get(current)
        n = self.services.registrations.counts(current)["expected"]
        if self.confirm(
            self.tr("Delete event"),
            self.tr(
                "Delete “%1” with its programme and %n registration(s)? Edit > Undo brings it back.", "", n
            ).replace("%1", event.title),
        ):
            self._do(C.DeleteEventCommand(self.services, current))

    def register_new_person(self) -> None:
        event_id = self.current_event_id()
        if event_id is None or self.services is None:
            return
        person = self.people.ask(Person(given_name=""))
        if person is None:
            return
        self.undo_stack.beginMacro(self.tr("Add a new person"))
        try:
            command = C.EditPersonCommand(self.services, None, person)
            if self._do(command):
                self._do(C.RegisterCommand(self.services, event_id, command.after.id))  # type: ignore[arg-type]
        finally:
            self.undo_stack.endMacro()

    def save_item(self, before: ProgrammeItem | None, after: ProgrammeItem) -> None:
        if self.services is not None:
            self._do(C.SaveItemCommand(self.services, before, after))

    def delete_item(self, item: ProgrammeItem) -> None:
        if self.services is not None:
            self._do(C.DeleteItemCommand(self.services, item))

    def reorder_items(self, before: list[int], after: list[int]) -> None:
        event_id = self.current_event_id()
        if event_id is not None and self.services is not None:
            self._do(C.ReorderCommand(self.services, event_id, before, after))

    def register_person(self, person_id: int) -> None:
        event_id = self.current_event_id()
        if event_id is not None and self.services is not None:
            self._do(C.RegisterCommand(self.services, event_id, person_id))

    def change_status(self, reg_id: int, status: str) -> None:
        if self.services is not None:
            self._do(C.StatusCommand(self.services, reg_id, RegistrationStatus(status)))

    def save_person(self, before: Person | None, after: Person) -> None:
        if self.services is not None and self._do(C.EditPersonCommand(self.services, before, after)):
            if before is None:
                self.people.select_person(after)  # the new person, chosen, ready to edit or register

    def edit_person(self, person_id: int) -> None:
        if self.services is None:
            return
        before = self.services.people.get(person_id)
        after = self.people.ask(before)
        if after is not None and after != before:
            self._do(C.EditPersonCommand(self.services, before, after))

    def promote_waitlisted(self) -> None:
        event_id = self.current_event_id()
        if event_id is None or self.services is None:
            return
        first = self.services.registrations.first_waitlisted(event_id)
        if first is None:
            self.show_error(self.tr("Nobody is on the waitlist."))
            return
        assert first.id is not None  # read from the store
        event = self.services.events.get(event_id)
        if event.capacity is not None and self.services.registrations.is_full(event_id):
            person = self.services.people.get(first.person_id)
            question = self.tr(
                "All %1 seats are taken. Move %2 up from the waitlist anyway (one more than the capacity)?"
            )
            if not self.confirm(
                self.tr("Move up from waitlist"),
                question.replace("%1", str(event.capacity)).replace("%2", person.name),
            ):
                return
        self._do(
            C.StatusCommand(
                self.services,
                first.id,
                RegistrationStatus.REGISTERED,
                self.tr("Move up from waitlist"),
            )
        )

    def merge(self, keep_id: int, drop_id: int) -> None:
        if self.services is not None:
            self._do(C.MergeCommand(self.services, keep_id, drop_id))

    def open_import_wizard(self, event_id: int):
        from kcdesk.ui.planning.import_wizard import ImportWizard

        wizard = ImportWizard(self.services, event_id, self)  # type: ignore[arg-type]
        wizard.imported.connect(self._imported)
        return wizard

    def _imported(self, result, file_name: str) -> None:
        """The wizard imported a file: put it on the undo stack (it is done already)."""
        if self.services is not None and result.changes:
            self.undo_stack.push(C.ImportCommand(self.services, result.changes, file_name))

    def import_csv(self) -> None:
        event_id = self.current_event_id()
        if event_id is None or self.services is None:
            return
        self.open_import_wizard(event_id).exec()

    def assign_tables(self, item_id: int, tables: int, present_only: bool) -> None:
        s = self.services
        if s is None:
            return
        self._do(
            C.SeatingCommand(
                s,
                item_id,
                self.tr("Assign tables"),
                lambda: s.tables.assign(item_id, tables, present_only=present_only),
            )
        )

    def move_seat(self, item_id: int, reg_id: int, table_no: int) -> None:
        s = self.services
        if s is None:
            return
        self._do(
            C.SeatingCommand(
                s, item_id, self.tr("Move to another table"), lambda: s.tables.move(item_id, reg_id, table_no)
            )
        )

    def set_host(self, item_id: int, reg_id: int, is_host: bool) -> None:
        s = self.services
        if s is None:
            return
        self._do(
            C.SeatingCommand(
                s, item_id, self.tr("Change table host"), lambda: s.tables.set_host(item_id, reg_id, is_host)
            )
        )

    # -- screenshots ----------------------------------------------------------------------
    def screenshot_dialogs(self) -> list[tuple[str, QWidget]]:
        from kcdesk.ui.planning.screenshots import planning_dialogs

        return planning_dialogs(self, self.services, self.current_event_id())
