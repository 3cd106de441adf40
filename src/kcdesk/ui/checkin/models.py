"""Table models of the door: search results, the last check-ins, counts and no-shows.

Each model holds only the rows it shows; rows are swapped in from the
services (search in SQL), never filtered by a proxy over everyone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont

from kcdesk.ui.models.base import DISPLAY, Index, RowsTableModel
from kcdesk.ui.models.labels import person_label

CodeRole = Qt.ItemDataRole.UserRole + 1


def clock(value: str | dt.datetime | None) -> str:
    """A check-in time as the locale writes hours and minutes ("14:02")."""
    if not value:
        return ""
    when = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    return QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)


class RowsModel(RowsTableModel):
    """A table over a list of dicts, replaced as a whole with ``set_rows``; ``CodeRole`` gives a row's code."""

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == CodeRole:
            row = self.row(index.row()) if index.isValid() else None
            return None if row is None else row.get("code")
        return super().data(index, role)

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == DISPLAY:
            value = row.get(column)
            if column == "name":
                return person_label(value or "")
            return "" if value is None else value
        return None


class ResultsModel(RowsModel):
    """What the door search found for the text typed so far, best match first."""

    COLUMNS = ("name", "organisation", "code", "state")

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("DoorModels", "Name"),
            QCoreApplication.translate("DoorModels", "Organisation"),
            QCoreApplication.translate("DoorModels", "Code"),
            QCoreApplication.translate("DoorModels", "Checked in"),
        ]

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        done = bool(row.get("checked_in_at"))
        if role == DISPLAY:
            if column == "state":
                if row.get("status") == "cancelled":
                    return QCoreApplication.translate("DoorModels", "cancelled")
                return f"✓ {clock(row['checked_in_at'])}" if done else ""
            if column == "name":
                return person_label(row.get("name") or "")
            return row.get(column) or ""
        if role == Qt.ItemDataRole.ToolTipRole and done:
            return (
                QCoreApplication.translate("DoorModels", "Checked in at %1 at station %2")
                .replace("%1", clock(row["checked_in_at"]))
                .replace("%2", row.get("station") or "?")
            )
        if role == Qt.ItemDataRole.ForegroundRole and (done or row.get("status") == "cancelled"):
            return QBrush(QColor("#6b6b6b"))
        if role == Qt.ItemDataRole.FontRole and column == "name":
            font = QFont()
            font.setBold(not row.get("fuzzy"))
            font.setItalic(bool(row.get("fuzzy")))  # a guess for a typo
            return font
        return None


class RecentModel(RowsModel):
    """The last check-ins still standing at this database, newest first."""

    COLUMNS = ("at", "name", "organisation", "undo")

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("DoorModels", "Time"),
            QCoreApplication.translate("DoorModels", "Name"),
            QCoreApplication.translate("DoorModels", "Organisation"),
            "",
        ]

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == DISPLAY:
            if column == "at":
                return clock(row["at"])
            if column == "undo":
                return ""
            if column == "name":
                return person_label(row.get("name") or "")
            return row.get(column) or ""
        return None


class CountsModel(RowsModel):
    """Checked in / expected per sector, and a total row."""

    COLUMNS = ("sector", "present", "expected")

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("DoorModels", "Sector"),
            QCoreApplication.translate("DoorModels", "Checked in"),
            QCoreApplication.translate("DoorModels", "Expected"),
        ]

    def set_counts(self, counts: dict[str, Any], labels: dict[str, str]) -> None:
        rows = [
            {
                "sector": labels.get(code, code) or QCoreApplication.translate("DoorModels", "(none)"),
                "present": c["present"],
                "expected": c["expected"],
            }
            for code, c in counts["by_sector"].items()
        ]
        rows.append(
            {
                "sector": QCoreApplication.translate("DoorModels", "Total"),
                "present": counts["checked_in"],
                "expected": counts["expected"],
                "total": True,
            }
        )
        self.set_rows(rows)

    def cell(self, row: dict[str, Any], column: str, role: int) -> Any:
        if role == DISPLAY:
            return row[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "sector":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.get("total"):
            font = QFont()
            font.setBold(True)
            return font
        return None


class NoShowsModel(RowsModel):
    """Registered people who have not come (yet)."""

    COLUMNS = ("name", "organisation", "email", "code")

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("DoorModels", "Name"),
            QCoreApplication.translate("DoorModels", "Organisation"),
            QCoreApplication.translate("DoorModels", "Email"),
            QCoreApplication.translate("DoorModels", "Code"),
        ]
