"""Translated labels for the stored vocabularies (statuses, kinds, parts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kcdesk.domain.enums import Part, ProgrammeKind, RegistrationStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def kind_label(kind: str) -> str:
    return {
        "opening-round": _tr("Opening round"),
        "presentation": _tr("Presentation"),
        "table-session": _tr("Table session"),
        "break": _tr("Break"),
        "closing": _tr("Closing"),
        "other": _tr("Other"),
    }.get(str(kind), str(kind))


def part_label(part: str) -> str:
    return {"speaker": _tr("speaker"), "facilitator": _tr("facilitator"), "host": _tr("host")}.get(str(part), str(part))


def registration_status_label(status: str) -> str:
    return {
        "registered": _tr("registered"),
        "waitlisted": _tr("waitlisted"),
        "cancelled": _tr("cancelled"),
        "attended": _tr("attended"),
        "no-show": _tr("no-show"),
        "walk-in": _tr("walk-in"),
    }.get(str(status), str(status))


KINDS = list(ProgrammeKind)
PARTS = list(Part)
REGISTRATION_STATUSES = list(RegistrationStatus)


def ui_lang() -> str:
    """'nl' or 'en', following the locale the app was started with (see ui/app.py)."""
    from PySide6.QtCore import QLocale

    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"
