"""Undoable edits of the planning screen. Each command calls services; none writes SQL.

A command is pushed only after its first ``do`` succeeded (``run`` below), so a
refused edit (a ValidationError) never lands on the stack.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from kcdesk.domain.enums import RegistrationStatus
from kcdesk.domain.errors import KcdeskError
from kcdesk.domain.models import Event, Person, ProgrammeItem
from kcdesk.services import Services
from kcdesk.services.events import DeletedEvent, DeletedItem, NewEdition
from kcdesk.services.import_undo import ImportChanges
from kcdesk.services.people import MergeRecord
from kcdesk.words.errors import translate_error


class ServiceCommand(QUndoCommand):
    """Base: ``do``/``undo`` call services; errors go to ``on_error`` instead of crashing."""

    on_error: Callable[[str], None] = staticmethod(lambda msg: None)
    #: show this event (a deleted event that an undo brought back)
    on_select: Callable[[int], None] = staticmethod(lambda event_id: None)

    def __init__(self, services: Services, text: str):
        super().__init__(text)
        self.services = services
        self._first = True

    def do(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def undo_(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.undo_)

    def _guard(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except KcdeskError as exc:
            self.setObsolete(True)
            ServiceCommand.on_error(translate_error(exc))


def run(stack: QUndoStack, command: ServiceCommand) -> bool:
    """Do the command now; on success push it (its first redo is skipped). Raises KcdeskError."""
    command.do()
    stack.push(command)
    return True


class CreateEventCommand(ServiceCommand):
    """A new event. Its undo deletes it with all it gathered since (registrations, check-ins,
    notes, mail); the redo brings that back, not an empty event."""

    def __init__(self, services: Services, event: Event):
        super().__init__(services, QCoreApplication.translate("PlanningCommands", "New event"))
        self.event = event
        self.deleted: DeletedEvent | None = None

    def do(self) -> None:
        if self.deleted is not None:  # a redo: the event as the undo took it away
            self.event = self.services.events.restore_deleted(self.deleted)
            self.deleted = None
            ServiceCommand.on_select(self.event.id)  # type: ignore[arg-type]
            return
        self.event.id = None
        self.event.slug = ""
        self.services.events.create(self.event)

    def undo_(self) -> None:
        self.deleted = self.services.events.delete_with_undo(self.event.id)  # type: ignore[arg-type]


class NextEditionCommand(ServiceCommand):
    def __init__(self, services: Services, source_id: int):
        super().__init__(services, QCoreApplication.translate("PlanningCommands", "Next edition"))
        self.source_id = source_id
        self.made: NewEdition | None = None

    @property
    def new_id(self) -> int | None:
        return self.made.new_id if self.made else None

    def do(self) -> None:
        self.made = self.services.events.next_edition_with_undo(self.source_id)

    def undo_(self) -> None:
        assert self.made is not None
        self.services.events.undo_next_edition(self.made)


class EditEventCommand(ServiceCommand):
    """One field change of an event; typing in the same field merges into one undo step."""

    ID = 3001

    def __init__(self, services: Services, before: Event, after: Event, field: str):
        super().__init__(services, QCoreApplication.translate("PlanningCommands", "Edit event"))
        self.before, self.after, self.field = before, after, field

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if (
            isinstance(other, EditEventCommand)
            and other.field == self.field
            and other.after.id == self.after.id
        ):
            self.after = other.after
            return True
        return False

    def do(self) -> None:
        self.services.events.update(dataclasses.replace(self.after))

    def undo_(self) -> None:
        self.services.events.update(dataclasses.replace(self.before))


class DeleteEventCommand(ServiceCommand):
    """Delete an event with everything attached; undo brings it back from an export of it."""

    def __init__(self, services: Services, event_id: int):
        super().__init__(services, QCoreApplication.translate("PlanningCommands", "Delete event"))
        self.event_id = event_id
        self.deleted: DeletedEvent | None = None

    def do(self) -> None:
        self.deleted = self.services.events.delete_with_undo(self.event_id)

    def undo_(self) -> None:
        assert self.deleted is not None
        event = self.services.events.restore_deleted(self.deleted)
        self.event_id = event.id  # type: ignore[assignment]
        ServiceCommand.on_select(self.event_id)


class SaveItemCommand(ServiceCommand):
    """Add (``before`` None) or change a programme item."""

    def __init__(self, services: Services, before: ProgrammeItem | None, after: ProgrammeItem):
        super().__init__(
            services,
            QCoreApplication.translate("PlanningCommands", "Add programme item")
            if before is None
            else QCoreApplication.translate("PlanningCommands", "Edit programme item"),
        )
        self.before, self.after = before, after
        #: after undoing an add: the item with what it had gathered, for the redo to bring back
        self.removed: DeletedItem | None = None

    def do(self) -> None:
        if self.removed is not None:  # a redo of an add: the item as the undo took it away
            self.after = self.services.events.restore_item(self.removed)
            self.removed = None
            return
        item = dataclasses.replace(self.after, people=list(self.after.people))
        self.services.events.save_item(item)
        self.after.id = item.id

    def undo_(self) -> None:
        if self.before is None:
            self.removed = self.services.events.delete_item(self.after.id)  # type: ignore[arg-type]
        else:
            self.services.events.save_item(dataclasses.replace(self.before, people=list(self.before.people)))


class DeleteItemCommand(ServiceCommand):
    def __init__(self, services: Services, item: ProgrammeItem):
        super().__init__(services, QCoreApplication.translate("PlanningCommands", "Delete programme item"))
        self.item = item
        self.deleted: DeletedItem | None = None

    def do(self) -> None:
        self.deleted = self.services.events.delete_item(self.item.id)  # type: ignore[arg-type]

    def undo_(self) -> None:
        assert self.deleted is not None
        self.item = self.services.events.restore_item(self.deleted)


class ReorderCommand(ServiceCommand):
    def __init__(self, services: Services, event_id: int, before: list[int], after: list[int]):
        super().__init__(services, QCoreApplication.translate("PlanningCommands", "Reorder programme"))
        self.event_id, self.before, self.after = event_id, before, after

    def do(self) -> None:
        self.services.events.reorder(self.event_id, self.after)

    def undo_(self) -> None:
        self.services.events.reorder(self.event_id, self.before)


class RegisterCommand(ServiceCommand):
    def __init__(self, services: Services, event_id: int, person_id: int):
        super().__init__(services, QCoreApplication.translate("PlanningCommands", "Add registration"))
        self.event_id, self.person_id = event_id, person_id
        self.reg_id: int | None = None
        #: the registration as the undo took it away (its code, a check-in since), for the redo
        self.removed: dict | None = None

    def do(self) -> None:
        if self.removed is not None:
            self.services.registrations.put_back(self.removed)
            self.removed = None
            return
        self.reg_id = self.services.registrations.register(self.event_id, self.person_id).id

    def undo_(self) -> None:
        self.removed = self.services.registrations.remove_with_undo(self.reg_id)  # type: ignore[arg-type]


class StatusCommand(ServiceCommand):
    def __init__(self, services: Services, reg_id: int, status: RegistrationStatus, text: str | None = None):
        super().__init__(
            services, text or QCoreApplication.translate("PlanningCommands", "Change registration status")
        )
        self.reg_id, self.status = reg_id, status
        self.before = services.registrations.get(reg_id).status

    def do(self) -> None:
        self.services.registrations.set_status(self.reg_id, self.status)

    def undo_(self) -> None:
        self.services.registrations.set_status(self.reg_id, self.before)


class EditPersonCommand(ServiceCommand):
    def __init__(self, services: Services, before: Person | None, after: Person):
        super().__init__(
            services,
            QCoreApplication.translate("PlanningCommands", "New person")
            if before is None
            else QCoreApplication.translate("PlanningCommands", "Edit person"),
        )
        self.before, self.after = before, after

    def do(self) -> None:
        if self.before is None:
            self.after.id = None
            self.services.people.create(self.after)
        else:
            self.services.people.update(dataclasses.replace(self.after))

    def undo_(self) -> None:
        if self.before is None:  # refused once the person is registered somewhere (nothing is lost)
            self.services.people.delete_new(self.after.id)  # type: ignore[arg-type]
        else:
            self.services.people.update(dataclasses.replace(self.before))


class SeatingCommand(ServiceCommand):
    """Automatic assignment or a move by hand; undo restores the seats before."""

    def __init__(self, services: Services, item_id: int, text: str, action: Callable[[], object]):
        super().__init__(services, text)
        self.item_id, self.action = item_id, action
        self.before = services.tables.snapshot(item_id)
        self.tables_before = services.tables.item(item_id).tables
        self.after: list[tuple[int, int, bool]] = []
        self.tables_after: int | None = None

    def do(self) -> None:
        if self._first:
            self.action()
            self.after = self.services.tables.snapshot(self.item_id)
            self.tables_after = self.services.tables.item(self.item_id).tables
        else:
            self.services.tables.restore(self.item_id, self.after, self.tables_after)

    def undo_(self) -> None:
        self.services.tables.restore(self.item_id, self.before, self.tables_before)


class MergeCommand(ServiceCommand):
    """Merge two duplicates; undo brings the removed person back with everything that moved."""

    def __init__(self, services: Services, keep_id: int, drop_id: int):
        super().__init__(services, QCoreApplication.translate("PlanningCommands", "Merge two people"))
        self.keep_id, self.drop_id = keep_id, drop_id
        self.record: MergeRecord | None = None

    def do(self) -> None:
        self.record = self.services.people.merge(self.keep_id, self.drop_id)

    def undo_(self) -> None:
        assert self.record is not None
        self.services.people.unmerge(self.record)


class ImportCommand(ServiceCommand):
    """A CSV import, pushed after the wizard ran it; undo takes its rows out again, redo puts them back."""

    def __init__(self, services: Services, changes: ImportChanges, file_name: str):
        super().__init__(
            services, QCoreApplication.translate("PlanningCommands", "Import %1").replace("%1", file_name)
        )
        self.changes = changes

    def do(self) -> None:
        self.services.csv_import.redo(self.changes)

    def undo_(self) -> None:
        self.services.csv_import.undo(self.changes)
