"""`kcdesk mail ...`: mail to participants from the outbox.

kcdesk mail settings [--host H] [--port N] [--security none|starttls|ssl] [--sender ADDR]
                     [--user U] [--password-stdin] ... [--json]
kcdesk mail queue --event EVENT --kind KIND [--to GROUP|CODE,...] [--resend] [--json]
kcdesk mail send [--event EVENT] [--limit N] [--json]
kcdesk mail outbox [--event EVENT] [--status S] [--json]
kcdesk mail eml --event EVENT -o FOLDER [--json]
kcdesk mail preview --event EVENT --kind KIND --code CODE [--lang nl|en] [--html]
kcdesk mail retry|cancel|mark-sent ID... [--json]
kcdesk mail answer --event EVENT CODE yes|no [--json]
kcdesk mail language PERSON nl|en|default
"""

from __future__ import annotations

import argparse
import sys

from kcdesk.cli.common import positive, print_json, saved_id, services

KINDS = ("confirmation", "waitlist", "waitlist-offer", "reminder", "change", "thanks", "missed", "invitation")
GROUPS = ("registered", "waitlisted", "attended", "no-show")
STATUSES = ("queued", "sending", "sent", "failed", "cancelled", "saved")


def _settings_dict(svc) -> dict:
    s = svc.mail.settings()
    out = {
        "host": s.host,
        "port": s.port,
        "security": s.security,
        "sender": s.sender,
        "sender_name": s.sender_name,
        "reply_to": s.reply_to,
        "user": s.user,
        "per_minute": s.per_minute,
        "language": s.language,
        "feedback_url": s.feedback_url,
        "reminder_days": s.reminder_days,
    }
    out["password_set"] = svc.mail.has_password(s) if s.user else False
    return out


def cmd_settings(args: argparse.Namespace) -> int:
    changes = {
        key: getattr(args, key)
        for key in (
            "host",
            "port",
            "security",
            "sender",
            "sender_name",
            "reply_to",
            "user",
            "per_minute",
            "language",
            "feedback_url",
        )
        if getattr(args, key) is not None
    }
    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    svc = services(args, readonly=not changes and password is None)
    if changes or password is not None:
        settings = svc.mail.settings()
        for key, value in changes.items():
            setattr(settings, key, value)
        svc.mail.save_settings(settings, password=password)
    data = _settings_dict(svc)
    if args.json:
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key:13} {value}")
    return 0


def _to(text: str | None) -> str | list[str] | None:
    if text is None:
        return None
    text = text.strip()
    if text in GROUPS:
        return text
    codes = [c.strip() for c in text.split(",") if c.strip()]
    if not codes:
        raise argparse.ArgumentTypeError("give a group or a list of codes")
    return codes


def cmd_queue(args: argparse.Namespace) -> int:
    svc = services(args)
    event = svc.events.resolve(args.event)
    result = svc.mail.queue(
        saved_id(event), args.kind, _to(args.to), resend=args.resend, offer_hours=args.hours
    )
    if args.json:
        print_json(result.as_dict())
    else:
        print(f"Queued {result.queued} {args.kind} mails for {event.slug}.")
        for s in result.skipped:
            print(f"  skipped {s['code'] or '-'}: {s['reason']}")
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    svc = services(args)
    event_id = saved_id(svc.events.resolve(args.event)) if args.event else None
    result = svc.mail.send(event_id, limit=args.limit)
    if args.json:
        print_json(result.as_dict())
    else:
        print(
            f"Sent {result.sent}, failed {result.failed}, to retry later {result.retry_later}, "
            f"to review {result.review}."
        )
        if result.stopped:
            print(f"Stopped early: {result.stopped}")
    return 1 if result.stopped else 0


def _outbox_rows(svc, event: str | None, status: str | None) -> list[dict]:
    event_id = saved_id(svc.events.resolve(event)) if event else None
    return [
        {
            "id": r["id"],
            "event": r["event_slug"],
            "code": r["code"],
            "kind": r["kind"],
            "status": r["status"],
            "to": r["to_addr"],
            "name": r["to_name"],
            "subject": r["subject"],
            "attempts": r["attempts"],
            "last_reply": r["last_reply"],
            "message_id": r["message_id"],
            "created_at": r["created_at"],
            "sent_at": r["sent_at"],
        }
        for r in svc.mail.outbox(event_id, status)
    ]


