"""`kcdesk badges`: name badges with QR codes as a PDF (an A4 sheet, or one badge)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kcdesk.cli.common import saved_id, services


def cmd_badges(args: argparse.Namespace) -> int:
    svc = services(args, readonly=True)
    event = svc.events.resolve(args.event)
    out = Path(args.output).expanduser()
    pages = svc.badges.write_pdf(saved_id(event), out, codes=args.code or None)
    print(f"Wrote {out} ({pages} page{'s' if pages != 1 else ''})")
    return 0


def register(sub, add, common) -> None:
    p = add("badges", cmd_badges, "name badges with QR codes as PDF (A4, 2 x 4 per page)", parent=sub)
    p.add_argument("--event", required=True, help="event id or slug")
    p.add_argument("-o", "--output", required=True, help="the PDF file to write")
    p.add_argument("--code", action="append", help="only this registration code (repeatable), e.g. a walk-in")
