"""At the door: check-in, undo, walk-ins and counts (search: door_search.py; journals: station_journal.py).

Check-in state is derived from the append-only journal: a registration is
checked in when it has a check-in (or walk-in) entry that no undo entry
undoes; the earliest such entry gives the time and station. Merging another
station's journal adds the entries it does not have yet (by uid) and derives
the state again, so merging twice or in any order gives the same result.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from kcdesk.domain.accreditation import RegisterMembership, normalise_number, register_name
from kcdesk.domain.codes import normalise_code
from kcdesk.domain.enums import JournalAction, RegistrationSource, RegistrationStatus
from kcdesk.domain.errors import (
    CodeNotFound,
    CodeOfAnotherEvent,
    EventNotFound,
    RegistrationCancelled,
    ValidationError,
    WalkinNameMissing,
)
from kcdesk.domain.models import JournalEntry, Person, Registration
from kcdesk.domain.names import (
    normalised_key,
    split_name,
    words,
)
from kcdesk.domain.rows import RegistrationRow
from kcdesk.services.door_search import DoorSearch
from kcdesk.store import Store
from kcdesk.store.rows import now, ts


@dataclass
class CheckinResult:
    """What the door shows after a check-in attempt."""

    registration_id: int
    code: str
    name: str
    organisation: str
    sector: str
    checked_in_at: dt.datetime
    station: str
    already: bool = False  # checked in before: at/station say when and where
    companions: list[RegistrationRow] = field(default_factory=list)
    journal_uid: str | None = None

    @classmethod
    def from_row(
        cls,
        row: RegistrationRow,
        already: bool,
        companions: list[RegistrationRow] | None = None,
        journal_uid: str | None = None,
    ) -> CheckinResult:
        """The result for a checked-in registration row."""
        return cls(
            registration_id=row["id"],
            code=row["code"],
            name=row["name"],
            organisation=row["organisation"],
            sector=row["sector"],
            checked_in_at=dt.datetime.fromisoformat(row["checked_in_at"] or ""),
            station=row["station"],
            already=already,
            companions=list(companions or []),
            journal_uid=journal_uid,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "organisation": self.organisation,
            "sector": self.sector,
            "already": self.already,
            "checked_in_at": ts(self.checked_in_at),
            "station": self.station,
            "companions": [c["code"] for c in self.companions],
        }


def _new_uid() -> str:
    import uuid  # not at start: uuid imports platform (kcdesk events stays quick)

    return uuid.uuid4().hex


def default_station() -> str:
    import socket

    return socket.gethostname() or "station"


class CheckinService:
    def __init__(self, store: Store, station: str | None = None):
        self.store = store
        self.station = station or store.setting("station") or default_station()
        self.finder = DoorSearch(store)

    # -- search ---------------------------------------------------------------
    def search(self, event_id: int, query: str, limit: int = 20, fuzzy: bool = True) -> list[dict[str, Any]]:
        """Registrations matching what was typed or scanned (see :mod:`kcdesk.services.door_search`)."""
        return self.finder.search(event_id, query, limit, fuzzy)

    def prepare(self, event_id: int) -> None:
        """Load what the door search keeps in memory, before the first person arrives."""
        self.finder.prepare(event_id)

    # -- check-in and undo ----------------------------------------------------------
    def _registration(self, event_id: int, code: str) -> Registration:
        regs = self.store.registrations
        reg = regs.by_code(normalise_code(code), event_id) or regs.by_code(code.strip(), event_id)
        if reg is None:
            other = regs.by_code(normalise_code(code)) or regs.by_code(code.strip())
            if other is not None:
                elsewhere = self.store.events.get(other.event_id)
                title = elsewhere.title if elsewhere else "?"
                raise CodeOfAnotherEvent(reg_code=code.strip(), event_title=title)
            raise CodeNotFound(reg_code=code.strip())
        return reg

    def _result(self, reg: Registration, already: bool, uid: str | None = None) -> CheckinResult:
        row = self.store.registrations.joined(reg.id)  # type: ignore[arg-type]
        assert row is not None
        companions = self.store.registrations.companions(reg.id)  # type: ignore[arg-type]
        return CheckinResult.from_row(row, already, companions, uid)

    def check_in(
        self, event_id: int, code: str, station: str | None = None, at: dt.datetime | None = None
    ) -> CheckinResult:
        """Check in by registration code. A repeat says when and where, and counts once."""
        reg = self._registration(event_id, code)
        if reg.status == RegistrationStatus.CANCELLED and reg.source != RegistrationSource.WALK_IN:
            raise RegistrationCancelled(reg_code=reg.code)
        if reg.checked_in_at is not None:
            return self._result(reg, already=True)
        entry = JournalEntry(
            uid=_new_uid(),
            event_id=event_id,
            code=reg.code,
            action=JournalAction.CHECKIN,
            station=station or self.station,
            at=at or now(),
        )
        with self.store.write():
            self.store.journal.append(entry)
            self.derive(event_id, reg.code)
        self.store.notify("checkins", event_id=event_id, code=reg.code)
        reg = self.store.registrations.get(reg.id)  # type: ignore[arg-type,assignment]
        return self._result(reg, already=False, uid=entry.uid)

    def check_in_group(self, event_id: int, code: str, station: str | None = None) -> list[CheckinResult]:
        """Check in a booker and every companion they brought, in one transaction."""
        booker = self._registration(event_id, code)
        codes = [booker.code] + [c["code"] for c in self.store.registrations.companions(booker.id)]  # type: ignore[arg-type]
        with self.store.write():
            results = [self.check_in(event_id, c, station) for c in codes]
        self.store.notify("checkins", event_id=event_id)
        return results

    def undo(self, event_id: int, code: str, station: str | None = None) -> bool:
        """Undo the active check-in of a code; False if it was not checked in."""
        reg = self._registration(event_id, code)
        undone = self.store.journal.undone_uids(event_id)
        active = [
            e
            for e in self.store.journal.for_code(event_id, reg.code)
            if e.action in (JournalAction.CHECKIN, JournalAction.WALKIN) and e.uid not in undone
        ]
        if not active:
            return False
        with self.store.write():
            for e in active:
                self.store.journal.append(
                    JournalEntry(
                        uid=_new_uid(),
                        event_id=event_id,
                        code=reg.code,
                        action=JournalAction.UNDO,
                        station=station or self.station,
                        at=now(),
                        undoes=e.uid,
                    )
                )
            self.derive(event_id, reg.code)
        self.store.notify("checkins", event_id=event_id, code=reg.code)
        return True

    def recent(self, event_id: int, limit: int = 10) -> list[dict[str, Any]]:
        """The last check-ins still standing, newest first, with names (for the undo list)."""
        undone = self.store.journal.undone_uids(event_id)
        out = []
        for e in self.store.journal.recent(event_id, limit * 3):
            if e.action == JournalAction.UNDO or e.uid in undone:
                continue
            reg = self.store.registrations.by_code(e.code, event_id)
            if reg is None:
                continue
            row = self.store.registrations.joined(reg.id)  # type: ignore[arg-type]
            out.append(
                {
                    "uid": e.uid,
                    "code": e.code,
                    "at": e.at,
                    "station": e.station,
                    "name": row["name"],  # type: ignore[index]
                    "organisation": row["organisation"],  # type: ignore[index]
                }
            )
            if len(out) >= limit:
                break
        return out

    # -- walk-ins -------------------------------------------------------------
    def walk_in(
        self,
        event_id: int,
        name: str,
        *,
        organisation: str = "",
        email: str = "",
        sector: str = "",
        newsletter: bool = False,
        consent_photo: bool = False,
        consent_quote: bool = False,
        consent_name: bool = False,
        register: str = "",
        register_number: str = "",
        station: str | None = None,
        at: dt.datetime | None = None,
    ) -> CheckinResult:
        """Create (or find) the person, a walk-in registration and the check-in, at once.

        ``register_number`` (in ``register``) is the number they gave for accreditation points:
        checked first, recorded with their consent to report it, and carried in the journal.
        """
        from kcdesk.services.people import PeopleService
        from kcdesk.services.registrations import RegistrationService

        if self.store.events.get(event_id) is None:
            raise EventNotFound(event_id=event_id)
        given, particle, family = split_name(name.strip())
        if not given:
            raise WalkinNameMissing(field="name")
        people = PeopleService(self.store)
        regs = RegistrationService(self.store)
        sector_code = people.sector_code(sector) if sector else ""
        person = Person(
            given_name=given,
            particle=particle,
            family_name=family,
            organisation=organisation.strip(),
            email=email.strip(),
            sector=sector_code,
            newsletter=newsletter,
            consent_photo=consent_photo,
            consent_quote=consent_quote,
            consent_name=consent_name,
        )
        from kcdesk.domain.rules import validate_person

        validate_person(person)
        number = None
        if register_number.strip():
            from kcdesk.services.accreditation import AccreditationService

            number = AccreditationService(self.store).check_number(register, register_number)
        existing = people.find_match(person)
        known = self.store.registrations.for_person(event_id, existing.id) if existing else None  # type: ignore[arg-type]
        if known is None:
            known = self._registered_as(event_id, person)
        if known is not None:
            # registered after all (not found at the door): check that registration in, counted once;
            # someone who had cancelled but came anyway is registered again first
            if known.status == RegistrationStatus.CANCELLED and known.source != RegistrationSource.WALK_IN:
                known.status = RegistrationStatus.REGISTERED
                with self.store.write():
                    self.store.registrations.update(known)
            if number is not None:
                with self.store.write():
                    self.store.accreditation.save_membership(RegisterMembership(known.person_id, *number))
            return self.check_in(event_id, known.code, station, at=at)
        code = regs.unique_code()
        payload = {
            "given_name": given,
            "particle": particle,
            "family_name": family,
            "organisation": person.organisation,
            "email": person.email,
            "sector": sector_code,
            "newsletter": newsletter,
            "consent_photo": consent_photo,
            "consent_quote": consent_quote,
            "consent_name": consent_name,
        }
        if number is not None:
            payload["register"], payload["register_number"] = number
        entry = JournalEntry(
            uid=_new_uid(),
            event_id=event_id,
            code=code,
            action=JournalAction.WALKIN,
            station=station or self.station,
            at=at or now(),
            payload=payload,
        )
        with self.store.write():
            reg = self.apply_walkin(entry)
            self.store.journal.append(entry)
            self.derive(event_id, reg.code)
        self.store.notify("people")
        self.store.notify("checkins", event_id=event_id, code=reg.code)
        reg = self.store.registrations.get(reg.id)  # type: ignore[arg-type,assignment]
        return self._result(reg, already=False, uid=entry.uid)

    def _registered_as(self, event_id: int, person: Person) -> Registration | None:
        """This event's one registration with the walk-in's name, unless organisation or email differ.

        Staff at the door type a name without the organisation: someone registered
        under that name is checked in on their registration, not counted twice.
        """
        name = normalised_key(person.given_name, person.particle, person.family_name, "")
        if name == "|":  # no letters in the name: it cannot identify a registration
            return None
        org = "".join(words(person.organisation))
        email = person.email.strip().lower()
        found = [
            r
            for r in self.store.registrations.of_event(event_id)
            if normalised_key(r["given_name"], r["particle"], r["family_name"], "") == name
            and not r["erased"]
            and (not org or not r["organisation"] or "".join(words(r["organisation"])) == org)
            and (not email or not r["email"] or r["email"].strip().lower() == email)
        ]
        return self.store.registrations.get(found[0]["id"]) if len(found) == 1 else None

    def apply_walkin(self, entry: JournalEntry) -> Registration:
        """Make the person and registration a walk-in entry describes (inside a transaction)."""
        from kcdesk.services.people import PeopleService

        p = entry.payload or {}
        person = Person(
            **{
                k: p.get(k, "")
                for k in ("given_name", "particle", "family_name", "organisation", "email", "sector")
            }
        )
        for k in ("newsletter", "consent_photo", "consent_quote", "consent_name"):
            setattr(person, k, bool(p.get(k)))
        existing = PeopleService(self.store).find_match(person)
        if existing is None:
            if person.sector and person.sector not in {s.code for s in self.store.people.sectors()}:
                person.sector = "other"
            self.store.people.insert(person)
        else:
            person = existing
        self._walkin_number(person.id, p)  # type: ignore[arg-type]
        reg = self.store.registrations.for_person(entry.event_id, person.id)  # type: ignore[arg-type]
        if reg is None:
            reg = Registration(
                event_id=entry.event_id,
                person_id=person.id,  # type: ignore[arg-type]
                code=entry.code,
                status=RegistrationStatus.WALK_IN,
                source=RegistrationSource.WALK_IN,
                registered_at=entry.at,
            )
            self.store.registrations.insert(reg)
        return reg

    def _walkin_number(self, person_id: int, payload: dict) -> None:
        """Record the register number a walk-in gave (one that fails its check, from a damaged
        journal, is left out: the walk-in still counts)."""
        register, number = payload.get("register"), payload.get("register_number")
        if not (isinstance(register, str) and isinstance(number, str) and number.strip()):
            return
        try:
            name = register_name(register)
            clean = normalise_number(name, number)
        except ValidationError:
            return
        self.store.accreditation.save_membership(RegisterMembership(person_id, name, clean))

    # -- derived state --------------------------------------------------------
    def derive(self, event_id: int, code: str) -> None:
        """Set a registration's check-in state from its journal entries."""
        reg = self.store.registrations.by_code(code, event_id)
        if reg is None:
            return
        entries = self.store.journal.for_code(event_id, code)
        undone = {e.undoes for e in entries if e.action == JournalAction.UNDO}
        active = sorted(
            (
                e
                for e in entries
                if e.action in (JournalAction.CHECKIN, JournalAction.WALKIN) and e.uid not in undone
            ),
            key=lambda e: (e.at, e.uid),
        )
        if active:
            first = active[0]
            status = (
                RegistrationStatus.WALK_IN
                if reg.source == RegistrationSource.WALK_IN
                else RegistrationStatus.ATTENDED
            )
            self.store.registrations.set_checkin(reg.id, str(status), ts(first.at), first.station)  # type: ignore[arg-type]
        else:
            status = reg.status
            if reg.source == RegistrationSource.WALK_IN:
                # an undone walk-in never registered: not expected, not counted (checking in again revives it)
                status = RegistrationStatus.CANCELLED
            elif status in (RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW):
                status = RegistrationStatus.REGISTERED
            self.store.registrations.set_checkin(reg.id, str(status), None, "")  # type: ignore[arg-type]

    # -- counts ---------------------------------------------------------------
    def counts(self, event_id: int) -> dict[str, Any]:
        from kcdesk.services.registrations import RegistrationService

        return RegistrationService(self.store).counts(event_id)

    def no_shows(self, event_id: int) -> list[RegistrationRow]:
        return self.store.registrations.not_arrived(event_id)

    def mark_no_shows(self, event_id: int) -> int:
        """At the end of the day: everyone registered who did not come becomes a no-show."""
        rows = self.no_shows(event_id)
        with self.store.write():
            for r in rows:
                self.store.registrations.set_checkin(r["id"], str(RegistrationStatus.NO_SHOW), None, "")
        self.store.notify("registrations", event_id=event_id)
        return len(rows)
