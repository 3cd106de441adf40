"""The core commands: init, events, import, search, checkin, walkin, event and journal transfer."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kcdesk.cli import stations
from kcdesk.cli.common import command_group, local_time, positive, print_json, saved_id, services
from kcdesk.domain.errors import KcdeskError


def cmd_init(args: argparse.Namespace) -> int:
    from kcdesk.services import Services
    from kcdesk.services.demo import load_demo

    path = Path(args.path).expanduser()
    if path.exists() and path.stat().st_size > 0:
        raise KcdeskError(f"{path} already exists; not overwriting it.")
    svc = Services.open(path, create=True)
    try:
        if args.demo:
            load_demo(svc)
    finally:
        svc.close()
    print(f"Created {path}" + (" with the demo kenniscafé" if args.demo else ""))
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    svc = services(args, readonly=True)
    rows = svc.event_list.summaries()
    out = [
        {
            "id": r["id"],
            "slug": r["slug"],
            "title": r["title"],
            "date": r["date"],
            "start_time": r["start_time"],
            "venue": ", ".join(x for x in (r["venue_name"], r["venue_room"]) if x),
            "status": r["status"],
            "series": r["series_name"],
            "capacity": r["capacity"],
            "registered": r["registered"],
            "checked_in": r["checked_in"],
        }
        for r in rows
    ]
    if args.json:
        print_json(out)
    else:
        for e in out:
            print(
                f"{e['id']:>4}  {e['date'] or '':10}  {e['slug']:32}  {e['registered']:>4} reg  "
                f"{e['checked_in']:>4} in  {e['title']}"
            )
        if not out:
            print("No events yet.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    svc = services(args)
    event = svc.events.resolve(args.event)
    result = svc.csv_import.import_file(args.file, saved_id(event), dry_run=args.dry_run)
    if args.json:
        print_json(result.as_dict())
    else:
        prefix = "Dry run: would import" if args.dry_run else "Imported"
        print(
            f"{prefix} {result.imported}, updated {result.updated}, unchanged {result.unchanged}, "
            f"errors {len(result.errors)}"
        )
        for e in result.errors:
            print(f"  line {e.line}: {e.message}", file=sys.stderr)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    svc = services(args, readonly=True)
    event = svc.events.resolve(args.event)
    rows = svc.checkin.search(saved_id(event), args.query, limit=args.limit)
    out = [
        {
            "code": r["code"],
            "name": r["name"],
            "organisation": r["organisation"],
            "sector": r["sector"],
            "status": r["status"],
            "checked_in_at": r["checked_in_at"],
            "station": r["station"],
        }
        for r in rows
    ]
    if args.json:
        print_json(out)
    else:
        for r in out:
            mark = "✓" if r["checked_in_at"] else " "
            print(f"{mark} {r['code']:10} {r['name']:30} {r['organisation']}")
        if not out:
            print("No match.")
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    svc = services(args)
    event = svc.events.resolve(args.event)
    if args.undo:
        from kcdesk.domain.codes import normalise_code

        done = svc.checkin.undo(saved_id(event), args.code)
        code = normalise_code(args.code)  # as printed on the badge, not as typed ("akd-xjq")
        if args.json:
            print_json({"code": code, "undone": done})
        else:
            print(f"Check-in of {code} undone." if done else f"{code} was not checked in.")
        return 0
    at = svc.authoring.moment(event, args.at) if args.at else None
    result = svc.checkin.check_in(saved_id(event), args.code, at=at)
    if args.json:
        print_json(result.as_dict())
    elif result.already:
        print(
            f"{result.name} was already checked in at {local_time(result.checked_in_at)} "
            f"at station {result.station}."
        )
    else:
        print(f"Checked in: {result.name}" + (f" ({result.organisation})" if result.organisation else ""))
    return 0


def cmd_walkin(args: argparse.Namespace) -> int:
    svc = services(args)
    event = svc.events.resolve(args.event)
    result = svc.checkin.walk_in(
        saved_id(event),
        args.name,
        organisation=args.organisation or "",
        email=args.email or "",
        sector=args.sector or "",
        register=args.register or "",
        register_number=args.number or "",
        at=svc.authoring.moment(event, args.at) if args.at else None,
    )
    if args.json:
        print_json(result.as_dict())
    else:
        print(f"Walk-in checked in: {result.name} (code {result.code})")
    return 0


def cmd_event_export(args: argparse.Namespace) -> int:
    svc = services(args, readonly=True)
    event = svc.events.resolve(args.event)
    svc.transfer.write(saved_id(event), Path(args.output))
    print(f"Exported {event.slug} to {args.output}")
    return 0


def cmd_event_import(args: argparse.Namespace) -> int:
    svc = services(args)
    event = svc.transfer.import_file(Path(args.file))
    print(f"Imported {event.slug} (id {event.id})")
    return 0


def cmd_journal_export(args: argparse.Namespace) -> int:
    svc = services(args, readonly=True)
    event = svc.events.resolve(args.event)
    doc = svc.journals.export(saved_id(event), Path(args.output))
    print(f"Exported {len(doc['entries'])} journal entries of {event.slug} to {args.output}")
    return 0


def cmd_journal_merge(args: argparse.Namespace) -> int:
    svc = services(args)
    report = svc.journals.merge([Path(f) for f in args.files])
    if args.json:
        print_json(report.__dict__)
    else:
        print(f"Merged {report.files} journal(s): {report.added} new entries, {report.known} already known.")
        if report.cancelled:
            print(
                f"Not checked in, cancelled here: {', '.join(sorted(set(report.cancelled)))} "
                "(register them again at the door if they came)."
            )
    return 0


def register(sub, add, common) -> None:
    p = add("init", cmd_init, "create a new database")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--demo", action="store_true", help="fill it with the demo kenniscafé")

    p = add("events", cmd_events, "list the events")
    p.add_argument("--json", action="store_true")

    p = add("import", cmd_import, "import registrations from a CSV file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--event", required=True, metavar="EVENT", help="event id or slug")
    p.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    p.add_argument("--json", action="store_true")

    p = add("search", cmd_search, "search the registrations of an event as at the door")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--event", required=True, metavar="EVENT")
    p.add_argument("--limit", type=positive, default=20, metavar="N", help="at most N results (default 20)")
    p.add_argument("--json", action="store_true")

    p = add("checkin", cmd_checkin, "check in a registration code")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--event", required=True, metavar="EVENT")
    p.add_argument("--station", metavar="NAME", help="this station's name (default: the computer's name)")
    p.add_argument("--undo", action="store_true", help="undo the check-in of this code")
    p.add_argument(
        "--at", metavar="TIME", help="record it afterwards: HH:MM on the event's day, or YYYY-MM-DDTHH:MM"
    )
    p.add_argument("--json", action="store_true")

    p = add("walkin", cmd_walkin, "register and check in someone who walks in")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--event", required=True, metavar="EVENT")
    p.add_argument("--organisation", metavar="ORG")
    p.add_argument("--email", metavar="EMAIL")
    p.add_argument("--sector", metavar="SECTOR")
    p.add_argument("--register", metavar="NAME", help="with --number: the professional register (SKJ, BIG …)")
    p.add_argument("--number", metavar="NUMBER", help="their number in --register, for accreditation points")
    p.add_argument("--station", metavar="NAME")
    p.add_argument(
        "--at", metavar="TIME", help="record it afterwards: HH:MM on the event's day, or YYYY-MM-DDTHH:MM"
    )
    p.add_argument("--json", action="store_true")

    ev_sub = command_group(
        sub,
        "event",
        "one event: export or import it as JSON, add one (new), change its fields (set)",
        "event_command",
        [common],
    )
    p = add("export", cmd_event_export, "write one event with everything attached to a JSON file", ev_sub)
    p.add_argument("event", metavar="EVENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p = add("import", cmd_event_import, "add an event from a JSON file", ev_sub)
    p.add_argument("file", metavar="FILE")

    jr_sub = command_group(
        sub, "journal", "exchange check-in journals between stations", "journal_command", [common]
    )
    p = add("export", cmd_journal_export, "write this station's check-in journal of an event", jr_sub)
    p.add_argument("--event", required=True, metavar="EVENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p = add("merge", cmd_journal_merge, "merge the journals of other stations", jr_sub)
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true")
    stations.register_journal(jr_sub, add)
