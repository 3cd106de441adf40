"""Typed application settings over QSettings. The one place that touches QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from kcdesk import APP_NAME, ORG_NAME

MAX_RECENT = 8


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings(ORG_NAME, APP_NAME)

    # language: "" follows the system locale, else "nl" or "en"
    @property
    def language(self) -> str:
        return str(self.q.value("ui/language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("ui/language", value)

    @property
    def recent_files(self) -> list[str]:
        value = self.q.value("files/recent", []) or []
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value]

    def add_recent(self, path: Path) -> None:
        p = str(Path(path).resolve())
        items = [p] + [r for r in self.recent_files if r != p]
        self.q.setValue("files/recent", items[:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self.q.setValue("files/recent", [r for r in self.recent_files if r != path])

    @property
    def last_db(self) -> str:
        return str(self.q.value("files/last_db", "") or "")

    @last_db.setter
    def last_db(self, value: str) -> None:
        self.q.setValue("files/last_db", value)

    @property
    def last_event(self) -> int | None:
        v = self.q.value("planning/last_event", None)
        try:
            return int(v) if v not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @last_event.setter
    def last_event(self, value: int | None) -> None:
        self.q.setValue("planning/last_event", "" if value is None else int(value))

    @property
    def station(self) -> str:
        return str(self.q.value("checkin/station", "") or "")

    @station.setter
    def station(self, value: str) -> None:
        self.q.setValue("checkin/station", value)

    @property
    def door_font_size(self) -> int:
        try:
            return int(self.q.value("checkin/font_size", 22))
        except (TypeError, ValueError):
            return 22

    @door_font_size.setter
    def door_font_size(self, value: int) -> None:
        self.q.setValue("checkin/font_size", int(value))
