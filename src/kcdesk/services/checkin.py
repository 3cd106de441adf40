"""At the door: search, check-in, undo, walk-ins, counts, and station journals.

Check-in state is derived from the append-only journal: a registration is
checked in when it has a check-in (or walk-in) entry that no undo entry
undoes; the earliest such entry gives the time and station. Merging another
station's journal adds the entries it does not have yet (by uid) and derives
the state again, so merging twice or in any order gives the same result.
"""

from __future__ import annotations

import datetime as dt
import json
import socket
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kcdesk.domain.codes import looks_like_code, normalise_code
from kcdesk.domain.enums import JournalAction, RegistrationSource, RegistrationStatus
from kcdesk.domain.errors import KcdeskError, NotFoundError, ValidationError
from kcdesk.domain.models import JournalEntry, Person, Registration
from kcdesk.domain.names import (
    PARTICLE_WORDS,
    display_name,
    normalised_key,
    query_words,
    search_text,
    split_name,
    words,
)
from kcdesk.store import Store
from kcdesk.store.rows import now, ts

JOURNAL_FORMAT = "kcdesk-journal"
JOURNAL_VERSION = 1
#: Events with more registrations than this are searched with the FTS index, not in memory.
IN_MEMORY_LIMIT = 50_000


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
    companions: list[dict[str, Any]] = field(default_factory=list)
    journal_uid: str | None = None

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


@dataclass
class MergeReport:
    added: int = 0
    known: int = 0
    files: int = 0
    created_walkins: int = 0


@dataclass
class _EventNames:
    """An event's registrations' searchable text in memory, for the door search."""

    size: int
    ids: list[int]
    texts: list[str]  # " zoe bakker gemeente zwijndrecht zoe bakker " (folded, space-delimited)
    name_texts: list[str]  # " zoe bakker ", " nicole van dijk vandijk "
    cancelled: list[bool]
    choices: dict[int, str]
    last: tuple[list[str], list[int]] = ([], [])  # the previous query's word starts and hits


def _door_row(r: dict[str, Any]) -> dict[str, Any]:
    """A joined registration row in the shape the door search returns."""
    return {
        "registration_id": r["id"],
        "code": r["code"],
        "status": r["status"],
        "checked_in_at": r["checked_in_at"],
        "station": r["station"],
        "booker_id": r["booker_id"],
        "person_id": r["person_id"],
        "given_name": r["given_name"],
        "particle": r["particle"],
        "family_name": r["family_name"],
        "organisation": r["organisation"],
        "sector": r["sector"],
        "email": r["email"],
    }


def default_station() -> str:
    return socket.gethostname() or "station"


