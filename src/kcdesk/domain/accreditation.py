"""Professional registers, their members' numbers and accredited activities.

Registered professionals (social workers in Registerplein, youth professionals
in SKJ, nurses in the V&V register, BIG, KABIZ ...) earn points for accredited
activities; after the event the organiser reports who attended to each register.

Numbers are checked where the register publishes a format: a BIG number is 11
digits whose first digit is a check digit over the other ten (the 11-proof; the
second digit is always 9). Other registers publish no format, so their numbers
are kept as typed, trimmed (only control characters and absurd lengths are
refused, as they could not be pasted into a register's portal).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from kcdesk.domain.errors_accreditation import (
    ActivityIdInvalid,
    ActivityIdMissing,
    BigNumberCheckDigit,
    BigNumberLength,
    BigNumberNotDigits,
    HoursOutOfRange,
    PointsOutOfRange,
    RegisterNameMissing,
    RegisterNumberLineBreak,
    RegisterNumberMissing,
    RegisterNumberTooLong,
)
from kcdesk.domain.names import words


class AccreditationStatus(StrEnum):
    APPLIED = "applied"
    GRANTED = "granted"


@dataclass(frozen=True)
class Register:
    """A professional register whose members earn accreditation points by attending."""

    name: str
    full_name: str
    #: folded names it is also known by ("registerplein", "bpsw" ...)
    aliases: tuple[str, ...] = ()


#: The registers kcdesk knows by name; any other name is kept as typed.
REGISTERS: tuple[Register, ...] = (
    Register("Registerplein", "Registerplein (sociaal werk)", ("registerplein", "bpsw", "pe online")),
    Register("SKJ", "Kwaliteitsregister Jeugd (SKJ)", ("skj", "kwaliteitsregister jeugd")),
    Register(
        "V&V",
        "Kwaliteitsregister V&V",
        ("v v", "v en v", "vv", "kwaliteitsregister v v", "kwaliteitsregister", "verpleegkundigen"),
    ),
    Register("BIG", "BIG-register", ("big", "big register", "big registratie")),
    Register("KABIZ", "KABIZ", ("kabiz",)),
)
KNOWN = {r.name: r for r in REGISTERS}
_ALIASES = {alias: r.name for r in REGISTERS for alias in (*r.aliases, " ".join(words(r.name)))}

MAX_NUMBER = 40
MAX_ACTIVITY = 60
MAX_POINTS = 100.0
MAX_HOURS = 24.0
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def register_name(text: str) -> str:
    """The register's name as kcdesk stores it: a known register by its short name
    ("skj", "Kwaliteitsregister Jeugd" -> "SKJ"), any other as typed with spaces tidied."""
    tidy = " ".join(text.split())
    if not tidy:
        raise RegisterNameMissing(field="register")
    return _ALIASES.get(" ".join(words(tidy)), tidy)


def big_number_ok(digits: str) -> bool:
    """The BIG register's 11-proof: the first digit checks the other ten (second digit 9)."""
    if len(digits) != 11 or not digits.isdigit() or digits[1] != "9":
        return False
    weights = (1, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=True))
    check = (11 - (total - int(digits[0])) % 11) % 11
    return int(digits[0]) == (1 if check == 10 else check)


def normalise_number(register: str, text: str) -> str:
    """The number as stored; a bad one raises an InvalidRegisterNumber (or RegisterNumberMissing)."""
    number = text.strip()
    if not number:
        raise RegisterNumberMissing(field="number", register=register)
    if register == "BIG":
        digits = re.sub(r"[\s.\-]", "", number)
        if not digits.isdigit():
            raise BigNumberNotDigits(field="number", register=register, number=number)
        if len(digits) != 11:
            raise BigNumberLength(field="number", register=register, number=number, digits=len(digits))
        if not big_number_ok(digits):
            raise BigNumberCheckDigit(field="number", register=register, number=number)
        return digits
    if _CONTROL.search(number):
        shown = " ".join(number.split())
        raise RegisterNumberLineBreak(field="number", register=register, number=shown)
    if len(number) > MAX_NUMBER:
        raise RegisterNumberTooLong(field="number", register=register, number=number, limit=MAX_NUMBER)
    return number


@dataclass
class RegisterMembership:
    """A person's registration in a professional register."""

    person_id: int
    register: str
    number: str
    #: the person agreed that the number is used to report their attendance
    consent: bool = True
    id: int | None = None


@dataclass
class Accreditation:
    """An event's accreditation by one register."""

    event_id: int
    register: str
    activity_id: str = ""
    points: float = 0.0
    hours: float = 0.0
    status: AccreditationStatus = AccreditationStatus.APPLIED
    id: int | None = None

    @property
    def granted(self) -> bool:
        return self.status == AccreditationStatus.GRANTED


def validate_accreditation(a: Accreditation) -> None:
    a.register = register_name(a.register)
    a.activity_id = a.activity_id.strip()
    if _CONTROL.search(a.activity_id) or len(a.activity_id) > MAX_ACTIVITY:
        raise ActivityIdInvalid(field="activity_id", limit=MAX_ACTIVITY)
    if a.status == AccreditationStatus.GRANTED and not a.activity_id:
        raise ActivityIdMissing(field="activity_id")
    if not 0 <= a.points <= MAX_POINTS:
        raise PointsOutOfRange(field="points", limit=f"{MAX_POINTS:g}", points=f"{a.points:g}")
    if not 0 <= a.hours <= MAX_HOURS:
        raise HoursOutOfRange(field="hours", limit=f"{MAX_HOURS:g}", hours=f"{a.hours:g}")
    a.status = AccreditationStatus(a.status)


def initials(given_name: str) -> str:
    """ "Anna Maria" -> "A.M." (paper attendance lists ask for initials)."""
    return "".join(f"{part[0].upper()}." for part in given_name.replace("-", " ").split() if part)
