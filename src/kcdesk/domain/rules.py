"""Validation rules and small calculations on domain records."""

from __future__ import annotations

import datetime as dt
import re

from kcdesk.domain.errors import (
    EndBeforeStart,
    EventDateMissing,
    EventTitleMissing,
    InvalidEmail,
    ItemTitleMissing,
    NegativeCapacity,
    NegativeDuration,
    NegativeTables,
    PersonNameMissing,
    QuoteTextMissing,
    RatingOutOfRange,
    ReactionTextMissing,
)
from kcdesk.domain.models import Event, Person, ProgrammeItem, Quote, Reaction
from kcdesk.domain.names import words

# RFC 5321-sane: a dot-atom local part (letters of any script allowed, as SMTPUTF8 does),
# a domain of at least two labels of letters, digits and inner hyphens, a top level of
# letters (or an xn-- IDN label); no spaces, control, format (bidi) or markup characters.
_LOCAL = r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*"
_LABEL = r"[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?"
_EMAIL = re.compile(rf"{_LOCAL}@(?:{_LABEL}\.)+(?:[^\W\d_]{{2,63}}|xn--[a-z0-9-]{{1,59}})", re.IGNORECASE)
MAX_EMAIL = 254  # RFC 5321: a path holds at most 256 octets, the angle brackets included
MAX_LOCAL = 64


def slugify(text: str) -> str:
    return "-".join(words(text))[:60].strip("-") or "event"


def validate_event(event: Event) -> None:
    if not event.title.strip():
        raise EventTitleMissing(field="title")
    if event.date is None:
        raise EventDateMissing(field="date")
    if event.start_time and event.end_time and event.end_time <= event.start_time:
        raise EndBeforeStart(field="end_time")
    if event.capacity is not None and event.capacity < 0:
        raise NegativeCapacity(field="capacity")


def validate_email(email: str) -> None:
    if email and (
        not _EMAIL.fullmatch(email)
        or len(email.encode("utf-8")) > MAX_EMAIL
        or len(email.rpartition("@")[0].encode("utf-8")) > MAX_LOCAL
    ):
        raise InvalidEmail(email=email, field="email")


def validate_person(person: Person) -> None:
    if not (person.given_name.strip() or person.family_name.strip()):
        raise PersonNameMissing(field="name")
    validate_email(person.email.strip())


def validate_programme_item(item: ProgrammeItem) -> None:
    if not item.title.strip():
        raise ItemTitleMissing(field="title")
    if item.duration_min < 0:
        raise NegativeDuration(field="duration_min")
    if item.tables is not None and item.tables < 0:
        raise NegativeTables(field="tables")


def validate_quote(quote: Quote) -> None:
    if not quote.text.strip():
        raise QuoteTextMissing(field="text")


def validate_reaction(reaction: Reaction) -> None:
    if not reaction.text.strip():
        raise ReactionTextMissing(field="text")
    if reaction.rating is not None and not 1 <= reaction.rating <= 5:
        raise RatingOutOfRange(field="rating")


def schedule(start: dt.time | None, durations: list[int]) -> list[dt.time | None]:
    """Start times that follow from the event start and each item's duration."""
    if start is None:
        return [None] * len(durations)
    moment = dt.datetime.combine(dt.date(2000, 1, 1), start)
    times: list[dt.time | None] = []
    for minutes in durations:
        times.append(moment.time())
        moment += dt.timedelta(minutes=minutes)
    return times
