"""Reporting attendance to a professional register: paste list (.txt), attendance list (.pdf, .csv).

- ``.txt``: the registration numbers of those who attended, one per line, as
  Registerplein's PE-online takes a column pasted from Excel;
- ``.pdf``: the paper attendance list registers ask for: organisation, activity
  title, date and activity ID, then surname, initials, organisation, job title,
  registration number and a signature column (template ``accreditation.<lang>.html``,
  which a file of that name in the user templates folder overrides);
- ``.csv``: the same rows for a spreadsheet.

Only numbers their owners agreed to have used are written (and only those people).
The file is personal data: written atomically, readable by its owner only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from kcdesk.domain.errors_accreditation import AccreditationExportFormat, AccreditationExportNoExtension
from kcdesk.export import tabular
from kcdesk.export.context import ACCREDITATION_STATUS, event_data
from kcdesk.export.environment import make_environment, render
from kcdesk.export.filters import check_lang
from kcdesk.export.services import ExportServices
from kcdesk.output.atomic import atomic_write, check_output
from kcdesk.output.pdf_check import pdf_check
from kcdesk.services.accreditation import AttendanceList

FORMATS = ("txt", "csv", "pdf")
#: empty rows under the names on the paper list, for those who sign on the day
BLANK_ROWS = 3
#: rows on one landscape A4 sheet; each sheet repeats the activity and the column headings
ROWS_PER_PAGE = 16


def pages(rows: list[dict[str, Any]], per_page: int = ROWS_PER_PAGE, blank: int = BLANK_ROWS) -> list[dict]:
    """The rows in sheets of ``per_page`` ({first, rows, blank, number, count, last}); the empty rows close the last sheet
    (a sheet of their own when the last one is full). One table per sheet also keeps Qt's table
    layout quick: one table of 500 rows took seconds."""
    out: list[dict[str, Any]] = [
        {"first": i, "rows": rows[i : i + per_page], "blank": 0} for i in range(0, len(rows), per_page)
    ]
    if not out or len(out[-1]["rows"]) + blank > per_page:
        out.append({"first": len(rows), "rows": [], "blank": blank})
    else:
        out[-1]["blank"] = blank
    for number, sheet in enumerate(out, 1):
        sheet |= {"number": number, "count": len(out), "last": number == len(out)}
    return out


def paste_text(att: AttendanceList) -> str:
    return "".join(f"{n}\n" for n in att.numbers)


def table(att: AttendanceList, lang: str = "nl") -> tuple[list[str], list[list[Any]]]:
    a = att.accreditation
    header = (
        ["Achternaam", "Voorletters", "Voornaam", "Organisatie", "Functie", "Register", "Registratienummer"]
        + ["Activiteit", "Datum", "Activiteitnummer", "Punten", "Netto uren"]
        if lang == "nl"
        else [
            "Surname",
            "Initials",
            "Given name",
            "Organisation",
            "Job title",
            "Register",
            "Registration number",
        ]
        + ["Activity", "Date", "Activity ID", "Points", "Net hours"]
    )
    date = att.event.date.isoformat() if att.event.date else ""
    rows = [
        [r["surname"], r["initials"], r["given_name"], r["organisation"], r["job_title"], a.register]
        + [r["number"], att.event.title, date, a.activity_id, f"{a.points:g}", f"{a.hours:g}"]
        for r in att.rows
    ]
    return header, rows


def list_context(services: ExportServices, att: AttendanceList, lang: str = "nl") -> dict[str, Any]:
    """The template context of a register's attendance list (docs/accreditation.md)."""
    lang = check_lang(lang)
    a = att.accreditation
    return {
        "lang": lang,
        "today": dt.date.today(),
        "organiser": {"name": att.organiser, "privacy_line": _privacy_line(services)},
        "event": event_data(att.event, lang),
        "accreditation": {
            "register": a.register,
            "register_full": services.accreditation.full_name(a.register),
            "activity_id": a.activity_id,
            "points": a.points,
            "hours": a.hours,
            "status": str(a.status),
            "status_label": ACCREDITATION_STATUS[lang][str(a.status)],
        },
        "rows": att.rows,
        "pages": pages(att.rows),
    }


def sheets_html(services: ExportServices, att: AttendanceList, lang: str = "nl") -> list[str]:
    """The attendance list as one HTML page per sheet (the template renders the sheets it is given)."""
    context = list_context(services, att, lang)
    env = make_environment(context["lang"])
    name = f"accreditation.{context['lang']}.html"
    sheets = context["pages"]
    return [render(env, name, context | {"pages": [sheet]}) for sheet in sheets]


def _privacy_line(services: ExportServices) -> str:
    organiser = services.events.organiser()
    return organiser.privacy_line if organiser else ""


def export_register(
    services: ExportServices, event_id: int, register: str, path: Path | str, lang: str = "nl"
) -> tuple[Path, int]:
    """Write the register's report of an event; the format from the extension. (path, people written)."""
    path = Path(path).expanduser()
    fmt = path.suffix.lower().lstrip(".")
    if not fmt:
        raise AccreditationExportNoExtension(field="output")
    if fmt not in FORMATS:
        raise AccreditationExportFormat(field="output", extension=fmt)
    check_output(path)
    att = services.accreditation.attendance(event_id, register)
    check = pdf_check(path) if fmt == "pdf" else None  # read back before it replaces anything
    with atomic_write(path, private=True, check=check) as tmp:  # register numbers are personal data: 0600
        if fmt == "txt":
            tmp.write_text(paste_text(att), encoding="utf-8", newline="\n")
        elif fmt == "csv":
            header, rows = table(att, lang)
            tmp.write_text(tabular.csv_text(header, rows, lang), encoding="utf-8-sig", newline="")
        else:
            from kcdesk.export.pdf import pages_to_pdf

            title = f"{att.event.title} — {att.accreditation.register}"
            sheets = sheets_html(services, att, lang)
            pages_to_pdf(sheets, len(sheets), tmp, title, landscape=True, framed=False)
    return path, len(att.rows)
