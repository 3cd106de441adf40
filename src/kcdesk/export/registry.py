"""What can be exported: the built-in templates, the user's, and their formats.

A built-in template has a name (``article``...) and producers per format
(``md``, ``html``, ``docx``, ``pdf``, ``csv``, ``ics``). The format is taken
from the output file's extension. Template files are named
``<name>.<lang>.<ext>`` (or ``<name>.<ext>`` for every language); a file of
the same name in the user templates folder overrides the built-in one, and a
new file there adds a template of its own.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from markupsafe import Markup

from kcdesk.domain.errors import (
    BadgesUnavailable,
    ExtensionMissing,
    FormatNotOffered,
    NoCertificates,
    TemplateCannotMake,
    TemplateLanguageMissing,
    TemplateNotFound,
)
from kcdesk.domain.errors_mail import NoCertificateFor
from kcdesk.export import environment, tabular
from kcdesk.export.context import build_context
from kcdesk.export.environment import make_environment, render
from kcdesk.export.filters import LANGUAGES, check_lang, markdown_html
from kcdesk.export.services import ExportServices
from kcdesk.output.atomic import atomic_write
from kcdesk.output.pdf_check import pdf_check

#: Templates whose output is published: before they are written, notes that name someone who
#: did not consent to be named are flagged (``AuthoringService.named_without_consent``).
PUBLICATIONS = frozenset({"article", "newsletter"})

Progress = Callable[[int, int], object]

#: File extensions that name the same format.
EXTENSION_ALIASES = {"markdown": "md", "htm": "html", "ical": "ics", "ifb": "ics"}
#: Formats a user template of an extension can produce.
USER_FORMATS = {
    "html": ("html", "pdf"),
    "md": ("md", "html", "docx"),
    "txt": ("txt",),
    "csv": ("csv",),
    "xml": ("xml",),
}


@dataclasses.dataclass(frozen=True)
class TemplateInfo:
    name: str
    formats: tuple[str, ...]
    description: str
    builtin: bool = True
    overridden: bool = False  # a user file replaces (part of) the built-in template
    files: tuple[str, ...] = ()

    @property
    def personal(self) -> bool:
        """Its files hold personal data, so they are readable by their owner only (0600)."""
        return not (self.builtin and self.name in WITHOUT_PERSONAL_DATA)


@dataclasses.dataclass
class Preview:
    """What the export dialog shows: ``kind`` is "html", "markdown" or "text"."""

    kind: str
    text: str
    images: dict[str, str] = dataclasses.field(default_factory=dict)  # <img src> name -> SVG text


BUILTIN: dict[str, tuple[tuple[str, ...], str]] = {
    "article": (("md", "html", "docx"), "Draft article for the website or newsletter"),
    "attendance": (("pdf", "csv"), "Attendance list (presentielijst) of the checked-in participants"),
    "signin-sheet": (("pdf",), "Empty sign-in sheet to print as a paper fallback"),
    "certificates": (("pdf",), "Certificates of attendance, one page per checked-in participant"),
    "badges": (("pdf",), "Name badges with check-in QR codes"),
    "participants": (("csv",), "All registrations as a spreadsheet"),
    "calendar": (("ics",), "Calendar invitation for the event"),
    "newsletter": (("html",), "Newsletter snippet announcing or reporting the event"),
    "report": (("html", "pdf"), "Event report for funders: attendance by sector and across the series"),
}


#: Built-in templates whose files hold no personal data beyond what is published with consent;
#: every other export (lists of people, certificates, badges, the user's own templates) is 0600.
WITHOUT_PERSONAL_DATA = frozenset({"article", "calendar", "newsletter", "report"})


def format_of(path: Path | str) -> str:
    ext = Path(path).suffix.lower().lstrip(".")
    return EXTENSION_ALIASES.get(ext, ext)


def _parse(filename: str) -> tuple[str, str | None, str] | None:
    """ "article.nl.md" -> ("article", "nl", "md"); "thanks.html" -> ("thanks", None, "html")."""
    parts = filename.split(".")
    if len(parts) < 2 or filename.startswith("."):
        return None
    if len(parts) >= 3 and parts[-2] in LANGUAGES:
        return ".".join(parts[:-2]), parts[-2], parts[-1].lower()
    return ".".join(parts[:-1]), None, parts[-1].lower()


def user_files() -> list[str]:
    folder = environment.user_dir()
    return sorted(p.name for p in folder.iterdir() if p.is_file() and _parse(p.name))


def templates() -> list[TemplateInfo]:
    """Built-in templates (marked when the user overrides one of their files) and the user's own."""
    files = user_files()
    by_name: dict[str, list[tuple[str | None, str, str]]] = {}
    for f in files:
        parsed = _parse(f)
        assert parsed
        by_name.setdefault(parsed[0], []).append((parsed[1], parsed[2], f))
    # certificates are drawn from certificate.*.html
    out = []
    for name, (builtin_formats, description) in BUILTIN.items():
        own = by_name.pop(name, []) + (by_name.pop("certificate", []) if name == "certificates" else [])
        out.append(
            TemplateInfo(name, builtin_formats, description, True, bool(own), tuple(f for _, _, f in own))
        )
    for name, entries in sorted(by_name.items()):
        formats: list[str] = []
        for _, ext, _ in entries:
            for fmt in USER_FORMATS.get(ext, ()):
                if fmt not in formats:
                    formats.append(fmt)
        if formats:
            out.append(
                TemplateInfo(
                    name, tuple(formats), "User template", False, False, tuple(f for _, _, f in entries)
                )
            )
    return out


