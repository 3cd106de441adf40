"""The people directory shared by all events: edit, find, merge."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kcdesk.domain.errors import (
    CannotUndo,
    EmailTaken,
    MergeSamePerson,
    PersonHasRegistrations,
    PersonNotFound,
    PersonNotSaved,
    SectorCodeMissing,
    UnknownSector,
)
from kcdesk.domain.models import Person, Sector
from kcdesk.domain.names import normalised_key, words
from kcdesk.domain.rows import DirectoryRow, PersonRow
from kcdesk.domain.rules import validate_person
from kcdesk.store import Store


@dataclass
class MergePlan:
    """What merging ``drop`` into ``keep`` will do, shown before it is done."""

    keep: Person
    drop: Person
    move_registrations: list[dict[str, Any]] = field(default_factory=list)
    conflicting_registrations: list[dict[str, Any]] = field(default_factory=list)
    quotes: int = 0
    reactions: int = 0
    programme_parts: int = 0
    filled_fields: dict[str, str] = field(default_factory=dict)


@dataclass
class MergeRecord:
    """Every row a merge changed, as it was: what :meth:`PeopleService.unmerge` puts back."""

    keep_id: int
    drop_id: int
    #: the removed person's row as stored (id included)
    dropped: dict[str, Any]
    plan: MergePlan
    #: the kept person's columns the merge changed, with their values before
    keep_before: dict[str, Any] = field(default_factory=dict)
    #: registrations that went from the removed person to the kept one
    moved_registrations: list[int] = field(default_factory=list)
    #: registrations deleted because both were registered for one event (rows as stored)
    deleted_registrations: list[dict[str, Any]] = field(default_factory=list)
    #: their table-session seats, deleted with them
    deleted_seats: list[dict[str, Any]] = field(default_factory=list)
    #: (companion registration, its booker before): companions of a deleted registration
    companions: list[tuple[int, int]] = field(default_factory=list)
    quotes: list[int] = field(default_factory=list)
    reactions: list[int] = field(default_factory=list)
    #: (item, part) programme parts that moved to the kept person
    programme_moved: list[tuple[int, str]] = field(default_factory=list)
    #: programme parts both had: the removed person's rows, deleted with them
    programme_deleted: list[dict[str, Any]] = field(default_factory=list)
    #: register memberships that moved to the kept person (ids)
    memberships_moved: list[int] = field(default_factory=list)
    #: the removed person's memberships in registers the kept person has too, as stored
    memberships_deleted: list[dict[str, Any]] = field(default_factory=list)


MERGE_FIELDS = ("email", "phone", "organisation", "job_title", "sector", "particle", "notes")


class PeopleService:
    def __init__(self, store: Store):
        self.store = store

    def get(self, person_id: int) -> Person:
        p = self.store.people.get(person_id)
        if p is None:
            raise PersonNotFound(person_id=person_id)
        return p

    def get_or_none(self, person_id: int) -> Person | None:
        return self.store.people.get(person_id)

    def many(self, ids: list[int]) -> dict[int, Person]:
        """People by id (ids that do not exist are left out)."""
        return self.store.people.many(ids)

    def count(self) -> int:
        """How many people the directory holds (erased people not counted)."""
        return self.store.people.count(erased=False)

    def listing(self) -> list[PersonRow]:
        """Everyone with their contact details and event counts (``kcdesk person list``)."""
        return self.store.people.listing()

    def directory(
        self,
        ids: list[int] | None = None,
        order: str = "name",
        descending: bool = False,
        limit: int = 5000,
        offset: int = 0,
    ) -> list[DirectoryRow]:
        """One page of the directory (only ``ids`` when given, e.g. search hits), sorted by ``order``."""
        return self.store.people.directory(ids, order, descending, limit, offset)

    def directory_keys(
        self, ids: list[int] | None = None, order: str = "name", descending: bool = False
    ) -> list[int]:
        """The ids of the whole directory (or of ``ids``) in the order ``directory`` lists them,
        to fetch pages by (:meth:`directory_rows`): any page costs the same, wherever it is."""
        return self.store.people.directory_keys(ids, order, descending)

    def directory_rows(self, ids: list[int]) -> list[DirectoryRow]:
        """The directory rows (with event counts) of ``ids``, in that order."""
        return self.store.people.directory_rows(ids)

    def search_ids(self, query: str, limit: int = 200) -> list[int]:
        """Ids of the people matching ``query``, best first (full-text search)."""
        return self.store.search.people(query, limit)

    def sectors(self) -> list[Sector]:
        return self.store.people.sectors()

    def add_sector(self, code: str, label_nl: str, label_en: str | None = None) -> Sector:
        code = "-".join(words(code))
        if not code:
            raise SectorCodeMissing(field="code")
        existing = self.sectors()
        s = Sector(code, label_nl.strip() or code, (label_en or label_nl).strip() or code, len(existing))
        with self.store.write():
            self.store.people.save_sector(s)
        self.store.notify("people")
        return s

    def sector_code(self, text: str) -> str:
        """Map a sector as typed ("Onderwijs", "education", "") to a known code or ''.

        A sector kcdesk does not recognise is "other" (:meth:`recognised_sector` tells them apart)."""
        t = " ".join(words(text))
        if not t:
            return ""
        return self.recognised_sector(text) or "other"

    def recognised_sector(self, text: str) -> str | None:
        """The code of the sector ``text`` names (a code, a label, a common synonym), else None."""
        t = " ".join(words(text))
        if not t:
            return None
        for s in self.sectors():
            if t in (s.code, " ".join(words(s.label_nl)), " ".join(words(s.label_en))):
                return s.code
        synonyms = {
            "beleid": "policy",
            "gemeente": "policy",
            "overheid": "policy",
            "government": "policy",
            "onderwijs": "education",
            "hogeschool": "education",
            "school": "education",
            "universiteit": "education",
            "praktijk": "practice",
            "werkveld": "practice",
            "field": "practice",
            "bewoner": "resident",
            "bewoners": "resident",
            "inwoner": "resident",
            "citizen": "resident",
            "anders": "other",
            "overig": "other",
            "overige": "other",
        }
        return synonyms.get(t)

    def _check(self, person: Person) -> None:
        validate_person(person)
        if person.sector and person.sector not in {s.code for s in self.sectors()}:
            raise UnknownSector(sector=person.sector, field="sector")
        other = self.store.people.by_email(person.email)
        if other is not None and other.id != person.id:
            raise EmailTaken(email=person.email, owner=other.name, field="email")

    def create(self, person: Person) -> Person:
        self._check(person)
        with self.store.write():
            self.store.people.insert(person)
        self.store.notify("people", person_id=person.id)
        return person

    def update(self, person: Person) -> Person:
        if person.id is None:
            raise PersonNotSaved()
        self._check(person)
        with self.store.write():
            self.store.people.update(person)
        self.store.notify("people", person_id=person.id)
        return person

    def delete(self, person_id: int) -> None:
        self.get(person_id)
        with self.store.write():
            self.store.people.delete(person_id)
        self.store.notify("people", person_id=person_id)

    def delete_new(self, person_id: int) -> None:
        """Take back a person just added (undo): refused once they are registered somewhere, which
        the delete would take with them."""
        person = self.get(person_id)
        registered = self.store.registrations.ids_of_person(person_id)
        if registered:
            raise PersonHasRegistrations(name=person.name, count=len(registered))
        self.delete(person_id)

    def find_match(self, person: Person) -> Person | None:
        """The directory entry this person is: same email, else same name and organisation."""
        if person.email.strip():
            found = self.store.people.by_email(person.email)
            if found:
                return found
        key = normalised_key(person.given_name, person.particle, person.family_name, person.organisation)
        if key.startswith("|"):  # no letters in the name ("😀", "-"): it cannot identify anyone
            return None
        found = self.store.people.by_match_key(key)
        if found and (not person.email.strip() or not found.email):
            return found
        return None

    def search(self, query: str, limit: int = 200) -> list[Person]:
        ids = self.search_ids(query, limit)
        found = self.many(ids)
        return [found[i] for i in ids if i in found]

    def events_of(self, person_id: int) -> list[dict[str, Any]]:
        return self.store.people.events_of(person_id)

    # -- merge ----------------------------------------------------------------
    def merge_plan(self, keep_id: int, drop_id: int) -> MergePlan:
        if keep_id == drop_id:
            raise MergeSamePerson()
        keep, drop = self.get(keep_id), self.get(drop_id)
        plan = MergePlan(keep, drop)
        kept_events = {e["id"] for e in self.store.people.events_of(keep_id)}
        for e in self.store.people.events_of(drop_id):
            (plan.conflicting_registrations if e["id"] in kept_events else plan.move_registrations).append(e)
        plan.quotes = len(self.store.content.quotes_of_person(drop_id))
        plan.reactions = len(self.store.content.reactions_of_person(drop_id))
        plan.programme_parts = self.store.people.programme_parts(drop_id)
        for f in MERGE_FIELDS:
            if not getattr(keep, f) and getattr(drop, f):
                plan.filled_fields[f] = getattr(drop, f)
        return plan

    def merge(self, keep_id: int, drop_id: int) -> MergeRecord:
        """Move registrations, quotes, reactions and programme parts to ``keep``; delete ``drop``.

        Where both were registered for the same event, the registration that
        shows attendance (else the kept person's) stays; the other is deleted
        (its seats with it; its check-in journal entries stay in the journal).
        Returns a record of every row changed, for :meth:`unmerge`.
        """
        plan = self.merge_plan(keep_id, drop_id)
        regs, people = self.store.registrations, self.store.people
        with self.store.write():
            keep_row, drop_row = people.row(keep_id), people.row(drop_id)
            assert keep_row and drop_row
            record = MergeRecord(keep_id, drop_id, dropped=drop_row, plan=plan)
            drop_regs = regs.ids_of_person(drop_id)
            for e in plan.conflicting_registrations:
                k = regs.for_person(e["id"], keep_id)
                d = regs.for_person(e["id"], drop_id)
                assert k and d and k.id and d.id
                gone, stays = (k, d) if d.checked_in_at and not k.checked_in_at else (d, k)
                record.deleted_registrations.append(regs.row(gone.id))  # type: ignore[arg-type]
                record.deleted_seats += regs.seat_rows(gone.id)  # type: ignore[arg-type]
                record.companions += [(c, gone.id) for c in regs.companion_ids(gone.id)]  # type: ignore[misc, arg-type]
                regs.move_companions(gone.id, stays.id)  # type: ignore[arg-type]
                regs.delete(gone.id)  # type: ignore[arg-type]
            deleted = {r["id"] for r in record.deleted_registrations}
            record.moved_registrations = [r for r in drop_regs if r not in deleted]
            record.quotes = people.quote_ids(drop_id)
            record.reactions = people.reaction_ids(drop_id)
            kept_parts = {(r["item_id"], r["part"]) for r in people.programme_rows(keep_id)}
            for r in people.programme_rows(drop_id):
                if (r["item_id"], r["part"]) in kept_parts:
                    record.programme_deleted.append(r)  # UPDATE OR IGNORE leaves it; the cascade deletes it
                else:
                    record.programme_moved.append((r["item_id"], r["part"]))
            people.reassign(drop_id, keep_id)
            record.memberships_moved = self.store.accreditation.move_memberships(drop_id, keep_id)
            record.memberships_deleted = self.store.accreditation.membership_rows(drop_id)
            keep = plan.keep
            for f, value in plan.filled_fields.items():
                setattr(keep, f, value)
            keep.newsletter = keep.newsletter or plan.drop.newsletter
            people.delete(drop_id)  # cascades leftover programme_people rows
            if plan.filled_fields or keep.newsletter != bool(keep_row["newsletter"]):
                people.update(keep)  # after the delete: the email may move over
            after = people.row(keep_id) or {}
            record.keep_before = {c: v for c, v in keep_row.items() if after.get(c) != v}
        self.store.notify("people", person_id=keep_id)
        self.store.notify("registrations")
        return record

    def unmerge(self, record: MergeRecord) -> None:
        """Undo :meth:`merge` in one transaction: the removed person comes back with the same id,
        with their registrations, seats, companions, quotes, reactions and programme parts,
        and the kept person's fields are as they were."""
        people, regs = self.store.people, self.store.registrations
        if people.get(record.drop_id) is not None or people.get(record.keep_id) is None:
            raise CannotUndo()
        with self.store.write():
            people.set_columns(record.keep_id, record.keep_before)  # first: the email may move back
            people.insert_rows([record.dropped])
            for reg_id in record.moved_registrations:
                regs.set_person(reg_id, record.drop_id)
            regs.insert_rows(record.deleted_registrations)
            for reg_id, booker_id in record.companions:
                regs.set_booker(reg_id, booker_id)
            regs.insert_seat_rows(record.deleted_seats)
            people.set_quotes_person(record.quotes, record.drop_id)
            people.set_reactions_person(record.reactions, record.drop_id)
            people.move_programme_parts(record.programme_moved, record.keep_id, record.drop_id)
            people.insert_programme_rows(record.programme_deleted)
            self.store.accreditation.set_membership_person(record.memberships_moved, record.drop_id)
            self.store.accreditation.insert_membership_rows(record.memberships_deleted)
        self.store.notify("people", person_id=record.drop_id)
        self.store.notify("registrations")
        self.store.notify("programme")
        self.store.notify("content")
