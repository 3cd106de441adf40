"""`kcdesk person ...` and `kcdesk privacy ...`: a participant's requests from the command line.

    kcdesk person list [--json]
    kcdesk person show PERSON [--json]
    kcdesk person export PERSON -o FILE        (FILE ends in .json, .html or .pdf)
    kcdesk person erase PERSON [--quotes remove|anonymise] [--yes]
    kcdesk privacy retention [--months N] [--apply] [--json]
    kcdesk privacy compact

PERSON is a person's id, email address or full name (when one person has it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from kcdesk.cli.common import command_group, confirm, print_json, services
from kcdesk.domain.errors import KcdeskError


def _privacy(args: argparse.Namespace, readonly: bool = False):
    svc = services(args, readonly=readonly)
    return svc, svc.privacy


def cmd_person_list(args: argparse.Namespace) -> int:

    svc, _ = _privacy(args, readonly=True)
    rows = svc.people.listing()
    out = [
        {
            "id": r["id"],
            "name": r["name"],
            "email": r["email"],
            "organisation": r["organisation"],
            "sector": r["sector"],
            "attended": r["attended"],
        }
        for r in rows
    ]
    if args.json:
        print_json(out)
    else:
        for p in out:
            print(f"{p['id']:>5}  {p['name']:32} {p['email']:40} {p['organisation']}")
        if not out:
            print("No people yet.")
    return 0


def cmd_person_show(args: argparse.Namespace) -> int:

    _, privacy = _privacy(args, readonly=True)
    person = privacy.resolve(args.person)
    data = privacy.access_data(person.id)
    if args.json:
        print_json(data)
        return 0
    p = data["person"]
    print(f"{p['name'] or '(erased)'}  (id {p['id']})")
    for key in ("email", "phone", "organisation", "job_title", "sector"):
        if p[key]:
            print(f"  {key}: {p[key]}")
    print("  consent: " + (", ".join(k for k, v in data["consent"].items() if v) or "none"))
    for m in data.get("registers", []):
        print(f"  {m['register']} number: {m['number']}" + ("" if m["consent"] else " (not to be reported)"))
    for r in data["registrations"]:
        mark = "✓" if r["checked_in_at"] else " "
        print(f"  {mark} {r['event']['date'] or '':10}  {r['status']:10} {r['event']['title']}")
    print(
        f"  programme parts: {len(data['programme'])}, quotes: {len(data['quotes'])}, "
        f"reactions: {len(data['reactions'])}"
    )
    if not person.erased:
        for m in privacy.erasure_plan(person.id).mentions:
            print(
                f"  named in {m['kind']} {m['id']} ({m['event_title']}); not linked, "
                "so not in the export: check it by hand"
            )
    return 0


def cmd_person_export(args: argparse.Namespace) -> int:
    _, privacy = _privacy(args, readonly=True)
    person = privacy.resolve(args.person)
    fmt = privacy.write_report(person.id, Path(args.output), lang=args.lang)
    print(f"Wrote everything kcdesk holds on {person.name or f'person {person.id}'} to {args.output} ({fmt})")
    return 0


def cmd_person_erase(args: argparse.Namespace) -> int:

    _, privacy = _privacy(args)
    person = privacy.resolve(args.person)
    if person.erased:
        raise KcdeskError(f"Person {person.id} has already been erased.")
    plan = privacy.erasure_plan(person.id)
    if not args.yes:
        print(
            f"Erase {person.name} (id {person.id}): {plan.registrations} registration(s) stay as anonymous "
            f"counts, {plan.quotes} quote(s) will be {'removed' if args.quotes == 'remove' else 'anonymised'}, "
            f"{plan.reactions} reaction(s) unlinked, {plan.programme_parts} programme part(s) removed."
        )
        if not confirm("This cannot be undone. Erase?"):
            raise KcdeskError("Not erased: confirm with --yes (or answer y).")
    report = privacy.erase(person.id, quotes=args.quotes)
    if args.json:
        print_json(report.as_dict())
    else:
        print(f"Erased person {person.id}; anonymous counts kept.")
        if report.compact_error is None and not report.compacted:
            print(
                "Note: another program has the database open, so erased text may linger in the file; "
                "run 'kcdesk privacy compact' when it is closed."
            )
        for m in report.mentions:
            print(
                f"  still mentioned by name in {m['kind']} {m['id']} ({m['event_title']}): edit it by hand",
                file=sys.stderr,
            )
    if report.compact_error is not None:  # done: the erasure; not done: the text is still in the file
        raise report.compact_error
    return 0


def cmd_retention(args: argparse.Namespace) -> int:

    _, privacy = _privacy(args, readonly=not args.apply)
    months = args.months if args.months is not None else privacy.retention_months()
    if months < 1:
        raise KcdeskError("--months must be 1 or more.")
    today = dt.date.today()
    cutoff = privacy.retention_cutoff(months, today)
    people = privacy.people_not_seen_since(cutoff, today)
    if args.apply:
        report = privacy.anonymise(cutoff, quotes=args.quotes, today=today)
        if args.json:
            print_json({"cutoff": cutoff.isoformat(), "months": months, **report.as_dict()})
        else:
            print(f"Anonymised {len(report.erased)} people not seen since {cutoff.isoformat()}.")
        return 0
    if args.json:
        print_json({"cutoff": cutoff.isoformat(), "months": months, "people": people})
    else:
        for p in people:
            print(f"{p['id']:>5}  {p['name']:32} last event {p['last_event'] or '(none)'}")
        print(
            f"{len(people)} people not seen since {cutoff.isoformat()} ({months} months); "
            "run again with --apply to anonymise them."
        )
    return 0


def cmd_compact(args: argparse.Namespace) -> int:
    _, privacy = _privacy(args)
    if not privacy.compact():
        raise KcdeskError("Another program has the database open; close it and try again.")
    print("Erased text has been removed from the database file.")
    return 0


def register(sub, add, common) -> None:
    ps = command_group(
        sub,
        "person",
        "a participant's data: list, show, export (access request), erase, register numbers",
        "person_command",
    )
    p = add("list", cmd_person_list, "list the people in the directory", ps)
    p.add_argument("--json", action="store_true")
    p = add("show", cmd_person_show, "show what kcdesk holds on one person", ps)
    p.add_argument("person", metavar="PERSON", help="id, email address or full name")
    p.add_argument("--json", action="store_true")
    p = add("export", cmd_person_export, "write everything kcdesk holds on one person (access request)", ps)
    p.add_argument("person", metavar="PERSON", help="id, email address or full name")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="a .json, .html or .pdf file")
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the HTML/PDF page")
    p = add("erase", cmd_person_erase, "erase a person's data, keeping anonymous counts", ps)
    p.add_argument("person", metavar="PERSON", help="id, email address or full name")
    p.add_argument(
        "--quotes",
        choices=("remove", "anonymise"),
        default="anonymise",
        help='remove their quotes, or keep them as said by "een deelnemer" (default)',
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--json", action="store_true")

    priv = sub.add_parser("privacy", help="privacy housekeeping")
    prs = priv.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    p = add("retention", cmd_retention, "list (or with --apply anonymise) people not seen for a while", prs)
    p.add_argument(
        "--months",
        type=int,
        metavar="N",
        help="the retention period (default: the database setting retention_months, else 24)",
    )
    p.add_argument("--apply", action="store_true", help="anonymise them (default: only list)")
    p.add_argument("--quotes", choices=("remove", "anonymise"), default="anonymise")
    p.add_argument("--json", action="store_true")
    add("compact", cmd_compact, "rewrite the database file so erased text is gone from it", prs)
