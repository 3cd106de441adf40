"""Typed application settings over QSettings. The one place that touches QSettings.

Settings of this computer (language, recent files, station name, door font
size...). Settings that belong to a database (how long personal data is kept)
live in the database itself, through services/preferences.py.

The stored settings carry a version (``meta/version``). When kcdesk changes
how a setting is stored, add an upgrade function to UPGRADES under the next
version; ``Settings()`` runs the missing ones in order, once (tested in
tests/ui/test_settings.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from kcdesk import APP_NAME, ORG_NAME

MAX_RECENT = 8
LANGUAGES = ("", "nl", "en")  # "" follows the system
DOOR_FONT_SIZE = (
    12,
    48,
    22,
)  # min, max, default (points): the one range (door, check-in screen, preferences)
BACKUPS_KEPT = (1, 60, 7)  # min, max, default (daily backups kept per database)


def _value(q: QSettings, key: str, default: Any = None) -> Any:
    """What QSettings holds at ``key``: a str, int, list… as stored (callers convert and check)."""
    return q.value(key, default)


def _clamp(value: Any, bounds: tuple[int, int, int]) -> int:
    lo, hi, default = bounds
    try:
        return max(lo, min(hi, int(value)))
    except (TypeError, ValueError):
        return default


# -- upgrades: each takes the raw QSettings of the previous version ---------------
def _upgrade_1_language_codes(q: QSettings) -> None:
    """Version 1: the language is "", "nl" or "en" (was sometimes a locale name like nl_NL)."""
    raw = str(_value(q, "ui/language", "") or "").strip().lower().replace("-", "_")
    if raw.startswith(("nl", "dutch", "nederlands")):
        q.setValue("ui/language", "nl")
    elif raw.startswith(("en", "english")):
        q.setValue("ui/language", "en")
    else:
        q.setValue("ui/language", "")


def _upgrade_2_door_font_size(q: QSettings) -> None:
    """Version 2: the door-mode font size moved from checkin/font_size to door/font_size,
    clamped to what the door screen can show; the recent files list is deduplicated."""
    if q.contains("checkin/font_size"):
        q.setValue("door/font_size", _clamp(_value(q, "checkin/font_size"), DOOR_FONT_SIZE))
        q.remove("checkin/font_size")
    recent = _value(q, "files/recent", []) or []
    if isinstance(recent, str):
        recent = [recent]
    seen: list[str] = []
    for r in map(str, recent):
        if r and r not in seen:
            seen.append(r)
    if recent or q.contains("files/recent"):
        q.setValue("files/recent", seen[:MAX_RECENT])


#: (version, upgrade) in order; the newest version is the current one.
UPGRADES: list[tuple[int, Callable[[QSettings], None]]] = [
    (1, _upgrade_1_language_codes),
    (2, _upgrade_2_door_font_size),
]
VERSION = UPGRADES[-1][0]


def upgrade(q: QSettings, upgrades: list[tuple[int, Callable[[QSettings], None]]] | None = None) -> list[int]:
    """Run the upgrades newer than the stored version; returns the versions run."""
    steps = UPGRADES if upgrades is None else upgrades
    try:
        current = int(_value(q, "meta/version", 0) or 0)
    except (TypeError, ValueError):
        current = 0
    if not q.allKeys():  # fresh settings: nothing to upgrade
        q.setValue("meta/version", steps[-1][0] if steps else 0)
        return []
    done = []
    for version, fn in steps:
        if version > current:
            fn(q)
            q.setValue("meta/version", version)
            done.append(version)
    q.sync()
    return done


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings(ORG_NAME, APP_NAME)
        upgrade(self.q)

    @property
    def version(self) -> int:
        return int(_value(self.q, "meta/version", 0) or 0)

    # language: "" follows the system locale, else "nl" or "en"
    @property
    def language(self) -> str:
        value = str(_value(self.q, "ui/language", "") or "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("ui/language", value if value in LANGUAGES else "")

    @property
    def language_chosen(self) -> bool:
        """Whether a language was ever chosen (the first start asks)."""
        return self.q.contains("ui/language")

    @property
    def recent_files(self) -> list[str]:
        value = _value(self.q, "files/recent", []) or []
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value]

    def add_recent(self, path: Path) -> None:
        p = str(Path(path).resolve())
        items = [p] + [r for r in self.recent_files if r != p]
        self.q.setValue("files/recent", items[:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self.q.setValue("files/recent", [r for r in self.recent_files if r != path])

    def hidden_columns(self, table: str, default: tuple[str, ...] = ()) -> list[str]:
        """The columns of ``table`` (a view's name) the user hid; ``default`` until they choose."""
        key = f"columns/{table}/hidden"
        if not self.q.contains(key):
            return list(default)
        value = _value(self.q, key, []) or []
        return [str(v) for v in ([value] if isinstance(value, str) else value) if v]

    def set_hidden_columns(self, table: str, keys: list[str]) -> None:
        # an empty list is stored as one empty string, so "none hidden" is told from "not chosen"
        self.q.setValue(f"columns/{table}/hidden", keys or "")

    @property
    def last_db(self) -> str:
        return str(_value(self.q, "files/last_db", "") or "")

    @last_db.setter
    def last_db(self, value: str) -> None:
        self.q.setValue("files/last_db", value)

    @property
    def last_event(self) -> int | None:
        v = _value(self.q, "planning/last_event", None)
        try:
            return int(v) if v not in (None, "") else None
        except (TypeError, ValueError):
            return None

    @last_event.setter
    def last_event(self, value: int | None) -> None:
        self.q.setValue("planning/last_event", "" if value is None else int(value))

    @property
    def station(self) -> str:
        return str(_value(self.q, "checkin/station", "") or "")

    @station.setter
    def station(self, value: str) -> None:
        self.q.setValue("checkin/station", value.strip())

    @property
    def sync_folder(self) -> str:
        """The folder door stations share check-ins through ("" when this station works alone)."""
        return str(_value(self.q, "door/sync_folder", "") or "")

    @sync_folder.setter
    def sync_folder(self, value: str) -> None:
        self.q.setValue("door/sync_folder", value.strip())

    @property
    def door_font_size(self) -> int:
        return _clamp(_value(self.q, "door/font_size", DOOR_FONT_SIZE[2]), DOOR_FONT_SIZE)

    @door_font_size.setter
    def door_font_size(self, value: int) -> None:
        self.q.setValue("door/font_size", _clamp(value, DOOR_FONT_SIZE))

    @property
    def backups_kept(self) -> int:
        return _clamp(_value(self.q, "backups/kept", BACKUPS_KEPT[2]), BACKUPS_KEPT)

    @backups_kept.setter
    def backups_kept(self, value: int) -> None:
        self.q.setValue("backups/kept", _clamp(value, BACKUPS_KEPT))

    # the main window: its geometry (Qt's saveGeometry bytes) and whether it was maximised
    @property
    def window_geometry(self) -> bytes:
        value = _value(self.q, "window/geometry", b"")
        if isinstance(value, QByteArray):
            return bytes(value.data())
        return bytes(value) if isinstance(value, (bytes, bytearray)) else b""

    @window_geometry.setter
    def window_geometry(self, value: bytes) -> None:
        self.q.setValue("window/geometry", QByteArray(value))

    @property
    def window_maximized(self) -> bool:
        return str(_value(self.q, "window/maximized", "false")).lower() in ("true", "1")

    @window_maximized.setter
    def window_maximized(self, value: bool) -> None:
        self.q.setValue("window/maximized", bool(value))