def cmd_outbox(args: argparse.Namespace) -> int:
    svc = services(args, readonly=True)
    rows = _outbox_rows(svc, args.event, args.status)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(f"{r['id']:>6}  {r['status']:9} {r['kind']:14} {r['code']:8} {r['to']:36} {r['subject']}")
        if r["status"] in ("failed", "sending") and r["last_reply"]:
            print(f"        {r['last_reply']}")
    if not rows:
        print("The outbox is empty.")
    return 0


def cmd_eml(args: argparse.Namespace) -> int:
    svc = services(args)
    event = svc.events.resolve(args.event)
    written = svc.mail.save_eml(saved_id(event), args.output)
    if args.json:
        print_json({"saved": len(written), "files": [str(p) for p in written]})
    else:
        print(f"Saved {len(written)} mails as .eml files in {args.output}")
    return 0


def cmd_preview(args: argparse.Namespace) -> int:
    svc = services(args, readonly=True)
    event = svc.events.resolve(args.event)
    p = svc.mail.preview(saved_id(event), args.kind, args.code, args.lang)
    data = {
        "to": p.to,
        "subject": p.subject,
        "text": p.text,
        "html": p.html,
        "attachments": p.attachments,
    }
    if args.json:
        print_json(data)
    else:
        print(f"To: {p.to}\nSubject: {p.subject}\nAttachments: {', '.join(p.attachments) or '-'}\n")
        print(p.html if args.html else p.text)
    return 0


def _moves(method: str, past: str):
    def cmd(args: argparse.Namespace) -> int:
        svc = services(args)
        n = getattr(svc.mail, method)(args.ids)
        if args.json:
            print_json({past: n})
        else:
            print(f"{n} mails {past.replace('_', ' ')}.")
        return 0

    return cmd


def cmd_remind(args: argparse.Namespace) -> int:
    svc = services(args)
    if args.event:
        event_id = saved_id(svc.events.resolve(args.event))
        if args.days is not None:
            svc.mail.set_reminder_days(event_id, args.days)
        data: dict = {"event": args.event, "days": svc.mail.reminder_days(event_id)}
    else:
        if args.days is not None:
            settings = svc.mail.settings()
            settings.reminder_days = args.days
            svc.mail.save_settings(settings)
        done = svc.mail.queue_due_reminders()
        data = {
            "queued": sum(r.queued for r in done.values()),
            "events": {slug: r.as_dict() for slug, r in done.items()},
        }
    if args.json:
        print_json(data)
    elif "days" in data:
        print(f"Reminders for {args.event} go {data['days']} days before it.")
    else:
        print(f"Queued {data['queued']} reminders ({', '.join(data['events']) or 'no event is due'}).")
    return 0


def cmd_answer(args: argparse.Namespace) -> int:
    svc = services(args)
    event = svc.events.resolve(args.event)
    status = svc.waitlist.answer(saved_id(event), args.code, args.answer == "yes")
    if args.json:
        print_json({"code": args.code.strip().upper(), "status": status})
    else:
        print(f"{args.code.strip().upper()} is now {status}.")
    return 0


def cmd_language(args: argparse.Namespace) -> int:
    svc = services(args)
    name = svc.mail.set_language(args.person, None if args.lang == "default" else args.lang)
    print(f"{name} gets mail in {args.lang}.")
    return 0


