"""Refusals when content is entered field by field (``kcdesk event set``, ``note add`` ...).

Each has a stable ``code`` and its arguments as attributes (given by keyword); the message is English.
"""

from __future__ import annotations

from kcdesk.domain.errors import NotFoundError, ValidationError


class UnknownFieldError(ValidationError):
    """``event set`` got a field name it does not know."""

    code = "unknown-field"

    def __init__(self, *, name: str, known: tuple[str, ...]):
        super().__init__(f"Unknown field '{name}'; the fields are: {', '.join(known)}.", name)
        self.name = name
        self.known = known


class BadFieldValueError(ValidationError):
    """A value that does not fit its field: a date that is no date, a capacity that is no number."""

    code = "bad-field-value"

    def __init__(self, *, name: str, value: str, expected: str):
        super().__init__(f"{name}: '{value}' is not {expected}.", name)
        self.name = name
        self.value = value
        self.expected = expected


class AssignmentSyntaxError(ValidationError):
    """An argument of ``event set`` without ``=``."""

    code = "assignment-syntax"

    def __init__(self, *, text: str):
        super().__init__(f"'{text}' is not FIELD=VALUE.", None)
        self.text = text


class NoSuchPersonError(NotFoundError):
    code = "no-such-person"

    def __init__(self, *, ref: str):
        super().__init__(f"No person '{ref}' in the directory; 'kcdesk person add' adds one.")
        self.ref = ref


class AmbiguousPersonError(ValidationError):
    code = "ambiguous-person"

    def __init__(self, *, ref: str, count: int):
        super().__init__(f"'{ref}' names {count} people; give the id or the email address.", "person")
        self.ref = ref
        self.count = count


class NoSuchItemError(NotFoundError):
    code = "no-such-item"

    def __init__(self, *, ref: str, event: str):
        super().__init__(
            f"No programme item '{ref}' in {event}; give its number in the programme or its title."
        )
        self.ref = ref
        self.event = event


class UnknownSectorError(NotFoundError):
    code = "unknown-sector"

    def __init__(self, *, ref: str, known: tuple[str, ...]):
        super().__init__(f"No sector '{ref}'; the sectors are: {', '.join(known)}.")
        self.ref = ref
        self.known = known


class BadMomentError(ValidationError):
    """``--at`` that is neither HH:MM nor a date and time."""

    code = "bad-moment"

    def __init__(self, *, text: str):
        super().__init__(f"'{text}' is not a time (HH:MM on the event's day, or YYYY-MM-DDTHH:MM).", "at")
        self.text = text


class NamedWithoutConsentError(ValidationError):
    """A publication would name, in a note, someone who did not consent to be named."""

    code = "named-without-consent"

    def __init__(self, *, names: list[str]):
        super().__init__(
            f"The notes name {', '.join(names)}, who did not consent to be named; change the notes "
            "or their consent first (or export anyway with --allow-names).",
            "notes",
        )
        self.names = names


class PersonExistsError(ValidationError):
    """``person add`` for someone already in the directory (same email, else name and organisation)."""

    code = "person-exists"

    def __init__(self, *, name: str, person_id: int):
        super().__init__(f"{name} is already in the directory (id {person_id}).", "name")
        self.name = name
        self.person_id = person_id


class EmptyNoteError(ValidationError):
    code = "empty-note"

    def __init__(self) -> None:
        super().__init__("A note needs text or a heading.", "body")
