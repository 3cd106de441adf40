"""One event with everything attached, as a JSON file (docs/event-format.md).

Export → import (into any database) → export gives the same file. Records
refer to each other by keys in the file ("p1", registration codes), never by
database ids. People already in the directory (same email, else same name
and organisation) are reused, not duplicated.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kcdesk import __version__
from kcdesk.domain.accreditation import Accreditation, validate_accreditation
from kcdesk.domain.enums import (
    Consent,
    EventStatus,
    Part,
    ProgrammeKind,
    RegistrationSource,
    RegistrationStatus,
)
from kcdesk.domain.errors import (
    EventAlreadyThere,
    EventFileCodeTaken,
    EventFileDamaged,
    EventFileDoubleRegistration,
    EventFileIsFolder,
    EventFileUnreadable,
    EventNotFound,
    NewerEventFile,
    NoSuchFile,
    NotAnEventFile,
    UnknownSector,
    ValidationError,
)
from kcdesk.domain.event_fields import EVENT_ARTICLE_TEXTS
from kcdesk.domain.models import (
    PERSON_CONSENTS,
    PERSON_DETAILS,
    Event,
    JournalEntry,
    KeyFigure,
    Note,
    Organiser,
    Person,
    ProgrammeItem,
    ProgrammePerson,
    Quote,
    Reaction,
    Series,
    Venue,
)
from kcdesk.domain.rules import (
    validate_event,
    validate_person,
    validate_programme_item,
    validate_quote,
    validate_reaction,
)
from kcdesk.services import json_files
from kcdesk.services.journal_check import read_entry
from kcdesk.store import Store
from kcdesk.store import rows as R

FORMAT = "kcdesk-event"
#: 2: the writer's texts (headline, edition phrase, publication date, English versions, note
#: headings and order, figures tied to a programme item, verdicts); a version-1 file still imports.
VERSION = 2

#: the event's own texts added in version 2, stored and exported as they are
EVENT_TEXTS = EVENT_ARTICLE_TEXTS
ORGANISER_FIELDS = (
    "name",
    "website",
    "newsletter_line",
    "privacy_line",
    "description",
    "description_en",
    "newsletter_line_en",
    "privacy_line_en",
)

PERSON_FIELDS = (*PERSON_DETAILS, *PERSON_CONSENTS, "notes")


def export_event(store: Store, event_id: int) -> dict[str, Any]:
    ev = store.events.get(event_id)
    if ev is None:
        raise EventNotFound(event_id=event_id)
    programme = store.events.programme(event_id)
    regs = store.registrations.of_event_by_code(event_id)
    content = store.content
    quotes, reactions = content.quotes(event_id), content.reactions(event_id)

    person_ids: set[int] = {r["person_id"] for r in regs}
    person_ids |= {pp.person_id for item in programme for pp in item.people}
    person_ids |= {q.person_id for q in quotes if q.person_id}
    person_ids |= {x.person_id for x in reactions if x.person_id}
    people = sorted(store.people.many(sorted(person_ids)).values(), key=lambda p: (p.sort_key, p.email, p.id))
    key = {p.id: f"p{i}" for i, p in enumerate(people, 1)}
    item_key = {item.id: f"i{i}" for i, item in enumerate(programme, 1)}
    code_of = {r["id"]: r["code"] for r in regs}

    org = store.events.organiser()
    series = store.events.series(ev.series_id) if ev.series_id else None
    nxt = store.events.get(ev.next_event_id) if ev.next_event_id else None
    sectors = store.people.sectors()
    used_sectors = {p.sector for p in people if p.sector}
    return {
        "format": FORMAT,
        "version": VERSION,
        "organiser": {f: getattr(org, f) for f in ORGANISER_FIELDS} if org else None,
        "series": {"name": series.name, "season": series.season} if series else None,
        "sectors": [
            {"code": s.code, "label_nl": s.label_nl, "label_en": s.label_en}
            for s in sectors
            if s.code in used_sectors
        ],
        "event": {
            "slug": ev.slug,
            "title": ev.title,
            "theme": ev.theme,
            "tagline": ev.tagline,
            "date": R.d(ev.date),
            "start_time": R.t(ev.start_time),
            "end_time": R.t(ev.end_time),
            "venue": {"name": ev.venue.name, "room": ev.venue.room, "address": ev.venue.address},
            "capacity": ev.capacity,
            "status": str(ev.status),
            "description": ev.description,
            "edition": ev.edition,
            "next_event": (
                {
                    "slug": nxt.slug,
                    "title": nxt.title,
                    "date": R.d(nxt.date),
                    "theme": nxt.theme,
                    "start_time": R.t(nxt.start_time),
                    "venue": {"name": nxt.venue.name, "room": nxt.venue.room, "address": nxt.venue.address},
                }
                if nxt
                else None
            ),
            "published_on": R.d(ev.published_on),
            **{f: getattr(ev, f) for f in EVENT_TEXTS},
        },
        "people": [{"key": key[p.id]} | {f: getattr(p, f) for f in PERSON_FIELDS} for p in people],
        "programme": [
            {
                "key": item_key[item.id],
                "kind": str(item.kind),
                "title": item.title,
                "description": item.description,
                "duration_min": item.duration_min,
                "tables": item.tables,
                "people": [{"person": key[pp.person_id], "part": str(pp.part)} for pp in item.people],
                "title_en": item.title_en,
                "description_en": item.description_en,
            }
            for item in programme
        ],
        "registrations": [
            {
                "code": r["code"],
                "person": key[r["person_id"]],
                "status": r["status"],
                "source": r["source"],
                "registered_at": r["registered_at"],
                "checked_in_at": r["checked_in_at"],
                "station": r["station"],
                "booker": code_of.get(r["booker_id"]) if r["booker_id"] is not None else None,
            }
            for r in regs
        ],
        "journal": [
            {
                "uid": e.uid,
                "code": e.code,
                "action": e.action,
                "station": e.station,
                "at": R.ts(e.at),
                "undoes": e.undoes,
                "payload": e.payload,
            }
            for e in store.journal.for_event(event_id)
        ],
        "notes": [
            {
                "item": item_key.get(n.item_id),
                "author": n.author,
                "body": n.body,
                "created_at": R.ts(n.created_at),
                "updated_at": R.ts(n.updated_at),
                "heading": n.heading,
                "heading_en": n.heading_en,
                "body_en": n.body_en,
                "position": n.position,
            }
            for n in content.notes(event_id)
        ],
        "key_figures": [
            {"label": f.label, "value": f.value, "item": item_key.get(f.item_id), "label_en": f.label_en}
            for f in content.figures(event_id)
        ],
        "quotes": [
            {
                "text": q.text,
                "person": key.get(q.person_id),
                "attribution_name": q.attribution_name,
                "attribution_role": q.attribution_role,
                "attribution_org": q.attribution_org,
                "item": item_key.get(q.item_id),
                "consent": str(q.consent),
                "created_at": R.ts(q.created_at),
                "translation": q.translation,
            }
            for q in quotes
        ],
        "reactions": [
            {
                "text": x.text,
                "person": key.get(x.person_id),
                "rating": x.rating,
                "created_at": R.ts(x.created_at),
                "verdict": x.verdict,
                "verdict_en": x.verdict_en,
                "translation": x.translation,
            }
            for x in reactions
        ],
        "seating": [
            {"item": item_key[item.id], "code": a["code"], "table": a["table_no"], "host": bool(a["is_host"])}
            for item in programme
            for a in store.tables.assignments(item.id)  # type: ignore[arg-type]
        ],
        "accreditations": [
            {
                "register": a.register,
                "activity_id": a.activity_id,
                "points": a.points,
                "hours": a.hours,
                "status": str(a.status),
            }
            for a in store.accreditation.accreditations(event_id)
        ],
        "exported_by": f"kcdesk {__version__}",
    }


def _valid(check, record):
    check(record)
    return record


def dumps(doc: dict[str, Any]) -> str:
    return json_files.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_event(store: Store, event_id: int, path: Path) -> None:
    from kcdesk.output.atomic import check_output, write_text

    check_output(path)
    write_text(path, dumps(export_event(store, event_id)), private=True)  # holds personal data
    if not store.readonly:  # the file knows the event by its slug: the slug stays from now on
        with store.write():
            store.events.mark_shared(event_id)


def read_event_file(path: Path) -> dict[str, Any]:
    try:
        doc = json_files.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NoSuchFile(path=path) from None
    except IsADirectoryError:
        raise EventFileIsFolder(path=path) from None
    except ValueError as exc:  # not UTF-8, not JSON, NaN/Infinity, nested too deeply
        raise EventFileUnreadable(name=Path(path).name, detail=exc) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise NotAnEventFile(name=Path(path).name)
    if not isinstance(doc.get("version"), int) or doc["version"] > VERSION:
        raise NewerEventFile(name=Path(path).name)
    return doc


def import_event(store: Store, doc: dict[str, Any], event_id: int | None = None) -> Event:
    """Add the event in ``doc`` to the database, all in one transaction.

    ``event_id``: give it this (free) id again; undoing a delete does, so that older undo
    steps that name the event still find it."""
    from kcdesk.services.event_shape import check_content, check_shape
    from kcdesk.services.people import PeopleService

    check_shape(doc)
    check_content(doc)
    try:
        e = doc["event"]
        if store.events.by_slug(e["slug"]) is not None:
            raise EventAlreadyThere(slug=e["slug"])
        people_svc = PeopleService(store)
        with store.write():
            if doc.get("organiser") and store.events.organiser() is None:
                store.events.save_organiser(Organiser(**doc["organiser"]))
            series_id = None
            if doc.get("series"):
                s = doc["series"]
                found = [
                    x for x in store.events.all_series() if (x.name, x.season) == (s["name"], s["season"])
                ]
                series_id = (
                    found[0].id
                    if found
                    else store.events.save_series(
                        Series(
                            s["name"],
                            s["season"],
                            organiser_id=(store.events.organiser() or Organiser("")).id,
                        )
                    )
                )
            from kcdesk.domain.enums import DEFAULT_SECTORS
            from kcdesk.domain.models import Sector

            have = {s.code: s for s in store.people.sectors()}
            known = set(have)
            for s in doc.get("sectors", []):
                if s["code"] not in known:
                    store.people.save_sector(Sector(s["code"], s["label_nl"], s["label_en"], len(known)))
                    known.add(s["code"])
                elif (have[s["code"]].label_nl, have[s["code"]].label_en) == DEFAULT_SECTORS.get(s["code"]):
                    # the network's own word ("werkveld") comes along, unless this database has its own
                    old = have[s["code"]]
                    store.people.save_sector(Sector(old.code, s["label_nl"], s["label_en"], old.position))
            nxt = None
            if e.get("next_event"):
                n = e["next_event"]
                nxt = store.events.by_slug(n["slug"])
                if nxt is None:  # keep the link: a draft of the next event, to be filled in
                    nxt = Event(
                        title=n["title"],
                        date=R.parse_d(n["date"]),
                        slug=n["slug"],
                        series_id=series_id,
                        theme=n["theme"],
                        start_time=R.parse_t(n["start_time"]),
                        venue=Venue(**n["venue"]) if n["venue"] else Venue(),
                    )
                    store.events.insert(nxt)
            event = Event(
                slug=e["slug"],
                title=e["title"],
                theme=e["theme"],
                tagline=e["tagline"],
                date=R.parse_d(e["date"]),
                start_time=R.parse_t(e["start_time"]),
                end_time=R.parse_t(e["end_time"]),
                venue=Venue(**e["venue"]),
                capacity=e["capacity"],
                status=EventStatus(e["status"]),
                description=e["description"],
                series_id=series_id,
                edition=e["edition"],
                next_event_id=nxt.id if nxt else None,
                published_on=R.parse_d(e["published_on"]),
                **{f: e[f] for f in EVENT_TEXTS},
            )
            validate_event(event)
            if event_id is not None and store.events.get(event_id) is None:
                event.id = event_id
            store.events.insert(event, keep_id=event.id is not None)
            assert event.id is not None
            if event_id is None:  # it came from a file: its slug is known elsewhere (not an undone delete)
                store.events.mark_shared(event.id)
            pid: dict[str, int] = {}
            for p in doc["people"]:
                person = Person(**{f: p[f] for f in PERSON_FIELDS})
                validate_person(person)
                if person.sector and person.sector not in known:
                    raise UnknownSector(sector=person.sector)
                found_p = people_svc.find_match(person)
                if found_p is None:
                    store.people.insert(person)
                    found_p = person
                assert found_p.id is not None
                pid[p["key"]] = found_p.id
            iid: dict[str, int] = {}
            for pos, it in enumerate(doc["programme"]):
                item = ProgrammeItem(
                    event_id=event.id,
                    title=it["title"],
                    kind=ProgrammeKind(it["kind"]),
                    duration_min=it["duration_min"],
                    position=pos,
                    description=it["description"],
                    tables=it["tables"],
                    people=[ProgrammePerson(pid[x["person"]], Part(x["part"])) for x in it["people"]],
                    title_en=it["title_en"],
                    description_en=it["description_en"],
                )
                validate_programme_item(item)
                iid[it["key"]] = store.events.save_item(item)
            reg_id: dict[str, int] = {}
            for r in doc["registrations"]:
                if store.registrations.by_code(r["code"]) is not None:
                    raise EventFileCodeTaken(reg_code=r["code"])
                if store.registrations.for_person(event.id, pid[r["person"]]) is not None:
                    raise EventFileDoubleRegistration(reg_code=r["code"])
                RegistrationStatus(r["status"]), RegistrationSource(r["source"])
                reg_id[r["code"]] = store.registrations.insert_row(
                    {
                        "event_id": event.id,
                        "person_id": pid[r["person"]],
                        "code": r["code"],
                        "status": r["status"],
                        "source": r["source"],
                        "registered_at": r["registered_at"],
                        "checked_in_at": r["checked_in_at"],
                        "station": r["station"],
                    }
                )
            for r in doc["registrations"]:
                if r.get("booker"):
                    store.registrations.set_booker(reg_id[r["code"]], reg_id[r["booker"]])
            for entry in read_entries(event.id, doc.get("journal", [])):  # checked by check_content
                store.journal.append(entry)
            for n in doc.get("notes", []):
                store.content.save_note(
                    Note(
                        event_id=event.id,
                        item_id=iid.get(n["item"]) if n["item"] else None,
                        author=n["author"],
                        body=n["body"],
                        created_at=R.parse_ts(n["created_at"]),
                        updated_at=R.parse_ts(n["updated_at"]),
                        heading=n["heading"],
                        heading_en=n["heading_en"],
                        body_en=n["body_en"],
                        position=n["position"],
                    ),
                    keep_times=True,
                )
            for pos, f in enumerate(doc.get("key_figures", [])):
                store.content.save_figure(
                    KeyFigure(
                        event.id,
                        f["label"],
                        f["value"],
                        pos,
                        item_id=iid[f["item"]] if f["item"] else None,
                        label_en=f["label_en"],
                    )
                )
            for q in doc.get("quotes", []):
                store.content.save_quote(
                    _valid(
                        validate_quote,
                        Quote(
                            event_id=event.id,
                            text=q["text"],
                            person_id=pid.get(q["person"]) if q["person"] else None,
                            attribution_name=q["attribution_name"],
                            attribution_role=q["attribution_role"],
                            attribution_org=q["attribution_org"],
                            item_id=iid.get(q["item"]) if q["item"] else None,
                            consent=Consent(q["consent"]),
                            created_at=R.parse_ts(q["created_at"]),
                            translation=q["translation"],
                        ),
                    )
                )
            for x in doc.get("reactions", []):
                store.content.save_reaction(
                    _valid(
                        validate_reaction,
                        Reaction(
                            event_id=event.id,
                            text=x["text"],
                            person_id=pid.get(x["person"]) if x["person"] else None,
                            rating=x["rating"],
                            created_at=R.parse_ts(x["created_at"]),
                            verdict=x["verdict"],
                            verdict_en=x["verdict_en"],
                            translation=x["translation"],
                        ),
                    )
                )
            seats: dict[str, list[tuple[int, int, bool]]] = {}
            for i, seat in enumerate(doc.get("seating", [])):
                if seat["item"] not in iid or seat["code"] not in reg_id or seat["table"] < 1:
                    raise EventFileDamaged(
                        where=f"seating[{i}]", what="an item, code or table not in the file"
                    )
                seats.setdefault(seat["item"], []).append((reg_id[seat["code"]], seat["table"], seat["host"]))
            for key, item_seats in seats.items():
                if len({r for r, _t, _h in item_seats}) != len(item_seats):
                    raise EventFileDamaged(where="seating", what="someone has two seats at one item")
                store.tables.replace(iid[key], item_seats)
            registers: set[str] = set()
            for i, a in enumerate(doc.get("accreditations", [])):
                acc = Accreditation(
                    event.id, a["register"], a["activity_id"], a["points"], a["hours"], a["status"]
                )
                validate_accreditation(acc)  # the register's name as stored, the status known
                if acc.register in registers:
                    raise EventFileDamaged(
                        where=f"accreditations[{i}].register", what=f"'{acc.register}' occurs twice"
                    )
                registers.add(acc.register)
                store.accreditation.save_accreditation(acc)
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, ValidationError):
            raise
        raise EventFileDamaged(where=type(exc).__name__, what=exc) from None
    store.notify("events", event_id=event.id)
    store.notify("people")
    return event


class EventTransfer:
    """An event as a file (docs/event-format.md): export, read and import."""

    def __init__(self, store: Store):
        self.store = store

    def export(self, event_id: int) -> dict[str, Any]:
        """The event with its programme, people and registrations, as a document."""
        return export_event(self.store, event_id)

    def write(self, event_id: int, path: Path) -> None:
        write_event(self.store, event_id, path)

    def read(self, path: Path) -> dict[str, Any]:
        """A checked event document from a file (refuses a damaged or foreign file)."""
        return read_event_file(path)

    def import_doc(self, doc: dict[str, Any], event_id: int | None = None) -> Event:
        """Add the event of ``doc`` in one transaction (``event_id``: re-create a deleted event)."""
        return import_event(self.store, doc, event_id)

    def import_file(self, path: Path) -> Event:
        return self.import_doc(self.read(path))


def read_entries(event_id: int, raws: list[Any]) -> list[JournalEntry]:
    """An event file's journal entries (already checked, see event_shape.check_content)."""
    return [read_entry(event_id, raw) for raw in raws]
