"""Waitlist offers: a freed seat is offered to the first person on the list, with a time to answer.

One seat goes to one person at a time: every open offer holds a seat, so no
more offers are open than there are free seats. When an offer lapses or is
declined, the next person on the list is offered the seat (the offer mail is
queued by ``MailService.queue(..., "waitlist-offer")``). The coordinator records
the answer: yes moves the person up to registered, no cancels their place.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kcdesk.domain.enums import RegistrationStatus
from kcdesk.domain.errors_mail import NoOpenOffer
from kcdesk.domain.mail import OfferStatus, WaitlistState, next_in_line, reply_by, seats_to_offer
from kcdesk.store import Store
from kcdesk.store.rows import now, ts

SEATED = ("registered", "attended", "walk-in")


class WaitlistService:
    def __init__(self, store: Store):
        self.store = store

    def offers(self, event_id: int, status: str | None = None) -> list[dict[str, Any]]:
        return self.store.mail.offers(event_id, status)

    def lapse(self, event_id: int, at: dt.datetime | None = None) -> list[int]:
        """Mark open offers past their reply-by time as lapsed; their ids."""
        moment = ts(at or now()) or ""
        with self.store.write():
            ids = self.store.mail.expired_offers(event_id, moment)
            for offer_id in ids:
                self.store.mail.set_offer(offer_id, OfferStatus.LAPSED.value, moment)
                self._drop_waitlisted(offer_id)
        return ids

    def _drop_waitlisted(self, offer_id: int) -> None:
        """Someone who let an offer lapse or said no leaves the waitlist (the next one is offered)."""
        for o in self.store.mail.offers_by_id([offer_id]):
            if o["registration_status"] == RegistrationStatus.WAITLISTED:
                reg = self.store.registrations.get(o["registration_id"])
                assert reg is not None
                reg.status = RegistrationStatus.CANCELLED
                self.store.registrations.update(reg)

    def offer_free_seats(self, event_id: int, hours: int = 48, at: dt.datetime | None = None) -> list[int]:
        """Lapse expired offers, then offer each free seat to the next person in line; new offers' registration ids."""
        moment = at or now()
        deadline = reply_by(moment, hours)
        self.lapse(event_id, moment)
        with self.store.write():
            event = self.store.events.get(event_id)
            assert event is not None
            counts = self.store.registrations.counts_by_status(event_id)
            open_offers = self.store.mail.offers(event_id, OfferStatus.OPEN.value)
            state = WaitlistState(event.capacity, sum(counts.get(s, 0) for s in SEATED), len(open_offers))
            ever = {o["registration_id"] for o in self.store.mail.offers(event_id)}
            chosen = next_in_line(self.store.mail.waitlist_order(event_id), ever, seats_to_offer(state))
            for reg_id in chosen:
                self.store.mail.insert_offer(event_id, reg_id, ts(moment) or "", ts(deadline) or "")
        if chosen:
            self.store.notify("registrations", event_id=event_id)
        return chosen

    def answer(self, event_id: int, code: str, accept: bool, at: dt.datetime | None = None) -> str:
        """Record the person's answer to their open offer; the registration's new status."""
        moment = ts(at or now()) or ""
        offer = next(
            (
                o
                for o in self.store.mail.offers(event_id, OfferStatus.OPEN.value)
                if o["code"] == code.strip().upper()
            ),
            None,
        )
        if offer is None:
            raise NoOpenOffer(reg_code=code.strip())
        with self.store.write():
            self.store.mail.set_offer(
                offer["id"], (OfferStatus.ACCEPTED if accept else OfferStatus.DECLINED).value, moment
            )
            reg = self.store.registrations.get(offer["registration_id"])
            assert reg is not None
            reg.status = RegistrationStatus.REGISTERED if accept else RegistrationStatus.CANCELLED
            self.store.registrations.update(reg)
        self.store.notify("registrations", event_id=event_id)
        return reg.status.value
