"""Registrations of one event: add people, change status, capacity and waitlist, CSV import."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kcdesk.domain.enums import RegistrationStatus
from kcdesk.domain.errors import KcdeskError
from kcdesk.services import Services
from kcdesk.ui.models.labels import REGISTRATION_STATUSES, registration_status_label
from kcdesk.ui.models.registrations import RegistrationsModel
from kcdesk.ui.widgets import hint_label, row_table
from kcdesk.ui.widgets.person_picker import PersonPicker


class PickPersonDialog(QDialog):
    """Choose someone from the directory (type to find)."""

    def __init__(self, services: Services, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an existing person"))
        self.picker = PersonPicker(services, self)
        self.picker.chosen.connect(lambda _pid: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.services = services
        self.hint = hint_label()
        self.picker.model.modelReset.connect(self._update_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(520, 360)
        self._update_hint()
        self.picker.setFocus()

    def _update_hint(self) -> None:
        """Say what to do when there is nobody to pick (an empty directory, or no match)."""
        if self.picker.model.rowCount():
            self.hint.hide()
            return
        if not self.picker.search.text().strip():
            text = (
                self.tr("Type to find someone in the people directory.")
                if self.services.people.count()
                else self.tr("The people directory is still empty: use “Add new…” to add someone.")
            )
        else:
            text = self.tr("Nobody found. Someone new? Cancel and use “Add new…”.")
        self.hint.setText(text)
        self.hint.show()

    def person_id(self) -> int | None:
        return self.picker.person_id()


class RegistrationsPanel(QWidget):
    #: register_requested(person_id)
    register_requested = Signal(int)
    #: new_person_requested(): add somebody not yet in the directory
    new_person_requested = Signal()
    #: status_requested(registration_id, status)
    status_requested = Signal(int, str)
    #: promote_requested(): move the first on the waitlist up
    promote_requested = Signal()
    #: import_requested(): open the CSV import wizard
    import_requested = Signal()
    #: person_requested(person_id): edit the person of a registration (double-click or Enter)
    person_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.services: Services | None = None
        self.event_id: int | None = None
        self.model = RegistrationsModel(parent=self)
        self.table = row_table(self.model, stretch=(0, 1))
        self.add_button = QPushButton(self.tr("Add &existing…"))
        self.new_button = QPushButton(self.tr("Add ne&w…"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status of the selected registration"))
        for s in REGISTRATION_STATUSES:
            self.status.addItem(registration_status_label(s), str(s))
        self.status_button = QPushButton(self.tr("&Set status"))
        self.promote_button = QPushButton(self.tr("Move &up from waitlist"))
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.add_button.clicked.connect(self.add_existing)
        self.new_button.clicked.connect(self.new_person_requested)
        self.status_button.clicked.connect(self.apply_status)
        self.promote_button.clicked.connect(self.promote_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._activated)
        self.capacity = QLabel()
        top = QHBoxLayout()
        for w in (self.add_button, self.new_button, self.import_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.status_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.capacity, 1)
        bottom.addWidget(self.promote_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        # Tab: the add buttons, then the list, then what acts on the selected row
        order = (
            self.add_button,
            self.new_button,
            self.import_button,
            self.table,
            self.status,
            self.status_button,
            self.promote_button,
        )
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    def set_event(self, services: Services | None, event_id: int | None) -> None:
        self.services, self.event_id = services, event_id
        self.model.set_event(services, event_id)
        self._update_capacity()
        self.setEnabled(event_id is not None)

    def reload(self) -> None:
        reg = self.current_reg_id()
        self.model.reload()
        if reg is not None and self.model.row_of(reg) >= 0:
            self.table.selectRow(self.model.row_of(reg))
        self._update_capacity()

    def _update_capacity(self) -> None:
        if self.services is None or self.event_id is None:
            self.capacity.setText("")
            self.promote_button.setEnabled(False)
            return
        try:
            event = self.services.events.get(self.event_id)
        except KcdeskError:
            return
        taken = self.services.registrations.seats_taken(self.event_id)
        waiting = self.services.registrations.counts(self.event_id)["waitlisted"]
        if event.capacity is None:
            text = self.tr("%n seat(s) taken, no capacity limit", "", taken)
        else:
            text = (
                self.tr("%1 of %2 seats taken").replace("%1", str(taken)).replace("%2", str(event.capacity))
            )
        if waiting:
            text += self.tr("; %n on the waitlist", "", waiting)
        self.capacity.setText(text)
        self.promote_button.setEnabled(bool(waiting))

    def current_reg_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.reg_id(rows[0].row()) if rows else None

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            status = self.model.rows[current.row()]["status"]
            self.status.setCurrentIndex(self.status.findData(status))

    def _activated(self, index) -> None:
        if index.isValid():
            self.person_requested.emit(self.model.rows[index.row()]["person_id"])

    def ask_person(self) -> int | None:
        dialog = PickPersonDialog(self.services, self)  # type: ignore[arg-type]
        return dialog.person_id() if dialog.exec() else None

    def add_existing(self) -> None:
        if self.services is None:
            return
        pid = self.ask_person()
        if pid is not None:
            self.register_requested.emit(pid)

    def apply_status(self) -> None:
        reg = self.current_reg_id()
        if reg is not None:
            self.status_requested.emit(reg, RegistrationStatus(self.status.currentData()).value)
