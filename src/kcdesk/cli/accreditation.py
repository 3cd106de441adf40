"""`kcdesk accreditation ...` and `kcdesk person register`: accreditation points for professional registers.

    kcdesk accreditation set --event EVENT --register NAME --activity ID --points N --hours H
                             [--status applied|granted] [--json]
    kcdesk accreditation list --event EVENT [--json]
    kcdesk accreditation remove --event EVENT --register NAME
    kcdesk accreditation export --event EVENT --register NAME -o FILE   (.txt paste list, .csv, .pdf)
    kcdesk person register PERSON --register NAME --number NUMBER [--no-consent] [--json]
    kcdesk person register PERSON --register NAME --remove

PERSON is a person's id or email address.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kcdesk.cli.common import command_group, print_json, saved_id, services


def _number(text: str) -> float:
    """An argparse type: a number, with a decimal point or comma ("2,5")."""
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None


def _accreditation_dict(svc, a) -> dict:
    return {
        "register": a.register,
        "register_full": svc.accreditation.full_name(a.register),
        "activity_id": a.activity_id,
        "points": a.points,
        "hours": a.hours,
        "status": str(a.status),
    }


def cmd_set(args: argparse.Namespace) -> int:
    svc = services(args)
    event = svc.events.resolve(args.event)
    a = svc.accreditation.set_accreditation(
        saved_id(event), args.register, args.activity, args.points, args.hours, args.status
    )
    data = _accreditation_dict(svc, a) | {"event": event.slug}
    if args.json:
        print_json(data)
    else:
        print(
            f"{event.slug}: {a.register} {a.status} — activity {a.activity_id or '(none yet)'}, "
            f"{a.points:g} points, {a.hours:g} net hours"
        )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    svc = services(args, readonly=True)
    event = svc.events.resolve(args.event)
    summary = svc.accreditation.summary(saved_id(event))
    missing = svc.accreditation.without_number(saved_id(event))
    if args.json:
        print_json(
            {
                "event": event.slug,
                "accreditations": summary,
                "attended_without_number": [{"name": m["name"], "code": m["code"]} for m in missing],
            }
        )
        return 0
    if not summary:
        print(f"{event.slug} has no accreditations.")
        return 0
    for a in summary:
        print(
            f"{a['register']:14} {a['status']:8} {a['activity_id'] or '-':16} {a['points']:>5g} pt "
            f"{a['hours']:>5g} h  {a['attendees']} to report"
        )
    if missing:
        print(f"{len(missing)} attended without a register number they agreed to have used.")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    svc = services(args)
    event = svc.events.resolve(args.event)
    svc.accreditation.remove_accreditation(saved_id(event), args.register)
    print(f"Removed the accreditation of {event.slug} by {args.register}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    svc = services(args, readonly=True)
    event = svc.events.resolve(args.event)
    path, n = svc.exports.accreditation_list(saved_id(event), args.register, Path(args.output), args.lang)
    if args.json:
        print_json({"event": event.slug, "register": args.register, "file": str(path), "people": n})
    else:
        print(
            f"Wrote {n} {'attendee' if n == 1 else 'attendees'} of {event.slug} for {args.register} to {path}"
        )
    return 0


def cmd_person_register(args: argparse.Namespace) -> int:
    svc = services(args)
    person = svc.privacy.resolve(args.person)
    person_id = saved_id(person)
    if args.remove:
        svc.accreditation.remove_membership(person_id, args.register)
        memberships = svc.accreditation.memberships(person_id)
        message = f"Removed the {args.register} number of {person.name}."
    else:
        m = svc.accreditation.set_membership(person_id, args.register, args.number, not args.no_consent)
        memberships = svc.accreditation.memberships(person_id)
        consent = "" if m.consent else " (not to be used for reporting)"
        message = f"{person.name}: {m.register} {m.number}{consent}"
    if args.json:
        print_json(
            {
                "person": person.id,
                "registers": [
                    {"register": x.register, "number": x.number, "consent": x.consent} for x in memberships
                ],
            }
        )
    else:
        print(message)
    return 0


def register(sub, add, common) -> None:
    acc = command_group(
        sub,
        "accreditation",
        "accreditation points: an event's accreditations and the lists for the registers",
        "accreditation_command",
    )
    p = add("set", cmd_set, "record (or change) an event's accreditation by a register", acc)
    p.add_argument("--event", required=True, metavar="EVENT", help="event id or slug")
    p.add_argument(
        "--register", required=True, metavar="NAME", help="Registerplein, SKJ, V&V, BIG, KABIZ or another"
    )
    p.add_argument("--activity", default="", metavar="ID", help="the register's activity ID")
    p.add_argument("--points", type=_number, required=True, metavar="N", help="accreditation points")
    p.add_argument("--hours", type=_number, required=True, metavar="H", help="net hours (without breaks)")
    p.add_argument("--status", choices=("applied", "granted"), default="applied")
    p.add_argument("--json", action="store_true")
    p = add("list", cmd_list, "list an event's accreditations and how many attendees each can report", acc)
    p.add_argument("--event", required=True, metavar="EVENT", help="event id or slug")
    p.add_argument("--json", action="store_true")
    p = add("remove", cmd_remove, "remove an event's accreditation by a register", acc)
    p.add_argument("--event", required=True, metavar="EVENT", help="event id or slug")
    p.add_argument("--register", required=True, metavar="NAME")
    p = add(
        "export",
        cmd_export,
        "write a register's list: .txt numbers to paste into PE-online, .pdf or .csv attendance list",
        acc,
    )
    p.add_argument("--event", required=True, metavar="EVENT", help="event id or slug")
    p.add_argument("--register", required=True, metavar="NAME")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="a .txt, .csv or .pdf file")
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of the PDF/CSV (default: nl)")
    p.add_argument("--json", action="store_true")

    person = command_group(sub, "person", "a participant's data", "person_command")
    p = add("register", cmd_person_register, "record a person's number in a professional register", person)
    p.add_argument("person", metavar="PERSON", help="id or email address")
    p.add_argument(
        "--register", required=True, metavar="NAME", help="Registerplein, SKJ, V&V, BIG, KABIZ or another"
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--number", metavar="NUMBER", help="the registration number")
    what.add_argument("--remove", action="store_true", help="remove the person's number in this register")
    p.add_argument(
        "--no-consent",
        action="store_true",
        help="keep the number, but do not use it to report attendance (default: it may be used)",
    )
    p.add_argument("--json", action="store_true")