def find(name: str) -> TemplateInfo:
    for t in templates():
        if t.name == name:
            return t
    known = ", ".join(t.name for t in templates())
    raise TemplateNotFound(name=name, available=known)


class Exporter:
    """Renders one template of one event in one language."""

    def __init__(self, services: ExportServices, event_id: int, lang: str = "nl"):
        self.services = services
        self.lang = check_lang(lang)
        self.env = make_environment(self.lang)
        self.context = build_context(services, event_id, self.lang)
        self.event_id = event_id
        self._names = set(self.env.list_templates())

    # -- helpers ---------------------------------------------------------------
    def template_name(self, base: str, ext: str) -> str:
        for candidate in (f"{base}.{self.lang}.{ext}", f"{base}.{ext}"):
            if candidate in self._names:
                return candidate
        raise environment.TemplateProblem(f"{base}.{self.lang}.{ext}", None, "no such template file")

    def render(self, base: str, ext: str, fmt: str | None = None, **extra: Any) -> str:
        ctx = self.context | {"format": fmt or ext} | extra
        text = render(self.env, self.template_name(base, ext), ctx)
        if ext == "md":  # one blank line between paragraphs, whatever the template's blocks left
            text = re.sub(r"\n{3,}", "\n\n", text)
        return text

    def with_report(self, fmt: str) -> dict[str, Any]:
        from kcdesk.export.report import report_context

        report = report_context(self.services, self.event_id, self.context)
        images = {}
        if fmt == "pdf":
            for key in ("sector", "series"):
                images[f"chart:{key}"] = str(report[f"{key}_chart_svg"])
                report[f"{key}_chart"] = Markup(f'<img src="chart:{key}" width="560">')
        else:
            report["sector_chart"] = report["sector_chart_svg"]
            report["series_chart"] = report["series_chart_svg"]
        return {"report": report, "_images": images}

    def title(self) -> str:
        return self.context["event"]["title"]

    def docx_properties(self) -> dict[str, Any]:
        """Language, author (the organiser) and date (of publication, else of the event) of a .docx."""
        event = self.context["event"]
        return {
            "lang": self.lang,
            "author": self.context["organiser"]["name"],
            "date": event["published_on"] or event["date"],
        }

    # -- tables ----------------------------------------------------------------
    def table(self, which: str) -> tuple[list[str], list[list[Any]]]:
        nl = self.lang == "nl"
        if which == "attendance":
            header = (
                ["Naam", "Organisatie", "Functie", "Sector", "Code", "Binnen om"]
                if nl
                else ["Name", "Organisation", "Job title", "Sector", "Code", "Checked in at"]
            )
            rows = [
                [
                    a["name"],
                    a["organisation"],
                    a["job_title"],
                    a["sector_label"],
                    a["code"],
                    a["checked_in_at"].astimezone().strftime("%H:%M") if a["checked_in_at"] else "",
                ]
                for a in self.context["attendees"]
            ]
            return header, rows
        header = (
            [
                "Voornaam",
                "Achternaam",
                "E-mail",
                "Organisatie",
                "Functie",
                "Sector",
                "Status",
                "Code",
                "Aanwezig",
            ]
            if nl
            else [
                "Given name",
                "Family name",
                "Email",
                "Organisation",
                "Job title",
                "Sector",
                "Status",
                "Code",
                "Present",
            ]
        )
        yes, no = ("ja", "nee") if nl else ("yes", "no")
        rows = [
            [
                r["given_name"],
                r["family_name"],
                r["email"],
                r["organisation"],
                r["job_title"],
                r["sector_label"],
                r["status_label"],
                r["code"],
                yes if r["present"] else no,
            ]
            for r in self.context["registrations"]
        ]
        return header, rows

    # -- producing ------------------------------------------------------------
    def produce(self, info: TemplateInfo, fmt: str, path: Path, progress: Progress | None = None) -> None:
        """Write the export to ``path`` (already a temporary file).

        ``self.pages`` is then the number of pages a PDF must have, where known.
        """
        name = info.name
        self.pages: int | None = None
        if not info.builtin:
            self._produce_user(info, fmt, path)
            return
        if name == "badges":
            self.pages = _badges(self.services, self.event_id, path)
        elif name == "article" and fmt == "docx":
            from kcdesk.export.docx_writer import markdown_to_docx

            markdown_to_docx(
                self.render("article", "md", "docx"), path, self.title(), **self.docx_properties()
            )
        elif name in ("article", "newsletter") or (name == "report" and fmt == "html"):
            extra = self.with_report(fmt) if name == "report" else {}
            extra.pop("_images", None)
            path.write_text(self.render(name, fmt, fmt, **extra), encoding="utf-8", newline="\n")
        elif fmt == "csv":
            header, rows = self.table(name)
            path.write_text(tabular.csv_text(header, rows, self.lang), encoding="utf-8-sig", newline="")
        elif name == "calendar":
            path.write_bytes(self.calendar_ics())
        elif name == "certificates":
            self._certificates(path, progress)
        elif fmt == "pdf":
            from kcdesk.export.pdf import html_to_pdf

            extra = self.with_report(fmt) if name == "report" else {"_images": {}}
            images = extra.pop("_images")
            html_to_pdf(self.render(name, "html", "pdf", **extra), path, self.title(), images)
        else:  # pragma: no cover - formats are checked before
            raise TemplateCannotMake(name=name, fmt=fmt)

    def calendar_ics(self) -> bytes:
        """The event's calendar invitation (.ics), its description from the calendar template."""
        from kcdesk.export.ics import calendar_bytes

        description = self.render("calendar", "txt", "ics")
        return calendar_bytes(self.context["event"], self.context["organiser"], description)

    def _certificates(self, path: Path, progress: Progress | None) -> None:
        attendees = [a for a in self.context["attendees"] if not a["erased"]]  # no certificate for nobody
        if not attendees:
            raise NoCertificates()
        self._certificate_pages(attendees, path, progress)

    def certificate(self, code: str, path: Path) -> None:
        """The one-page certificate of the attendee with registration ``code`` (mailed with the thanks)."""
        attendees = [a for a in self.context["attendees"] if a["code"] == code and not a["erased"]]
        if not attendees:
            raise NoCertificateFor(reg_code=code)
        self._certificate_pages(attendees, path, None)

    def _certificate_pages(
        self, attendees: list[dict[str, Any]], path: Path, progress: Progress | None
    ) -> None:
        from kcdesk.export.pdf import pages_to_pdf

        name = self.template_name("certificate", "html")
        template = environment.load(self.env, name)
        base = self.context | {"format": "pdf"}

        def pages():
            for a in attendees:
                try:
                    yield template.render(base | {"attendee": a})
                except Exception as exc:  # noqa: BLE001 - turned into a TemplateProblem
                    raise_problem(self.env, name, base | {"attendee": a}, exc)

        pages_to_pdf(pages(), len(attendees), path, self.title(), landscape=True, progress=progress)
        self.pages = len(attendees)  # one certificate a page

    def _produce_user(self, info: TemplateInfo, fmt: str, path: Path) -> None:
        names = [f for f in info.files if _parse(f)[1] in (self.lang, None)]  # type: ignore[index]
        if not names:
            raise TemplateLanguageMissing(name=info.name, lang=self.lang)
        exts = {_parse(f)[2] for f in names}  # type: ignore[index]
        source_ext = next((e for e in exts if fmt in USER_FORMATS.get(e, ())), None)
        if source_ext is None:
            raise TemplateCannotMake(name=info.name, fmt=fmt)
        text = self.render(info.name, source_ext, fmt)
        if fmt == source_ext:
            path.write_text(text, encoding="utf-8", newline="\n")
        elif fmt == "docx":
            from kcdesk.export.docx_writer import markdown_to_docx

            markdown_to_docx(text, path, self.title(), **self.docx_properties())
        elif fmt == "html":
            path.write_text(str(markdown_html(text)), encoding="utf-8")
        elif fmt == "pdf":
            from kcdesk.export.pdf import html_to_pdf

            html_to_pdf(text, path, self.title())

    def preview_job(self, info: TemplateInfo, fmt: str) -> Callable[[], Preview]:
        """Read what the preview needs from the database now; the returned function only
        renders, so it may run on another thread (the app's preview) and be cancelled there."""
        if info.builtin and info.name == "report":  # charts as images: a text browser draws no inline SVG
            extra = self.with_report("pdf")
            images = extra.pop("_images")
            return lambda: Preview("html", self.render("report", "html", "pdf", **extra), images)
        if info.builtin and info.name == "badges":
            text = badges_summary(self.services, self.event_id, self.lang)
            return lambda: Preview("text", text)
        return lambda: self._rendered_preview(info, fmt)

    def preview(self, info: TemplateInfo, fmt: str) -> Preview:
        """A quick look before exporting: the rendered text, or a summary for binary formats."""
        return self.preview_job(info, fmt)()

    def _rendered_preview(self, info: TemplateInfo, fmt: str) -> Preview:
        name = info.name
        if not info.builtin:
            ext = next((_parse(f)[2] for f in info.files), "txt")  # type: ignore[index]
            text = self.render(name, ext, fmt)
            return Preview("markdown" if ext == "md" else "html" if ext == "html" else "text", text)
        if name == "article":
            if fmt == "html":
                return Preview("html", self.render("article", "html"))
            return Preview("markdown", self.render("article", "md", fmt))
        if name == "newsletter":
            return Preview("html", self.render("newsletter", "html"))
        if fmt == "csv":
            header, rows = self.table(name)
            return Preview("text", tabular.csv_text(header, rows[:30], self.lang))
        if name == "calendar":
            return Preview("text", self.render("calendar", "txt", "ics"))
        if name == "certificates":
            attendees = self.context["attendees"]
            if not attendees:
                return Preview("text", NO_CERTIFICATES[self.lang])
            return Preview("html", self.render("certificate", "html", "pdf", attendee=attendees[0]))
        return Preview("html", self.render(name, "html", "pdf"))


