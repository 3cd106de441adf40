"""Registrations: who comes to an event, capacity and waitlist."""

from __future__ import annotations

from typing import Any

from kcdesk.domain.codes import new_code, normalise_code
from kcdesk.domain.enums import SEATED, RegistrationSource, RegistrationStatus
from kcdesk.domain.errors import (
    AlreadyRegistered,
    CodeNotFound,
    CodeTaken,
    EventNotFound,
    PersonNotFound,
    RegistrationNotFound,
)
from kcdesk.domain.models import Registration
from kcdesk.domain.rows import RegistrationRow
from kcdesk.store import Store

#: Statuses that take a seat.


class RegistrationService:
    def __init__(self, store: Store):
        self.store = store

    def unique_code(self) -> str:
        while True:
            code = new_code()
            if not self.store.registrations.code_exists(code):
                return code

    def insert_with_new_code(self, reg: Registration) -> Registration:
        """Insert with a fresh code (inside the caller's transaction), no look-up first."""
        self.store.registrations.insert_with_code(reg, new_code)
        return reg

    def get(self, reg_id: int) -> Registration:
        reg = self.store.registrations.get(reg_id)
        if reg is None:
            raise RegistrationNotFound(reg_id=reg_id)
        return reg

    def by_code(self, event_id: int, code: str) -> Registration:
        reg = self.store.registrations.by_code(
            normalise_code(code), event_id
        ) or self.store.registrations.by_code(code.strip(), event_id)
        if reg is None:
            raise CodeNotFound(reg_code=code.strip())
        return reg

    def of_event(self, event_id: int) -> list[RegistrationRow]:
        return self.store.registrations.of_event(event_id)

    def first_waitlisted(self, event_id: int) -> Registration | None:
        """Who is first on the waiting list (None when nobody is)."""
        return self.store.registrations.first_waitlisted(event_id)

    def seats_taken(self, event_id: int) -> int:
        counts = self.store.registrations.counts_by_status(event_id)
        return sum(counts.get(str(s), 0) for s in SEATED)

    def is_full(self, event_id: int) -> bool:
        event = self.store.events.get(event_id)
        return bool(event and event.capacity is not None and self.seats_taken(event_id) >= event.capacity)

    def register(
        self,
        event_id: int,
        person_id: int,
        *,
        status: RegistrationStatus | None = None,
        source: RegistrationSource = RegistrationSource.MANUAL,
        code: str | None = None,
        booker_id: int | None = None,
    ) -> Registration:
        """Register a person; when the event is full they go on the waitlist."""
        if self.store.events.get(event_id) is None:
            raise EventNotFound(event_id=event_id)
        if self.store.people.get(person_id) is None:
            raise PersonNotFound(person_id=person_id)
        existing = self.store.registrations.for_person(event_id, person_id)
        if existing is not None:
            raise AlreadyRegistered(field="person")
        if code:
            code = code.strip()
            if self.store.registrations.code_exists(code):
                raise CodeTaken(reg_code=code, field="code")
        if status is None:
            status = (
                RegistrationStatus.WAITLISTED if self.is_full(event_id) else RegistrationStatus.REGISTERED
            )
        reg = Registration(
            event_id=event_id,
            person_id=person_id,
            code=code or self.unique_code(),
            status=status,
            source=source,
            booker_id=booker_id,
        )
        with self.store.write():
            self.store.registrations.insert(reg)
        self.store.notify("registrations", event_id=event_id)
        return reg

    def set_status(self, reg_id: int, status: RegistrationStatus) -> Registration:
        reg = self.get(reg_id)
        reg.status = RegistrationStatus(status)
        with self.store.write():
            self.store.registrations.update(reg)
        self.store.notify("registrations", event_id=reg.event_id)
        return reg

    def cancel(self, reg_id: int) -> Registration | None:
        """Cancel; returns the first person on the waitlist, who may now move up."""
        reg = self.set_status(reg_id, RegistrationStatus.CANCELLED)
        return self.store.registrations.first_waitlisted(reg.event_id)

    def promote_waitlisted(self, event_id: int) -> Registration | None:
        """Move the first on the waitlist up to registered (one action)."""
        first = self.store.registrations.first_waitlisted(event_id)
        if first is None:
            return None
        return self.set_status(first.id, RegistrationStatus.REGISTERED)  # type: ignore[arg-type]

    def delete(self, reg_id: int) -> None:
        self.remove_with_undo(reg_id)

    def remove_with_undo(self, reg_id: int) -> dict[str, Any]:
        """Delete a registration; returns it exactly as stored (code, check-in, station) for
        :meth:`put_back`."""
        reg = self.get(reg_id)
        with self.store.write():
            row = self.store.registrations.row(reg_id)
            self.store.registrations.delete(reg_id)
        self.store.notify("registrations", event_id=reg.event_id)
        assert row is not None
        return row

    def put_back(self, row: dict[str, Any]) -> None:
        """A registration :meth:`remove_with_undo` removed, as it was (the same code, the same
        check-in); refused when its code or person is taken for the event meanwhile."""
        if self.store.registrations.by_code(row["code"]) is not None:
            raise CodeTaken(reg_code=row["code"])
        if self.store.registrations.for_person(row["event_id"], row["person_id"]) is not None:
            raise AlreadyRegistered()
        if row.get("booker_id") is not None and self.store.registrations.row(row["booker_id"]) is None:
            row = row | {"booker_id": None}  # who booked it was removed meanwhile
        with self.store.write():
            self.store.registrations.insert_rows([row])
        self.store.notify("registrations", event_id=row["event_id"])

    def counts(self, event_id: int) -> dict[str, Any]:
        by_status = self.store.registrations.counts_by_status(event_id)
        by_sector = self.store.registrations.counts_by_sector(event_id)
        expected = sum(r["expected"] for r in by_sector)
        present = sum(r["present"] or 0 for r in by_sector)
        return {
            "by_status": by_status,
            "by_sector": {
                r["sector"] or "": {"expected": r["expected"], "present": r["present"] or 0}
                for r in by_sector
            },
            "expected": expected,
            "checked_in": present,
            "waitlisted": by_status.get("waitlisted", 0),
            "cancelled": by_status.get("cancelled", 0),
        }
