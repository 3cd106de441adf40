"""What every command module shares: the database, JSON output, argument types."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

TYPE_CHECKING = False  # typing itself is not imported at run time (start-up of the command line)
if TYPE_CHECKING:
    from typing import Any

    from kcdesk.services import Services

Handler = Callable[[argparse.Namespace], int]


def print_json(data: Any) -> None:
    import json

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def db_path(args: argparse.Namespace) -> Path:
    from kcdesk import paths

    return Path(args.db).expanduser() if getattr(args, "db", None) else paths.default_db()


def confirm(question: str) -> bool:
    """Ask on the terminal; no terminal (a script, a pipe) is no."""
    if not sys.stdin.isatty():
        return False
    try:
        return input(f"{question} [y/N] ").strip().lower() in ("y", "yes", "j", "ja")
    except EOFError:
        return False


#: The databases the running command opened; :func:`close_opened` closes them when it ends.
_opened: list[Services] = []


def close_opened() -> None:
    """Close what the command opened (its write lock goes, the next open skips the check)."""
    while _opened:
        _opened.pop().close()


def services(args: argparse.Namespace, readonly: bool = False) -> Services:
    """The database of ``--db``, for reading or writing.

    A write lock left by kcdesk on another computer (a shared folder) is taken
    over with ``--take-over`` or after the user confirms on the terminal that
    kcdesk no longer runs there; a live holder on this computer never is.
    """
    from kcdesk.domain.errors import DatabaseInUseError
    from kcdesk.services import Services

    try:
        svc = Services.open(db_path(args), readonly=readonly)
    except DatabaseInUseError as exc:
        if readonly or not exc.can_take_over:
            raise
        who = exc.holder.describe() if exc.holder else "another kcdesk"
        if not getattr(args, "take_over", False) and not confirm(
            terminal_text(
                f"{exc.db_path.name} is held by {who}. Take it over? Only when kcdesk no longer runs there."
            )
        ):
            raise
        svc = Services.open(db_path(args), take_over=True)
    _opened.append(svc)
    if getattr(args, "station", None):
        svc.checkin.station = args.station
    return svc


#: Characters never printed as they are: C0/C1 controls (terminal escape sequences), and the
#: invisible format characters (bidi overrides, zero-width) that make text read differently.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def terminal_text(text: str) -> str:
    """``text`` safe for a terminal: control and bidi characters from files shown as \\xNN / \\uNNNN."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class TerminalOut:
    """A stdout that escapes control characters, for when it is a terminal (not for pipes or files)."""

    def __init__(self, stream: Any):
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(terminal_text(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


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


def command_group(sub, name: str, help: str, dest: str, parents=()):
    """The sub-commands of ``kcdesk NAME`` (``person``, ``event`` ...), made on first use.

    Several command modules may add actions to one group: each asks for it here.
    """
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help, description=help, parents=list(parents))
        parser.set_defaults(group_actions=parser.add_subparsers(dest=dest, metavar="ACTION", required=True))
    return parser.get_default("group_actions")
