"""The records a coordinator keeps, as plain dataclasses.

``id`` is ``None`` until the store has saved the record.
Dates are :class:`datetime.date`, times :class:`datetime.time`,
moments :class:`datetime.datetime` (timezone-aware, UTC in the store).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kcdesk.domain.enums import (
    Consent,
    EventStatus,
    Part,
    ProgrammeKind,
    RegistrationSource,
    RegistrationStatus,
)
from kcdesk.domain.names import display_name, sort_key


@dataclass
class Organiser:
    """The network that runs the kenniscafés: its name, website and the lines its articles end with."""

    name: str
    website: str = ""
    newsletter_line: str = ""
    privacy_line: str = ""
    #: one line on what the network does ("De Werkplaats brengt beleid, onderwijs en werkveld samen.")
    description: str = ""
    description_en: str = ""
    newsletter_line_en: str = ""
    privacy_line_en: str = ""
    id: int | None = None


@dataclass
class Sector:
    """A field participants come from (policy, education, practice ...), in Dutch and English."""

    code: str
    label_nl: str
    label_en: str
    position: int = 0

    def label(self, lang: str) -> str:
        return self.label_nl if lang == "nl" else self.label_en


@dataclass
class Series:
    """A run of events under one name and season (the kenniscafés of one network in one year)."""

    name: str
    season: str = ""
    organiser_id: int | None = None
    id: int | None = None


@dataclass
class Venue:
    """Where an event takes place: the building, the room and the address."""

    name: str = ""
    room: str = ""
    address: str = ""

    def __str__(self) -> str:
        return ", ".join(p for p in (self.name, self.room, self.address) if p)


@dataclass
class Event:
    """One kenniscafé: its theme, date, time, venue, capacity, status and the texts of its article."""

    title: str
    date: dt.date | None = None
    slug: str = ""
    theme: str = ""
    tagline: str = ""
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    venue: Venue = field(default_factory=Venue)
    capacity: int | None = None
    status: EventStatus = EventStatus.DRAFT
    description: str = ""
    series_id: int | None = None
    edition: int | None = None
    next_event_id: int | None = None
    #: the article's own headline (the tagline is the invitation's subtitle)
    headline: str = ""
    #: the edition as readers say it: "het eerste najaarskenniscafé van 2019"
    edition_phrase: str = ""
    #: the day the article is published
    published_on: dt.date | None = None
    #: English versions of the writer's texts ("" = only in Dutch)
    title_en: str = ""
    theme_en: str = ""
    headline_en: str = ""
    edition_phrase_en: str = ""
    description_en: str = ""
    id: int | None = None

    @property
    def hours(self) -> float:
        """Length of the event in hours (for certificates); 0 if unknown."""
        if not (self.start_time and self.end_time):
            return 0.0
        start = dt.datetime.combine(dt.date.min, self.start_time)
        end = dt.datetime.combine(dt.date.min, self.end_time)
        return max(0.0, (end - start).total_seconds() / 3600)


@dataclass
class ProgrammePerson:
    """A person on a programme item, in a part: speaker, facilitator or host."""

    person_id: int
    part: Part = Part.SPEAKER


@dataclass
class ProgrammeItem:
    """One item of an event's programme (opening round, presentation, table session ...)."""

    event_id: int
    title: str
    kind: ProgrammeKind = ProgrammeKind.OTHER
    duration_min: int = 30
    position: int = 0
    start_time: dt.time | None = None
    description: str = ""
    tables: int | None = None
    people: list[ProgrammePerson] = field(default_factory=list)
    title_en: str = ""
    description_en: str = ""
    id: int | None = None


#: The fields that describe a person, as typed in forms and registration files.
PERSON_DETAILS = (
    "given_name",
    "particle",
    "family_name",
    "email",
    "phone",
    "organisation",
    "job_title",
    "sector",
)
#: The person's yes/no choices: newsletter, and consent to be photographed, quoted, named.
PERSON_CONSENTS = ("newsletter", "consent_photo", "consent_quote", "consent_name")


@dataclass
class Person:
    """Someone in the people directory, across events: name, organisation, sector and consents."""

    given_name: str
    family_name: str = ""
    particle: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""
    job_title: str = ""
    sector: str = ""
    newsletter: bool = False
    consent_photo: bool = False
    consent_quote: bool = False
    consent_name: bool = False
    notes: str = ""
    erased: bool = False
    id: int | None = None

    @property
    def name(self) -> str:
        return display_name(self.given_name, self.particle, self.family_name)

    @property
    def sort_key(self) -> str:
        return sort_key(self.given_name, self.particle, self.family_name)


@dataclass
class Registration:
    """A person's registration for an event: the code shown at the door, status and check-in."""

    event_id: int
    person_id: int
    code: str = ""
    status: RegistrationStatus = RegistrationStatus.REGISTERED
    source: RegistrationSource = RegistrationSource.MANUAL
    registered_at: dt.datetime | None = None
    checked_in_at: dt.datetime | None = None
    station: str = ""
    booker_id: int | None = None  # the registration that brought this companion
    id: int | None = None


@dataclass
class JournalEntry:
    """One line in a station's append-only check-in journal."""

    uid: str
    event_id: int
    code: str
    action: str
    station: str
    at: dt.datetime
    undoes: str | None = None
    payload: dict | None = None


@dataclass
class Note:
    """A note taken at an event, for the article."""

    event_id: int
    body: str
    author: str = ""
    item_id: int | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    #: a note with a heading opens a section of the article; notes are printed by position
    heading: str = ""
    position: int = 0
    heading_en: str = ""
    body_en: str = ""
    id: int | None = None


@dataclass
class KeyFigure:
    """A figure from an event for the article: a value with its label."""

    event_id: int
    label: str
    value: float
    position: int = 0
    #: the programme item the figure belongs to (a project's "4 brainstormsessies"), or the event's own
    item_id: int | None = None
    label_en: str = ""
    id: int | None = None


@dataclass
class Quote:
    """Something a participant said, with who said it and whether they may be named."""

    event_id: int
    text: str
    person_id: int | None = None
    attribution_name: str = ""
    attribution_role: str = ""
    attribution_org: str = ""
    item_id: int | None = None
    consent: Consent = Consent.ASK
    created_at: dt.datetime | None = None
    #: an English translation; the quote itself stays as said
    translation: str = ""
    id: int | None = None


@dataclass
class Reaction:
    """A participant's reaction to the event: a text, a rating or one word on the meeting as a whole."""

    event_id: int
    text: str
    person_id: int | None = None
    rating: int | None = None
    created_at: dt.datetime | None = None
    #: one word on the meeting as a whole: "vond de bijeenkomst ‘verrassend’"
    verdict: str = ""
    verdict_en: str = ""
    translation: str = ""
    id: int | None = None
