"""The people directory over all events: search (FTS) and sort happen in SQL, not in a proxy."""

from __future__ import annotations

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
    """Rows are fetched a page at a time (canFetchMore/fetchMore) as the view scrolls."""

    COLUMNS = KEYS
    PersonIdRole = Qt.ItemDataRole.UserRole + 1
    PAGE = 500

    def __init__(self, services: Services | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.query = ""
        self.order, self.descending = "name", False
        self.rows: list[dict[str, Any]] = []
        self.ids: list[int] | None = None
        self.total = 0
        self._more = False
        self.sector_labels: dict[str, str] = {}
        self.reload()

    def set_services(self, services: Services | None) -> None:
        self.services = services
        self.reload()

    def set_query(self, text: str) -> None:
        self.query = text
        self.reload()

    def fetch(self) -> list[dict[str, Any]]:
        if self.services is None:
            rows = []
        else:
            lang = ui_lang()
            self.sector_labels = {s.code: s.label(lang) for s in self.services.people.sectors()}
            self.ids = self.services.people.search_ids(self.query, 5000) if self.query.strip() else None
            self.total = len(self.ids) if self.ids is not None else self.services.people.count()
            rows = self._page(0)
        self._more = self.services is not None and len(rows) == self.PAGE
        return rows

    def _page(self, offset: int) -> list[dict[str, Any]]:
        assert self.services is not None
        rows = self.services.people.directory(self.ids, self.order, self.descending, self.PAGE, offset)
        return cast(list[dict[str, Any]], rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._more or self.services is None:
            return
        more = self._page(len(self.rows))
        self._more = len(more) == self.PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

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