def register(sub, add, common) -> None:
    mail = sub.add_parser("mail", help="mail to participants: settings, queue, send, outbox, .eml files")
    ms = mail.add_subparsers(dest="mail_command", metavar="ACTION", required=True)

    p = add(
        "settings", cmd_settings, "show or change the mail settings (the password goes to the keyring)", ms
    )
    p.add_argument("--host", metavar="H", help="the SMTP server")
    p.add_argument("--port", type=positive, metavar="N", help="its port (587 STARTTLS, 465 SSL, 25 none)")
    p.add_argument("--security", choices=("none", "starttls", "ssl"))
    p.add_argument("--sender", metavar="ADDR", help="the From address")
    p.add_argument("--sender-name", metavar="NAME", help="the name shown as sender")
    p.add_argument("--reply-to", metavar="ADDR", help="where answers go (default: the sender)")
    p.add_argument("--user", metavar="U", help="the login name at the server")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input into the keyring",
    )
    p.add_argument("--per-minute", type=int, metavar="N", help="at most N mails a minute (0: no limit)")
    p.add_argument("--language", choices=("nl", "en"), help="for people whose language is not known")
    p.add_argument("--feedback-url", metavar="URL", help="the feedback form named in the thank-you mail")
    p.add_argument("--json", action="store_true")

    p = add("queue", cmd_queue, "render a kind of mail for an event's participants into the outbox", ms)
    p.add_argument("--event", required=True, metavar="EVENT", help="event id or slug")
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument(
        "--to",
        metavar="GROUP|CODE,...",
        help="registered, waitlisted, attended, no-show, or codes separated by commas "
        "(default: the kind's usual group)",
    )
    p.add_argument("--resend", action="store_true", help="also to people who already had this kind")
    p.add_argument(
        "--hours",
        type=positive,
        default=48,
        metavar="N",
        help="waitlist offers: hours to answer (default 48)",
    )
    p.add_argument("--json", action="store_true")

    p = add("send", cmd_send, "send the queued mails over SMTP", ms)
    p.add_argument("--event", metavar="EVENT", help="only this event's mails")
    p.add_argument("--limit", type=positive, metavar="N", help="at most N mails")
    p.add_argument("--json", action="store_true")

    p = add("outbox", cmd_outbox, "list the outbox", ms)
    p.add_argument("--event", metavar="EVENT")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--json", action="store_true")

    p = add("eml", cmd_eml, "save the queued mails as .eml files (no SMTP needed) and mark them saved", ms)
    p.add_argument("--event", required=True, metavar="EVENT")
    p.add_argument("-o", "--output", required=True, metavar="FOLDER", help="an existing folder")
    p.add_argument("--json", action="store_true")

    p = add("preview", cmd_preview, "show a kind of mail as one participant would get it", ms)
    p.add_argument("--event", required=True, metavar="EVENT")
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--code", required=True, metavar="CODE")
    p.add_argument("--lang", choices=("nl", "en"), help="default: the person's mail language")
    p.add_argument("--html", action="store_true", help="print the HTML instead of the text")
    p.add_argument("--json", action="store_true")

    for name, method, past, text in (
        ("retry", "retry", "queued", "queue failed, cancelled or under-review mails again"),
        ("cancel", "cancel", "cancelled", "cancel mails that were not sent"),
        ("mark-sent", "mark_sent", "marked_sent", "mark mails under review as arrived"),
    ):
        p = add(name, _moves(method, past), text, ms)
        p.add_argument("ids", nargs="+", type=positive, metavar="ID")
        p.add_argument("--json", action="store_true")

    p = add(
        "remind",
        cmd_remind,
        "queue the reminders whose day has come; with --event, show or set that event's days",
        ms,
    )
    p.add_argument("--event", metavar="EVENT", help="show (or with --days set) this event's reminder days")
    p.add_argument("--days", type=int, metavar="N", help="days before the event (default 2)")
    p.add_argument("--json", action="store_true")

    p = add("answer", cmd_answer, "record the answer to a waitlist offer", ms)
    p.add_argument("--event", required=True, metavar="EVENT")
    p.add_argument("code", metavar="CODE")
    p.add_argument("answer", choices=("yes", "no"))
    p.add_argument("--json", action="store_true")

    p = add("language", cmd_language, "the language a person gets mail in", ms)
    p.add_argument("person", metavar="PERSON", help="id or email address")
    p.add_argument("lang", choices=("nl", "en", "default"))
