"""Refusals about professional registers and accreditation points.

Each has a stable ``code`` and its values as attributes; the message is English
(the UI translates it through ui/errors.py).
"""

from __future__ import annotations

from kcdesk.domain.errors import NotFoundError, ValidationError


class RegisterNameMissingError(ValidationError):
    code = "register-name-missing"

    def __init__(self) -> None:
        super().__init__("Name the register (for example Registerplein, SKJ or BIG).", "register")


class RegisterNumberMissingError(ValidationError):
    code = "register-number-missing"

    def __init__(self, register: str):
        super().__init__(f"Give the {register} number.", "number")
        self.register = register


class InvalidRegisterNumberError(ValidationError):
    """A number that breaks the register's published format (BIG: 11 digits with the 11-proof)."""

    code = "register-number-invalid"

    def __init__(self, message: str, register: str, number: str, reason: str):
        super().__init__(message, "number")
        self.register = register
        self.number = number
        #: "digits", "length", "check", "line" or "long"
        self.reason = reason


class InvalidAccreditationError(ValidationError):
    """Points or hours out of range, or an activity ID that cannot be reported."""

    code = "accreditation-invalid"

    def __init__(self, message: str, field: str, value: object):
        super().__init__(message, field)
        self.value = value


class AccreditationMissingError(NotFoundError):
    code = "accreditation-missing"

    def __init__(self, event: str, register: str):
        super().__init__(f"{event} has no accreditation for {register}.")
        self.event = event
        self.register = register


class MembershipMissingError(NotFoundError):
    code = "register-membership-missing"

    def __init__(self, person: str, register: str):
        super().__init__(f"{person} has no {register} number.")
        self.person = person
        self.register = register


class AccreditationExportFormatError(ValidationError):
    code = "accreditation-export-format"

    def __init__(self, message: str, extension: str):
        super().__init__(message, "output")
        self.extension = extension

    @classmethod
    def of(cls, extension: str) -> AccreditationExportFormatError:
        if not extension:
            return AccreditationExportFormatError(
                "Give the file an extension: .txt for the paste list, .csv or .pdf for the attendance list.",
                "",
            )
        return AccreditationExportFormatError(
            f"An accreditation export is a .txt paste list, a .csv or a .pdf file, not .{extension}.",
            extension,
        )


class RegisterNumberSkippedError(ValidationError):
    """A register number in an imported row that was left out (the rest of the row was imported)."""

    code = "register-number-skipped"

    def __init__(self, message: str):
        super().__init__(message, "number")
