"""The programme editor: items with kind, title, duration, description and people; times follow."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kcdesk.domain.enums import Part, ProgrammeKind
from kcdesk.domain.models import Person, ProgrammeItem, ProgrammePerson
from kcdesk.services import Services
from kcdesk.ui.forms.ui_planning_item import Ui_ItemDialog
from kcdesk.ui.models.labels import KINDS, PARTS, kind_label, part_label, person_label
from kcdesk.ui.models.programme import ProgrammeModel
from kcdesk.ui.widgets import hint_label
from kcdesk.ui.widgets.english import EnglishTextsDialog
from kcdesk.ui.widgets.keyboard import tab_leaves_lists
from kcdesk.ui.widgets.person_picker import PersonPicker


class ItemDialog(QDialog):
    """Edit one programme item (Designer form), with the people attached and their part."""

    def __init__(self, services: Services, item: ProgrammeItem, parent=None):
        super().__init__(parent)
        self.ui = Ui_ItemDialog()
        self.ui.setupUi(self)
        u = self.ui
        self.services = services
        self.item = item
        for k in KINDS:
            u.kind.addItem(kind_label(k), str(k))
        u.kind.setCurrentIndex(u.kind.findData(str(item.kind)))
        u.title.setText(item.title)
        u.duration.setSuffix(self.tr(" min"))
        u.duration.setValue(item.duration_min)
        u.description.setPlainText(item.description)
        for p in PARTS:
            u.part.addItem(part_label(p), str(p))
        self.person_pick = PersonPicker(services)
        self.person_pick.hits.setMinimumHeight(90)
        # Enter in the search adds the highlighted person (or makes a new one) and stays for the next:
        # it never closes the dialog
        self.person_pick.search.installEventFilter(self)
        self.person_pick.hits.doubleClicked.disconnect()
        self.person_pick.hits.doubleClicked.connect(lambda _i: self.add_person())
        self.person_pick.model.modelReset.connect(self._update_add_button)
        self.person_pick.search.textChanged.connect(lambda _t: u.people.clearSelection())
        host = QVBoxLayout(u.pickerHost)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.person_pick)
        u.findLabel.setBuddy(self.person_pick.search)
        self.setTabOrder(u.people, self.person_pick.search)
        self.setTabOrder(self.person_pick.search, self.person_pick.hits)
        self.setTabOrder(self.person_pick.hits, u.part)
        u.addPerson.clicked.connect(self.add_person)
        u.removePerson.clicked.connect(lambda: u.people.takeItem(u.people.currentRow()))
        # a role is changed in place: choose the person in the list, then the role
        u.people.itemSelectionChanged.connect(self._show_selected_part)
        u.part.currentIndexChanged.connect(self._change_selected_part)
        self.english = (item.title_en, item.description_en)
        u.english.clicked.connect(self.edit_english)
        u.buttons.accepted.connect(self.accept)
        u.buttons.rejected.connect(self.reject)
        tab_leaves_lists(self)
        # short names the panel and the tests use
        self.kind, self.title_edit, self.duration = u.kind, u.title, u.duration
        self.description, self.people, self.part, self.error = u.description, u.people, u.part, u.error
        names = {pp.person_id for pp in item.people}
        found = services.people.many(sorted(names)) if names else {}
        for pp in item.people:
            self._add_row(
                pp.person_id,
                person_label(found[pp.person_id].name) if pp.person_id in found else "?",
                pp.part,
            )

    def _add_row(self, person_id: int, name: str, part: Part) -> None:
        it = QListWidgetItem()
        self._set_row(it, person_id, name, part)
        self.people.addItem(it)

    @staticmethod
    def _set_row(it: QListWidgetItem, person_id: int, name: str, part: Part) -> None:
        it.setText(f"{name} ({part_label(part)})")
        it.setData(Qt.ItemDataRole.UserRole, (person_id, str(part)))
        it.setData(Qt.ItemDataRole.UserRole + 1, name)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if (
            obj is self.person_pick.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.person_pick.pending():
                self.person_pick._timer.stop()
                self.person_pick.refresh()  # the list must show what was typed, not an earlier text
            self.add_person()
            return True  # not the dialog's OK
        return super().eventFilter(obj, event)

    def _update_add_button(self) -> None:
        typed = self.person_pick.search.text().strip()
        if self.person_pick.model.rowCount() or not typed:
            self.ui.addPerson.setText(self.tr("&Add person"))
        else:
            short = typed if len(typed) <= 18 else typed[:17] + "…"  # the button must not widen the dialog
            self.ui.addPerson.setText(self.tr("&New person “%1”…").replace("%1", short))

    def add_person(self) -> None:
        """Add the highlighted person; when the search finds no one, make a new person of the typed name."""
        pid = self.person_pick.person_id()
        typed = self.person_pick.search.text().strip()
        if pid is None:
            if typed:
                self.new_person(typed)
            return
        self._add_row(pid, self.person_pick.person_name(), Part(self.part.currentData()))
        self.person_pick.search.clear()
        self.person_pick.search.setFocus()

    def new_person(self, typed: str) -> None:
        from kcdesk.domain.errors import KcdeskError
        from kcdesk.domain.names import split_name
        from kcdesk.words.errors import translate_error

        given, particle, family = split_name(typed)
        person = self.ask_new_person(Person(given_name=given, particle=particle, family_name=family))
        if person is None:
            return
        try:
            person = self.services.people.create(person)
        except KcdeskError as exc:
            self.error.setText(translate_error(exc))
            self.error.show()
            return
        self._add_row(person.id, person_label(person.name), Part(self.part.currentData()))  # type: ignore[arg-type]
        self.person_pick.search.clear()
        self.person_pick.search.setFocus()

    def ask_new_person(self, person: Person) -> Person | None:
        """The person form, prefilled with the typed name (patched in tests)."""
        from kcdesk.ui.planning.person_dialog import PersonDialog

        dialog = PersonDialog(self.services, person, self)
        return dialog.result_person() if dialog.exec() else None

    def _show_selected_part(self) -> None:
        it = self.people.currentItem()
        if it is None or not it.isSelected():
            return
        _pid, part = it.data(Qt.ItemDataRole.UserRole)
        self.part.blockSignals(True)
        self.part.setCurrentIndex(self.part.findData(part))
        self.part.blockSignals(False)

    def _change_selected_part(self) -> None:
        it = self.people.currentItem()
        if it is None or not it.isSelected():
            return
        pid, _part = it.data(Qt.ItemDataRole.UserRole)
        self._set_row(it, pid, it.data(Qt.ItemDataRole.UserRole + 1), Part(self.part.currentData()))

    def english_dialog(self) -> EnglishTextsDialog:
        dialog = EnglishTextsDialog(
            (self.tr("&Title"), self.tr("D&escription")),
            (self.title_edit.text().strip(), self.description.toPlainText().strip()),
            self.english,
            self,
        )
        dialog.setWindowTitle(self.tr("The programme item in English"))
        return dialog

    def edit_english(self) -> None:
        """The title and description in English (kept with the item when the dialog is saved)."""
        dialog = self.english_dialog()
        if dialog.exec() == EnglishTextsDialog.DialogCode.Accepted:
            self.english = dialog.texts()

    def result_item(self) -> ProgrammeItem:
        people = []
        for i in range(self.people.count()):
            pid, part = self.people.item(i).data(Qt.ItemDataRole.UserRole)
            people.append(ProgrammePerson(pid, Part(part)))
        return dataclasses.replace(
            self.item,
            kind=ProgrammeKind(self.kind.currentData()),
            title=self.title_edit.text().strip(),
            duration_min=self.duration.value(),
            description=self.description.toPlainText().strip(),
            title_en=self.english[0],
            description_en=self.english[1],
            people=people,
        )

    def accept(self) -> None:
        if not self.title_edit.text().strip():
            self.error.setText(self.tr("A programme item needs a title."))
            self.error.show()
            self.title_edit.setFocus()
            return
        super().accept()


class ProgrammePanel(QWidget):
    #: save_requested(before | None, after): add or change an item.
    save_requested = Signal(object, object)
    #: delete_requested(item)
    delete_requested = Signal(object)
    #: reorder_requested(before_ids, after_ids)
    reorder_requested = Signal(list, list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.services: Services | None = None
        self.event_id: int | None = None
        self.model = ProgrammeModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_item())
        self.model.reorder_requested.connect(self._dropped)
        self.add_button = QPushButton(self.tr("&New item…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.delete_button.clicked.connect(self.delete_item)
        self.up_button.setToolTip(self.tr("Ctrl+Up"))
        self.down_button.setToolTip(self.tr("Ctrl+Down"))
        for seq, slot in (
            ("Ctrl+Up", lambda: self.move_item(-1)),
            ("Ctrl+Down", lambda: self.move_item(1)),
            ("Return", self.edit_item),
            ("Delete", self.delete_item),
            ("Ins", self.add_item),
        ):
            sc = QShortcut(QKeySequence(seq), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        self.summary = QLabel()
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        hint = hint_label(
            self.tr(
                "Start times follow from the event start and each item's duration. "
                "Drag rows or press Ctrl+Up / Ctrl+Down to reorder; Enter edits."
            )
        )
        layout.addWidget(hint)

    def set_event(self, services: Services | None, event_id: int | None) -> None:
        self.services, self.event_id = services, event_id
        self.reload()

    def reload(self) -> None:
        current = self.current_item()
        self.model.reload() if self.model.event_id == self.event_id and self.model.services is self.services else self.model.set_event(
            self.services, self.event_id
        )
        total = sum(i.duration_min for i in self.model.items)
        self.summary.setText(
            self.tr("%n item(s), ", "", len(self.model.items)) + self.tr("%1 min").replace("%1", str(total))
        )
        if current is not None and self.model.row_of(current.id) >= 0:
            self.table.selectRow(self.model.row_of(current.id))
        self.setEnabled(self.event_id is not None)

    def current_item(self) -> ProgrammeItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.item_at(rows[0].row()) if rows else None

    # dialogs are opened through ask() so tests can answer them
    def ask(self, item: ProgrammeItem) -> ProgrammeItem | None:
        dialog = ItemDialog(self.services, item, self)  # type: ignore[arg-type]
        return dialog.result_item() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def add_item(self) -> None:
        if self.event_id is None:
            return
        new = self.ask(ProgrammeItem(event_id=self.event_id, title="", kind=ProgrammeKind.PRESENTATION))
        if new is not None:
            self.save_requested.emit(None, new)

    def edit_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        after = self.ask(dataclasses.replace(item, people=list(item.people)))
        if after is not None and after != item:
            self.save_requested.emit(item, after)

    def delete_item(self) -> None:
        item = self.current_item()
        if item is not None:
            self.delete_requested.emit(item)

    def move_item(self, offset: int) -> None:
        """Move the selected item ``offset`` places up (negative) or down."""
        item = self.current_item()
        if item is None:
            return
        ids = [i.id for i in self.model.items]
        pos = ids.index(item.id)
        new = max(0, min(len(ids) - 1, pos + offset))
        if new == pos:
            return
        after = list(ids)
        after.insert(new, after.pop(pos))
        self.reorder_requested.emit(ids, after)

    def _dropped(self, after: list) -> None:
        self.reorder_requested.emit([i.id for i in self.model.items], after)
