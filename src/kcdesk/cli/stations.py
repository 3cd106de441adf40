"""`kcdesk journal sync`: one round of live station sync through a shared folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from kcdesk.cli.common import print_json, saved_id, services


def cmd_journal_sync(args: argparse.Namespace) -> int:
    svc = services(args)  # --station names this station
    event = svc.events.resolve(args.event)
    sync = svc.stations.open(saved_id(event), Path(args.folder))
    report = sync.sync()
    heard = [
        {
            "station": h.station,
            "folder": h.writer,
            "last_heard": h.last_heard.isoformat() if h.last_heard else None,
            "entries": h.entries,
        }
        for h in sync.stations()
    ]
    if args.json:
        print_json({**report.__dict__, "stations": heard})
        return 0
    print(
        f"Wrote {report.written} entries of {event.slug}; read {report.segments_read} segment(s) of other"
        f" stations: {report.added} new entries, {report.walkins} walk-ins added."
    )
    for h in heard:
        print(f"  {h['station']} ({h['folder']}): last heard {h['last_heard'] or 'never'}")
    if report.waiting:
        print(f"  {len(report.waiting)} segment(s) not complete yet: read on the next sync")
    return 0


def register_journal(journal_sub, add) -> None:
    """``journal sync`` beside ``journal export`` and ``journal merge``."""
    p = add("sync", cmd_journal_sync, "share check-ins live through a folder (one round)", journal_sub)
    p.add_argument("--event", required=True, metavar="EVENT")
    p.add_argument("--folder", required=True, metavar="DIR", help="the folder the stations share")
    p.add_argument("--station", metavar="NAME", help="this station's name (default: the computer's name)")
    p.add_argument("--json", action="store_true")
