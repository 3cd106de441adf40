"""Typed rows: a registration joined with its person, and a person in the directory.

The store returns these (plain dicts, so templates and JSON take them as they
are); ``name`` is the display name, made once in the store from the name parts
(:func:`with_name`), so no screen or export puts it together again.
"""

from __future__ import annotations

from typing import Any, TypedDict, cast

from kcdesk.domain.names import display_name


class NamedRow(TypedDict):
    given_name: str
    particle: str
    family_name: str
    #: "Given particle Family", as people read it (domain/names.py display_name)
    name: str


class PersonDetails(NamedRow):
    """The person's columns a registration row and a directory row share."""

    email: str
    phone: str
    organisation: str
    job_title: str
    sector: str
    newsletter: int
    consent_photo: str
    consent_quote: str
    consent_name: str
    sort_key: str
    erased: int


class PersonRow(PersonDetails):
    """A person of the directory, with counts (``events``: registrations, ``attended``: checked in)."""

    id: int
    attended: int


class DirectoryRow(PersonRow):
    events: int


class RegistrationRow(PersonDetails):
    """A registration with its person's details."""

    id: int
    event_id: int
    person_id: int
    code: str
    status: str
    source: str
    registered_at: str | None
    checked_in_at: str | None
    station: str
    booker_id: int | None


def name_of(row: Any) -> str:
    """The display name of any row with the three name parts."""
    return display_name(row["given_name"], row["particle"], row["family_name"])


def with_name(row: dict[str, Any]) -> Any:
    """``row`` with its ``name`` (returned as Any, for the caller's row type)."""
    row["name"] = name_of(row)
    return cast(Any, row)
