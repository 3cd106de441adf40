"""Translated labels for the stored vocabularies (statuses, kinds, parts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kcdesk.domain.enums import Part, ProgrammeKind, RegistrationStatus


def kind_label(kind: str) -> str:
    return {
        "opening-round": QCoreApplication.translate("Labels", "Opening round"),
        "presentation": QCoreApplication.translate("Labels", "Presentation"),
        "table-session": QCoreApplication.translate("Labels", "Table session"),
        "break": QCoreApplication.translate("Labels", "Break"),
        "closing": QCoreApplication.translate("Labels", "Closing"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }.get(str(kind), str(kind))


def part_label(part: str) -> str:
    return {
        "speaker": QCoreApplication.translate("Labels", "speaker"),
        "facilitator": QCoreApplication.translate("Labels", "facilitator"),
        "host": QCoreApplication.translate("Labels", "host"),
    }.get(str(part), str(part))


def registration_status_label(status: str) -> str:
    return {
        "registered": QCoreApplication.translate("Labels", "registered"),
        "waitlisted": QCoreApplication.translate("Labels", "waitlisted"),
        "cancelled": QCoreApplication.translate("Labels", "cancelled"),
        "attended": QCoreApplication.translate("Labels", "attended"),
        "no-show": QCoreApplication.translate("Labels", "no-show"),
        "walk-in": QCoreApplication.translate("Labels", "walk-in"),
    }.get(str(status), str(status))


KINDS = list(ProgrammeKind)
PARTS = list(Part)
REGISTRATION_STATUSES = list(RegistrationStatus)


def ui_lang() -> str:
    """'nl' or 'en', following the locale the app was started with (see ui/app.py)."""
    from PySide6.QtCore import QLocale

    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def person_label(name: str) -> str:
    """A person's name for a list; an erased person (the anonymous stub has no name) says so."""
    return name if name.strip() else QCoreApplication.translate("Labels", "(erased)")


def file_word(name: str | None) -> str:
    """The word a suggested file name uses for a template or a kind of file, in the UI's language
    ("kenniscafe-…-artikel.docx", "…-deelnamebewijzen.pdf")."""
    return {
        "article": QCoreApplication.translate("FileNames", "article"),
        "attendance": QCoreApplication.translate("FileNames", "attendance"),
        "signin-sheet": QCoreApplication.translate("FileNames", "signin-sheet"),
        "certificates": QCoreApplication.translate("FileNames", "certificates"),
        "badges": QCoreApplication.translate("FileNames", "badges"),
        "participants": QCoreApplication.translate("FileNames", "participants"),
        "calendar": QCoreApplication.translate("FileNames", "calendar"),
        "newsletter": QCoreApplication.translate("FileNames", "newsletter"),
        "report": QCoreApplication.translate("FileNames", "report"),
        "journal": QCoreApplication.translate("FileNames", "journal"),
    }.get(name or "", name or "")
