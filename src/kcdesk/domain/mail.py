"""Mail to participants: kinds, outbox statuses, safe headers and waitlist offers.

No Qt, no SQL. The outbox lives in the store (``store/mail.py``); rendering
and sending are in ``services/mail.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from kcdesk.domain.errors import InvalidEmail
from kcdesk.domain.errors_mail import OfferTimeOutOfRange


class MailKind(StrEnum):
    CONFIRMATION = "confirmation"
    WAITLIST = "waitlist"
    WAITLIST_OFFER = "waitlist-offer"
    REMINDER = "reminder"
    CHANGE = "change"
    THANKS = "thanks"
    MISSED = "missed"
    INVITATION = "invitation"


class OutboxStatus(StrEnum):
    """queued → sending → sent | failed; ``saved``: written as an .eml file instead."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"
    SAVED = "saved"


class Security(StrEnum):
    NONE = "none"
    STARTTLS = "starttls"
    SSL = "ssl"


class Audience(StrEnum):
    """The groups of recipients a coordinator picks from (besides a hand-picked list of codes)."""

    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    ATTENDED = "attended"
    NO_SHOW = "no-show"


class OfferStatus(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    LAPSED = "lapsed"


#: The group each kind goes to when no recipients are given.
DEFAULT_AUDIENCE: dict[MailKind, Audience | None] = {
    MailKind.CONFIRMATION: Audience.REGISTERED,
    MailKind.WAITLIST: Audience.WAITLISTED,
    MailKind.WAITLIST_OFFER: None,  # made by the waitlist offers
    MailKind.REMINDER: Audience.REGISTERED,
    MailKind.CHANGE: Audience.REGISTERED,
    MailKind.THANKS: Audience.ATTENDED,
    MailKind.MISSED: Audience.NO_SHOW,
    MailKind.INVITATION: None,  # past participants who opted in to the newsletter
}

#: Attachments each kind carries, by reference (made again when the mail is sent).
ATTACHMENTS: dict[MailKind, tuple[str, ...]] = {
    MailKind.CONFIRMATION: ("qr", "ics"),
    MailKind.WAITLIST_OFFER: (),
    MailKind.REMINDER: ("qr", "ics"),
    MailKind.CHANGE: ("qr", "ics"),
    MailKind.THANKS: ("certificate",),
}

#: Statuses still waiting to go out (the "N mails waiting" of the status bar).
WAITING = (OutboxStatus.QUEUED,)

# A conservative address: local part of the usual characters, a dotted domain.
_ADDRESS = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")


def valid_address(address: str) -> bool:
    """True for a plain address (``name@example.org``); nothing that could add a header or recipient."""
    return bool(address) and len(address) <= 254 and _ADDRESS.match(address) is not None


def check_address(address: str, field: str = "address") -> str:
    """``address`` stripped, or :class:`InvalidEmail` naming ``field``."""
    address = (address or "").strip()
    if not valid_address(address):
        raise InvalidEmail(field=field, email=address)
    return address


def header_text(text: str, limit: int = 300) -> str:
    """A name or subject made safe for one header line: line breaks and control characters
    become one space (``"Ann\\r\\nBcc: x"`` stays visible text, never a new header)."""
    clean = _CONTROL.sub(" ", text or "").strip()
    return clean[:limit]


def backoff(attempts: int, base_s: int = 60, cap_s: int = 3600) -> dt.timedelta:
    """Wait before the next try after ``attempts`` temporary (4xx) failures: 1, 2, 4 ... minutes, at most an hour."""
    return dt.timedelta(seconds=min(cap_s, base_s * 2 ** max(0, attempts - 1)))


#: After this many temporary failures a mail is marked failed.
MAX_ATTEMPTS = 6


def reply_class(code: int) -> str:
    """'temporary' for 4xx server replies, 'permanent' for 5xx, 'ok' otherwise."""
    if 400 <= code < 500:
        return "temporary"
    if code >= 500:
        return "permanent"
    return "ok"


@dataclass(frozen=True)
class WaitlistState:
    """What the offers need to know about one event."""

    capacity: int | None
    seated: int  # registrations that take a seat
    open_offers: int  # offers waiting for an answer (each holds a seat)


def seats_to_offer(state: WaitlistState) -> int:
    """Free seats not yet held by an open offer: each seat is offered to one person at a time."""
    if state.capacity is None:
        return 0
    return max(0, state.capacity - state.seated - state.open_offers)


def next_in_line(waitlist: list[int], ever_offered: set[int], count: int) -> list[int]:
    """The first ``count`` registrations of the waitlist (in order) never offered a seat before.

    Someone whose offer lapsed or who declined is not offered again: the next one is.
    """
    out: list[int] = []
    for reg_id in waitlist:
        if len(out) >= count:
            break
        if reg_id not in ever_offered:
            out.append(reg_id)
    return out


def reply_by(offered_at: dt.datetime, hours: int) -> dt.datetime:
    if not 1 <= hours <= 24 * 14:
        raise OfferTimeOutOfRange(field="hours")
    return offered_at + dt.timedelta(hours=hours)
