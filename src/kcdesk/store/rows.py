"""Conversions between database rows and domain dataclasses."""

from __future__ import annotations

import datetime as dt
import json

from kcdesk.domain.enums import (
    Consent,
    EventStatus,
    Part,
    ProgrammeKind,
    RegistrationSource,
    RegistrationStatus,
)
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
    Registration,
    Series,
    Venue,
)
from kcdesk.domain.names import normalised_key, search_text, sort_key
from kcdesk.store.sqlite import Database

TYPE_CHECKING = False  # typing itself is not imported at run time (start-up of the command line)
if TYPE_CHECKING:
    from typing import Any


def first(db, sql: str, params: list[Any]) -> dict[str, Any] | None:
    """The first row of a query as a dict, or None.

    Straight on the sqlite3 connection: point look-ups run thousands of times
    in an import, and a generator over the cursor costs more than the query itself.
    """
    cur = db.conn.execute(sql, params)
    row = cur.fetchone()
    if row is None:
        return None
    return dict(zip([c[0] for c in cur.description], row, strict=True))


def save_row(db: Database, table: str, row_id: int | None, data: dict[str, Any]) -> int:
    """Insert ``data`` into ``table`` as a new row (``row_id`` None) or update row ``row_id``; its id."""
    if row_id is None:
        new_id = db.table(table).insert(data).last_pk
        assert isinstance(new_id, int)
        return new_id
    db.table(table).update(row_id, data)
    return row_id


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def ts(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def parse_ts(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def d(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def parse_d(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def t(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def parse_t(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def event_to_row(e: Event) -> dict[str, Any]:
    return {
        "slug": e.slug,
        "title": e.title,
        "theme": e.theme,
        "tagline": e.tagline,
        "date": d(e.date),
        "start_time": t(e.start_time),
        "end_time": t(e.end_time),
        "venue_name": e.venue.name,
        "venue_room": e.venue.room,
        "venue_address": e.venue.address,
        "capacity": e.capacity,
        "status": str(e.status),
        "description": e.description,
        "series_id": e.series_id,
        "edition": e.edition,
        "next_event_id": e.next_event_id,
        "headline": e.headline,
        "edition_phrase": e.edition_phrase,
        "published_on": d(e.published_on),
        "title_en": e.title_en,
        "theme_en": e.theme_en,
        "headline_en": e.headline_en,
        "edition_phrase_en": e.edition_phrase_en,
        "description_en": e.description_en,
    }


def row_to_event(r: dict[str, Any]) -> Event:
    return Event(
        id=r["id"],
        slug=r["slug"],
        title=r["title"],
        theme=r["theme"],
        tagline=r["tagline"],
        date=parse_d(r["date"]),
        start_time=parse_t(r["start_time"]),
        end_time=parse_t(r["end_time"]),
        venue=Venue(r["venue_name"], r["venue_room"], r["venue_address"]),
        capacity=r["capacity"],
        status=EventStatus(r["status"]),
        description=r["description"],
        series_id=r["series_id"],
        edition=r["edition"],
        next_event_id=r["next_event_id"],
        headline=r.get("headline") or "",
        edition_phrase=r.get("edition_phrase") or "",
        published_on=parse_d(r.get("published_on")),
        title_en=r.get("title_en") or "",
        theme_en=r.get("theme_en") or "",
        headline_en=r.get("headline_en") or "",
        edition_phrase_en=r.get("edition_phrase_en") or "",
        description_en=r.get("description_en") or "",
    )


#: The columns of ``person_to_row``, in its order.
PERSON_COLUMNS = (
    *PERSON_DETAILS,
    *PERSON_CONSENTS,
    "notes",
    "erased",
    "sort_key",
    "match_key",
    "search_text",
)


def person_to_row(p: Person, match_key: str | None = None) -> dict[str, Any]:
    """The person's columns (``PERSON_COLUMNS``); ``match_key`` when the caller computed it already."""
    return {
        "given_name": p.given_name.strip(),
        "particle": p.particle.strip(),
        "family_name": p.family_name.strip(),
        "email": p.email.strip(),
        "phone": p.phone.strip(),
        "organisation": p.organisation.strip(),
        "job_title": p.job_title.strip(),
        "sector": p.sector,
        "newsletter": int(p.newsletter),
        "consent_photo": int(p.consent_photo),
        "consent_quote": int(p.consent_quote),
        "consent_name": int(p.consent_name),
        "notes": p.notes,
        "erased": int(p.erased),
        "sort_key": sort_key(p.given_name, p.particle, p.family_name),
        "match_key": (
            normalised_key(p.given_name, p.particle, p.family_name, p.organisation)
            if match_key is None
            else match_key
        ),
        "search_text": search_text(p.given_name, p.particle, p.family_name, p.organisation, p.email),
    }


def row_to_person(r: dict[str, Any]) -> Person:
    return Person(
        id=r["id"],
        given_name=r["given_name"],
        particle=r["particle"],
        family_name=r["family_name"],
        email=r["email"],
        phone=r["phone"],
        organisation=r["organisation"],
        job_title=r["job_title"],
        sector=r["sector"],
        newsletter=bool(r["newsletter"]),
        consent_photo=bool(r["consent_photo"]),
        consent_quote=bool(r["consent_quote"]),
        consent_name=bool(r["consent_name"]),
        notes=r["notes"],
        erased=bool(r["erased"]),
    )


def registration_to_row(reg: Registration) -> dict[str, Any]:
    return {
        "event_id": reg.event_id,
        "person_id": reg.person_id,
        "code": reg.code,
        "status": str(reg.status),
        "source": str(reg.source),
        "registered_at": ts(reg.registered_at or now()),
        "checked_in_at": ts(reg.checked_in_at),
        "station": reg.station,
        "booker_id": reg.booker_id,
    }


def row_to_registration(r: dict[str, Any]) -> Registration:
    return Registration(
        id=r["id"],
        event_id=r["event_id"],
        person_id=r["person_id"],
        code=r["code"],
        status=RegistrationStatus(r["status"]),
        source=RegistrationSource(r["source"]),
        registered_at=parse_ts(r["registered_at"]),
        checked_in_at=parse_ts(r["checked_in_at"]),
        station=r["station"],
        booker_id=r["booker_id"],
    )


def row_to_item(r: dict[str, Any], people: list[ProgrammePerson]) -> ProgrammeItem:
    return ProgrammeItem(
        id=r["id"],
        event_id=r["event_id"],
        position=r["position"],
        kind=ProgrammeKind(r["kind"]),
        title=r["title"],
        description=r["description"],
        duration_min=r["duration_min"],
        tables=r["tables"],
        people=people,
        title_en=r.get("title_en") or "",
        description_en=r.get("description_en") or "",
    )


def row_to_pp(r: dict[str, Any]) -> ProgrammePerson:
    return ProgrammePerson(person_id=r["person_id"], part=Part(r["part"]))


def row_to_journal(r: dict[str, Any]) -> JournalEntry:
    return JournalEntry(
        uid=r["uid"],
        event_id=r["event_id"],
        code=r["code"],
        action=r["action"],
        station=r["station"],
        at=parse_ts(r["at"]),  # type: ignore[arg-type]
        undoes=r["undoes"],
        payload=json.loads(r["payload"]) if r["payload"] else None,
    )


def row_to_note(r: dict[str, Any]) -> Note:
    return Note(
        id=r["id"],
        event_id=r["event_id"],
        item_id=r["item_id"],
        author=r["author"],
        body=r["body"],
        created_at=parse_ts(r["created_at"]),
        updated_at=parse_ts(r["updated_at"]),
        heading=r.get("heading") or "",
        position=r.get("position") or 0,
        heading_en=r.get("heading_en") or "",
        body_en=r.get("body_en") or "",
    )


def row_to_figure(r: dict[str, Any]) -> KeyFigure:
    return KeyFigure(
        id=r["id"],
        event_id=r["event_id"],
        label=r["label"],
        value=r["value"],
        position=r["position"],
        item_id=r.get("item_id"),
        label_en=r.get("label_en") or "",
    )


def row_to_quote(r: dict[str, Any]) -> Quote:
    return Quote(
        id=r["id"],
        event_id=r["event_id"],
        item_id=r["item_id"],
        person_id=r["person_id"],
        attribution_name=r["attribution_name"],
        attribution_role=r["attribution_role"],
        attribution_org=r["attribution_org"],
        text=r["text"],
        consent=Consent(r["consent"]),
        created_at=parse_ts(r["created_at"]),
        translation=r.get("translation") or "",
    )


def row_to_reaction(r: dict[str, Any]) -> Reaction:
    return Reaction(
        id=r["id"],
        event_id=r["event_id"],
        person_id=r["person_id"],
        text=r["text"],
        rating=r["rating"],
        created_at=parse_ts(r["created_at"]),
        verdict=r.get("verdict") or "",
        verdict_en=r.get("verdict_en") or "",
        translation=r.get("translation") or "",
    )


def row_to_organiser(r: dict[str, Any]) -> Organiser:
    return Organiser(
        id=r["id"],
        name=r["name"],
        website=r["website"],
        newsletter_line=r["newsletter_line"],
        privacy_line=r["privacy_line"],
        description=r.get("description") or "",
        description_en=r.get("description_en") or "",
        newsletter_line_en=r.get("newsletter_line_en") or "",
        privacy_line_en=r.get("privacy_line_en") or "",
    )


def row_to_series(r: dict[str, Any]) -> Series:
    return Series(id=r["id"], name=r["name"], season=r["season"], organiser_id=r["organiser_id"])
