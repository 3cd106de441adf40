"""Refusals when content is entered field by field (``kcdesk event set``, ``note add`` ...).

Each has a stable ``code`` and an English ``template``; its arguments are given by keyword
and kept as attributes (see :mod:`kcdesk.domain.errors`).
"""

from __future__ import annotations

from kcdesk.domain.errors import NotFoundError, ValidationError


class UnknownField(ValidationError):
    """``event set`` got a field name it does not know; ``known`` lists the fields."""

    code = "unknown-field"
    template = "Unknown field '{name}'; the fields are: {known}."


class BadFieldValue(ValidationError):
    """A value that does not fit its field: a date that is no date, a capacity that is no number."""

    code = "bad-field-value"
    template = "{name}: '{value}' is not {expected}."


class NotAnAssignment(ValidationError):
    """An argument of ``event set`` without ``=``."""

    code = "not-an-assignment"
    template = "'{text}' is not FIELD=VALUE."


class NoSuchPerson(NotFoundError):
    code = "no-such-person"
    template = "No person '{ref}' in the directory; 'kcdesk person add' adds one."


class AmbiguousPerson(ValidationError):
    code = "ambiguous-person"
    template = "'{ref}' names {count} people; give the id or the email address."


class NoSuchItem(NotFoundError):
    code = "no-such-item"
    template = "No programme item '{ref}' in {event}; give its number in the programme or its title."


class NoSuchSector(NotFoundError):
    code = "no-such-sector"
    template = "No sector '{ref}'; the sectors are: {known}."


class SectorLabelMissing(ValidationError):
    code = "sector-label-missing"
    template = "A sector needs a label in Dutch and in English."


class BadMoment(ValidationError):
    """``--at`` that is neither HH:MM nor a date and time."""

    code = "bad-moment"
    template = "'{text}' is not a time (HH:MM on the event's day, or YYYY-MM-DDTHH:MM)."


class NamedWithoutConsent(ValidationError):
    """A publication would name, in a note, someone who did not consent to be named."""

    code = "named-without-consent"
    template = (
        "The notes name {names}, who did not consent to be named; change the notes or their consent "
        "first (or export anyway with --allow-names)."
    )


class PersonExists(ValidationError):
    """``person add`` for someone already in the directory (same email, else name and organisation)."""

    code = "person-exists"
    template = "{name} is already in the directory (id {person_id})."


class EmptyNote(ValidationError):
    code = "empty-note"
    template = "A note needs text or a heading."
