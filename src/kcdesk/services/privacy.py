"""Privacy (GDPR/AVG): consent in publications, access requests, erasure, retention.

How a person may appear in anything kcdesk publishes (articles, reports,
badges, slides) is decided here, so every export asks the same questions:

- :func:`public_name` — the name to print, or "een deelnemer" / "a participant";
- :func:`attribution` — name, role and organisation for a caption or a reaction;
- :func:`quote_publishable` — whether a quote may be printed at all (consent "yes");
- :func:`quote_by` — who said it: by name, by role and sector, or "een deelnemer";
- :func:`may_show_photo`, :func:`may_send_newsletter`.

:class:`PrivacyService` answers a participant's requests: everything kcdesk
holds on them (:meth:`~PrivacyService.access_data`), erasure that keeps the
anonymous counts right (:meth:`~PrivacyService.erase`), and anonymising
people not seen for a while (:meth:`~PrivacyService.people_not_seen_since`,
:meth:`~PrivacyService.anonymise`).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from kcdesk.domain.enums import Consent
from kcdesk.domain.errors import (
    DatabaseError,
    DiskFull,
    PersonAmbiguous,
    PersonNotFound,
    PersonRefNotFound,
    RetentionMonthsInvalid,
)
from kcdesk.domain.errors_safety import CompactDiskError, CompactDiskFull, NotCompacted
from kcdesk.domain.models import PERSON_DETAILS, Person, Quote
from kcdesk.domain.names import fold, words
from kcdesk.domain.rows import name_of
from kcdesk.store import Store
from kcdesk.store.rows import now, ts

ACCESS_FORMAT = "kcdesk-access-request"
ACCESS_VERSION = 1

#: The database setting holding the retention period, and its default.
RETENTION_KEY = "retention_months"
DEFAULT_RETENTION_MONTHS = 24

ANONYMOUS = {"nl": "een deelnemer", "en": "a participant"}

#: How a sector follows a role: "een docent uit het onderwijs" / "a teacher from education".
SECTOR_PHRASES = {
    "nl": {
        "policy": "uit het beleid",
        "education": "uit het onderwijs",
        "practice": "uit de praktijk",
        "resident": "uit de wijk",
        "other": "",
    },
    "en": {
        "policy": "from policy",
        "education": "from education",
        "practice": "from practice",
        "resident": "from the neighbourhood",
        "other": "",
    },
}


# -- consent: how a person may appear ------------------------------------------------
def anonymous(lang: str = "nl") -> str:
    """The words used instead of a name: "een deelnemer" (nl) or "a participant" (en)."""
    return ANONYMOUS.get(lang, ANONYMOUS["nl"])


def public_name(person: Person | None, lang: str = "nl") -> str:
    """The name to print for ``person`` in a publication.

    Their own name only when they consented to being named (``consent_name``)
    and were not erased; otherwise "een deelnemer" ("a participant" in English).
    ``None`` (an unknown or unlinked person) is anonymous too.
    """
    if person is None or person.erased or not person.consent_name or not person.name:
        return anonymous(lang)
    return person.name


def attribution(person: Person | None, lang: str = "nl") -> tuple[str, str, str]:
    """(name, role, organisation) to print under a quote or photo.

    Role and organisation can identify someone as well as a name can, so
    without consent to be named all three become anonymous: ("een deelnemer", "", "").
    """
    if public_name(person, lang) == anonymous(lang):
        return anonymous(lang), "", ""
    assert person is not None
    return person.name, person.job_title, person.organisation


def article_for(word: str, lang: str) -> str:
    if lang == "nl":
        return "een"
    return "an" if word[:1].lower() in "aeiou" else "a"


def role_phrase(role: str, organisation: str, sector: str, lang: str) -> str:
    """ "een docent uit het onderwijs" / "a teacher from education"; falls back to the organisation."""
    role = (role or "").strip()
    if not role:
        organisation = (organisation or "").strip()
        if organisation and not sector:  # a free attribution with only an organisation
            return f"{'iemand van' if lang == 'nl' else 'someone from'} {organisation}"
        return anonymous(lang)
    phrase = SECTOR_PHRASES.get(lang, SECTOR_PHRASES["nl"]).get(sector or "", "")
    head = f"{article_for(role, lang)} {role}"
    if phrase:
        return f"{head} {phrase}"
    if organisation:
        return f"{head} {'van' if lang == 'nl' else 'at'} {organisation}"
    return head


def quote_publishable(quote: Quote) -> bool:
    """A quote is printed only with consent "yes": "no" never, and "ask" means nobody has asked yet."""
    return quote.consent == Consent.YES


def quote_by(quote: Quote, person: Person | None, lang: str = "nl") -> tuple[str, str, str, bool]:
    """(by, role, organisation, named): who said a quote, as a publication may say it.

    A linked person is named with consent to be named; with consent to be
    quoted only, by role and sector ("een docent uit het onderwijs"); else, or
    once erased, as "een deelnemer". An unlinked quote keeps what the writer
    typed: a name, or else role and organisation ("een beleidsadviseur van een
    gemeente").
    """
    if person is not None:
        if person.erased or not (person.consent_name or person.consent_quote):
            return anonymous(lang), "", "", False
        if person.consent_name and person.name:
            return person.name, person.job_title, person.organisation, True
        return role_phrase(person.job_title, "", person.sector, lang), "", "", False
    name, role, org = (
        quote.attribution_name.strip(),
        quote.attribution_role.strip(),
        quote.attribution_org.strip(),
    )
    if name:
        return name, role, org, True
    return role_phrase(role, org, "", lang), role, org, False


def may_show_photo(person: Person | None) -> bool:
    """Recognisable in published photos only with consent."""
    return person is not None and not person.erased and person.consent_photo


def may_send_newsletter(person: Person | None) -> bool:
    return person is not None and not person.erased and person.newsletter and bool(person.email)


# -- requests ------------------------------------------------------------------------
class QuoteChoice(StrEnum):
    """What erasure does with a person's quotes."""

    REMOVE = "remove"
    ANONYMISE = "anonymise"


@dataclass
class ErasurePlan:
    """What erasing a person will touch, shown before it is done."""

    person: Person
    registrations: int = 0
    events: list[str] = field(default_factory=list)
    programme_parts: int = 0
    quotes: int = 0
    reactions: int = 0
    walkin_entries: int = 0
    authored_notes: list[int] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "person_id": self.person.id,
            "name": self.person.name,
            "registrations": self.registrations,
            "events": self.events,
            "programme_parts": self.programme_parts,
            "quotes": self.quotes,
            "reactions": self.reactions,
            "walkin_entries": self.walkin_entries,
            "authored_notes": len(self.authored_notes),
            "mentions": [{k: m[k] for k in ("kind", "id", "event_title")} for m in self.mentions],
        }


