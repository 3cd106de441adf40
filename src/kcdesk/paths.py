"""Where kcdesk finds its files and keeps its data.

``resources/`` and ``ui/`` sit at the top of the repository. They are found
in all three ways kcdesk runs:

- editable checkout: ``<repo>/resources`` beside ``src/``;
- installed wheel: copied into the package as ``kcdesk/_data/resources``;
- PyInstaller bundle: ``<sys._MEIPASS>/resources``.

``KCDESK_RESOURCES`` overrides the search (tests). ``KCDESK_DATA_DIR``
overrides the user data folder (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from kcdesk import APP_NAME, ORG_NAME

_PACKAGE = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    out = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        out.append(Path(bundle) / name)
    out.append(_PACKAGE / "_data" / name)  # installed wheel
    out.append(_PACKAGE.parent.parent / name)  # editable checkout: src/kcdesk -> repo
    return out


@cache
def _find(name: str) -> Path:
    env = os.environ.get(f"KCDESK_{name.upper()}")
    if env:
        return Path(env)
    for c in _candidates(name):
        if c.is_dir():
            return c
    raise FileNotFoundError(
        f"kcdesk cannot find its {name}/ folder; looked in {', '.join(map(str, _candidates(name)))}"
    )


def resources_dir() -> Path:
    return _find("resources")


def ui_dir() -> Path:
    return _find("ui")


def templates_dir() -> Path:
    return resources_dir() / "templates"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def data_dir() -> Path:
    env = os.environ.get("KCDESK_DATA_DIR")
    if env:
        path = Path(env)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_templates_dir() -> Path:
    path = data_dir() / "templates"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db() -> Path:
    env = os.environ.get("KCDESK_DB")
    return Path(env).expanduser() if env else data_dir() / "kcdesk.kcdesk"
