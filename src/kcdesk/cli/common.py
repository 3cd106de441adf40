"""What every command module shares: the database, JSON output, argument types."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kcdesk.services import Services

Handler = Callable[[argparse.Namespace], int]


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def db_path(args: argparse.Namespace) -> Path:
    from kcdesk import paths

    return Path(args.db).expanduser() if getattr(args, "db", None) else paths.default_db()


def services(args: argparse.Namespace, readonly: bool = False) -> Services:
    from kcdesk.services import Services

    svc = Services.open(db_path(args), readonly=readonly)
    if getattr(args, "station", None):
        svc.checkin.station = args.station
    return svc


def saved_id(thing: Any) -> int:
    """The id of an event or person read from the database (never None there)."""
    assert thing.id is not None
    return int(thing.id)


def local_time(moment) -> str:
    return moment.astimezone().strftime("%H:%M")


def positive(text: str) -> int:
    """An argparse type: a whole number of at least 1 (a bad one is a usage error, exit 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def os_error(exc: OSError) -> str:
    """One line for a file problem, naming the file (a folder given as output, a missing folder)."""
    name = exc.filename or ""
    if isinstance(exc, IsADirectoryError) and name:
        return f"{name} is a folder; give the name of a file."
    if isinstance(exc, FileNotFoundError) and name and not Path(name).parent.is_dir():
        return f"The folder {Path(name).parent} does not exist."
    return f"{exc.strerror or exc}: {name}".rstrip(": ")