class CheckinService:
    def __init__(self, store: Store, station: str | None = None):
        self.store = store
        self.station = station or store.setting("station") or default_station()
        self._name_cache: dict[int, _EventNames] = {}
        self._subscribed = False

    # -- search ---------------------------------------------------------------
    def search(self, event_id: int, query: str, limit: int = 20, fuzzy: bool = True) -> list[dict[str, Any]]:
        """Registrations matching what was typed or scanned; an exact code first.

        The event's names are matched in memory: every query word must start a
        word of the name, particle-joined name ("vandijk"), organisation or
        email; accents and case do not matter. That is linear in the event's
        registrations (a few thousand at most), where the directory-wide FTS
        index would first find every matching person of a 100k directory.
        Very large events still use the index. A typo-tolerant fallback runs
        when nothing matches (never for code-like text with digits).
        """
        query = query.strip()
        if not query:
            return []
        names = self._names(event_id)
        code = normalise_code(query) if looks_like_code(query) or len(query) >= 4 else None
        if len(names.ids) > IN_MEMORY_LIMIT:
            rows = self.store.search.door(event_id, query, code=code, limit=limit)
        else:
            first = self.store.registrations.by_code(code, event_id) if code else None
            ids: list[int] = [first.id] if first is not None and first.id is not None else []
            ids += [i for i in self._matches(names, query) if i not in ids]
            rows = self._rows(event_id, ids[:limit])
        guessed = False
        if not rows and fuzzy and len(query) >= 3 and not any(c.isdigit() for c in query):
            rows = self._fuzzy(event_id, query, limit)
            guessed = True
        for r in rows:
            r["name"] = display_name(r["given_name"], r["particle"], r["family_name"])
            r["fuzzy"] = guessed  # a typo-tolerant guess, not a match: the door never checks it in unasked
        return rows

    @staticmethod
    def _matches(names: _EventNames, query: str) -> list[int]:
        """Registration ids whose words start with every query word; whole-word hits first."""
        qs = query_words(query)
        if not qs:
            return []
        starts = [" " + q for q in qs]
        whole = [" " + q + " " for q in qs]
        # typing on narrows the last answer: every earlier word grew into one of these
        last_starts, last_hits = names.last
        narrower = last_starts and all(any(n.startswith(o) for n in starts) for o in last_starts)
        pool = last_hits if narrower else range(len(names.texts))
        hits = [i for i in pool if all(w in names.texts[i] for w in starts)]
        names.last = (starts, hits)
        # Rank: cancelled last; found by the name before the organisation; whole words
        # before prefixes; particles typed ("van d": not required) matching; else (the
        # sort is stable) the store's name order. Tuples are built in one comprehension:
        # a key function per hit costs more than the search itself.
        particles = [" " + w + " " for w in words(query) if w in PARTICLE_WORDS and w not in qs]
        texts, name_texts, cancelled = names.texts, names.name_texts, names.cancelled
        if len(starts) == 1 and not particles:
            w, wh = starts[0], whole[0]
            keyed: list[tuple[int, ...]] = [
                (cancelled[i], w not in name_texts[i], wh not in texts[i], k, i) for k, i in enumerate(hits)
            ]
        else:
            keyed = [
                (
                    cancelled[i],
                    not all(w in name_texts[i] for w in starts),
                    -sum(w in texts[i] for w in whole),
                    -sum(w in name_texts[i] for w in particles),
                    k,
                    i,
                )
                for k, i in enumerate(hits)
            ]
        keyed.sort()
        return [names.ids[key[-1]] for key in keyed]

    def prepare(self, event_id: int) -> None:
        """Load what the door search keeps in memory, before the first person arrives."""
        self._names(event_id)

    def _names(self, event_id: int) -> _EventNames:
        """The event's registrations' names, kept until people or registrations change."""
        size = sum(self.store.registrations.counts_by_status(event_id).values())
        cached = self._name_cache.get(event_id)
        if cached is not None and cached.size == size:
            return cached
        if not self._subscribed:
            self.store.subscribe(self._forget_names)
            self._subscribed = True
        regs = self.store.registrations.of_event(event_id)
        names = _EventNames(
            size=size,
            ids=[r["id"] for r in regs],
            texts=[
                " "
                + search_text(r["given_name"], r["particle"], r["family_name"], r["organisation"], r["email"])
                + " "
                for r in regs
            ],
            name_texts=[
                " " + search_text(r["given_name"], r["particle"], r["family_name"]) + " " for r in regs
            ],
            cancelled=[r["status"] == "cancelled" for r in regs],
            choices={
                i: f"{display_name(r['given_name'], r['particle'], r['family_name'])} {r['organisation']}"
                for i, r in enumerate(regs)
            },
        )
        self._name_cache[event_id] = names
        return names

    def _forget_names(self, topic: str, info: dict) -> None:
        if topic in ("people", "registrations", "events"):
            self._name_cache.clear()

    def _rows(self, event_id: int, ids: list[int]) -> list[dict[str, Any]]:
        """Door rows for registration ids, fresh from the store, in the order given."""
        if not ids:
            return []
        found = {r["id"]: r for r in self.store.registrations.of_event_with_ids(event_id, ids)}
        return [_door_row(found[i]) for i in ids if i in found]

    def _fuzzy(self, event_id: int, query: str, limit: int) -> list[dict[str, Any]]:
        """Typo-tolerant fallback ("Hofz" finds "Hofs") when the index finds nothing."""
        from rapidfuzz import fuzz, process, utils

        names = self._names(event_id)
        found = process.extract(
            query,
            names.choices,
            scorer=fuzz.WRatio,
            processor=utils.default_process,
            limit=limit,
            score_cutoff=75,
        )
        return self._rows(event_id, [names.ids[i] for _, _, i in found])

    # -- check-in and undo ----------------------------------------------------------
    def _registration(self, event_id: int, code: str) -> Registration:
        regs = self.store.registrations
        reg = regs.by_code(normalise_code(code), event_id) or regs.by_code(code.strip(), event_id)
        if reg is None:
            other = regs.by_code(normalise_code(code)) or regs.by_code(code.strip())
            if other is not None:
                elsewhere = self.store.events.get(other.event_id)
                title = elsewhere.title if elsewhere else "?"
                raise NotFoundError(f"Code {code.strip()} belongs to another event: {title}.")
            raise NotFoundError(f"No registration with code '{code.strip()}' for this event.")
        return reg

    def _result(self, reg: Registration, already: bool, uid: str | None = None) -> CheckinResult:
        row = self.store.registrations.joined(reg.id)  # type: ignore[arg-type]
        assert row is not None
        return CheckinResult(
            registration_id=reg.id,  # type: ignore[arg-type]
            code=reg.code,
            name=display_name(row["given_name"], row["particle"], row["family_name"]),
            organisation=row["organisation"],
            sector=row["sector"],
            checked_in_at=dt.datetime.fromisoformat(row["checked_in_at"]),
            station=row["station"],
            already=already,
            companions=self.store.registrations.companions(reg.id),  # type: ignore[arg-type]
            journal_uid=uid,
        )

    def check_in(
        self, event_id: int, code: str, station: str | None = None, at: dt.datetime | None = None
    ) -> CheckinResult:
        """Check in by registration code. A repeat says when and where, and counts once."""
        reg = self._registration(event_id, code)
        if reg.status == RegistrationStatus.CANCELLED and reg.source != RegistrationSource.WALK_IN:
            raise ValidationError(f"The registration {reg.code} was cancelled.")
        if reg.checked_in_at is not None:
            return self._result(reg, already=True)
        entry = JournalEntry(
            uid=uuid.uuid4().hex,
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
                        uid=uuid.uuid4().hex,
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
                    "name": display_name(row["given_name"], row["particle"], row["family_name"]),  # type: ignore[index]
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
        station: str | None = None,
        at: dt.datetime | None = None,
    ) -> CheckinResult:
        """Create (or find) the person, a walk-in registration and the check-in, at once."""
        from kcdesk.services.people import PeopleService
        from kcdesk.services.registrations import RegistrationService

        if self.store.events.get(event_id) is None:
            raise NotFoundError(f"No event with id {event_id}.")
        given, particle, family = split_name(name.strip())
        if not given:
            raise ValidationError("A walk-in needs a name.", "name")
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
            return self.check_in(event_id, known.code, station)
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
        entry = JournalEntry(
            uid=uuid.uuid4().hex,
            event_id=event_id,
            code=code,
            action=JournalAction.WALKIN,
            station=station or self.station,
            at=at or now(),
            payload=payload,
        )
        with self.store.write():
            reg = self._apply_walkin(entry)
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

    def _apply_walkin(self, entry: JournalEntry) -> Registration:
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

    def no_shows(self, event_id: int) -> list[dict[str, Any]]:
        return self.store.registrations.not_arrived(event_id)

    def mark_no_shows(self, event_id: int) -> int:
        """At the end of the day: everyone registered who did not come becomes a no-show."""
        rows = self.no_shows(event_id)
        with self.store.write():
            for r in rows:
                self.store.registrations.set_checkin(r["id"], str(RegistrationStatus.NO_SHOW), None, "")
        self.store.notify("registrations", event_id=event_id)
        return len(rows)

    # -- station journals ---------------------------------------------------------
    def export_journal(self, event_id: int, path: Path | None = None) -> dict[str, Any]:
        event = self.store.events.get(event_id)
        if event is None:
            raise NotFoundError(f"No event with id {event_id}.")
        doc = {
            "format": JOURNAL_FORMAT,
            "version": JOURNAL_VERSION,
            "event": event.slug,
            "station": self.station,
            "exported_at": ts(now()),
            "entries": [
                {
                    "uid": e.uid,
                    "code": e.code,
                    "action": e.action,
                    "station": e.station,
                    "at": ts(e.at),
                    "undoes": e.undoes,
                    "payload": e.payload,
                }
                for e in self.store.journal.for_event(event_id)
            ],
        }
        if path is not None:
            tmp = Path(str(path) + ".part")
            tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
            tmp.replace(path)
        return doc

    def merge_journals(self, paths: list[Path]) -> MergeReport:
        """Merge other stations' journal files, all in one transaction."""
        docs = [(p, _read_journal(p)) for p in paths]
        report = MergeReport(files=len(docs))
        touched: dict[int, set[str]] = {}
        with self.store.write():
            for path, doc in docs:
                event = self.store.events.by_slug(doc["event"])
                if event is None:
                    raise NotFoundError(f"{path.name}: the event '{doc['event']}' is not in this database.")
                entries = [_entry(event.id, raw, path) for raw in doc["entries"]]  # type: ignore[arg-type]
                # walk-ins first, so check-ins and undos find their registration
                for e in sorted(entries, key=lambda e: e.action != JournalAction.WALKIN):
                    if (
                        e.action == JournalAction.WALKIN
                        and self.store.registrations.by_code(e.code, e.event_id) is None
                    ):
                        reg = self._apply_walkin(e)
                        report.created_walkins += reg.code == e.code  # not a person already here
                    if self.store.journal.append(e):
                        report.added += 1
                        touched.setdefault(e.event_id, set()).add(e.code)
                    else:
                        report.known += 1
            for event_id, codes in touched.items():
                for code in codes:
                    self.derive(event_id, code)
        for event_id in touched:
            self.store.notify("checkins", event_id=event_id)
        return report


def _read_journal(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KcdeskError(f"No such file: {path}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KcdeskError(f"{Path(path).name} is not a kcdesk journal ({exc}).") from None
    if not isinstance(doc, dict) or doc.get("format") != JOURNAL_FORMAT:
        raise KcdeskError(f"{Path(path).name} is not a kcdesk journal.")
    if doc.get("version", 0) > JOURNAL_VERSION:
        raise KcdeskError(f"{Path(path).name} was written by a newer kcdesk; update kcdesk to merge it.")
    if not isinstance(doc.get("entries"), list) or not isinstance(doc.get("event"), str):
        raise KcdeskError(f"{Path(path).name} is not a complete kcdesk journal.")
    return doc


def _entry(event_id: int, raw: dict[str, Any], path: Path) -> JournalEntry:
    try:
        action = JournalAction(raw["action"])
        return JournalEntry(
            uid=str(raw["uid"]),
            event_id=event_id,
            code=str(raw["code"]),
            action=action,
            station=str(raw.get("station", "")),
            at=dt.datetime.fromisoformat(raw["at"]),
            undoes=raw.get("undoes"),
            payload=raw.get("payload"),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise KcdeskError(f"{Path(path).name}: a journal entry is damaged ({exc}).") from None
