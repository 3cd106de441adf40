"""The icon set: SVGs in resources/icons/, as QIcons (``icon("add")``).

One consistent line style (24x24, 2px strokes); ``kcdesk`` is the app icon.
A missing name gives an empty QIcon, so a screen never fails over an icon.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from kcdesk import paths

#: The names in the set (each is resources/icons/<name>.svg).
NAMES = (
    "kcdesk",
    "planning",
    "checkin",
    "notes",
    "add",
    "delete",
    "undo",
    "import",
    "export",
    "print",
    "search",
    "person",
    "event",
    "settings",
    "backup",
    "mail",
)


@cache
def icon(name: str) -> QIcon:
    path = paths.icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    return icon("kcdesk")
