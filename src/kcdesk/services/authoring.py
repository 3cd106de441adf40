"""Entering an event's content field by field, for scripts and bulk entry (``kcdesk event set`` ...).

Everything here goes through the other services; what is added by one call is
written in one transaction. People and programme items are named the way a
person would name them: a person by id, email address or full name, an item by
its number in the programme (1, 2 ...) or its title.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from kcdesk.domain.enums import EventStatus, ProgrammeKind
from kcdesk.domain.errors_authoring import (
    AmbiguousPerson,
    BadFieldValue,
    BadMoment,
    NamedWithoutConsent,
    NoSuchItem,
    NoSuchPerson,
    NoSuchSector,
    NotAnAssignment,
    SectorLabelMissing,
    UnknownField,
)
from kcdesk.domain.event_fields import EVENT_TEXT_FIELDS, FIELDS, ORGANISER_FIELDS, VENUE_FIELDS
from kcdesk.domain.models import Event, Organiser, Person, ProgrammeItem, Sector, Series
from kcdesk.domain.names import fold
from kcdesk.store import Store

#: Zone of the clock times people type for an event (as in the calendar invitation).
EVENT_ZONE = "Europe/Amsterdam"


def parse_assignments(texts: list[str]) -> list[tuple[str, str]]:
    """ "headline=Samen nadenken" → ("headline", "Samen nadenken"); the field name as typed, lower case."""
    out = []
    for text in texts:
        name, sep, value = text.partition("=")
        if not sep or not name.strip():
            raise NotAnAssignment(text=text)
        name = name.strip().lower().replace("-", "_").replace(".", "_")
        if name not in FIELDS:
            raise UnknownField(name=name, known=", ".join(FIELDS))
        out.append((name, value))
    return out


def _date(name: str, value: str) -> dt.date | None:
    if not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise BadFieldValue(name=name, value=value, expected="a date (YYYY-MM-DD)") from None


def _time(name: str, value: str) -> dt.time | None:
    if not value.strip():
        return None
    try:
        return dt.time.fromisoformat(value.strip())
    except ValueError:
        raise BadFieldValue(name=name, value=value, expected="a time (HH:MM)") from None


def _int(name: str, value: str) -> int | None:
    if not value.strip():
        return None
    try:
        n = int(value.strip())
    except ValueError:
        raise BadFieldValue(name=name, value=value, expected="a whole number") from None
    if n < 0:
        raise BadFieldValue(name=name, value=value, expected="a whole number of at least 0")
    return n


class AuthoringService:
    def __init__(self, store: Store):
        from types import SimpleNamespace

        from kcdesk.services.content import ContentService
        from kcdesk.services.events import EventService
        from kcdesk.services.people import PeopleService
        from kcdesk.services.registrations import RegistrationService

        self.store = store
        # its own service objects, not the facade: a cycle would keep the store (and its lock) alive
        self.svc = SimpleNamespace(
            events=EventService(store),
            people=PeopleService(store),
            content=ContentService(store),
            registrations=RegistrationService(store),
        )

    # -- the event ------------------------------------------------------------
    def create_event(self, title: str, assignments: list[tuple[str, str]]) -> Event:
        """A new event with ``title`` and the fields given, in one transaction."""
        event = Event(title=title.strip())
        with self.store.write():
            self._apply(event, assignments)
            self._apply_links(event, assignments)
            self.svc.events.create(event)
        self.store.notify("events", event_id=event.id)
        return event

    def set_fields(self, event: Event, assignments: list[tuple[str, str]]) -> Event:
        event = dataclasses.replace(event, venue=dataclasses.replace(event.venue))
        with self.store.write():
            self._apply(event, assignments)
            self._apply_links(event, assignments)
            self.svc.events.update(event)
        self.store.notify("events", event_id=event.id)
        return event

    def _apply(self, event: Event, assignments: list[tuple[str, str]]) -> None:
        for name, value in assignments:
            if name in EVENT_TEXT_FIELDS:
                setattr(event, name, value.strip())
            elif name in VENUE_FIELDS:
                setattr(event.venue, VENUE_FIELDS[name], value.strip())
            elif name in ("date", "published_on"):
                setattr(event, name, _date(name, value))
            elif name in ("start_time", "end_time"):
                setattr(event, name, _time(name, value))
            elif name in ("capacity", "edition"):
                setattr(event, name, _int(name, value))
            elif name == "status":
                try:
                    event.status = EventStatus(value.strip())
                except ValueError:
                    raise BadFieldValue(
                        name=name, value=value, expected="one of " + ", ".join(EventStatus)
                    ) from None

    def _apply_links(self, event: Event, assignments: list[tuple[str, str]]) -> None:
        """Organiser, series and next event: records of their own, written in the caller's transaction."""
        given = dict(assignments)
        org_values = {ORGANISER_FIELDS[k]: v.strip() for k, v in assignments if k in ORGANISER_FIELDS}
        if org_values:
            org = self.svc.events.organiser() or Organiser(name="")
            for attr, v in org_values.items():
                setattr(org, attr, v)
            self.svc.events.save_organiser(org)
        if "series" in given or "season" in given:
            current = self.svc.events.series(event.series_id)
            name = given.get("series", current.name if current else "").strip()
            season = given.get("season", current.season if current else "").strip()
            if not name:
                event.series_id = None
            else:
                found = [s for s in self.svc.events.all_series() if (s.name, s.season) == (name, season)]
                owner = self.svc.events.organiser()
                series = found[0] if found else Series(name, season, organiser_id=owner.id if owner else None)
                if not found:
                    self.svc.events.save_series(series)
                event.series_id = series.id
        if "next_event" in given:
            ref = given["next_event"].strip()
            event.next_event_id = self.svc.events.resolve(ref).id if ref else None

    def fields(self, event: Event) -> dict[str, Any]:
        """The settable fields with their current values (``event set --json`` prints them)."""
        org = self.svc.events.organiser() or Organiser(name="")
        series = self.svc.events.series(event.series_id)
        nxt = self.svc.events.next_event(event)
        out: dict[str, Any] = {"id": event.id}
        out |= {f: getattr(event, f) for f in EVENT_TEXT_FIELDS}
        out |= {
            "date": event.date.isoformat() if event.date else None,
            "published_on": event.published_on.isoformat() if event.published_on else None,
            "start_time": event.start_time.strftime("%H:%M") if event.start_time else None,
            "end_time": event.end_time.strftime("%H:%M") if event.end_time else None,
            "capacity": event.capacity,
            "edition": event.edition,
            "status": str(event.status),
            "series": series.name if series else "",
            "season": series.season if series else "",
            "next_event": nxt.slug if nxt else None,
            "venue": event.venue.name,
            "room": event.venue.room,
            "address": event.venue.address,
        }
        out |= {k: getattr(org, v) for k, v in ORGANISER_FIELDS.items()}
        return out

    # -- people ---------------------------------------------------------------
    def person(self, ref: str) -> Person:
        """A person by id, email address or full name (letters compared without accents or case)."""
        text = ref.strip()
        if text.isdigit():
            p = self.store.people.get(int(text))
            if p is not None:
                return p
        if "@" in text:
            p = self.store.people.by_email(text)
            if p is not None:
                return p
            raise NoSuchPerson(ref=text)
        wanted = fold(" ".join(text.split()))
        found = [
            p for p in self.svc.people.search(text, limit=200) if fold(p.name) == wanted and not p.erased
        ]
        if not found:
            raise NoSuchPerson(ref=text)
        if len(found) > 1:
            raise AmbiguousPerson(ref=text, count=len(found))
        return found[0]

    def sector(self, text: str) -> str:
        """A sector code from its code or label (Dutch or English); '' for none."""
        t = fold(text.strip())
        if not t:
            return ""
        sectors = self.svc.people.sectors()
        for s in sectors:
            if t in (fold(s.code), fold(s.label_nl), fold(s.label_en)):
                return s.code
        code = self.svc.people.sector_code(text)  # the usual words: "gemeente", "hogeschool" ...
        if code != "other":
            return code
        raise NoSuchSector(ref=text, known=", ".join(s.code for s in sectors))

    def rename_sector(self, ref: str, label_nl: str, label_en: str | None = None) -> Sector:
        """Give a sector the network's own word ("werkveld" for "praktijk"); the code stays."""
        code = self.sector(ref)
        if not code:
            raise NoSuchSector(ref=ref, known=", ".join(s.code for s in self.svc.people.sectors()))
        if not label_nl.strip():
            raise SectorLabelMissing(field="label")
        if label_en is not None and not label_en.strip():
            raise SectorLabelMissing(field="label_en")
        s = next(x for x in self.svc.people.sectors() if x.code == code)
        s = Sector(s.code, label_nl.strip(), (label_en or s.label_en).strip(), s.position)
        with self.store.write():
            self.store.people.save_sector(s)
        self.store.notify("people")
        return s

    # -- programme items --------------------------------------------------------
    def item(self, event: Event, ref: str) -> ProgrammeItem:
        """A programme item by its number in the programme (1, 2 ...) or its title."""
        assert event.id is not None
        items = self.svc.events.programme(event.id)
        text = ref.strip()
        if text.isdigit() and 1 <= int(text) <= len(items):
            return items[int(text) - 1]
        for item in items:
            if fold(item.title) == fold(text):
                return item
        raise NoSuchItem(ref=text, event=event.slug)

    def add_item(self, event: Event, item: ProgrammeItem, kind: str = "") -> ProgrammeItem:
        assert event.id is not None
        if kind:
            try:
                item.kind = ProgrammeKind(kind)
            except ValueError:
                raise BadFieldValue(
                    name="kind", value=kind, expected="one of " + ", ".join(ProgrammeKind)
                ) from None
        item.event_id = event.id
        return self.svc.events.save_item(item)

    # -- times ------------------------------------------------------------------
    def moment(self, event: Event, text: str) -> dt.datetime:
        """``--at``: "13:55" on the event's day, or "2019-10-10T13:55", in the event's zone; as UTC."""
        t = text.strip()
        try:
            if len(t) <= 5 and ":" in t:
                if event.date is None:
                    raise BadMoment(text=text)
                local = dt.datetime.combine(event.date, dt.time.fromisoformat(t))
            else:
                local = dt.datetime.fromisoformat(t)
        except ValueError:
            raise BadMoment(text=text) from None
        if local.tzinfo is None:
            try:
                from zoneinfo import ZoneInfo

                local = local.replace(tzinfo=ZoneInfo(EVENT_ZONE))
            except Exception:  # no tz database: the computer's own zone
                local = local.astimezone()
        return local.astimezone(dt.UTC)

    # -- consent ----------------------------------------------------------------
    def named_without_consent(self, event_id: int) -> list[dict[str, Any]]:
        """People of this event whom a note names although they did not consent to be named.

        A person counts as named when their full name, or their given and family name,
        appears in a note (Dutch or English text, heading included).
        """
        notes = self.svc.content.notes(event_id)
        if not notes:
            return []
        texts = [(n, fold(" ".join((n.heading, n.heading_en, n.body, n.body_en)))) for n in notes]
        ids = {r["person_id"] for r in self.svc.registrations.of_event(event_id)}
        ids |= {pp.person_id for item in self.svc.events.programme(event_id) for pp in item.people}
        ids |= {x.person_id for x in self.svc.content.reactions(event_id) if x.person_id}
        ids |= {q.person_id for q in self.svc.content.quotes(event_id) if q.person_id}
        found = []
        for p in self.store.people.many(sorted(ids)).values():
            if p.consent_name or p.erased:
                continue
            forms = {fold(p.name), fold(f"{p.given_name} {p.family_name}")}
            forms = {f for f in forms if len(f) > 3 and " " in f}
            hits = [n.id for n, body in texts if any(f in body for f in forms)]
            if hits:
                found.append({"person_id": p.id, "name": p.name, "note_ids": hits})
        return sorted(found, key=lambda x: x["name"])

    def check_naming_consent(self, event_id: int) -> None:
        problems = self.named_without_consent(event_id)
        if problems:
            raise NamedWithoutConsent(names=", ".join(p["name"] for p in problems))
