"""Table models of the notes screen: key figures, quotes, reactions, series search.

Each model holds the rows of one event (a few dozen at most) loaded through
the services, and writes through the services too.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal

from kcdesk.domain.enums import Consent
from kcdesk.domain.errors import KcdeskError
from kcdesk.domain.models import KeyFigure, Quote, Reaction
from kcdesk.services import Services
from kcdesk.ui.models.base import DISPLAY, Index, RowsTableModel
from kcdesk.ui.models.labels import person_label
from kcdesk.words.errors import translate_error


def consent_label(consent: Consent | str) -> str:
    return {
        "yes": QCoreApplication.translate("NotesModels", "yes, may be published"),
        "no": QCoreApplication.translate("NotesModels", "no"),
        "ask": QCoreApplication.translate("NotesModels", "ask first"),
    }.get(str(consent), str(consent))


class _ListModel(RowsTableModel):
    """The rows (dataclasses with an ``id``) of one event; subclasses name the columns and render cells."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.services: Services | None = None
        self.event_id: int | None = None

    def set_event(self, services: Services | None, event_id: int | None) -> None:
        self.services, self.event_id = services, event_id
        self.reload()

    def fetch(self) -> list[Any]:
        if self.services is None or self.event_id is None:
            return []
        return self.fetch_event(self.services, self.event_id)

    def fetch_event(self, services: Services, event_id: int) -> list[Any]:  # pragma: no cover - overridden
        raise NotImplementedError

    def key_of(self, row: Any) -> Any:
        return getattr(row, "id", None)


_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def parse_number(text: str, locale: QLocale | None = None) -> float:
    """A number as people type it: "2,5" and "2.5" are two and a half; "1.250" in Dutch is 1250.

    Raises ValueError when it is not a number.
    """
    locale = locale or QLocale()
    t = str(text).strip().replace(" ", "").replace("\u00a0", "")
    decimal = locale.decimalPoint()
    group = locale.groupSeparator()
    if "," in t and "." in t:  # both: the last one is the decimal mark
        mark = "," if t.rfind(",") > t.rfind(".") else "."
        t = t.replace("." if mark == "," else ",", "").replace(mark, ".")
    elif group in (",", ".") and t.count(group) and _THOUSANDS.fullmatch(t) and group != decimal:
        t = t.replace(group, "")  # 1.250 (nl) / 1,250 (en)
    else:
        t = t.replace(",", ".")
    return float(t)


def format_number(value: float, locale: QLocale | None = None) -> str:
    """The number as the user's language writes it, without a trailing ",0"."""
    locale = locale or QLocale()
    text = f"{float(value):.10g}"
    return text.replace(".", locale.decimalPoint()) if "e" not in text else text


class FiguresModel(_ListModel):
    """Key figures: label, number and the label in English (for the English draft), edited in place."""

    COLUMNS = ("label", "value", "label_en")

    #: error(message): an edit was refused (shown by the screen)
    error = Signal(str)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("NotesModels", "Label"),
            QCoreApplication.translate("NotesModels", "Number"),
            QCoreApplication.translate("NotesModels", "Label in English"),
        ]

    def fetch_event(self, services: Services, event_id: int) -> list[KeyFigure]:
        return services.content.figures(event_id)

    def cell(self, f: KeyFigure, column: str, role: int) -> Any:
        if role in (DISPLAY, Qt.ItemDataRole.EditRole):
            if column == "label":
                return f.label
            if column == "label_en":
                return f.label_en
            if role == Qt.ItemDataRole.EditRole:
                return format_number(f.value)  # a text editor: a spin box would turn "2,5" into 25
            value = f.value
            return int(value) if float(value).is_integer() else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "value":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.IdRole:
            return f.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.services is None:
            return False
        f: KeyFigure = self.rows[index.row()]
        try:
            column = self.COLUMNS[index.column()]
            if column == "label":
                f.label = str(value).strip()
            elif column == "label_en":
                f.label_en = str(value).strip()
            else:
                f.value = value if isinstance(value, int | float) else parse_number(str(value))
            self.services.content.save_figure(f)
        except ValueError:
            self.error.emit(
                QCoreApplication.translate("NotesModels", "A key figure is a number, like 15 or 2.5.")
            )
            self.reload()
            return False
        except KcdeskError as exc:
            self.error.emit(translate_error(exc))
            self.reload()
            return False
        self.dataChanged.emit(index, index)
        return True

    def add(self, label: str, value: float = 0) -> KeyFigure:
        assert self.services is not None and self.event_id is not None
        return self.services.content.save_figure(KeyFigure(self.event_id, label, value))


