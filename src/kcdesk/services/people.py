"""The people directory shared by all events: edit, find, merge."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kcdesk.domain.errors import NotFoundError, ValidationError
from kcdesk.domain.models import Person, Sector
from kcdesk.domain.names import normalised_key, words
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


MERGE_FIELDS = ("email", "phone", "organisation", "job_title", "sector", "particle", "notes")


class PeopleService:
    def __init__(self, store: Store):
        self.store = store

    def get(self, person_id: int) -> Person:
        p = self.store.people.get(person_id)
        if p is None:
            raise NotFoundError(f"No person with id {person_id}.")
        return p

    def sectors(self) -> list[Sector]:
        return self.store.people.sectors()

    def add_sector(self, code: str, label_nl: str, label_en: str | None = None) -> Sector:
        code = "-".join(words(code))
        if not code:
            raise ValidationError("A sector needs a code.", "code")
        existing = self.sectors()
        s = Sector(code, label_nl.strip() or code, (label_en or label_nl).strip() or code, len(existing))
        with self.store.write():
            self.store.people.save_sector(s)
        self.store.notify("people")
        return s

    def sector_code(self, text: str) -> str:
        """Map a sector as typed ("Onderwijs", "education", "") to a known code or ''."""
        t = " ".join(words(text))
        if not t:
            return ""
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
        return synonyms.get(t, "other")

    def _check(self, person: Person) -> None:
        validate_person(person)
        if person.sector and person.sector not in {s.code for s in self.sectors()}:
            raise ValidationError(f"Unknown sector '{person.sector}'.", "sector")
        other = self.store.people.by_email(person.email)
        if other is not None and other.id != person.id:
            raise ValidationError(f"{person.email} already belongs to {other.name}.", "email")

    def create(self, person: Person) -> Person:
        self._check(person)
        with self.store.write():
            self.store.people.insert(person)
        self.store.notify("people", person_id=person.id)
        return person

    def update(self, person: Person) -> Person:
        if person.id is None:
            raise ValidationError("Save the person first.")
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

    def find_match(self, person: Person) -> Person | None:
        """The directory entry this person is: same email, else same name and organisation."""
        if person.email.strip():
            found = self.store.people.by_email(person.email)
            if found:
                return found
        key = normalised_key(person.given_name, person.particle, person.family_name, person.organisation)
        found = self.store.people.by_match_key(key)
        if found and (not person.email.strip() or not found.email):
            return found
        return None

    def search(self, query: str, limit: int = 200) -> list[Person]:
        ids = self.store.search.people(query, limit)
        found = self.store.people.many(ids)
        return [found[i] for i in ids if i in found]

    def events_of(self, person_id: int) -> list[dict[str, Any]]:
        return self.store.people.events_of(person_id)

    # -- merge ----------------------------------------------------------------
    def merge_plan(self, keep_id: int, drop_id: int) -> MergePlan:
        if keep_id == drop_id:
            raise ValidationError("Choose two different people to merge.")
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

    def merge(self, keep_id: int, drop_id: int) -> MergePlan:
        """Move registrations, quotes, reactions and programme parts to ``keep``; delete ``drop``.

        Where both were registered for the same event, the registration that
        shows attendance (else the kept person's) stays.
        """
        plan = self.merge_plan(keep_id, drop_id)
        regs = self.store.registrations
        with self.store.write():
            for e in plan.conflicting_registrations:
                k = regs.for_person(e["id"], keep_id)
                d = regs.for_person(e["id"], drop_id)
                assert k and d and k.id and d.id
                if d.checked_in_at and not k.checked_in_at:
                    regs.move_companions(k.id, d.id)
                    regs.delete(k.id)
                    regs.set_person(d.id, keep_id)
                else:
                    regs.move_companions(d.id, k.id)
                    regs.delete(d.id)
            self.store.people.reassign(drop_id, keep_id)
            keep = plan.keep
            for f, value in plan.filled_fields.items():
                setattr(keep, f, value)
            keep.newsletter = keep.newsletter or plan.drop.newsletter
            email_moves = "email" in plan.filled_fields
            self.store.people.delete(drop_id)  # cascades leftover programme_people rows
            if email_moves or plan.filled_fields:
                self.store.people.update(keep)
        self.store.notify("people", person_id=keep_id)
        self.store.notify("registrations")
        return plan
