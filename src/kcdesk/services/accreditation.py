"""Accreditation points: people's register numbers and events' accreditations, and who to report.

A register number is personal data. It is used for reporting only with the
person's consent (:attr:`RegisterMembership.consent`): every list here leaves
out numbers without consent, and the person with them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kcdesk.domain.accreditation import (
    KNOWN,
    REGISTERS,
    Accreditation,
    AccreditationStatus,
    RegisterMembership,
    initials,
    normalise_number,
    register_name,
    validate_accreditation,
)
from kcdesk.domain.errors import EventNotFound, PersonNotFound
from kcdesk.domain.errors_accreditation import (
    AccreditationMissing,
    AccreditationStatusUnknown,
    MembershipMissing,
)
from kcdesk.domain.models import Event
from kcdesk.domain.rows import name_of
from kcdesk.store import Store


@dataclass
class AttendanceList:
    """Who attended an accredited event and may be reported to one register (consented numbers only)."""

    event: Event
    accreditation: Accreditation
    organiser: str
    #: {surname, initials, given_name, name, organisation, job_title, number, code}, by family name
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def numbers(self) -> list[str]:
        return [r["number"] for r in self.rows]


def _status(value: AccreditationStatus | str) -> AccreditationStatus:
    try:
        return AccreditationStatus(str(value).strip().lower())
    except ValueError:
        raise AccreditationStatusUnknown(field="status", status=value) from None


class AccreditationService:
    def __init__(self, store: Store):
        self.store = store

    # -- registers --------------------------------------------------------------
    def registers(self) -> list[str]:
        """The registers kcdesk knows, then any other named in this database."""
        known = [r.name for r in REGISTERS]
        return known + [n for n in self.store.accreditation.register_names() if n not in KNOWN]

    def resolve_register(self, text: str) -> str:
        """A register's stored name: a known register by its short name, another one as it was
        first written here (case and spacing do not make a second register)."""
        name = register_name(text)
        if name in KNOWN:
            return name
        folded = name.casefold()
        return next((n for n in self.store.accreditation.register_names() if n.casefold() == folded), name)

    @staticmethod
    def full_name(register: str) -> str:
        known = KNOWN.get(register)
        return known.full_name if known else register

    # -- people's numbers -------------------------------------------------------
    def memberships(self, person_id: int) -> list[RegisterMembership]:
        return self.store.accreditation.memberships(person_id)

    def check_number(self, register: str, number: str) -> tuple[str, str]:
        """(register, number) as they would be stored; raises for a bad number."""
        name = self.resolve_register(register)
        return name, normalise_number(name, number)

    def set_membership(
        self, person_id: int, register: str, number: str, consent: bool = True
    ) -> RegisterMembership:
        """Record (or change) a person's number in a register."""
        person = self.store.people.get(person_id)
        if person is None or person.erased:
            raise PersonNotFound(person_id=person_id)
        name, clean = self.check_number(register, number)
        m = RegisterMembership(person_id, name, clean, consent)
        with self.store.write():
            self.store.accreditation.save_membership(m)
        self.store.notify("people", person_id=person_id)
        return m

    def remove_membership(self, person_id: int, register: str) -> None:
        name = self.resolve_register(register)
        if self.store.accreditation.membership(person_id, name) is None:
            person = self.store.people.get(person_id)
            raise MembershipMissing(person=person.name if person else str(person_id), register=name)
        with self.store.write():
            self.store.accreditation.delete_membership(person_id, name)
        self.store.notify("people", person_id=person_id)

    # -- events' accreditations -------------------------------------------------
    def accreditations(self, event_id: int) -> list[Accreditation]:
        return self.store.accreditation.accreditations(event_id)

    def get(self, event_id: int, register: str) -> Accreditation:
        name = self.resolve_register(register)
        found = self.store.accreditation.accreditation(event_id, name)
        if found is None:
            event = self.store.events.get(event_id)
            raise AccreditationMissing(event=event.title if event else str(event_id), register=name)
        return found

    def set_accreditation(
        self,
        event_id: int,
        register: str,
        activity_id: str = "",
        points: float = 0.0,
        hours: float = 0.0,
        status: AccreditationStatus | str = AccreditationStatus.APPLIED,
    ) -> Accreditation:
        """Record (or change) the event's accreditation by one register."""
        if self.store.events.get(event_id) is None:
            raise EventNotFound(event_id=event_id)
        a = Accreditation(
            event_id,
            self.resolve_register(register),
            activity_id,
            float(points),
            float(hours),
            _status(status),
        )
        validate_accreditation(a)
        with self.store.write():
            self.store.accreditation.save_accreditation(a)
        self.store.notify("events", event_id=event_id)
        return a

    def remove_accreditation(self, event_id: int, register: str) -> None:
        a = self.get(event_id, register)
        with self.store.write():
            self.store.accreditation.delete_accreditation(event_id, a.register)
        self.store.notify("events", event_id=event_id)

    # -- reporting --------------------------------------------------------------
    def attendance(self, event_id: int, register: str) -> AttendanceList:
        """The attendees to report to ``register``: checked in, with a number they agreed to have used."""
        accreditation = self.get(event_id, register)
        event = self.store.events.get(event_id)
        assert event is not None
        organiser = self.store.events.organiser()
        out = AttendanceList(event, accreditation, organiser.name if organiser else "")
        for r in self.store.accreditation.attendees(event_id, accreditation.register):
            if r["number"] is None or not r["consent"] or r["erased"]:
                continue
            out.rows.append(
                {
                    "surname": " ".join(x for x in (r["particle"], r["family_name"]) if x),
                    "family_name": r["family_name"],
                    "particle": r["particle"],
                    "initials": initials(r["given_name"]),
                    "given_name": r["given_name"],
                    "name": name_of(r),
                    "organisation": r["organisation"],
                    "job_title": r["job_title"],
                    "number": r["number"],
                    "code": r["code"],
                }
            )
        return out

    def paste_list(self, event_id: int, register: str) -> list[str]:
        """The numbers of those who attended, one per line as PE-online takes a pasted column."""
        return self.attendance(event_id, register).numbers

    def without_number(self, event_id: int) -> list[dict[str, Any]]:
        """Attendees of an accredited event with no usable number in any of its registers
        (none recorded, or no consent to use it): the door can ask them. Empty when not accredited."""
        if not self.store.accreditation.accreditations(event_id):
            return []
        return [
            {
                "person_id": r["person_id"],
                "name": name_of(r),
                "organisation": r["organisation"],
                "code": r["code"],
            }
            for r in self.store.accreditation.without_number(event_id)
        ]

    def count_without_number(self, event_id: int) -> int:
        """How many :meth:`without_number` lists (the door's button), counted in SQL."""
        if not self.store.accreditation.accreditations(event_id):
            return 0
        return self.store.accreditation.count_without_number(event_id)

    def numbers_by_person(self, event_id: int) -> dict[int, list[dict[str, str]]]:
        """Consented numbers of everyone registered for the event: person id -> [{register, number}]."""
        out: dict[int, list[dict[str, str]]] = {}
        for r in self.store.accreditation.numbers_of_event(event_id):
            if r["consent"]:
                out.setdefault(r["person_id"], []).append({"register": r["register"], "number": r["number"]})
        return out

    def summary(self, event_id: int) -> list[dict[str, Any]]:
        """Per accreditation of the event: its details and how many attendees can be reported."""
        out = []
        for a in self.accreditations(event_id):
            out.append(
                {
                    "register": a.register,
                    "register_full": self.full_name(a.register),
                    "activity_id": a.activity_id,
                    "points": a.points,
                    "hours": a.hours,
                    "status": str(a.status),
                    "attendees": len(self.attendance(event_id, a.register).rows),
                }
            )
        return out
