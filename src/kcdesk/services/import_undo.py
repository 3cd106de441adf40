"""Undo and redo of a CSV import: what the import did, recorded as it went, reversed in one transaction.

The import records ids in Python (no extra query for a new row); only a row that
changes an existing person or registration reads that row first, so undo can
put it back exactly. Undo keeps what it removes, so redo puts back the very
same rows (same ids and registration codes). When an id was taken in between
(a walk-in at the door), redo gives that row a new id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kcdesk.domain.errors import CannotUndo, ValidationError
from kcdesk.store import Store


@dataclass
class UndoneRows:
    """The rows an undo removed or reset, as the import had left them."""

    people: list[dict[str, Any]]
    registrations: list[dict[str, Any]]
    journal: list[dict[str, Any]]
    #: people the import added that the undo kept (something else names them)
    kept_people: set[int]
    #: register memberships the import added or changed, as the import left them
    memberships: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ImportChanges:
    """What one import changed in the database."""

    event_id: int
    #: people the import added
    people_created: set[int] = field(default_factory=set)
    #: people the import changed: their row before the first change, by id
    people_before: dict[int, dict[str, Any]] = field(default_factory=dict)
    #: registrations the import added
    registrations_created: set[int] = field(default_factory=set)
    #: registrations whose status or check-in the import changed: their row before, by id
    registrations_before: dict[int, dict[str, Any]] = field(default_factory=dict)
    #: register memberships of existing people the import added or changed:
    #: (person, register) -> the row before (None: there was none)
    memberships_before: dict[tuple[int, str], dict[str, Any] | None] = field(default_factory=dict)
    #: check-ins the import wrote into the journal (uids)
    journal_added: list[str] = field(default_factory=list)
    #: the journal's newest entry after the import: later entries are check-ins since
    journal_high_water: int = 0
    #: the rows undo removed or reset, as they were: what redo puts back
    after: UndoneRows | None = None

    def __bool__(self) -> bool:
        return bool(
            self.people_created
            or self.people_before
            or self.registrations_created
            or self.registrations_before
            or self.journal_added
            or self.memberships_before
        )


def _refuse() -> ValidationError:
    return CannotUndo()


def undo_import(store: Store, changes: ImportChanges) -> None:
    """Reverse an import in one transaction.

    Deletes the registrations it added with their journal entries, deletes the
    people it added unless something else refers to them now, and puts back the
    earlier values of the people and registrations it changed. Refuses (and
    changes nothing) when a registration of the import was checked in since.
    """
    people, regs, journal = store.people, store.registrations, store.journal
    touched = [*changes.registrations_created, *changes.registrations_before]
    with store.write():
        reg_rows = regs.rows_of(touched)
        codes = {r["code"] for r in reg_rows}
        added = set(changes.journal_added)
        for entry in journal.written_since(changes.event_id, changes.journal_high_water):
            if entry["code"] in codes and entry["uid"] not in added:
                raise _refuse()
        people_rows = people.rows_of([*changes.people_created, *changes.people_before])
        journal_rows = journal.rows_of(changes.journal_added)
        journal.delete_uids(changes.journal_added)
        regs.delete_many(list(changes.registrations_created))
        for reg_id, row in changes.registrations_before.items():
            regs.set_columns(reg_id, row)
        for person_id, row in changes.people_before.items():
            people.set_columns(person_id, row)
        memberships = _undo_memberships(store, changes)
        created = list(changes.people_created)
        kept = people.referenced(created)
        people.delete_many([p for p in created if p not in kept])
        changes.after = UndoneRows(people_rows, reg_rows, journal_rows, kept, memberships)
    _notify(store, changes.event_id)


def redo_import(store: Store, changes: ImportChanges) -> None:
    """Put back what :func:`undo_import` removed, in one transaction (same ids where still free)."""
    if changes.after is None:
        raise ValueError("redo_import needs an undone import")
    people, regs, journal = store.people, store.registrations, store.journal
    after = changes.after
    with store.write():
        # an id freed by the undo may have been taken since (a walk-in): that row gets a new id,
        # after the rows that keep theirs (a new id is the highest plus one)
        taken_people = {r["id"] for r in people.rows_of(list(changes.people_created))}
        taken_regs = {r["id"] for r in regs.rows_of(list(changes.registrations_created))}
        person_ids: dict[int, int] = {}
        moved_people: list[dict[str, Any]] = []
        for row in after.people:
            pid = row["id"]
            if pid not in changes.people_created or pid in after.kept_people:
                people.set_columns(pid, row)  # changed by the import, or added by it and kept by the undo
            elif pid in taken_people:
                moved_people.append(row)
            else:
                person_ids[pid] = people.insert_row(row)
        for row in moved_people:
            person_ids[row["id"]] = people.insert_row(_without_id(row))
        created: set[int] = set()
        moved_regs: list[dict[str, Any]] = []
        for row in after.registrations:
            rid = row["id"]
            if rid not in changes.registrations_created:
                regs.set_columns(rid, row)
                continue
            row = row | {"person_id": person_ids.get(row["person_id"], row["person_id"])}
            if rid in taken_regs:
                moved_regs.append(row)
            else:
                created.add(regs.insert_row(row))
        for row in moved_regs:
            created.add(regs.insert_row(_without_id(row)))
        journal.insert_rows(after.journal)
        acc = store.accreditation
        for row in after.memberships:
            pid = person_ids.get(row["person_id"], row["person_id"])
            acc.delete_membership(pid, row["register"])
            acc.insert_membership_rows([_without_id(row) | {"person_id": pid}])
        changes.people_created = {person_ids.get(p, p) for p in changes.people_created}
        changes.registrations_created = created
        changes.journal_high_water = journal.high_water()
        changes.after = None
    _notify(store, changes.event_id)


def _undo_memberships(store: Store, changes: ImportChanges) -> list[dict[str, Any]]:
    """Put back the register numbers of existing people; the rows as the import left them
    (those of people it added included: deleting the person deletes them)."""
    acc = store.accreditation
    left: list[dict[str, Any]] = []
    for pid in changes.people_created:
        left += acc.membership_rows(pid)
    for (pid, register), before in changes.memberships_before.items():
        now = acc.membership_row(pid, register)
        if now is not None:
            left.append(now)
        acc.delete_membership(pid, register)
        if before is not None:
            acc.insert_membership_rows([before])
    return left


def _without_id(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "id"}


def _notify(store: Store, event_id: int) -> None:
    store.notify("people")
    store.notify("registrations", event_id=event_id)
    store.notify("checkins", event_id=event_id)
