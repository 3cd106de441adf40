"""The access-request report: what kcdesk holds on one person, as JSON, HTML or PDF.

The HTML is a plain, self-contained page a participant can read; the PDF is
the same page laid out by Qt (QTextDocument + QPdfWriter, no widgets).
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
from pathlib import Path
from typing import Any

import jinja2
from babel.dates import format_date, format_datetime

from kcdesk.domain.errors import CannotWrite, FolderMissing, ReportFormatUnknown
from kcdesk.domain.models import PERSON_DETAILS
from kcdesk.output.atomic import atomic_write
from kcdesk.output.pdf_check import pdf_check

FORMATS = ("json", "html", "pdf")

LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Uw gegevens bij {org}",
        "intro": "Dit overzicht bevat alles wat in kcdesk over u is vastgelegd, gemaakt op {date}.",
        "person": "Persoonsgegevens",
        "given_name": "Voornaam",
        "particle": "Tussenvoegsel",
        "family_name": "Achternaam",
        "email": "E-mail",
        "phone": "Telefoon",
        "organisation": "Organisatie",
        "job_title": "Functie",
        "sector": "Sector",
        "notes": "Notities",
        "created_at": "Vastgelegd op",
        "updated_at": "Laatst gewijzigd",
        "consent": "Toestemming",
        "newsletter": "Nieuwsbrief ontvangen",
        "consent_photo": "Herkenbaar op foto's",
        "consent_quote": "Geciteerd worden",
        "consent_name": "Met naam genoemd worden",
        "yes": "ja",
        "no": "nee",
        "registers": "Beroepsregisters",
        "register_consent": "mag gebruikt worden om uw aanwezigheid aan het register door te geven",
        "register_no_consent": "wordt niet aan het register doorgegeven",
        "registrations": "Aanmeldingen en aanwezigheid",
        "event": "Bijeenkomst",
        "date": "Datum",
        "status": "Status",
        "registered_at": "Aangemeld op",
        "checked_in_at": "Binnengekomen",
        "code": "Code",
        "tables": "Tafels",
        "journal": "Registratie aan de deur",
        "programme": "Rol in het programma",
        "item": "Onderdeel",
        "part": "Rol",
        "quotes": "Citaten",
        "reactions": "Reacties",
        "rating": "Waardering",
        "mails": "Mails aan u",
        "none": "Niets vastgelegd.",
        "erased": "Deze persoon is geanonimiseerd.",
        "rights": "U kunt ons vragen deze gegevens te verbeteren of te wissen. {privacy}",
    },
    "en": {
        "title": "Your data held by {org}",
        "intro": "This overview holds everything kcdesk has recorded about you, made on {date}.",
        "person": "Personal details",
        "given_name": "Given name",
        "particle": "Particle",
        "family_name": "Family name",
        "email": "Email",
        "phone": "Phone",
        "organisation": "Organisation",
        "job_title": "Job title",
        "sector": "Sector",
        "notes": "Notes",
        "created_at": "Recorded on",
        "updated_at": "Last changed",
        "consent": "Consent",
        "newsletter": "Receive the newsletter",
        "consent_photo": "Recognisable in photos",
        "consent_quote": "Being quoted",
        "consent_name": "Being named",
        "yes": "yes",
        "no": "no",
        "registers": "Professional registers",
        "register_consent": "may be used to report your attendance to the register",
        "register_no_consent": "is not reported to the register",
        "registrations": "Registrations and attendance",
        "event": "Event",
        "date": "Date",
        "status": "Status",
        "registered_at": "Registered on",
        "checked_in_at": "Checked in",
        "code": "Code",
        "tables": "Tables",
        "journal": "Door journal",
        "programme": "Part in the programme",
        "item": "Item",
        "part": "Part",
        "quotes": "Quotes",
        "reactions": "Reactions",
        "rating": "Rating",
        "mails": "Mails to you",
        "none": "Nothing recorded.",
        "erased": "This person has been anonymised.",
        "rights": "You can ask us to correct or erase these data. {privacy}",
    },
}

TEMPLATE = """<!DOCTYPE html>
<html lang="{{ lang }}"><head><meta charset="utf-8">
<title>{{ L.title.format(org=org_name) }}</title>
<style>
 body { font-family: sans-serif; max-width: 46em; margin: 2em auto; color: #222; line-height: 1.4; }
 h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
 table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 3px 8px 3px 0;
 vertical-align: top; } th { color: #555; font-weight: normal; width: 14em; }
 .small { color: #555; font-size: 0.9em; } blockquote { margin: 0.4em 0 0.4em 1em; font-style: italic; }
</style></head><body>
<h1>{{ L.title.format(org=org_name) }}</h1>
<p>{{ L.intro.format(date=generated) }}</p>
{% if person.erased %}<p><strong>{{ L.erased }}</strong></p>{% endif %}
<h2>{{ L.person }}</h2>
<table>
{% for key in person_fields %}<tr><th>{{ L[key] }}</th><td>{{ person[key] or "–" }}</td></tr>
{% endfor %}</table>
<h2>{{ L.consent }}</h2>
<table>
{% for key, value in consent.items() %}<tr><th>{{ L[key] }}</th><td>{{ L.yes if value else L.no }}</td></tr>
{% endfor %}</table>
<h2>{{ L.registers }}</h2>
{% for m in registers %}<p>{{ m.register }}: {{ m.number }} <span class="small">({{ L.register_consent if m.consent else L.register_no_consent }})</span></p>
{% else %}<p>{{ L.none }}</p>{% endfor %}
<h2>{{ L.registrations }}</h2>
{% for r in registrations %}
<p><strong>{{ r.event.title }}</strong>, {{ r.event.date_text }}{% if r.event.venue %}, {{ r.event.venue }}{% endif %}<br>
<span class="small">{{ L.status }}: {{ r.status }} · {{ L.code }}: {{ r.code }} · {{ L.registered_at }}:
{{ r.registered_text }}{% if r.checked_in_text %} · {{ L.checked_in_at }}: {{ r.checked_in_text }}{% endif %}
{% if r.tables %} · {{ L.tables }}: {% for t in r.tables %}{{ t.item }} ({{ t.table }}){% if not loop.last %}, {% endif %}{% endfor %}{% endif %}
</span></p>
{% if r.checkin_journal %}<p class="small">{{ L.journal }}:
{% for j in r.checkin_journal %}{{ j.at_text }} {{ j.action }} ({{ j.station }}){% if not loop.last %}; {% endif %}{% endfor %}</p>{% endif %}
{% else %}<p>{{ L.none }}</p>{% endfor %}
<h2>{{ L.programme }}</h2>
{% for p in programme %}<p>{{ p.event.title }}, {{ p.event.date_text }}: {{ p.item }} ({{ p.part }})</p>
{% else %}<p>{{ L.none }}</p>{% endfor %}
<h2>{{ L.quotes }}</h2>
{% for q in quotes %}<p>{{ q.event.title }}, {{ q.event.date_text }}:</p><blockquote>“{{ q.text }}”</blockquote>
{% else %}<p>{{ L.none }}</p>{% endfor %}
<h2>{{ L.reactions }}</h2>
{% for x in reactions %}<p>{{ x.event.title }}, {{ x.event.date_text }}{% if x.rating %} ({{ L.rating }} {{ x.rating }}/5){% endif %}:</p>
<blockquote>{{ x.text }}</blockquote>
{% else %}<p>{{ L.none }}</p>{% endfor %}
<h2>{{ L.mails }}</h2>
{% for m in mails %}<p><strong>{{ m.subject }}</strong><br><span class="small">{{ m.to }} · {{ m.when }} · {{ m.status }}</span></p>
{% else %}<p>{{ L.none }}</p>{% endfor %}
<p class="small" style="margin-top:2em">{{ L.rights.format(privacy=privacy) }}</p>
</body></html>
"""

#: Stored values shown in words (statuses, parts, door journal actions).
VALUES: dict[str, dict[str, str]] = {
    "nl": {
        "registered": "aangemeld",
        "waitlisted": "op de wachtlijst",
        "cancelled": "afgemeld",
        "attended": "aanwezig",
        "no-show": "niet gekomen",
        "walk-in": "zonder aanmelding binnengekomen",
        "speaker": "spreker",
        "facilitator": "gespreksleider",
        "host": "gastheer/gastvrouw",
        "checkin": "binnengekomen",
        "undo": "binnenkomst ongedaan gemaakt",
        "walkin": "ter plekke aangemeld",
        "mail-queued": "wacht op verzending",
        "mail-sending": "verzending onderbroken",
        "mail-sent": "verzonden",
        "mail-failed": "niet bezorgd",
        "mail-cancelled": "niet verzonden",
        "mail-saved": "klaargezet als bestand",
    },
    "en": {
        "registered": "registered",
        "waitlisted": "on the waiting list",
        "cancelled": "cancelled",
        "attended": "attended",
        "no-show": "did not come",
        "walk-in": "walked in without registering",
        "speaker": "speaker",
        "facilitator": "facilitator",
        "host": "host",
        "checkin": "checked in",
        "undo": "check-in undone",
        "walkin": "registered at the door",
        "mail-queued": "waiting to be sent",
        "mail-sending": "sending interrupted",
        "mail-sent": "sent",
        "mail-failed": "not delivered",
        "mail-cancelled": "not sent",
        "mail-saved": "saved as a file",
    },
}

PERSON_FIELDS = (*PERSON_DETAILS, "notes", "created_at")


def _locale(lang: str) -> str:
    return "nl_NL" if lang == "nl" else "en_GB"


def _date(value: str | None, lang: str) -> str:
    if not value:
        return ""
    return format_date(dt.date.fromisoformat(value[:10]), format="long", locale=_locale(lang))


def _moment(value: str | None, lang: str) -> str:
    if not value:
        return ""
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return format_datetime(moment, format="medium", locale=_locale(lang))


def render_html(data: dict[str, Any], lang: str = "nl") -> str:
    """The access-request data as a readable, self-contained HTML page."""
    lang = lang if lang in LABELS else "nl"
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    view = json.loads(json.dumps(data))  # a copy we may decorate
    for section in ("registrations", "programme", "quotes", "reactions"):
        for entry in view[section]:
            entry["event"]["date_text"] = _date(entry["event"]["date"], lang)
    words = VALUES[lang]
    for r in view["registrations"]:
        r["status"] = words.get(r["status"], r["status"])
        r["registered_text"] = _moment(r["registered_at"], lang)
        r["checked_in_text"] = _moment(r["checked_in_at"], lang)
        for j in r["checkin_journal"]:
            j["at_text"] = _moment(j["at"], lang)
            j["action"] = words.get(j["action"], j["action"])
    for p in view["programme"]:
        p["part"] = words.get(p["part"], p["part"])
    for m in view.get("mails", []):
        m["when"] = _moment(m["sent_at"] or m["created_at"], lang)
        m["status"] = words.get(f"mail-{m['status']}", m["status"])
    person = dict(view["person"])
    person["sector"] = (person.get("sector_label") or {}).get(lang) or person["sector"]
    person["created_at"] = _date(person["created_at"], lang)
    organiser = view.get("organiser") or {}
    return env.from_string(TEMPLATE).render(
        lang=lang,
        L=LABELS[lang],
        org_name=organiser.get("name") or "kcdesk",
        privacy=organiser.get("privacy") or "",
        generated=_date(view["generated_at"], lang),
        person=person,
        person_fields=PERSON_FIELDS,
        consent=view["consent"],
        registers=view.get("registers", []),
        registrations=view["registrations"],
        programme=view["programme"],
        quotes=view["quotes"],
        reactions=view["reactions"],
        mails=view.get("mails", []),
    )


def write_pdf(html: str, path: Path) -> None:
    """Lay the page out on A4 and write it as a PDF."""
    from PySide6.QtGui import QTextDocument

    from kcdesk.output.pdf import pdf_writer

    writer = pdf_writer(path, "kcdesk", margins_mm=0)  # print_() adds 2 cm
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(writer)  # not paginated yet: Qt lays a copy out on the page, scaled for the resolution


def write_report(data: dict[str, Any], path: Path, lang: str = "nl") -> str:
    """Write the access data to ``path``; the format follows the extension (.json, .html, .pdf)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt == "htm":
        fmt = "html"
    if fmt not in FORMATS:
        raise ReportFormatUnknown(name=path.name)
    if not path.parent.exists():
        raise FolderMissing(folder=path.parent)
    if path.is_dir():
        raise CannotWrite(path=path, detail=os.strerror(errno.EISDIR))
    try:
        check = pdf_check(path) if fmt == "pdf" else None
        with atomic_write(path, private=True, check=check) as tmp:  # the report holds personal data
            if fmt == "json":
                tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            elif fmt == "html":
                tmp.write_text(render_html(data, lang), encoding="utf-8")
            else:
                write_pdf(render_html(data, lang), tmp)
    except OSError as exc:
        raise CannotWrite(path=path, detail=exc.strerror or exc) from None
    return fmt
