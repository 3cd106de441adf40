"""The one template context: everything a kcdesk template may use, as plain data.

Built from the services for one event and one language. Every key is
documented in docs/templates.md. Consent is applied here, once:

- ``quotes`` holds only quotes with consent "yes", attributed by name, by
  role and sector, or as "een deelnemer" (``kcdesk.services.privacy.quote_by``);
- a person who did not consent to be named appears only as "een deelnemer" in
  ``speakers``, ``facilitators``, ``hosts``, ``programme`` and ``reactions`` (only ``attendees`` and ``registrations`` carry real names:
  they feed the attendance list, certificates and the participants CSV, which
  the organiser needs by name).

The context holds no store, service or model objects, so a template cannot
reach the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from kcdesk.domain.enums import Part, ProgrammeKind, RegistrationStatus
from kcdesk.domain.models import Event, Person, Quote, Sector
from kcdesk.domain.rows import name_of
from kcdesk.export.article import DUTCH_MARK, Texts, build_article, sector_group
from kcdesk.export.filters import ANONYMOUS, ERASED, check_lang, markdown_html
from kcdesk.export.services import ExportServices
from kcdesk.services.privacy import public_name, quote_by, quote_publishable

KIND_LABELS = {
    "nl": {
        "opening-round": "Kennismakingsronde",
        "presentation": "Presentatie",
        "table-session": "Tafelsessie",
        "break": "Pauze",
        "closing": "Afsluiting",
        "other": "Overig",
    },
    "en": {
        "opening-round": "Opening round",
        "presentation": "Presentation",
        "table-session": "Table session",
        "break": "Break",
        "closing": "Closing",
        "other": "Other",
    },
}
PART_LABELS = {
    "nl": {"speaker": "spreker", "facilitator": "begeleider", "host": "gastheer/gastvrouw"},
    "en": {"speaker": "speaker", "facilitator": "facilitator", "host": "host"},
}
#: Sectors as an article names the groups present: "uit beleid, onderwijs en praktijk".
SECTOR_GROUPS = {
    "nl": {"policy": "beleid", "education": "onderwijs", "practice": "praktijk", "resident": "bewoners"},
    "en": {"policy": "policy", "education": "education", "practice": "practice", "resident": "residents"},
}
STATUS_LABELS = {
    "nl": {
        "registered": "aangemeld",
        "waitlisted": "wachtlijst",
        "cancelled": "afgemeld",
        "attended": "aanwezig",
        "no-show": "niet verschenen",
        "walk-in": "zonder aanmelding",
    },
    "en": {
        "registered": "registered",
        "waitlisted": "waitlisted",
        "cancelled": "cancelled",
        "attended": "attended",
        "no-show": "no-show",
        "walk-in": "walk-in",
    },
}


ACCREDITATION_STATUS = {
    "nl": {"applied": "aangevraagd", "granted": "toegekend"},
    "en": {"applied": "applied for", "granted": "granted"},
}


def _accreditations_of(registers: list[dict[str, str]], accreditations: list[dict[str, Any]]) -> list:
    """The granted accreditations a certificate names: those of the registers the person is in
    (with their number), else every granted one (they may be in a register we do not know of)."""
    granted = [a for a in accreditations if a["granted"]]
    mine = {m["register"]: m["number"] for m in registers}
    if any(a["register"] in mine for a in granted):
        return [a | {"number": mine[a["register"]]} for a in granted if a["register"] in mine]
    return [a | {"number": ""} for a in granted]


def _sector_label(sectors: dict[str, Sector], code: str, lang: str) -> str:
    s = sectors.get(code or "")
    return s.label(lang) if s else ""


def event_data(event: Event, lang: str, series_name: str = "") -> dict[str, Any]:
    from kcdesk.export.article import venue_phrase

    hours = event.hours
    return {
        "id": event.id,
        "slug": event.slug,
        "title": event.title,
        "theme": event.theme or event.title,
        "tagline": event.tagline,
        "description": event.description,
        "date": event.date,
        "start_time": event.start_time,
        "end_time": event.end_time,
        "hours": hours,
        "venue": {
            "name": event.venue.name,
            "room": event.venue.room,
            "address": event.venue.address,
            "full": str(event.venue),
            "short": ", ".join(p for p in (event.venue.room, event.venue.name) if p),
            "phrase": venue_phrase(event.venue, lang),
        },
        "capacity": event.capacity,
        "status": str(event.status),
        "edition": event.edition,
        "series": series_name,
        "headline": event.headline,
        "edition_phrase": event.edition_phrase,
        "published_on": event.published_on,
        "title_en": event.title_en,
        "theme_en": event.theme_en,
        "headline_en": event.headline_en,
        "edition_phrase_en": event.edition_phrase_en,
        "description_en": event.description_en,
        #: how an article names the event: its theme, else its title without "Kenniscafé"
        "name": _event_name(event, lang),
    }


def _event_name(event: Event, lang: str) -> str:
    if lang == "en" and (event.theme_en or event.title_en):
        return event.theme_en or event.title_en
    name = event.theme or event.title
    for prefix in ("Kenniscafé ", "Kenniscafe ", "Knowledge café "):
        if name.startswith(prefix) and len(name) > len(prefix):
            name = name[len(prefix) :]
            break
    return name


class ContextBuilder:
    """Builds the context of one event; people are looked up once."""

    def __init__(self, services: ExportServices, event_id: int, lang: str = "nl"):
        self.svc = services
        self.lang = check_lang(lang)
        self.event = services.events.get(event_id)
        self.sectors = {s.code: s for s in services.people.sectors()}
        self._people: dict[int, Person] = {}

    # -- people ---------------------------------------------------------------
    def person(self, person_id: int | None) -> Person | None:
        if person_id is None:
            return None
        if person_id not in self._people:
            p = self.svc.people.get_or_none(person_id)
            if p is None:
                return None
            self._people[person_id] = p
        return self._people[person_id]

    def public_person(self, p: Person) -> dict[str, Any]:
        """A person as a publication may show them: by name with consent, else "een deelnemer".

        Without consent their role and organisation are left out too: they can
        identify someone as well as a name.
        """
        lang = self.lang
        named = bool(p.consent_name) and not p.erased
        role = p.job_title if named else ""
        org = p.organisation if named else ""
        name = public_name(p, lang)
        if named and lang == "en":  # a job title is typed in Dutch: marked as such, after the name
            detail = ", ".join(x for x in (DUTCH_MARK.format(role) if role else "", org) if x)
            intro = f"{name} ({detail})" if detail else name
        else:
            intro = " ".join(x for x in (role, name) if x) + (f" ({org})" if org else "") if named else name
        return {
            "id": p.id,
            "name": name,
            "named": named,
            "job_title": role,
            "role": role,
            "organisation": org,
            "sector": p.sector,
            "sector_label": _sector_label(self.sectors, p.sector, lang),
            "intro": intro,
        }

    # -- parts ----------------------------------------------------------------
    def quote(self, q: Quote, items: dict[int, str]) -> dict[str, Any]:
        by, role, org, named = quote_by(q, self.person(q.person_id), self.lang)
        shown_role = DUTCH_MARK.format(role) if role and self.lang == "en" else role
        detail = ", ".join(x for x in (shown_role, org) if x) if named else ""
        return {
            "text": q.text.strip(),
            "by": by,
            "named": named,
            "role": role,
            "organisation": org,
            "by_full": f"{by} ({detail})" if detail else by,
            "item_id": q.item_id,
            "item_title": items.get(q.item_id or -1, ""),
        }

    def build(self) -> dict[str, Any]:
        svc, lang, event = self.svc, self.lang, self.event
        assert event.id is not None
        series = svc.events.series(event.series_id)
        organiser = svc.events.organiser()
        programme_items = svc.events.programme(event.id)
        item_titles = {i.id: i.title for i in programme_items if i.id is not None}
        notes = svc.content.notes(event.id)
        quotes = [self.quote(q, item_titles) for q in svc.content.quotes(event.id) if quote_publishable(q)]

        programme: list[dict[str, Any]] = []
        roles: dict[Part, dict[int | None, dict[str, Any]]] = {
            Part.SPEAKER: {},
            Part.FACILITATOR: {},
            Part.HOST: {},
        }
        for item in programme_items:
            start = item.start_time
            end = (
                (dt.datetime.combine(dt.date.min, start) + dt.timedelta(minutes=item.duration_min)).time()
                if start
                else None
            )
            entry: dict[str, Any] = {
                "id": item.id,
                "title": item.title,
                "kind": str(item.kind),
                "kind_label": KIND_LABELS[lang].get(str(item.kind), str(item.kind)),
                "start_time": start,
                "end_time": end,
                "duration_min": item.duration_min,
                "description": item.description,
                "tables": item.tables,
                "speakers": [],
                "facilitators": [],
                "hosts": [],
                "people": [],
                "notes": [self.note(n, item_titles) for n in notes if n.item_id == item.id],
                "quotes": [q for q in quotes if q["item_id"] == item.id],
            }
            for pp in item.people:
                p = self.person(pp.person_id)
                if p is None:
                    continue
                info = self.public_person(p)
                entry["people"].append(
                    info | {"part": str(pp.part), "part_label": PART_LABELS[lang][str(pp.part)]}
                )
                entry[
                    {"speaker": "speakers", "facilitator": "facilitators", "host": "hosts"}[str(pp.part)]
                ].append(info)
                role = roles[Part(pp.part)].setdefault(p.id, info | {"titles": [], "brought": []})
                role["titles"].append(item.title)
                if item.description:
                    role["brought"].append(item.description)
                role["brought"].extend(
                    n.body.strip() for n in notes if n.item_id == item.id and n.body.strip()
                )
            programme.append(entry)

        regs = svc.registrations.of_event(event.id)
        accreditations = self.accreditations(event.id)
        numbers = svc.accreditation.numbers_by_person(event.id)
        attendees, registrations = [], []
        by_sector: dict[str, dict[str, int]] = {}
        for r in regs:
            status = r["status"]
            present = r["checked_in_at"] is not None
            row = self.registration(r)
            row["registers"] = [] if row["erased"] else numbers.get(r["person_id"], [])
            row["accreditations"] = _accreditations_of(row["registers"], accreditations)
            registrations.append(row)
            if present:
                attendees.append(row)
            if status not in (RegistrationStatus.CANCELLED, RegistrationStatus.WAITLISTED):
                c = by_sector.setdefault(r["sector"] or "", {"registered": 0, "present": 0})
                c["registered"] += 1
                c["present"] += int(present)
        order = {code: s.position for code, s in self.sectors.items()}
        sector_rows: list[dict[str, Any]] = [
            {
                "code": code,
                "label": _sector_label(self.sectors, code, lang)
                or ("onbekend" if lang == "nl" else "unknown"),
                "label_nl": _sector_label(self.sectors, code, "nl") or "onbekend",
                "label_en": _sector_label(self.sectors, code, "en") or "unknown",
                "registered": c["registered"],
                "present": c["present"],
            }
            for code, c in sorted(by_sector.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))
        ]
        present_sectors = [
            sector_group(self.sectors.get(s["code"]), lang)
            for s in sector_rows
            if s["present"] and s["code"] not in ("", "other")
        ]
        registered = sum(c["registered"] for c in by_sector.values())
        present_n = len(attendees)
        no_shows = sum(
            1
            for r in regs
            if r["checked_in_at"] is None
            and r["status"] in (RegistrationStatus.REGISTERED, RegistrationStatus.NO_SHOW)
        )

        nxt = svc.events.next_event(event)
        next_series = svc.events.series(nxt.series_id) if nxt else None
        texts = Texts(lang)
        reactions = svc.content.reactions(event.id)
        people = {
            p_id: p
            for p_id in {pp.person_id for i in programme_items for pp in i.people}
            | {x.person_id for x in reactions if x.person_id}
            | {q.person_id for q in svc.content.quotes(event.id) if q.person_id}
            if (p := self.person(p_id)) is not None
        }
        proper = {x for p in people.values() for x in (p.given_name, p.family_name, p.organisation) if x}
        proper |= {
            x
            for x in (event.venue.name, organiser.name if organiser else "", series.name if series else "")
            if x
        }
        speakers = list(roles[Part.SPEAKER].values())
        facilitators = list(roles[Part.FACILITATOR].values())
        published_quotes = [
            (q, self.quote(q, item_titles)) for q in svc.content.quotes(event.id) if quote_publishable(q)
        ]
        article = build_article(
            texts=texts,
            event=event,
            items=programme_items,
            notes=notes,
            figures=svc.content.figures(event.id),
            quotes=published_quotes,
            reactions=[(x, self.person(x.person_id)) for x in reactions],
            speakers=speakers,
            facilitators=facilitators,
            people=people,
            proper_nouns=proper,
            public_intro=lambda p: self.public_person(p)["intro"] if p else ANONYMOUS[lang],
        )
        article |= {
            "title": texts.pick(event.title, event.title_en),
            "theme": texts.pick(event.theme, event.theme_en)
            if event.theme and event.theme != event.title
            else "",
            "description": texts.pick(event.description, event.description_en),
            "organiser_description": texts.pick(
                organiser.description if organiser else "", organiser.description_en if organiser else ""
            ),
            "newsletter_line": texts.pick(
                organiser.newsletter_line if organiser else "",
                organiser.newsletter_line_en if organiser else "",
            ),
            "privacy_line": texts.pick(
                organiser.privacy_line if organiser else "", organiser.privacy_line_en if organiser else ""
            ),
            "next_name": texts.pick(_event_name(nxt, "nl"), nxt.theme_en or nxt.title_en) if nxt else "",
        }
        article["dutch_marked"] = texts.marked
        return {
            "lang": lang,
            "today": dt.date.today(),
            "organiser": {
                "name": organiser.name if organiser else "",
                "website": organiser.website if organiser else "",
                "newsletter_line": organiser.newsletter_line if organiser else "",
                "privacy_line": organiser.privacy_line if organiser else "",
                "description": organiser.description if organiser else "",
                "description_en": organiser.description_en if organiser else "",
                "newsletter_line_en": organiser.newsletter_line_en if organiser else "",
                "privacy_line_en": organiser.privacy_line_en if organiser else "",
            },
            "series": {"name": series.name, "season": series.season} if series else None,
            "event": event_data(event, lang, series.name if series else ""),
            "programme": programme,
            "speakers": speakers,
            "facilitators": facilitators,
            "hosts": list(roles[Part.HOST].values()),
            "participants": {
                "count": present_n,
                "registered": registered,
                "no_shows": no_shows,
                "no_show_rate": (no_shows / registered) if registered else 0.0,
                "walk_ins": sum(1 for r in regs if r["status"] == RegistrationStatus.WALK_IN),
                "cancelled": sum(1 for r in regs if r["status"] == RegistrationStatus.CANCELLED),
                "waitlisted": sum(1 for r in regs if r["status"] == RegistrationStatus.WAITLISTED),
                "by_sector": sector_rows,
                "sectors": present_sectors,
            },
            "attendees": attendees,
            "registrations": registrations,
            "accreditations": accreditations,
            "accredited_attendees": sum(1 for a in attendees if a["accreditations"] and a["registers"]),
            "notes": [self.note(n, item_titles) for n in notes],
            "event_notes": [self.note(n, item_titles) for n in notes if n.item_id is None],
            "figures": [
                {"label": f.label, "label_en": f.label_en, "value": f.value, "item_id": f.item_id}
                for f in svc.content.figures(event.id)
            ],
            "quotes": quotes,
            "reactions": [self.reaction(x) for x in reactions if self.reaction_publishable(x)],
            "article": article,
            "table_sessions": [p for p in programme if p["kind"] == ProgrammeKind.TABLE_SESSION],
            "next_event": event_data(nxt, lang, next_series.name if next_series else "") if nxt else None,
            "anonymous": ANONYMOUS[lang],
        }

    def accreditations(self, event_id: int) -> list[dict[str, Any]]:
        """The event's accreditations with the number of attendees each can be reported
        (only numbers their owners agreed to have used)."""
        summary = self.svc.accreditation.summary(event_id)
        for a in summary:
            a["granted"] = a["status"] == "granted"
            a["status_label"] = ACCREDITATION_STATUS[self.lang][a["status"]]
        return summary

    def note(self, n, items: dict[int, str]) -> dict[str, Any]:
        return {
            "heading": n.heading,
            "heading_en": n.heading_en,
            "markdown_en": n.body_en,
            "position": n.position,
            "markdown": n.body,
            "html": markdown_html(n.body),
            "author": n.author,
            "item_id": n.item_id,
            "item_title": items.get(n.item_id or -1, ""),
        }

    def reaction_publishable(self, x) -> bool:
        """A reaction is a quote: printed under a name or not, it needs consent to be quoted."""
        p = self.person(x.person_id)
        return p is None or (p.consent_quote and not p.erased)

    def reaction(self, x) -> dict[str, Any]:
        p = self.person(x.person_id)
        named = bool(p and p.consent_name and not p.erased)
        return {
            "text": x.text.strip(),
            "by": public_name(p, self.lang),
            "named": named,
            "organisation": p.organisation if named else "",  # type: ignore[union-attr]
            "rating": x.rating,
            "verdict": x.verdict,
            "verdict_en": x.verdict_en,
            "translation": x.translation,
        }

    def registration(self, r: Mapping[str, Any]) -> dict[str, Any]:

        checked = r["checked_in_at"]
        erased = bool(r.get("erased"))
        return {
            "name": ERASED[self.lang] if erased else name_of(r),
            "erased": erased,
            "given_name": r["given_name"],
            "family_name": " ".join(x for x in (r["particle"], r["family_name"]) if x),
            "organisation": r["organisation"],
            "job_title": r["job_title"],
            "email": r["email"],
            "sector": r["sector"],
            "sector_label": _sector_label(self.sectors, r["sector"], self.lang),
            "code": r["code"],
            "status": r["status"],
            "status_label": STATUS_LABELS[self.lang].get(r["status"], r["status"]),
            "checked_in_at": dt.datetime.fromisoformat(checked) if checked else None,
            "present": checked is not None,
            "station": r["station"],
        }


def build_context(services: ExportServices, event_id: int, lang: str = "nl") -> dict[str, Any]:
    """The documented template context of one event (docs/templates.md)."""
    return ContextBuilder(services, event_id, lang).build()
