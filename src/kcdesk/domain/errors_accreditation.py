"""Refusals about professional registers and accreditation points: each its own class, a stable
``code``, an English ``template`` whose ``{holes}`` are its arguments (kept as attributes).
The app's words are in words/errors.py."""

from __future__ import annotations

from kcdesk.domain.errors import NotFoundError, ValidationError


class RegisterNameMissing(ValidationError):
    code = "register-name-missing"
    template = "Name the register (for example Registerplein, SKJ or BIG)."


class RegisterNumberMissing(ValidationError):
    code = "register-number-missing"
    template = "Give the {register} number."


class InvalidRegisterNumber(ValidationError):
    """A number that breaks its register's format; ``register`` and ``number`` say which (the kind)."""

    code = "register-number-invalid"


class BigNumberNotDigits(InvalidRegisterNumber):
    code = "big-number-not-digits"
    template = "'{number}' is not a BIG number: it may hold only digits."


class BigNumberLength(InvalidRegisterNumber):
    code = "big-number-length"
    template = "'{number}' is not a BIG number: it has {digits} digits, not 11."


class BigNumberCheckDigit(InvalidRegisterNumber):
    code = "big-number-check-digit"
    template = "'{number}' is not a BIG number: its check digit does not match (a typing error?)."


class RegisterNumberLineBreak(InvalidRegisterNumber):
    code = "register-number-line-break"
    template = "The {register} number '{number}' holds a line break or tab."


class RegisterNumberTooLong(InvalidRegisterNumber):
    code = "register-number-too-long"
    template = "The {register} number '{number}' is longer than {limit} characters."


class ActivityIdInvalid(ValidationError):
    code = "activity-id-invalid"
    template = "An activity ID is one line of at most {limit} characters."


class ActivityIdMissing(ValidationError):
    code = "activity-id-missing"
    template = "A granted accreditation needs the register's activity ID."


class PointsOutOfRange(ValidationError):
    code = "points-out-of-range"
    template = "Points must be between 0 and {limit}, not {points}."


class HoursOutOfRange(ValidationError):
    code = "hours-out-of-range"
    template = "Net hours must be between 0 and {limit}, not {hours}."


class AccreditationStatusUnknown(ValidationError):
    code = "accreditation-status-unknown"
    template = "The status of an accreditation is applied or granted, not '{status}'."


class AccreditationMissing(NotFoundError):
    code = "accreditation-missing"
    template = "{event} has no accreditation for {register}."


class MembershipMissing(NotFoundError):
    code = "register-membership-missing"
    template = "{person} has no {register} number."


class AccreditationExportFormat(ValidationError):
    code = "accreditation-export-format"
    template = "An accreditation export is a .txt paste list, a .csv or a .pdf file, not .{extension}."


class AccreditationExportNoExtension(ValidationError):
    code = "accreditation-export-no-extension"
    template = "Give the file an extension: .txt for the paste list, .csv or .pdf for the attendance list."


class RegisterNumberSkipped(ValidationError):
    """A bad register number in an imported row: ``error`` is the refusal; the rest of the row was imported."""

    code = "register-number-skipped"
    template = "{problem} The rest of the row was imported."


class RegisterNumberWithoutRegister(ValidationError):
    code = "register-number-without-register"
    template = (
        "The register number '{number}' was not imported: no column says which register it is in "
        "(add a column Register, or name the column e.g. SKJ-nummer)."
    )
