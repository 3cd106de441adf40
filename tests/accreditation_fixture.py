"""A held demo event accredited by three registers, with attendees' numbers (shared by the tests)."""

from __future__ import annotations

from dataclasses import dataclass

from kcdesk.domain.accreditation import big_number_ok
from kcdesk.services import Services


def big(body: str) -> str:
    """A valid BIG number: the check digit in front of 9 and ``body`` (9 digits)."""
    return next(c + "9" + body for c in "0123456789" if big_number_ok(c + "9" + body))


@dataclass
class Accredited:
    services: Services
    event_id: int
    #: register -> {person_id: number} of attendees who consented
    reported: dict[str, dict[int, str]]
    #: an attendee whose SKJ number may not be used
    no_consent: int
    #: an attendee with no number at all
    without: int
    #: someone registered who did not come, with a Registerplein number
    absent: int


def accredit(services: Services, event_id: int) -> Accredited:
    acc = services.accreditation
    acc.set_accreditation(event_id, "Registerplein", "RP-2024-0815", 3, 2.5, "granted")
    acc.set_accreditation(event_id, "SKJ", "SKJ-77341", 2, 2.5, "granted")
    acc.set_accreditation(event_id, "BIG", "", 2, 2, "applied")
    regs = services.registrations.of_event(event_id)
    came = [r for r in regs if r["checked_in_at"]]
    absent = next(r for r in regs if not r["checked_in_at"])
    reported: dict[str, dict[int, str]] = {"Registerplein": {}, "SKJ": {}, "BIG": {}}
    for i, r in enumerate(came[:4]):
        acc.set_membership(r["person_id"], "Registerplein", f"#{120340 + i}"[1:])
        reported["Registerplein"][r["person_id"]] = f"{120340 + i}"
    for i, r in enumerate(came[4:7]):
        acc.set_membership(r["person_id"], "skj", f"1000{i}2345")
        reported["SKJ"][r["person_id"]] = f"1000{i}2345"
    for i, r in enumerate(came[7:9]):
        number = big(f"12345678{i}")
        acc.set_membership(r["person_id"], "BIG", number)
        reported["BIG"][r["person_id"]] = number
    no_consent = came[9]["person_id"]
    acc.set_membership(no_consent, "SKJ", "555000111", consent=False)
    acc.set_membership(absent["person_id"], "Registerplein", "999999")
    return Accredited(services, event_id, reported, no_consent, came[10]["person_id"], absent["person_id"])
