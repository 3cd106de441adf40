"""Entering an event's content without the app or hand-written JSON.

``event new``, ``event set``, ``programme add``, ``person add``, ``register``,
``note add``, ``figure add``, ``quote add``, ``reaction add``, ``sector rename``
and ``sector list``. Each prints one line (or the record with ``--json``) and
writes in one transaction; a bad value is one line on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import sys

from kcdesk.cli.common import command_group, print_json, saved_id, services

TYPE_CHECKING = False  # typing itself is not imported at run time (start-up of the command line)
if TYPE_CHECKING:
    from typing import Any


def _text(value: str) -> str:
    """A text argument; "-" reads it from standard input (a long note from a file)."""
    return sys.stdin.read().strip() if value == "-" else value


def _done(args: argparse.Namespace, record: dict[str, Any], line: str) -> int:
    if args.json:
        print_json(record)
    else:
        print(line)
    return 0


def cmd_event_new(args: argparse.Namespace) -> int:
    from kcdesk.services.authoring import parse_assignments

    svc = services(args)
    event = svc.authoring.create_event(args.title, parse_assignments(args.fields))
    return _done(
        args, svc.authoring.fields(event) | {"slug": event.slug}, f"Added {event.slug} (id {event.id})"
    )


def cmd_event_set(args: argparse.Namespace) -> int:
    from kcdesk.services.authoring import parse_assignments

    svc = services(args)
    assignments = parse_assignments(args.fields)
    event = svc.authoring.set_fields(svc.events.resolve(args.event), assignments)
    names = ", ".join(dict(assignments))
    return _done(args, svc.authoring.fields(event), f"Set {names} of {event.slug}")


def cmd_programme_add(args: argparse.Namespace) -> int:
    from kcdesk.domain.enums import Part
    from kcdesk.domain.models import ProgrammeItem, ProgrammePerson

    svc = services(args)
    event = svc.events.resolve(args.event)
    people = [
        ProgrammePerson(saved_id(svc.authoring.person(ref)), part)
        for part, refs in (
            (Part.SPEAKER, args.speaker),
            (Part.FACILITATOR, args.facilitator),
            (Part.HOST, args.host),
        )
        for ref in refs or []
    ]
    item = ProgrammeItem(
        event_id=saved_id(event),
        title=args.title,
        duration_min=args.duration,
        description=_text(args.description or ""),
        tables=args.tables,
        people=people,
        title_en=args.title_en or "",
        description_en=args.description_en or "",
    )
    item = svc.authoring.add_item(event, item, args.kind)
    number = item.position + 1
    record = {
        "id": item.id,
        "number": number,
        "title": item.title,
        "kind": str(item.kind),
        "duration_min": item.duration_min,
        "people": [{"person_id": p.person_id, "part": str(p.part)} for p in item.people],
    }
    return _done(args, record, f"Added programme item {number} of {event.slug}: {item.title}")


def _person_record(p) -> dict[str, Any]:
    from kcdesk.domain.models import PERSON_CONSENTS, PERSON_DETAILS

    return {"id": p.id, "name": p.name} | {f: getattr(p, f) for f in (*PERSON_DETAILS, *PERSON_CONSENTS)}


CONSENTS = {"name": "consent_name", "quote": "consent_quote", "photo": "consent_photo"}


def _consents(texts: list[str] | None) -> dict[str, bool]:
    given = {w.strip().lower() for t in texts or [] for w in t.split(",") if w.strip()}
    unknown = given - set(CONSENTS)
    if unknown:
        raise argparse.ArgumentTypeError(
            f"--consent: {', '.join(sorted(unknown))}; choose name, quote, photo"
        )
    return {field: word in given for word, field in CONSENTS.items()}


def cmd_person_add(args: argparse.Namespace) -> int:
    from kcdesk.domain.errors_authoring import PersonExists
    from kcdesk.domain.models import Person
    from kcdesk.domain.names import split_name

    try:
        consents = _consents(args.consent)
    except argparse.ArgumentTypeError as exc:
        print(f"kcdesk: {exc}", file=sys.stderr)
        return 2
    svc = services(args)
    given, particle, family = split_name(" ".join(args.name.split()))
    person = Person(
        given_name=given,
        particle=particle,
        family_name=family,
        email=(args.email or "").strip(),
        phone=(args.phone or "").strip(),
        organisation=(args.organisation or "").strip(),
        job_title=(args.job_title or "").strip(),
        sector=svc.authoring.sector(args.sector or ""),
        newsletter=args.newsletter,
        consent_name=consents["consent_name"],
        consent_quote=consents["consent_quote"],
        consent_photo=consents["consent_photo"],
    )
    known = svc.people.find_match(person)
    if known is not None:
        raise PersonExists(name=known.name, person_id=known.id or 0)
    svc.people.create(person)
    return _done(args, _person_record(person), f"Added {person.name} (id {person.id})")


def cmd_register(args: argparse.Namespace) -> int:
    from kcdesk.domain.enums import RegistrationStatus
    from kcdesk.domain.errors_authoring import BadFieldValue

    svc = services(args)
    event = svc.events.resolve(args.event)
    person = svc.authoring.person(args.person)
    status = None
    if args.status:
        try:
            status = RegistrationStatus(args.status)
        except ValueError:
            raise BadFieldValue(
                name="status", value=args.status, expected="one of " + ", ".join(RegistrationStatus)
            ) from None
    reg = svc.registrations.register(saved_id(event), saved_id(person), status=status, code=args.code)
    record = {"code": reg.code, "person_id": person.id, "name": person.name, "status": str(reg.status)}
    return _done(args, record, f"Registered {person.name} for {event.slug}: code {reg.code} ({reg.status})")


def _item_id(svc, event, ref: str | None) -> int | None:
    return svc.authoring.item(event, ref).id if ref else None


def cmd_note_add(args: argparse.Namespace) -> int:
    from kcdesk.domain.errors_authoring import EmptyNote
    from kcdesk.domain.models import Note

    svc = services(args)
    event = svc.events.resolve(args.event)
    body = _text(args.text).strip()
    if not body and not args.heading:
        raise EmptyNote()
    notes = svc.content.notes(saved_id(event))
    position = args.position if args.position is not None else max((n.position for n in notes), default=0) + 1
    note = Note(
        event_id=saved_id(event),
        body=body,
        author=args.author or "",
        item_id=_item_id(svc, event, args.item),
        heading=(args.heading or "").strip(),
        position=position,
        heading_en=(args.heading_en or "").strip(),
        body_en=_text(args.text_en or "").strip(),
    )
    svc.content.save_note(note)
    for p in svc.authoring.named_without_consent(saved_id(event)):
        if note.id in p["note_ids"]:
            print(
                f"kcdesk: note {note.id} names {p['name']}, who did not consent to be named.", file=sys.stderr
            )
    record = {"id": note.id, "heading": note.heading, "position": note.position, "item_id": note.item_id}
    return _done(args, record, f"Added note {note.id} to {event.slug} at position {note.position}")


def cmd_figure_add(args: argparse.Namespace) -> int:
    from kcdesk.domain.errors_authoring import BadFieldValue
    from kcdesk.domain.models import KeyFigure

    svc = services(args)
    event = svc.events.resolve(args.event)
    try:
        value = float(args.value.replace(",", "."))
    except ValueError:
        raise BadFieldValue(name="value", value=args.value, expected="a number") from None
    figure = KeyFigure(
        event_id=saved_id(event),
        label=args.label.strip(),
        value=value,
        item_id=_item_id(svc, event, args.item),
        label_en=(args.label_en or "").strip(),
    )
    svc.content.save_figure(figure)
    record = {"id": figure.id, "value": figure.value, "label": figure.label, "item_id": figure.item_id}
    return _done(args, record, f"Added key figure {figure.id} to {event.slug}: {args.value} {figure.label}")


def _event_and_speaker(args: argparse.Namespace):
    """The services, the event and the person who said it (``--by``, or None) of quote/reaction add."""
    svc = services(args)
    event = svc.events.resolve(args.event)
    return svc, event, svc.authoring.person(args.by) if args.by else None


def cmd_quote_add(args: argparse.Namespace) -> int:
    from kcdesk.domain.enums import Consent
    from kcdesk.domain.models import Quote

    svc, event, person = _event_and_speaker(args)
    quote = Quote(
        event_id=saved_id(event),
        text=_text(args.text).strip(),
        person_id=person.id if person else None,
        attribution_name=(args.name or "").strip(),
        attribution_role=(args.role or "").strip(),
        attribution_org=(args.org or "").strip(),
        item_id=_item_id(svc, event, args.item),
        # not given: "yes" when the person consented to be quoted, else "ask" (nobody asked yet)
        consent=Consent(args.consent or ("yes" if person is not None and person.consent_quote else "ask")),
        translation=(args.translation or "").strip(),
    )
    svc.content.save_quote(quote)
    record = {
        "id": quote.id,
        "person_id": quote.person_id,
        "item_id": quote.item_id,
        "consent": str(quote.consent),
    }
    return _done(args, record, f"Added quote {quote.id} to {event.slug} (consent: {quote.consent})")


def cmd_reaction_add(args: argparse.Namespace) -> int:
    from kcdesk.domain.models import Reaction

    svc, event, person = _event_and_speaker(args)
    reaction = Reaction(
        event_id=saved_id(event),
        text=_text(args.text).strip(),
        person_id=person.id if person else None,
        rating=args.rating,
        verdict=(args.verdict or "").strip(),
        verdict_en=(args.verdict_en or "").strip(),
        translation=(args.translation or "").strip(),
    )
    svc.content.save_reaction(reaction)
    if person is not None and not person.consent_quote:
        print(
            f"kcdesk: {person.name} did not consent to be quoted; the reaction stays out of publications.",
            file=sys.stderr,
        )
    record = {"id": reaction.id, "person_id": reaction.person_id, "verdict": reaction.verdict}
    return _done(args, record, f"Added reaction {reaction.id} to {event.slug}")


def _sector_record(s) -> dict[str, Any]:
    return {"code": s.code, "label_nl": s.label_nl, "label_en": s.label_en}


def cmd_sector_rename(args: argparse.Namespace) -> int:
    svc = services(args)
    s = svc.authoring.rename_sector(args.sector, args.label, args.en)
    return _done(args, _sector_record(s), f"Sector {s.code}: {s.label_nl} / {s.label_en}")


def cmd_sector_list(args: argparse.Namespace) -> int:
    svc = services(args, readonly=True)
    sectors = svc.people.sectors()
    if args.json:
        print_json([_sector_record(s) for s in sectors])
    else:
        for s in sectors:
            print(f"{s.code:12} {s.label_nl:20} {s.label_en}")
    return 0


def register(sub, add, common) -> None:
    from kcdesk.domain.event_fields import FIELDS

    ev = command_group(
        sub,
        "event",
        "one event: export or import it as JSON, add one (new), change its fields (set)",
        "event_command",
        [common],
    )
    p = add("new", cmd_event_new, "add an event: a title and FIELD=VALUE pairs (see 'event set')", ev)
    p.add_argument("title", metavar="TITLE")
    p.add_argument("fields", nargs="*", metavar="FIELD=VALUE")
    p.add_argument("--json", action="store_true")
    p = add("set", cmd_event_set, "set fields of an event: FIELD=VALUE ...", ev)
    p.add_argument("event", metavar="EVENT")
    p.add_argument("fields", nargs="+", metavar="FIELD=VALUE", help="fields: " + ", ".join(FIELDS))
    p.add_argument("--json", action="store_true")

    pr = sub.add_parser("programme", help="the programme of an event", parents=[common])
    prs = pr.add_subparsers(dest="programme_command", metavar="ACTION", required=True)
    p = add("add", cmd_programme_add, "add a programme item at the end of the programme", prs)
    p.add_argument("event", metavar="EVENT")
    p.add_argument("title", metavar="TITLE")
    p.add_argument(
        "--kind", default="", help="opening-round, presentation, table-session, break, closing, other"
    )
    p.add_argument("--duration", type=int, default=30, metavar="MIN", help="minutes (default 30)")
    p.add_argument("--description", metavar="TEXT", help="what it is about ('-': read from stdin)")
    p.add_argument("--tables", type=int, metavar="N")
    p.add_argument("--speaker", action="append", metavar="PERSON", help="id, email or full name (repeatable)")
    p.add_argument("--facilitator", action="append", metavar="PERSON")
    p.add_argument("--host", action="append", metavar="PERSON")
    p.add_argument("--title-en", metavar="TEXT")
    p.add_argument("--description-en", metavar="TEXT")
    p.add_argument("--json", action="store_true")

    ps = command_group(sub, "person", "a participant's data", "person_command", [common])
    p = add("add", cmd_person_add, "add a person to the directory", ps)
    p.add_argument("name", metavar="NAME", help="full name: 'Nicole van Dijk'")
    p.add_argument("--email")
    p.add_argument("--phone")
    p.add_argument("--organisation", metavar="ORG")
    p.add_argument(
        "--job-title", metavar="TITLE", help="role as printed before the name: 'docentonderzoeker'"
    )
    p.add_argument("--sector", help="code or label ('kcdesk sector list')")
    p.add_argument(
        "--consent", action="append", metavar="WHAT", help="name, quote, photo (comma-separated or repeated)"
    )
    p.add_argument("--newsletter", action="store_true")
    p.add_argument("--json", action="store_true")

    p = add("register", cmd_register, "register a person for an event", sub)
    p.add_argument("event", metavar="EVENT")
    p.add_argument("person", metavar="PERSON", help="id, email or full name")
    p.add_argument("--code", help="the registration code (default: a new one)")
    p.add_argument("--status", help="registered (default), waitlisted, cancelled ...")
    p.add_argument("--json", action="store_true")

    nt = sub.add_parser("note", help="the writer's notes: the body of the article", parents=[common])
    nts = nt.add_subparsers(dest="note_command", metavar="ACTION", required=True)
    p = add("add", cmd_note_add, "add a note; a note with a heading opens a section of the article", nts)
    p.add_argument("event", metavar="EVENT")
    p.add_argument("text", metavar="TEXT", help="Markdown; '-' reads it from stdin")
    p.add_argument("--heading", metavar="TEXT")
    p.add_argument(
        "--position", type=int, metavar="N", help="order in the article (default: after the others)"
    )
    p.add_argument("--item", metavar="ITEM", help="programme item: its number or title")
    p.add_argument("--author")
    p.add_argument("--heading-en", metavar="TEXT")
    p.add_argument("--text-en", metavar="TEXT", help="the English version ('-': stdin)")
    p.add_argument("--json", action="store_true")

    fg = sub.add_parser("figure", help="key figures", parents=[common])
    fgs = fg.add_subparsers(dest="figure_command", metavar="ACTION", required=True)
    p = add("add", cmd_figure_add, "add a key figure: '15 individuele gesprekken'", fgs)
    p.add_argument("event", metavar="EVENT")
    p.add_argument("value", metavar="VALUE")
    p.add_argument("label", metavar="LABEL")
    p.add_argument("--item", metavar="ITEM", help="the programme item it belongs to (number or title)")
    p.add_argument("--label-en", metavar="TEXT")
    p.add_argument("--json", action="store_true")

    qt = sub.add_parser("quote", help="quotes", parents=[common])
    qts = qt.add_subparsers(dest="quote_command", metavar="ACTION", required=True)
    p = add("add", cmd_quote_add, "add a quote, as said", qts)
    p.add_argument("event", metavar="EVENT")
    p.add_argument("text", metavar="TEXT", help="'-' reads it from stdin")
    p.add_argument("--by", metavar="PERSON", help="who said it: id, email or full name")
    p.add_argument("--name", help="or: a name as typed (not in the directory)")
    p.add_argument("--role")
    p.add_argument("--org")
    p.add_argument("--item", metavar="ITEM", help="programme item: its number or title")
    p.add_argument(
        "--consent",
        choices=("yes", "no", "ask"),
        help="may it be published (default: yes when the person consented to be quoted, else ask)",
    )
    p.add_argument("--translation", metavar="TEXT", help="English translation for the English draft")
    p.add_argument("--json", action="store_true")

    rc = sub.add_parser("reaction", help="participants' reactions", parents=[common])
    rcs = rc.add_subparsers(dest="reaction_command", metavar="ACTION", required=True)
    p = add(
        "add", cmd_reaction_add, "add a participant's reaction (printed only with consent to be quoted)", rcs
    )
    p.add_argument("event", metavar="EVENT")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--by", metavar="PERSON", help="id, email or full name")
    p.add_argument("--verdict", metavar="WORD", help="their word for the meeting: 'verrassend'")
    p.add_argument("--verdict-en", metavar="WORD")
    p.add_argument("--rating", type=int, choices=range(1, 6), metavar="1-5")
    p.add_argument("--translation", metavar="TEXT")
    p.add_argument("--json", action="store_true")

    sc = sub.add_parser("sector", help="the sectors people come from", parents=[common])
    scs = sc.add_subparsers(dest="sector_command", metavar="ACTION", required=True)
    p = add("rename", cmd_sector_rename, "give a sector the network's own word ('werkveld')", scs)
    p.add_argument("sector", metavar="SECTOR", help="code or current label")
    p.add_argument("label", metavar="LABEL_NL")
    p.add_argument("--en", metavar="LABEL_EN")
    p.add_argument("--json", action="store_true")
    p = add("list", cmd_sector_list, "list the sectors", scs)
    p.add_argument("--json", action="store_true")