class QuotesModel(_ListModel):
    """Quotes of the event: text, who said it, programme item, consent."""

    COLUMNS = ("text", "who", "item", "consent")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.names: dict[int, str] = {}
        self.items: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("NotesModels", "Quote"),
            QCoreApplication.translate("NotesModels", "Said by"),
            QCoreApplication.translate("NotesModels", "Programme item"),
            QCoreApplication.translate("NotesModels", "Consent"),
        ]

    def fetch_event(self, services: Services, event_id: int) -> list[Quote]:
        quotes = services.content.quotes(event_id)
        ids = [q.person_id for q in quotes if q.person_id is not None]
        self.names = {pid: person_label(p.name) for pid, p in services.people.many(ids).items()}
        self.items = {i.id: i.title for i in services.events.programme(event_id) if i.id is not None}
        return quotes

    def who(self, q: Quote) -> str:
        if q.person_id is not None:
            return self.names.get(q.person_id, "?")
        parts = [x for x in (q.attribution_name, q.attribution_role, q.attribution_org) if x.strip()]
        return ", ".join(parts) or QCoreApplication.translate("NotesModels", "anonymous")

    def cell(self, q: Quote, column: str, role: int) -> Any:
        if role == DISPLAY:
            if column == "text":
                return q.text
            if column == "who":
                return self.who(q)
            if column == "item":
                return self.items.get(q.item_id, "") if q.item_id else ""
            return consent_label(q.consent)
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return q.text
        if role == self.IdRole:
            return q.id
        return None


class ReactionsModel(_ListModel):
    """Reactions of participants: text, who (if not anonymous), rating."""

    COLUMNS = ("text", "person", "rating")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.names: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("NotesModels", "Reaction"),
            QCoreApplication.translate("NotesModels", "Person"),
            QCoreApplication.translate("NotesModels", "Rating"),
        ]

    def fetch_event(self, services: Services, event_id: int) -> list[Reaction]:
        rows = services.content.reactions(event_id)
        ids = [r.person_id for r in rows if r.person_id is not None]
        self.names = {pid: person_label(p.name) for pid, p in services.people.many(ids).items()}
        return rows

    def cell(self, r: Reaction, column: str, role: int) -> Any:
        if role == DISPLAY:
            if column == "text":
                return r.text
            if column == "person":
                return self.names.get(r.person_id, "") if r.person_id else ""
            return "★" * r.rating if r.rating else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return r.text
        if role == self.IdRole:
            return r.id
        return None


class SearchModel(RowsTableModel):
    """Notes, quotes and reactions across the events of a series that contain the search text."""

    COLUMNS = ("kind", "event", "text")
    EventIdRole = Qt.ItemDataRole.UserRole + 1

    def search(self, services: Services | None, series_id: int | None, text: str) -> None:
        self.set_rows(services.content.search_series(series_id, text) if services and series_id else [])

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("NotesModels", "Kind"),
            QCoreApplication.translate("NotesModels", "Event"),
            QCoreApplication.translate("NotesModels", "Text"),
        ]

    def cell(self, r: dict[str, Any], column: str, role: int) -> Any:
        if role == DISPLAY:
            if column == "kind":
                return {
                    "note": QCoreApplication.translate("NotesModels", "note"),
                    "quote": QCoreApplication.translate("NotesModels", "quote"),
                    "reaction": QCoreApplication.translate("NotesModels", "reaction"),
                }.get(r["kind"], r["kind"])
            if column == "event":
                return r["event_title"]
            return " ".join(str(r["text"]).split())
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return r["text"]
        if role == self.EventIdRole:
            return r["event_id"]
        return None
