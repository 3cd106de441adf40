"""The fixed vocabularies of kcdesk.

Values are stable strings stored in the database and in exported files;
labels shown to the user live in the UI and templates (translated there).
"""

from __future__ import annotations

from enum import StrEnum


class EventStatus(StrEnum):
    DRAFT = "draft"
    PLANNED = "planned"
    HELD = "held"
    REPORTED = "reported"


class ProgrammeKind(StrEnum):
    OPENING_ROUND = "opening-round"
    PRESENTATION = "presentation"
    TABLE_SESSION = "table-session"
    BREAK = "break"
    CLOSING = "closing"
    OTHER = "other"


class Part(StrEnum):
    """The part a person plays in a programme item."""

    SPEAKER = "speaker"
    FACILITATOR = "facilitator"
    HOST = "host"


class RegistrationStatus(StrEnum):
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    NO_SHOW = "no-show"
    WALK_IN = "walk-in"

    @property
    def is_expected(self) -> bool:
        """Counted as registered: everyone but the cancelled and the waiting list (see EXPECTED)."""
        return self in EXPECTED

    @property
    def is_seated(self) -> bool:
        """Holds a seat and gets a badge (see SEATED)."""
        return self in SEATED


#: The status rules, in one place; the store's SQL is made from them (store/status_sql.py: status_in).
#: Expected: counted as registered (the event list, charts, the door's "still to come").
EXPECTED = frozenset(
    {
        RegistrationStatus.REGISTERED,
        RegistrationStatus.ATTENDED,
        RegistrationStatus.WALK_IN,
        RegistrationStatus.NO_SHOW,
    }
)
#: Seated: takes a seat (capacity, tables) and gets a badge; no-shows do not.
SEATED = frozenset({RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED, RegistrationStatus.WALK_IN})


class RegistrationSource(StrEnum):
    IMPORT = "import"
    WALK_IN = "walk-in"
    MANUAL = "manual"


class Consent(StrEnum):
    """Consent to publish a quote."""

    YES = "yes"
    NO = "no"
    ASK = "ask"


class JournalAction(StrEnum):
    CHECKIN = "checkin"
    UNDO = "undo"
    WALKIN = "walkin"


#: The sectors every new database starts with; users may add more.
DEFAULT_SECTORS: dict[str, tuple[str, str]] = {
    "policy": ("Beleid", "Policy"),
    "education": ("Onderwijs", "Education"),
    "practice": ("Praktijk", "Practice"),
    "resident": ("Bewoner", "Resident"),
    "other": ("Anders", "Other"),
}
