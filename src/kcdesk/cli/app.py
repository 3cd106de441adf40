"""Commands that need the app's windows: `kcdesk` alone opens the app; `kcdesk screenshots DIR`.

The work is done in kcdesk.ui.screenshots; this module only parses the command.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kcdesk.domain.errors import KcdeskError


def cmd_app(args: argparse.Namespace) -> int:
    from kcdesk.cli.common import db_path
    from kcdesk.ui.app import run_app

    return run_app(db_path(args) if getattr(args, "db", None) else None)


def register(sub, add, common) -> None:
    p = add("screenshots", cmd_screenshots, "save every screen and dialog of the app as PNG (offscreen)")
    p.add_argument("directory", metavar="DIR", help="where to write <nn>-<screen>.png")
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="the language of the app (default: nl)")
    p.add_argument("--size", default="1280x800", metavar="WxH", help="window size (default: 1280x800)")


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise KcdeskError(f"--size wants WIDTHxHEIGHT, like 1280x800 (got {text!r}).") from None
    if not (320 <= w <= 4000 and 240 <= h <= 4000):
        raise KcdeskError(f"--size {text} is out of range.")
    return w, h


def cmd_screenshots(args: argparse.Namespace) -> int:
    db = Path(args.db).expanduser() if getattr(args, "db", None) else None
    if db is not None and not db.exists():
        raise KcdeskError(f"No database at {db}.")
    size = _size(args.size)
    from kcdesk.ui.screenshots import quiet_offscreen_messages, take_screenshots

    quiet_offscreen_messages()
    for path in take_screenshots(Path(args.directory), db, args.lang, size):
        print(path)
    return 0
