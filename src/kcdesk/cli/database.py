"""`kcdesk check`: the full integrity check of a database, on demand."""

from __future__ import annotations

import argparse

from kcdesk.cli.common import print_json, services


def cmd_check(args: argparse.Namespace) -> int:
    svc = services(args, readonly=True)
    if args.json:
        found = svc.integrity.problems()
        print_json({"database": svc.name, "ok": not found, "problems": found})
        return 1 if found else 0
    svc.integrity.check()
    print(f"{svc.name}: no problems found.")
    return 0


def register(sub, add, common) -> None:
    p = add("check", cmd_check, "check the whole database for damage (exit 1 when damaged)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