@dataclass
class ErasureReport:
    erased: list[int] = field(default_factory=list)
    quotes: QuoteChoice = QuoteChoice.ANONYMISE
    compacted: bool = False
    #: why the erased text is still in the file although the erasure was saved (a full disk)
    compact_error: NotCompacted | None = None
    #: free texts that still mention an erased name (not linked; edit by hand)
    mentions: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "erased": self.erased,
            "quotes": str(self.quotes),
            "compacted": self.compacted,
            "compact_error": str(self.compact_error) if self.compact_error else None,
            "mentions": [{k: m[k] for k in ("kind", "id", "event_title")} for m in self.mentions],
        }


def _event_ref(row: dict[str, Any]) -> dict[str, Any]:
    """The event a row of an access report belongs to: slug, title and date."""
    return {"slug": row["event_slug"], "title": row["event_title"], "date": row["event_date"]}


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months earlier (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _mentions(texts: list[dict[str, Any]], person: Person) -> list[dict[str, Any]]:
    name = fold(person.name).strip()
    email = person.email.strip().lower()
    if not name and not email:
        return []
    found = []
    for t in texts:
        body = fold(f"{t['author']}\n{t['text']}")
        if (len(name) > 3 and name in body) or (email and email in body):
            found.append(t)
    return found


class PrivacyService:
    """A participant's rights over what kcdesk holds: access, erasure, retention."""

    def __init__(self, store: Store):
        self.store = store

    def write_report(self, person_id: int, path: Path, lang: str = "nl") -> str:
        """Everything held on a person, as a file (.json, .html or .pdf, 0600); returns the format."""
        from kcdesk.services.privacy_report import write_report

        return write_report(self.access_data(person_id), path, lang=lang)

    # -- finding the person ---------------------------------------------------
    def resolve(self, ref: str | int) -> Person:
        """A person by id, email address or full name (one person must have exactly that name)."""
        text = str(ref).strip()
        person = None
        if text.isdigit():
            person = self.store.people.get(int(text))
        elif "@" in text:
            person = self.store.people.by_email(text)
        elif words(text):
            wanted = words(text)
            found = self.store.people.many(self.store.search.people(text, 50))
            same = sorted(i for i, p in found.items() if words(p.name) == wanted)
            if len(same) > 1:
                raise PersonAmbiguous(name=text, ids=", ".join(map(str, same)), field="person")
            person = found[same[0]] if same else None
        if person is None:
            raise PersonRefNotFound(ref=text)
        return person

    # -- consent, for exports ---------------------------------------------------
    def publishable_quotes(self, event_id: int, lang: str = "nl") -> list[dict[str, Any]]:
        """The event's quotes that may be printed, each with the attribution to print.

        Keys: id, item_id, text, name, role, organisation. Applies
        :func:`quote_publishable` and :func:`quote_by`.
        """
        quotes = self.store.content.quotes(event_id)
        people = self.store.people.many([q.person_id for q in quotes if q.person_id is not None])
        out = []
        for q in quotes:
            person = people.get(q.person_id) if q.person_id is not None else None
            if not quote_publishable(q):
                continue
            name, role, org, _named = quote_by(q, person, lang)
            out.append(
                {
                    "id": q.id,
                    "item_id": q.item_id,
                    "text": q.text,
                    "name": name,
                    "role": role,
                    "organisation": org,
                }
            )
        return out

    def without_photo_consent(self, event_id: int) -> list[dict[str, Any]]:
        """Registered people who may not be recognisable in photos (for the photographer)."""
        return [
            {
                "code": r["code"],
                "name": name_of(r),
                "organisation": r["organisation"],
            }
            for r in self.store.registrations.of_event(event_id)
            if r["status"] not in ("cancelled", "waitlisted") and not r["consent_photo"] and not r["erased"]
        ]

    # -- access request -------------------------------------------------------
    def access_data(self, person_id: int) -> dict[str, Any]:
        """Everything kcdesk holds that is linked to one person, as plain JSON-able data."""
        q = self.store.privacy
        with self.store.read():
            row = q.person_row(person_id)
            if row is None:
                raise PersonNotFound(person_id=person_id)
            person = {k: row[k] for k in ("id", *PERSON_DETAILS, "notes", "created_at", "updated_at")}
            person["name"] = name_of(row)
            person["erased"] = bool(row["erased"])
            sector = next((x for x in self.store.people.sectors() if x.code == row["sector"]), None)
            person["sector_label"] = {"nl": sector.label_nl, "en": sector.label_en} if sector else None
            registrations = []
            for r in q.registrations(person_id):
                journal = []
                for j in q.journal(r["event_id"], r["code"]):
                    j["payload"] = json.loads(j["payload"]) if j["payload"] else None
                    journal.append(j)
                registrations.append(
                    {
                        "event": {
                            "slug": r["event_slug"],
                            "title": r["event_title"],
                            "date": r["event_date"],
                            "venue": r["event_venue"],
                        },
                        "code": r["code"],
                        "status": r["status"],
                        "source": r["source"],
                        "registered_at": r["registered_at"],
                        "checked_in_at": r["checked_in_at"],
                        "station": r["station"],
                        "tables": [
                            {"item": t["item_title"], "table": t["table_no"], "host": bool(t["is_host"])}
                            for t in q.table_assignments(r["id"])
                        ],
                        "checkin_journal": journal,
                    }
                )
            programme = [
                {
                    "event": _event_ref(p),
                    "item": p["item_title"],
                    "kind": p["item_kind"],
                    "part": p["part"],
                }
                for p in q.programme_parts(person_id)
            ]
            quotes = [
                {
                    "event": _event_ref(x),
                    "text": x["text"],
                    "consent": x["consent"],
                    "created_at": x["created_at"],
                }
                for x in q.quotes(person_id)
            ]
            reactions = [
                {
                    "event": _event_ref(x),
                    "text": x["text"],
                    "rating": x["rating"],
                    "created_at": x["created_at"],
                }
                for x in q.reactions(person_id)
            ]
            registers = [
                {"register": m.register, "number": m.number, "consent": m.consent}
                for m in self.store.accreditation.memberships(person_id)
            ]
            mails = [
                {
                    "event": {"slug": m["event_slug"], "title": m["event_title"], "date": m["event_date"]}
                    if m["event_slug"]
                    else None,
                    "kind": m["kind"],
                    "to": m["to_addr"],
                    "subject": m["subject"],
                    "status": m["status"],
                    "created_at": m["created_at"],
                    "sent_at": m["sent_at"],
                    "text": m["body_text"],
                }
                for m in self.store.mail.of_person(person_id)
            ]
            organiser = self.store.events.organiser()
        return {
            "format": ACCESS_FORMAT,
            "version": ACCESS_VERSION,
            "generated_at": ts(now()),
            "organiser": {
                "name": organiser.name,
                "website": organiser.website,
                "privacy": organiser.privacy_line,
            }
            if organiser
            else None,
            "person": person,
            "consent": {
                k: bool(row[k]) for k in ("newsletter", "consent_photo", "consent_quote", "consent_name")
            },
            "registers": registers,
            "registrations": registrations,
            "programme": programme,
            "quotes": quotes,
            "reactions": reactions,
            "mails": mails,
        }

    # -- erasure --------------------------------------------------------------
    def erasure_plan(self, person_id: int) -> ErasurePlan:
        person = self.store.people.get(person_id)
        if person is None:
            raise PersonNotFound(person_id=person_id)
        q = self.store.privacy
        regs = q.registrations(person_id)
        texts = q.texts()
        return ErasurePlan(
            person=person,
            registrations=len(regs),
            events=[r["event_title"] for r in regs],
            programme_parts=len(q.programme_parts(person_id)),
            quotes=len(q.quotes(person_id)),
            reactions=len(q.reactions(person_id)),
            walkin_entries=sum(1 for r in regs for j in q.journal(r["event_id"], r["code"]) if j["payload"]),
            authored_notes=[
                t["id"]
                for t in texts
                if t["kind"] == "note"
                and person.name
                and fold(t["author"]).strip() == fold(person.name).strip()
            ],
            mentions=_mentions(texts, person),
        )

    def erase(
        self,
        person_ids: int | list[int],
        quotes: QuoteChoice | str = QuoteChoice.ANONYMISE,
        compact: bool = True,
    ) -> ErasureReport:
        """Erase people's personal data everywhere, in one transaction.

        Each person's row stays as an anonymous stub (sector kept, ``erased``
        set) so attendance per sector of past events does not change; names,
        contact details, organisation, notes and consent are wiped; door
        search no longer finds them; walk-in journal entries lose the name
        typed at the door; programme parts are removed; reactions lose the
        link; quotes are removed or attributed to "een deelnemer" (``quotes``).
        Notes they wrote lose the author name; their mails leave the outbox. Free texts that mention the
        name are reported in :attr:`ErasureReport.mentions` for the
        coordinator to edit. With ``compact`` the old text is then removed
        from the file itself (see :meth:`compact`).
        """
        ids = [person_ids] if isinstance(person_ids, int) else list(person_ids)
        choice = QuoteChoice(quotes)
        plans = [self.erasure_plan(i) for i in ids]
        report = ErasureReport(quotes=choice)
        with self.store.write():
            for plan in plans:
                for note_id in plan.authored_notes:
                    self.store.privacy.clear_note_author(note_id)
                self.store.mail.delete_person(plan.person.id)  # type: ignore[arg-type]
                self.store.privacy.erase_person(
                    plan.person.id,  # type: ignore[arg-type]
                    remove_quotes=choice == QuoteChoice.REMOVE,
                    anonymous=anonymous("nl"),  # articles are Dutch; stored so every export shows it
                )
                report.erased.append(plan.person.id)  # type: ignore[arg-type]
            texts = self.store.privacy.texts()
            for plan in plans:
                report.mentions += _mentions(texts, plan.person)
        if compact:  # the erasure is committed: a failure from here on must not say "nothing was saved"
            try:
                report.compacted = self.compact()
            except DatabaseError as exc:
                report.compact_error = NotCompacted(
                    name=self.store.name,
                    reason=CompactDiskFull() if isinstance(exc, DiskFull) else CompactDiskError(),
                )
        for topic in ("people", "registrations", "checkins", "content", "programme"):
            self.store.notify(topic)
        return report

    def compact(self) -> bool:
        """Rewrite the file so erased text is gone from it, not only from the tables.

        Rebuilds the search index, refreshes statistics, VACUUMs and truncates
        the write-ahead log. False when another program holds the database
        open (the erasure itself is saved; run this again once it is closed).
        """
        if self.store.readonly:
            return False
        with self.store.read():
            return self.store.privacy.compact()

    # -- retention ------------------------------------------------------------
    def retention_months(self) -> int:
        raw = self.store.setting(RETENTION_KEY, str(DEFAULT_RETENTION_MONTHS))
        try:
            return max(1, int(raw))
        except ValueError:
            return DEFAULT_RETENTION_MONTHS

    def set_retention_months(self, months: int) -> None:
        if not 1 <= int(months) <= 1200:
            raise RetentionMonthsInvalid(field="months")
        self.store.set_setting(RETENTION_KEY, str(int(months)))
        self.store.notify("settings", key=RETENTION_KEY)

    def retention_cutoff(self, months: int | None = None, today: dt.date | None = None) -> dt.date:
        """The date before which people count as not seen: today minus the retention period."""
        months = self.retention_months() if months is None else months
        if not 1 <= months <= 1200:
            raise RetentionMonthsInvalid(field="months")
        return months_before(today or dt.date.today(), months)

    def people_not_seen_since(self, since: dt.date, today: dt.date | None = None) -> list[dict[str, Any]]:
        """People whose last event was before ``since``, or who have no events and were
        created before it. Never someone in the programme of an event from today on
        (or of one without a date), and never someone already erased."""
        today = today or dt.date.today()
        cutoff, today_s = since.isoformat(), today.isoformat()
        out = []
        for r in self.store.privacy.last_seen():
            if r["last_programme"] and r["last_programme"] >= today_s:
                continue  # speaks or hosts at an upcoming event
            last = r["last_event"]
            if last is None:
                if (r["created_at"] or "")[:10] >= cutoff:
                    continue
            elif last >= cutoff:
                continue
            out.append(
                {
                    "id": r["id"],
                    "name": name_of(r),
                    "organisation": r["organisation"],
                    "email": r["email"],
                    "last_event": last,
                    "created_at": r["created_at"],
                }
            )
        return out

    def anonymise(
        self, since: dt.date, quotes: QuoteChoice | str = QuoteChoice.ANONYMISE, today: dt.date | None = None
    ) -> ErasureReport:
        """Erase everyone :meth:`people_not_seen_since` lists, in one transaction."""
        ids = [r["id"] for r in self.people_not_seen_since(since, today)]
        if not ids:
            return ErasureReport(quotes=QuoteChoice(quotes))
        return self.erase(ids, quotes=quotes)
