"""The kcdesk command line: the same engine as the app, without a window.

Exit status: 0 success, 1 a user or data error (one line on stderr), 2 bad usage.
Every command module is imported here by name and adds its commands with ``register``.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence

from kcdesk import __version__
from kcdesk.cli import accreditation, app, badges, content, core, database, export, mail, privacy
from kcdesk.cli.common import Handler, TerminalOut, close_opened, db_path, os_error, terminal_text
from kcdesk.domain.errors import KcdeskError

#: The command modules, in the order their commands are listed in ``kcdesk --help``.
COMMAND_MODULES = (core, export, privacy, database, accreditation, content, app, badges, mail)


class _Unused:
    """Stands in for the parser of a command not asked for: takes its arguments, builds nothing."""

    def __getattr__(self, name: str):
        return lambda *args, **kwargs: self


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, measuring the terminal without importing shutil (and with it bz2
    and lzma) on every start: argparse makes a formatter for each argument it adds."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width=None):
        if width is None:
            try:
                width = int(os.environ["COLUMNS"])
            except (KeyError, ValueError):
                try:
                    width = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
                except (AttributeError, ValueError, OSError):
                    width = 80
            width -= 2
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser with kcdesk's formatter; its subcommands' parsers are of this class too."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)


class _Commands:
    """The top-level commands; with ``only``, no other command is built. They are listed (name and
    help) only when ``only`` names none of them: ``kcdesk``, ``kcdesk --help``, a misspelt command."""

    def __init__(self, sub, only: str | None):
        self.sub, self.only = sub, only
        self.skipped: dict[str, _Unused] = {}
        self._listing: list[tuple[str, str | None]] = []

    @property
    def choices(self) -> dict:
        """The commands made so far (a skipped one stands in as unused: its group adds nothing)."""
        return {**self.sub.choices, **self.skipped}

    def add_parser(self, name: str, **kwargs):
        if self.only is not None and name != self.only:
            if name not in self.skipped:
                self._listing.append((name, kwargs.get("help")))
                self.skipped[name] = _Unused()
            return self.skipped[name]
        return self.sub.add_parser(name, **kwargs)

    def finish(self) -> None:
        """List the commands not built, unless the one asked for was built (then nobody reads
        the list: each parser made costs start-up time)."""
        if self.only in self.sub.choices:
            return
        for name, help in self._listing:
            self.sub.add_parser(name, help=help, add_help=False)


def _command_word(argv: Sequence[str]) -> str | None:
    """The command in ``argv`` (None for ``kcdesk``, ``kcdesk --help`` or ``--version``)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--db":
            skip = True
        elif word in ("-h", "--help", "--version"):
            return None
        elif not word.startswith("-"):
            return word
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``only``, the other commands are listed by name and help but
    their arguments are not built (a command starts in less time)."""
    common = _Parser(add_help=False)
    common.add_argument(
        "--take-over",
        action="store_true",
        default=argparse.SUPPRESS,
        help="take over the write lock kcdesk left on another computer (only when it no longer runs there)",
    )
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the database (default: $KCDESK_DB, else kcdesk.kcdesk in the user data folder)",
    )
    parser = _Parser(
        prog="kcdesk",
        description="Plan knowledge cafés, check people in at the door, write the article.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"kcdesk {__version__}")
    commands = _Commands(parser.add_subparsers(dest="command", metavar="COMMAND"), only)

    def add(name: str, handler: Handler, help: str, parent=commands) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help, description=help, parents=[common])
        p.set_defaults(handler=handler)
        return p

    for module in COMMAND_MODULES:
        module.register(commands, add, common)
    commands.finish()
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # no command (the app, --help, --version): every command is listed by name, none is built
    parser = build_parser(_command_word(argv) or "")
    args = parser.parse_args(argv)
    # an empty path (a script's unset variable: --db "$DB") must not fall back to the real database
    if "db" in args and not str(args.db).strip():
        parser.error("--db: the path is empty")
    if getattr(args, "handler", None) is core.cmd_init and not args.path.strip():
        parser.error("init: the path is empty")
    handler: Handler = getattr(args, "handler", app.cmd_app)
    original = sys.stdout
    if original.isatty():  # names and notes from files must not drive the terminal
        sys.stdout = TerminalOut(original)
    try:
        try:
            status = handler(args)
        finally:
            close_opened()  # the command's databases close when it ends, not when collected
        sys.stdout.flush()  # a reader that went away (| head) is noticed here, not at exit
        return status
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except KcdeskError as exc:
        from kcdesk.words.language import refusal_text

        print(f"kcdesk: {terminal_text(refusal_text(exc))}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        from kcdesk.services import Services
        from kcdesk.words.language import refusal_text

        refusal = Services.database_error(exc, db_path(args))
        print(f"kcdesk: {terminal_text(refusal_text(refusal))}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"kcdesk: {terminal_text(os_error(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        sys.stdout = original


def _quiet_stdout() -> None:
    """The reader of our output stopped reading (``kcdesk person list | head``): that is no error.
    Point stdout at /dev/null, so Python's last flush at exit says nothing either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ else 1)
        os.close(devnull)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    raise SystemExit(main())
