"""The people directory over all events: search (FTS) and sort happen in SQL, not in a proxy."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from kcdesk.services import Services
from kcdesk.ui.models.base import DISPLAY, Index, RowsTableModel
from kcdesk.ui.models.labels import person_label, ui_lang

#: (column key, header) — the key is also the sort key the store accepts.
COLUMNS = (
    ("name", "Name"),
    ("organisation", "Organisation"),
    ("sector", "Sector"),
    ("email", "Email"),
    ("events", "Events"),
    ("attended", "Attended"),
    ("newsletter", "Newsletter"),
    ("consent_photo", "Photo"),
    ("consent_quote", "Quote"),
    ("consent_name", "Name shown"),
)
KEYS = tuple(key for key, _ in COLUMNS)
CONSENT = ("newsletter", "consent_photo", "consent_quote", "consent_name")
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole


def header(key: str) -> str:
    return {
        "name": QCoreApplication.translate("PeopleModel", "Name"),
        "organisation": QCoreApplication.translate("PeopleModel", "Organisation"),
        "sector": QCoreApplication.translate("PeopleModel", "Sector"),
        "email": QCoreApplication.translate("PeopleModel", "Email"),
        "events": QCoreApplication.translate("PeopleModel", "Events"),
        "attended": QCoreApplication.translate("PeopleModel", "Attended"),
        "newsletter": QCoreApplication.translate("PeopleModel", "Newsletter"),
        "consent_photo": QCoreApplication.translate("PeopleModel", "Photo"),
        "consent_quote": QCoreApplication.translate("PeopleModel", "Quote"),
        "consent_name": QCoreApplication.translate("PeopleModel", "Name shown"),
    }[key]


def short_header(key: str) -> str:
    """The header a narrow column shows (its tooltip has :func:`header`)."""
    return {
        "events": QCoreApplication.translate("PeopleModel", "Registered"),
        "attended": QCoreApplication.translate("PeopleModel", "Attended"),
        "newsletter": QCoreApplication.translate("PeopleModel", "News", "short for: newsletter"),
        "consent_photo": QCoreApplication.translate("PeopleModel", "Photo"),
        "consent_quote": QCoreApplication.translate("PeopleModel", "Quote"),
        "consent_name": QCoreApplication.translate("PeopleModel", "Named", "short for: name shown"),
    }.get(key) or header(key)


class PeopleModel(RowsTableModel):
    """The directory as keys (person ids in the chosen order, read once per search or sort) and
    rows fetched a page of keys at a time as the view asks for them.

    Any position costs the same (no OFFSET scan), and only the last ``KEEP_PAGES`` pages stay
    in memory, so scrolling through 100k people neither slows down nor grows.
    """

    COLUMNS = KEYS
    PersonIdRole = Qt.ItemDataRole.UserRole + 1
    PAGE = 50
    KEEP_PAGES = 40

    def __init__(self, services: Services | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.query = ""
        self.order, self.descending = "name", False
        self.keys: array[int] = array("q")
        self.ids: list[int] | None = None
        self.total = 0
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self.sector_labels: dict[str, str] = {}
        self.reload()

    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.reload()

    def set_query(self, text: str) -> None:
        self.query = text
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        if self.services is None:
            self.keys, self.ids = array("q"), None
        else:
            lang = ui_lang()
            self.sector_labels = {s.code: s.label(lang) for s in self.services.people.sectors()}
            self.ids = self.services.people.search_ids(self.query, 5000) if self.query.strip() else None
            self.keys = array("q", self.services.people.directory_keys(self.ids, self.order, self.descending))
        self.total = len(self.keys)
        self.endResetModel()

    def _page(self, number: int) -> list[dict[str, Any]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        assert self.services is not None
        start = number * self.PAGE
        page = cast(
            list[dict[str, Any]],
            self.services.people.directory_rows(list(self.keys[start : start + self.PAGE])),
        )
        self._pages[number] = page
        while len(self._pages) > self.KEEP_PAGES:
            self._pages.popitem(last=False)
        return page

    def row(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < len(self.keys) or self.services is None:
            return None
        page = self._page(row // self.PAGE)
        offset = row % self.PAGE
        return page[offset] if offset < len(page) else None  # a person erased meanwhile: until reload

    def row_id(self, row: int) -> int | None:
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def row_of(self, row_id: Any) -> int:
        try:
            return self.keys.index(int(row_id))
        except (ValueError, TypeError):
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.keys)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # a view asks for seven roles a cell; only these two (and the id) have an answer
        if role != DISPLAY and role != _ALIGNMENT:
            return self.row_id(index.row()) if role == self.PersonIdRole and index.isValid() else None
        if not index.isValid() or not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self.row(index.row())
        return None if row is None else self.cell(row, self.COLUMNS[index.column()], role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.COLUMNS):
            self.order = self.COLUMNS[column]
            self.descending = order == Qt.SortOrder.DescendingOrder
            self.reload()

    def headers(self) -> list[str]:
        return [short_header(key) for key in self.COLUMNS]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return header(self.COLUMNS[section]) if 0 <= section < len(self.COLUMNS) else None
        return super().headerData(section, orientation, role)

    def cell(self, row: dict[str, Any], key: str, role: int) -> Any:
        if role == self.PersonIdRole:
            return row["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "name":
                return person_label(row["name"])
            if key == "sector":
                return self.sector_labels.get(row["sector"], row["sector"])
            if key in CONSENT:
                return QCoreApplication.translate("PeopleModel", "yes") if row[key] else "–"
            return row[key]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("events", "attended", *CONSENT):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def person_id(self, row: int) -> int | None:
        return self.row_id(row)