NO_CERTIFICATES = {
    "nl": "Nog niemand is ingecheckt, dus er zijn nog geen deelnamebewijzen.",
    "en": "Nobody is checked in yet, so there are no certificates yet.",
}


def badges_summary(services: ExportServices, event_id: int, lang: str) -> str:
    """What the badges PDF will hold: the count (cancelled registrations get none) and the names."""
    from kcdesk.services.badges import PER_PAGE

    badges = services.badges.for_event(event_id)
    n, pages = len(badges), -(-len(badges) // PER_PAGE)
    if lang == "nl":
        head = (
            f"{n} {'naambadge' if n == 1 else 'naambadges'} op {pages} {'vel' if pages == 1 else 'vellen'} A4"
        )
    else:
        head = f"{n} {'badge' if n == 1 else 'badges'} on {pages} A4 {'sheet' if pages == 1 else 'sheets'}"
    lines = [f"{b.name} — {b.organisation}" if b.organisation else b.name for b in badges]
    return "\n".join([head + ":", "", *lines])


def raise_problem(env, name: str, context: dict[str, Any], exc: BaseException):
    """Re-render to turn a failure into a TemplateProblem with the template line."""
    if isinstance(exc, environment.TemplateProblem):
        raise exc
    render(env, name, context)  # raises the TemplateProblem
    raise exc  # pragma: no cover


def _badges(services: ExportServices, event_id: int, path: Path) -> int:
    try:
        import kcdesk.services.badges  # noqa: F401 (Qt's PDF support may be missing)
    except ImportError as exc:
        raise BadgesUnavailable() from exc
    return services.badges.paint_into(event_id, path)  # into the export's temporary file; the pages


def check_format(info: TemplateInfo, fmt: str) -> str:
    if not fmt:
        raise ExtensionMissing(formats=", ".join("." + f for f in info.formats))
    if fmt not in info.formats:
        raise FormatNotOffered(name=info.name, fmt=fmt, formats=", ".join("." + f for f in info.formats))
    return fmt


def export(
    services: ExportServices,
    event_id: int,
    name: str,
    path: Path | str,
    lang: str = "nl",
    fmt: str | None = None,
    progress: Progress | None = None,
) -> Path:
    """Render template ``name`` of an event to ``path``; the format comes from the extension.

    Nothing is left at ``path`` when anything fails.
    """
    path = Path(path).expanduser()
    info = find(name)
    fmt = check_format(info, fmt or format_of(path))
    exporter = Exporter(services, event_id, lang)
    check = pdf_check(path, lambda: exporter.pages) if fmt == "pdf" else None
    with atomic_write(path, private=info.personal, check=check) as tmp:
        exporter.produce(info, fmt, tmp, progress)
    return path


def preview(services: ExportServices, event_id: int, name: str, fmt: str, lang: str = "nl") -> Preview:
    return preview_job(services, event_id, name, fmt, lang)()


def preview_job(
    services: ExportServices,
    event_id: int,
    name: str,
    fmt: str,
    lang: str = "nl",
    cancelled: threading.Event | None = None,
) -> Callable[[], Preview]:
    """The preview as a job: the database is read now (on the caller's thread); calling the
    result renders it, on any thread. Setting ``cancelled`` stops that render (ExportCancelled)."""
    info = find(name)
    check_format(info, fmt)
    exporter = Exporter(services, event_id, lang)
    exporter.env.cancelled = cancelled
    return exporter.preview_job(info, fmt)
