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
from kcdesk.cli import accreditation, app, badges, core, export, mail, privacy
from kcdesk.cli.common import Handler, TerminalOut, db_path, os_error, terminal_text
from kcdesk.domain.errors import KcdeskError

#: The command modules, in the order their commands are listed in ``kcdesk --help``.
COMMAND_MODULES = (core, export, privacy, accreditation, app, badges, mail)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
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
    parser = argparse.ArgumentParser(
        prog="kcdesk",
        description="Plan knowledge cafés, check people in at the door, write the article.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"kcdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Handler, help: str, parent=sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help, description=help, parents=[common])
        p.set_defaults(handler=handler)
        return p

    for module in COMMAND_MODULES:
        module.register(sub, add, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
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
        return handler(args)
    except KcdeskError as exc:
        print(f"kcdesk: {terminal_text(str(exc))}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        from kcdesk.services import Services

        print(f"kcdesk: {terminal_text(str(Services.database_error(exc, db_path(args))))}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"kcdesk: {terminal_text(os_error(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os._exit(0)
    finally:
        sys.stdout = original


if __name__ == "__main__":
    raise SystemExit(main())
