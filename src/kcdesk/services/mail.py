"""Mail to participants from an offline outbox: render, queue, send over SMTP, or save as .eml.

- **Render**: each kind is a Jinja template pair ``mail/<kind>.<lang>.txt`` and
  ``.html`` (built in under ``resources/templates/mail``, overridable in the user
  templates folder, the same sandbox as the exports). The first line of the
  ``.txt`` template is the subject. The context is the export context of the
  event (docs/templates.md) plus ``recipient`` and ``mail``.
- **Queue**: one outbox row per mail, in one transaction; a kind goes to a
  person once per event unless ``resend``. People without a usable address are
  listed as skipped before anything is queued.
- **Send**: smtplib (SSL, STARTTLS or none; login with the password from the
  keyring). A mail is marked ``sending`` and committed *before* the server sees
  it, and ``sent`` after the server accepted it, so a crash leaves it in
  ``sending`` for the coordinator to review; it is never retried blindly. 4xx
  replies are retried later with back-off, 5xx mark the mail failed with the
  reply. ``per_minute`` keeps under a provider's limit.
- **.eml**: without SMTP, queued mails are written to a folder and marked ``saved``.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import re
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from kcdesk.domain.enums import RegistrationStatus
from kcdesk.domain.errors import CalendarNeedsDate, FolderMissing, UnknownLanguage
from kcdesk.domain.errors_mail import (
    KeyringUnavailable,
    MailHostInvalid,
    MailNotCancellable,
    MailNotFound,
    MailNotRetriable,
    MailNotUnderReview,
    MailPasswordMissing,
    MailPortOutOfRange,
    MailRateOutOfRange,
    MailSecurityUnknown,
    MailSenderMissing,
    MailServerMissing,
    MailUserInvalid,
    MailUserMissing,
    ReminderDaysOutOfRange,
    SmtpLoginRefused,
    SmtpUnreachable,
    UnknownMailGroup,
    UnknownMailKind,
    UnknownMailStatus,
)
from kcdesk.domain.mail import (
    ATTACHMENTS,
    DEFAULT_AUDIENCE,
    MAX_ATTEMPTS,
    Audience,
    MailKind,
    OutboxStatus,
    Security,
    backoff,
    check_address,
    header_text,
    reply_class,
    valid_address,
)
from kcdesk.domain.rows import name_of
from kcdesk.output.atomic import write_bytes
from kcdesk.store.rows import now, ts

if TYPE_CHECKING:
    import smtplib
    import tempfile
    import threading
    from email.message import Message

    from kcdesk.export.services import ExportServices
    from kcdesk.services.event_list import EventListService
    from kcdesk.services.waitlist import WaitlistService
    from kcdesk.store import Store

    class MailServices(ExportServices, Protocol):
        """What mail needs of the facade (naming the facade itself would be an import cycle)."""

        @property
        def store(self) -> Store: ...

        @property
        def waitlist(self) -> WaitlistService: ...

        @property
        def event_list(self) -> EventListService: ...


#: Kinds that tell people the event's date, time and venue (a change after them needs a notice).
DETAIL_KINDS = (MailKind.CONFIRMATION, MailKind.REMINDER, MailKind.CHANGE)
#: The keyring service name the SMTP password is kept under.
KEYRING_SERVICE = "kcdesk-smtp"
LANGUAGES = ("nl", "en")
TIMEOUT_S = 30
#: The QR mask pattern of the mailed codes (see :func:`qr_png`).
QR_MASK = 2

Progress = Callable[[int, int], object]


# -- settings ------------------------------------------------------------------------------
@dataclass
class MailSettings:
    """The mail settings of one database. The password is not here: it is in the keyring."""

    host: str = ""
    port: int = 587
    security: str = Security.STARTTLS.value
    sender: str = ""
    sender_name: str = ""
    reply_to: str = ""
    user: str = ""
    per_minute: int = 0  # 0: no limit
    language: str = "nl"  # for people whose mail language is not known
    feedback_url: str = ""
    reminder_days: int = 2  # reminders go this many days before an event (per event: set_reminder_days)

    @classmethod
    def from_stored(cls, values: dict[str, str]) -> MailSettings:
        s = cls()
        for key, value in values.items():
            if key in ("port", "per_minute", "reminder_days"):
                with contextlib.suppress(ValueError):
                    setattr(s, key, int(value))
            elif hasattr(s, key):
                setattr(s, key, value)
        return s

    def checked(self) -> MailSettings:
        """The same settings with every rule checked (one error naming the field)."""
        self.host = self.host.strip()
        if self.host and not re.fullmatch(r"[A-Za-z0-9.:\[\]-]+", self.host):
            raise MailHostInvalid(field="host", host=self.host)
        if not 1 <= self.port <= 65535:
            raise MailPortOutOfRange(field="port", port=self.port)
        if self.security not in {s.value for s in Security}:
            raise MailSecurityUnknown(field="security", security=self.security)
        if self.sender.strip():
            self.sender = check_address(self.sender, "sender")
        if self.reply_to.strip():
            self.reply_to = check_address(self.reply_to, "reply_to")
        self.sender_name = header_text(self.sender_name, 120)
        if any(c in self.user for c in "\r\n"):
            raise MailUserInvalid(field="user")
        if not 0 <= self.per_minute <= 10000:
            raise MailRateOutOfRange(field="per_minute", per_minute=self.per_minute)
        if not 0 <= self.reminder_days <= 60:
            raise ReminderDaysOutOfRange(field="reminder_days", days=self.reminder_days)
        if self.language not in LANGUAGES:
            raise UnknownLanguage(field="language", lang=self.language)
        return self

    def as_stored(self) -> dict[str, str]:
        return {k: str(v) for k, v in asdict(self).items()}

    @property
    def account(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"


def _keyring():
    try:
        import keyring
        import keyring.errors
    except ImportError as exc:  # pragma: no cover - a dependency
        raise KeyringUnavailable(detail="the keyring package is missing") from exc
    return keyring


def _keyring_call(fn: Callable[[], Any]) -> Any:
    keyring = _keyring()
    try:
        return fn()
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(detail=str(exc) or type(exc).__name__) from exc
    except RuntimeError as exc:  # some backends (locked Secret Service) raise plain errors
        raise KeyringUnavailable(detail=str(exc)) from exc


# -- what a send run reports -----------------------------------------------------------
@dataclass
class SendResult:
    sent: int = 0
    failed: int = 0
    retry_later: int = 0
    review: int = 0  # left in "sending": the server may or may not have it
    cancelled: bool = False
    stopped: str = ""  # why the run ended early (the server went away)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class QueueResult:
    queued: int = 0
    skipped: list[dict[str, str]] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"queued": self.queued, "skipped": self.skipped}


@dataclass
class Recipient:
    person_id: int
    code: str
    name: str
    given_name: str
    email: str
    status: str
    lang: str
    registration_id: int | None = None
    checked_in: bool = False


@dataclass
class MailPreview:
    to: str
    subject: str
    text: str
    html: str
    images: dict[str, bytes]  # content id (without <>) -> PNG
    attachments: list[str]


# -- the service --------------------------------------------------------------------------
class MailService:
    """Mail to participants, over one database."""

    def __init__(self, services: MailServices, opener: Callable[[Store], MailServices] | None = None):
        self.services = services
        self.store = services.store
        #: Makes a facade over another connection (for a worker thread); the facade passes its class.
        self._opener = opener

    # -- settings -------------------------------------------------------------------------
    def settings(self) -> MailSettings:
        with self.store.read():
            return MailSettings.from_stored(self.store.mail.settings())

    def save_settings(self, settings: MailSettings, password: str | None = None) -> MailSettings:
        """Save the settings in the database and, when given, the password in the keyring (only there)."""
        settings = settings.checked()
        if password is not None:
            if not settings.user:
                raise MailUserMissing(field="user")
            self.set_password(settings, password)
        with self.store.write():
            self.store.mail.save_settings(settings.as_stored())
        self.store.notify("settings", key="mail")
        return settings

    def set_password(self, settings: MailSettings, password: str) -> None:
        keyring = _keyring()
        if password:
            _keyring_call(lambda: keyring.set_password(KEYRING_SERVICE, settings.account, password))
        else:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                _keyring_call(lambda: keyring.delete_password(KEYRING_SERVICE, settings.account))

    def password(self, settings: MailSettings) -> str | None:
        if not settings.user:
            return None
        keyring = _keyring()
        return _keyring_call(lambda: keyring.get_password(KEYRING_SERVICE, settings.account))

    def has_password(self, settings: MailSettings) -> bool:
        try:
            return bool(self.password(settings))
        except KeyringUnavailable:
            return False

    # -- languages ------------------------------------------------------------------------
    def set_language(self, person: int | str, lang: str | None) -> str:
        """The language a person (id or email address) gets mail in (None: the database's default);
        returns the person's name."""
        if lang is not None and lang not in LANGUAGES:
            raise UnknownLanguage(field="lang", lang=lang)
        from kcdesk.services.privacy import PrivacyService

        found = PrivacyService(self.store).resolve(person)
        assert found.id is not None
        with self.store.write():
            self.store.mail.set_language(found.id, lang)
        return found.name

    def language_of(self, person_id: int) -> str | None:
        """The language the person gets mail in when it is their own (None: the database's default)."""
        return self.store.mail.languages([person_id]).get(person_id)

    # -- recipients -------------------------------------------------------------------------
    def _kind(self, kind: str | MailKind) -> MailKind:
        try:
            return MailKind(kind)
        except ValueError:
            raise UnknownMailKind(field="kind", kind=str(kind)) from None

    def recipients(
        self, event_id: int, kind: str | MailKind, to: str | list[str] | None = None, resend: bool = False
    ) -> tuple[list[Recipient], list[dict[str, str]]]:
        """Who gets ``kind`` for the event, and who is skipped with a reason (nothing is queued).

        ``to`` is a group (registered, waitlisted, attended, no-show) or a list of codes;
        without it each kind goes to its usual group.
        """
        kind = self._kind(kind)
        event = self.services.events.get(event_id)
        default_lang = self.settings().language
        skipped: list[dict[str, str]] = []
        if kind == MailKind.INVITATION:
            rows = [
                dict(r, status="invited", checked_in_at=None, id=None)
                for r in self.store.mail.invitation_candidates(event_id)
            ]
            wanted = rows if to is None or isinstance(to, str) else None
            if wanted is None:
                codes = {c.strip().upper() for c in to or []}
                wanted = [r for r in rows if (r["code"] or "").upper() in codes]
                found = {(r["code"] or "").upper() for r in wanted}
                skipped += [{"code": c, "reason": "not-invitable"} for c in sorted(codes - found)]
        else:
            rows = [dict(r) for r in self.store.registrations.of_event(event_id)]
            wanted = self._select(event, kind, rows, to, skipped)
        already = set() if resend else self.store.mail.already(event_id, kind.value)
        langs = self.store.mail.languages([r["person_id"] for r in wanted])
        out: list[Recipient] = []
        for r in wanted:
            code = r["code"] or ""
            if r["erased"]:
                skipped.append({"code": code, "reason": "erased"})
                continue
            email = (r["email"] or "").strip()
            if not email:
                skipped.append({"code": code, "reason": "no-address"})
                continue
            if not valid_address(email):
                skipped.append({"code": code, "reason": "invalid-address"})
                continue
            if r["person_id"] in already:
                skipped.append({"code": code, "reason": "already-sent"})
                continue
            out.append(
                Recipient(
                    person_id=r["person_id"],
                    code=code,
                    name=name_of(r),
                    given_name=r["given_name"],
                    email=email,
                    status=r["status"],
                    lang=langs.get(r["person_id"], default_lang),
                    registration_id=r["id"],
                    checked_in=r["checked_in_at"] is not None,
                )
            )
        return out, skipped

    def _select(
        self, event, kind: MailKind, rows: list[dict[str, Any]], to, skipped: list[dict[str, str]]
    ) -> list[dict[str, Any]]:
        if kind == MailKind.WAITLIST_OFFER:
            offered = {o["registration_id"] for o in self.store.mail.offers(event.id, "open")}
            rows = [r for r in rows if r["id"] in offered]
            if to is None:
                return rows
        if to is None or isinstance(to, str):
            group = _audience(to) if to else DEFAULT_AUDIENCE[kind]
            if group is None:  # waitlist offers: everyone with an open offer
                return rows
            return [r for r in rows if _in_group(r, group, event)]
        by_code = {r["code"].upper(): r for r in rows}
        picked = []
        for code in to:
            r = by_code.get(code.strip().upper())
            if r is None:
                skipped.append({"code": code.strip(), "reason": "unknown-code"})
                continue
            reason = _unfit(kind, r, event)
            if reason:
                skipped.append({"code": r["code"], "reason": reason})
                continue
            picked.append(r)
        return picked

    # -- rendering --------------------------------------------------------------------------
    def renderer(self, event_id: int, kind: str | MailKind) -> MailRenderer:
        return MailRenderer(self, event_id, self._kind(kind))

    def preview(
        self,
        event_id: int,
        kind: str | MailKind,
        code: str | None = None,
        lang: str | None = None,
        recipient: Recipient | None = None,
    ) -> MailPreview:
        """The mail ``kind`` as the person with registration ``code`` (or ``recipient``, as
        :meth:`recipients` lists them) would get it; nothing is queued."""
        kind = self._kind(kind)
        recipient = recipient or self._recipient_for(event_id, kind, code or "")
        if lang:
            recipient.lang = lang
        renderer = self.renderer(event_id, kind)
        subject, text, html = renderer.render(recipient)
        images = {}
        if "qr" in renderer.attachments(recipient):
            images[_qr_cid(recipient.code)] = qr_png(recipient.code)
        return MailPreview(
            recipient.email, subject, text, html, images, list(renderer.attachments(recipient))
        )

    def _recipient_for(self, event_id: int, kind: MailKind, code: str) -> Recipient:
        reg = self.services.registrations.by_code(event_id, code)
        row = self.store.registrations.joined(reg.id)  # type: ignore[arg-type]
        assert row is not None
        lang = self.language_of(row["person_id"]) or self.settings().language
        return Recipient(
            person_id=row["person_id"],
            code=row["code"],
            name=name_of(row),
            given_name=row["given_name"],
            email=row["email"],
            status=row["status"],
            lang=lang,
            registration_id=row["id"],
            checked_in=row["checked_in_at"] is not None,
        )

    # -- queueing -----------------------------------------------------------------------------
    def queue(
        self,
        event_id: int,
        kind: str | MailKind,
        to: str | list[str] | None = None,
        resend: bool = False,
        offer_hours: int = 48,
    ) -> QueueResult:
        """Render and queue ``kind`` for the recipients, in one transaction."""
        import uuid

        kind = self._kind(kind)
        if kind == MailKind.WAITLIST_OFFER:
            self.services.waitlist.offer_free_seats(event_id, hours=offer_hours)
        recipients, skipped = self.recipients(event_id, kind, to, resend)
        renderer = self.renderer(event_id, kind)
        settings = self.settings()
        domain = (settings.sender.rpartition("@")[2] or "kcdesk.invalid").lower()
        rendered = []
        for r in recipients:
            subject, text, html = renderer.render(r)
            rendered.append(
                {
                    "event_id": event_id,
                    "person_id": r.person_id,
                    "code": r.code,
                    "kind": kind.value,
                    "lang": r.lang,
                    "to_addr": r.email,
                    "to_name": header_text(r.name, 120),
                    "subject": subject,
                    "body_text": text,
                    "body_html": html,
                    "attachments": list(renderer.attachments(r)),
                    "message_id": f"<{uuid.uuid4().hex}@{domain}>",
                }
            )
        result = QueueResult(skipped=skipped)
        with self.store.write():
            for data in rendered:
                result.ids.append(self.store.mail.insert(data))
        result.queued = len(result.ids)
        if result.queued and kind in DETAIL_KINDS:  # what these people were told
            with self.store.write():
                self.store.mail.save_settings({f"details.{event_id}": self._details(event_id)})
        if result.queued:
            self.store.notify("mail", event_id=event_id)
        return result

    def _details(self, event_id: int) -> str:
        e = self.services.events.get(event_id)
        return "|".join(str(x or "") for x in (e.date, e.start_time, e.end_time, e.venue))

    def details_changed(self, event_id: int) -> bool:
        """True when the event's date, time or venue changed after confirmations, reminders or
        change notices went out: time for a change notice to everyone registered."""
        told = self.store.mail.settings().get(f"details.{event_id}")
        return bool(told) and told != self._details(event_id)

    # -- reminders ------------------------------------------------------------------------------
    def reminder_days(self, event_id: int) -> int:
        """Days before the event its reminder goes: the event's own number, else the settings'."""
        own = self.store.mail.settings().get(f"reminder_days.{event_id}")
        return int(own) if own and own.isdigit() else self.settings().reminder_days

    def set_reminder_days(self, event_id: int, days: int | None) -> None:
        """This event's reminder ``days`` before it (None: as the settings say)."""
        if days is not None and not 0 <= days <= 60:
            raise ReminderDaysOutOfRange(field="days", days=days)
        self.services.events.get(event_id)  # refuses an unknown event
        with self.store.write():
            self.store.mail.save_settings({f"reminder_days.{event_id}": "" if days is None else str(days)})

    def queue_due_reminders(self, today: dt.date | None = None) -> dict[str, QueueResult]:
        """Queue the reminder of every event whose reminder day has come (and that is not over);
        each person gets it once. {event slug: what was queued}."""
        today = today or dt.date.today()
        out: dict[str, QueueResult] = {}
        for e in self.services.event_list.summaries():
            if not e["date"]:
                continue
            days_left = (dt.date.fromisoformat(e["date"]) - today).days
            if 0 <= days_left <= self.reminder_days(e["id"]):
                out[e["slug"]] = self.queue(e["id"], MailKind.REMINDER)
        return out

    # -- the outbox ---------------------------------------------------------------------------
    def outbox(self, event_id: int | None = None, status: str | None = None) -> list[dict[str, Any]]:
        if status is not None and status not in {s.value for s in OutboxStatus}:
            statuses = ", ".join(s.value for s in OutboxStatus)
            raise UnknownMailStatus(field="status", status=status, statuses=statuses)
        with self.store.read():
            return self.store.mail.listing(event_id, status)

    def get(self, mail_id: int) -> dict[str, Any]:
        row = self.store.mail.get(mail_id)
        if row is None:
            raise MailNotFound(mail_id=mail_id)
        return row

    def waiting(self) -> int:
        """Mails waiting to go out (queued)."""
        return self.store.mail.counts().get(OutboxStatus.QUEUED.value, 0)

    def counts(self, event_id: int | None = None) -> dict[str, int]:
        return self.store.mail.counts(event_id)

    def _move(
        self,
        ids: list[int],
        to: OutboxStatus,
        allowed: tuple[OutboxStatus, ...],
        refusal: type[MailNotRetriable | MailNotCancellable | MailNotUnderReview],
    ) -> int:
        with self.store.write():
            for mail_id in ids:
                row = self.get(mail_id)
                if row["status"] not in allowed:
                    raise refusal(field="status", mail_id=mail_id, status=row["status"])
                self.store.mail.set_status(
                    mail_id,
                    to.value,
                    sent_at=ts(now()) if to == OutboxStatus.SENT else None,
                    reply="marked sent by hand" if to == OutboxStatus.SENT else None,
                )
        self.store.notify("mail")
        return len(ids)

    def retry(self, ids: list[int]) -> int:
        """Queue failed, cancelled or under-review mails again (a deliberate choice)."""
        return self._move(
            ids,
            OutboxStatus.QUEUED,
            (OutboxStatus.FAILED, OutboxStatus.CANCELLED, OutboxStatus.SENDING, OutboxStatus.QUEUED),
            MailNotRetriable,
        )

    def cancel(self, ids: list[int]) -> int:
        return self._move(
            ids,
            OutboxStatus.CANCELLED,
            (OutboxStatus.QUEUED, OutboxStatus.FAILED, OutboxStatus.SENDING),
            MailNotCancellable,
        )

    def mark_sent(self, ids: list[int]) -> int:
        """A mail under review that did arrive (the coordinator checked)."""
        return self._move(ids, OutboxStatus.SENT, (OutboxStatus.SENDING,), MailNotUnderReview)

    # -- the message ------------------------------------------------------------------------------
    def message(self, row: dict[str, Any], settings: MailSettings, cache: AttachmentCache) -> Message:
        """The complete message of an outbox row; attachments are made now from their references.

        multipart/mixed [multipart/alternative [text/plain, multipart/related [text/html, the QR
        image]], the .ics, the certificate]; parts without content are left out. Built with the
        classic MIME classes (a third of the time of EmailMessage); every header value is one
        line by construction: names and subject through :func:`header_text`, addresses checked.
        """
        from kcdesk.services import mail_wire as wire

        sender = check_address(settings.sender, "sender")
        attachments = row["attachments"]
        body: Message = wire.text_part(row["body_text"], "plain")
        if row["body_html"]:
            html: Message = wire.text_part(row["body_html"], "html")
            if "qr" in attachments and row["code"]:
                related = wire.MIMEMultipart("related")
                related.attach(html)
                image = wire.MIMEImage(qr_png(row["code"]), "png")
                image["Content-ID"] = f"<{_qr_cid(row['code'])}>"
                image.add_header("Content-Disposition", "inline", filename=f"{row['code']}.png")
                related.attach(image)
                html = related
            alternative = wire.MIMEMultipart("alternative")
            alternative.attach(body)
            alternative.attach(html)
            body = alternative
        files: list[Message] = []
        if "ics" in attachments and row["event_id"] is not None:
            ics = cache.ics(row["event_id"], row["lang"])
            if ics is not None:
                files.append(
                    wire.attachment(wire.text_part(ics.decode("utf-8"), "calendar"), "kenniscafe.ics")
                )
        if "certificate" in attachments and row["event_id"] is not None:
            pdf = cache.certificate(row["event_id"], row["code"], row["lang"])
            name = "deelnamebewijs" if row["lang"] == "nl" else "certificate"
            files.append(wire.attachment(wire.MIMEApplication(pdf, "pdf"), f"{name}-{row['code']}.pdf"))
        msg = body
        if files:
            msg = wire.MIMEMultipart("mixed")
            for part in (body, *files):
                msg.attach(part)
        msg["From"] = wire.address(settings.sender_name, sender)
        msg["To"] = wire.address(row["to_name"], check_address(row["to_addr"], "to"))
        msg["Subject"] = wire.header(header_text(row["subject"], 300))  # type: ignore[assignment]  # compat32 takes a Header
        msg["Date"] = wire.formatdate(localtime=True)
        msg["Message-ID"] = row["message_id"]
        if settings.reply_to:
            msg["Reply-To"] = check_address(settings.reply_to, "reply_to")
        if row["kind"] == MailKind.INVITATION:
            msg["List-Unsubscribe"] = f"<mailto:{settings.reply_to or sender}?subject=unsubscribe>"
        msg["Content-Language"] = row["lang"]
        if "MIME-Version" not in msg:
            msg["MIME-Version"] = "1.0"
        return msg

    # -- sending ------------------------------------------------------------------------------------
    def connect(self, settings: MailSettings) -> smtplib.SMTP:
        """An open, logged-in SMTP connection (SmtpUnreachable / SmtpLoginRefused otherwise)."""
        import smtplib
        import ssl

        from kcdesk.services import mail_wire as wire

        if not settings.host:
            raise MailServerMissing()
        password = self.password(settings)
        context = ssl.create_default_context()
        try:
            if settings.security == Security.SSL:
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    settings.host, settings.port, timeout=TIMEOUT_S, context=context
                )
            else:
                smtp = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_S)
            smtp.ehlo()
            if settings.security == Security.STARTTLS:
                smtp.starttls(context=context)
                smtp.ehlo()
        except (OSError, smtplib.SMTPException) as exc:
            raise SmtpUnreachable(host=settings.host, port=settings.port, detail=wire.describe(exc)) from exc
        if settings.user:
            if not password:
                smtp.close()
                raise MailPasswordMissing(user=settings.user)
            try:
                wire.login(smtp, settings.user, password)
            except smtplib.SMTPAuthenticationError as exc:
                smtp.close()
                raise SmtpLoginRefused(host=settings.host, detail=wire.describe(exc)) from exc
            except (OSError, smtplib.SMTPException) as exc:
                smtp.close()
                raise SmtpUnreachable(
                    host=settings.host, port=settings.port, detail=wire.describe(exc)
                ) from exc
        return smtp

    def send(
        self,
        event_id: int | None = None,
        limit: int | None = None,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        at: dt.datetime | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] | None = None,
    ) -> SendResult:
        """Send the queued mails whose time has come by ``at`` (default now), of one event or all,
        oldest first. ``clock`` and ``sleep`` pace the mails per minute (replaceable in tests)."""
        settings = self.settings()
        if not settings.sender:
            raise MailSenderMissing()
        check_address(settings.sender, "sender")
        result = SendResult()
        moment = ts(at or now()) or ""
        ids = self.store.mail.due(event_id, moment, limit)
        if ids:
            cache = AttachmentCache(self.services)
            smtp = self.connect(settings)
            limiter = _RateLimit(settings.per_minute, clock, cancel, sleep)
            try:
                smtp = self._send_all(ids, settings, smtp, cache, limiter, result, progress, cancel)
            finally:
                with contextlib.suppress(Exception):
                    smtp.quit()
                cache.close()
            self.store.notify("mail", event_id=event_id)
        result.retry_later = self.store.mail.later(event_id, moment)
        return result

    def send_on_own_connection(self, **kwargs: Any) -> SendResult:
        """:meth:`send` over a second connection to the database, for a worker thread; the
        screens hear of the changes when the caller calls :meth:`changed` on its own thread."""
        assert self._opener is not None, "made without a facade opener"
        store = self.store.sibling()
        try:
            return MailService(self._opener(store), self._opener).send(**kwargs)
        finally:
            store.close()

    def changed(self) -> None:
        """Tell the screens the outbox changed (after a send on another connection)."""
        self.store.notify("mail")

    def _send_all(self, ids, settings, smtp, cache, limiter, result, progress, cancel) -> smtplib.SMTP:

        reconnects, done = 0, 0
        pending = list(ids)
        while pending:
            if cancel is not None and cancel.is_set():
                result.cancelled = True
                break
            if not limiter.wait():
                result.cancelled = True
                break
            mail_id = pending[0]
            outcome = self._send_one(mail_id, settings, smtp, cache)
            if outcome == "sent":
                result.sent += 1
            elif outcome == "failed":
                result.failed += 1
            elif outcome == "review":
                result.review += 1
            if outcome in ("review", "requeued"):  # the connection broke: open a new one
                reconnects += 1
                if reconnects > 3:
                    result.stopped = "the connection to the mail server kept breaking"
                    break
                with contextlib.suppress(Exception):
                    smtp.close()
                try:
                    smtp = self.connect(settings)
                except (SmtpUnreachable, SmtpLoginRefused) as exc:
                    result.stopped = str(exc)
                    break
                if outcome == "requeued":
                    continue  # the server never had it: the same mail again, on the new connection
            pending.pop(0)
            limiter.sent()
            done += 1
            if progress is not None and progress(done, len(ids)) is False:
                result.cancelled = True
                break
        return smtp

    def _send_one(self, mail_id: int, settings: MailSettings, smtp: smtplib.SMTP, cache) -> str:
        """Send one mail: 'sent', 'failed', 'later' (4xx), 'requeued' or 'review' (connection lost)."""
        import smtplib

        from kcdesk.services import mail_wire as wire

        row = self.store.mail.get(mail_id)
        if row is None or row["status"] != OutboxStatus.QUEUED:
            return "skip"
        try:
            data = wire.smtp_bytes(self.message(row, settings, cache))
        except Exception as exc:  # noqa: BLE001 - any failure to build it is shown on the mail
            with self.store.write():
                self.store.mail.set_status(mail_id, OutboxStatus.FAILED.value, reply=f"not built: {exc}")
            return "failed"
        with self.store.write():  # committed before the server sees the mail
            if not self.store.mail.claim(mail_id):
                return "skip"
        phase = "envelope"
        try:
            code, reply = smtp.mail(settings.sender)
            if code == 250:
                code, reply = smtp.rcpt(row["to_addr"])
            if code in (250, 251):
                code, reply = smtp.docmd("DATA")
                if code == 354:
                    phase = "content"
                    smtp.send(wire.dot_quoted(data))
                    code, reply = smtp.getreply()
                    phase = "done"
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            with self.store.write():
                if phase == "envelope":  # the server never had the message
                    self.store.mail.set_status(
                        mail_id, OutboxStatus.QUEUED.value, reply=f"connection lost: {wire.describe(exc)}"
                    )
                    return "requeued"
                self.store.mail.set_status(  # stays "sending": it may have arrived
                    mail_id,
                    OutboxStatus.SENDING.value,
                    reply=f"connection lost while sending, check whether it arrived: {wire.describe(exc)}",
                )
            return "review"
        text = f"{code} {reply.decode('utf-8', 'replace') if isinstance(reply, bytes) else reply}".strip()
        if code == 250 and phase == "done":
            with self.store.write():
                self.store.mail.set_status(mail_id, OutboxStatus.SENT.value, reply=text, sent_at=ts(now()))
            return "sent"
        with contextlib.suppress(smtplib.SMTPException, OSError):
            smtp.rset()
        with self.store.write():
            if reply_class(code) == "temporary" and row["attempts"] + 1 < MAX_ATTEMPTS:
                wait = backoff(row["attempts"] + 1)
                self.store.mail.set_status(
                    mail_id, OutboxStatus.QUEUED.value, reply=text, next_attempt_at=ts(now() + wait)
                )
                return "later"
            self.store.mail.set_status(mail_id, OutboxStatus.FAILED.value, reply=text)
        return "failed"

    def send_test(
        self,
        event_id: int,
        kind: str | MailKind,
        code: str | None,
        to: str,
        recipient: Recipient | None = None,
    ) -> str:
        """Send ``kind`` as ``code``'s person (or ``recipient``) would get it to ``to`` (yourself),
        now; nothing is queued. Returns the Message-ID."""
        import smtplib
        import uuid

        from kcdesk.services import mail_wire as wire

        to = check_address(to, "to")
        preview_kind = self._kind(kind)
        recipient = recipient or self._recipient_for(event_id, preview_kind, code or "")
        renderer = self.renderer(event_id, preview_kind)
        subject, text, html = renderer.render(recipient)
        settings = self.settings()
        domain = (settings.sender.rpartition("@")[2] or "kcdesk.invalid").lower()
        row: dict[str, Any] = {
            "event_id": event_id,
            "code": recipient.code,
            "kind": preview_kind.value,
            "lang": recipient.lang,
            "to_addr": to,
            "to_name": "",
            "subject": f"[test] {subject}",
            "body_text": text,
            "body_html": html,
            "attachments": list(renderer.attachments(recipient)),
            "message_id": f"<{uuid.uuid4().hex}@{domain}>",
        }
        cache = AttachmentCache(self.services)
        try:
            msg = self.message(row, settings, cache)
        finally:
            cache.close()
        smtp = self.connect(settings)
        try:
            smtp.send_message(msg, from_addr=settings.sender, to_addrs=[to])
        except smtplib.SMTPException as exc:
            raise SmtpUnreachable(host=settings.host, port=settings.port, detail=wire.describe(exc)) from exc
        finally:
            with contextlib.suppress(Exception):
                smtp.quit()
        return row["message_id"]

    # -- .eml files -------------------------------------------------------------------------------
    def save_eml(
        self, event_id: int | None, folder: Path | str, progress: Progress | None = None
    ) -> list[Path]:
        """Write the queued mails as .eml files into ``folder`` (Outlook, Thunderbird open them)
        and mark them ``saved``. Each file is written whole or not at all."""
        from kcdesk.services import mail_wire as wire

        folder = Path(folder).expanduser()
        if not folder.is_dir():
            raise FolderMissing(folder=folder)
        settings = self.settings()
        if not settings.sender:
            raise MailSenderMissing()
        ids = self.store.mail.due(event_id, "9999", None)
        cache = AttachmentCache(self.services)
        written = []
        try:
            for n, mail_id in enumerate(ids):
                row = self.get(mail_id)
                data = wire.smtp_bytes(self.message(row, settings, cache))
                target = folder / f"{row['id']:06d}-{row['kind']}-{row['code'] or row['person_id']}.eml"
                write_bytes(target, data, private=True)
                with self.store.write():
                    self.store.mail.set_status(
                        mail_id, OutboxStatus.SAVED.value, reply=f"saved as {target.name}", expect=("queued",)
                    )
                written.append(target)
                if progress is not None:
                    progress(n + 1, len(ids))
        finally:
            cache.close()
        self.store.notify("mail", event_id=event_id)
        return written


# -- rendering ---------------------------------------------------------------------------------------
class MailRenderer:
    """Renders one kind of mail for one event, per recipient; contexts are built once per language."""

    def __init__(self, mail: MailService, event_id: int, kind: MailKind):
        self.mail = mail
        self.event_id = event_id
        self.kind = kind
        self.settings = mail.settings()
        self._base: dict[str, tuple[Any, dict[str, Any]]] = {}
        self._offers = (
            {o["registration_id"]: o for o in mail.store.mail.offers(event_id)}
            if kind == MailKind.WAITLIST_OFFER
            else {}
        )
        self._has_date = mail.services.events.get(event_id).date is not None

    def _env(self, lang: str) -> tuple[Any, dict[str, Any]]:
        if lang not in self._base:
            from kcdesk.export.context import build_context
            from kcdesk.export.environment import make_environment

            self._base[lang] = (
                make_environment(lang),
                build_context(self.mail.services, self.event_id, lang),
            )
        return self._base[lang]

    def attachments(self, r: Recipient) -> tuple[str, ...]:
        wanted = ATTACHMENTS.get(self.kind, ())
        return tuple(
            a
            for a in wanted
            if (a != "qr" or r.code)
            and (a != "ics" or self._has_date)
            and (a != "certificate" or r.checked_in)
        )

    def render(self, r: Recipient) -> tuple[str, str, str]:
        """(subject, plain text, HTML) for one recipient."""
        from kcdesk.export.environment import render

        env, base = self._env(r.lang)
        offer = self._offers.get(r.registration_id)
        context = base | {
            "recipient": {
                "name": r.name,
                "given_name": r.given_name or r.name,
                "email": r.email,
                "code": r.code,
                "status": r.status,
            },
            "mail": {
                "kind": self.kind.value,
                "qr_cid": _qr_cid(r.code) if r.code else "",
                "has_qr": "qr" in self.attachments(r),
                "has_ics": "ics" in self.attachments(r),
                "has_certificate": "certificate" in self.attachments(r),
                "sender_name": self.settings.sender_name or base["organiser"]["name"],
                "reply_to": self.settings.reply_to or self.settings.sender,
                "feedback_url": self.settings.feedback_url,
                "reply_by": dt.datetime.fromisoformat(offer["reply_by"]).astimezone() if offer else None,
            },
        }
        text = render(env, f"mail/{self.kind.value}.{r.lang}.txt", context)
        html = render(env, f"mail/{self.kind.value}.{r.lang}.html", context)
        subject, _, body = text.lstrip("\n").partition("\n")
        return header_text(subject, 300), body.lstrip("\n"), html


class AttachmentCache:
    """Attachments made once per send run: the calendar file per event and language, certificates."""

    def __init__(self, services: MailServices):
        self.services = services
        self._ics: dict[tuple[int, str], bytes | None] = {}
        self._exporters: dict[tuple[int, str], Any] = {}
        self._dir: tempfile.TemporaryDirectory[str] | None = None

    def _exporter(self, event_id: int, lang: str):
        key = (event_id, lang)
        if key not in self._exporters:
            from kcdesk.export.registry import Exporter

            self._exporters[key] = Exporter(self.services, event_id, lang)
        return self._exporters[key]

    def ics(self, event_id: int, lang: str) -> bytes | None:
        key = (event_id, lang)
        if key not in self._ics:
            try:
                self._ics[key] = self._exporter(event_id, lang).calendar_ics()
            except CalendarNeedsDate:  # no date: no calendar file
                self._ics[key] = None
        return self._ics[key]

    def certificate(self, event_id: int, code: str, lang: str) -> bytes:
        import tempfile

        if self._dir is None:
            self._dir = tempfile.TemporaryDirectory(prefix="kcdesk-mail-")
        path = Path(self._dir.name) / f"{code}.pdf"
        self._exporter(event_id, lang).certificate(code, path)
        from kcdesk.output.pdf_check import verify_pdf

        verify_pdf(path, path, pages=1)  # never mail a certificate cut short by a full disk
        data = path.read_bytes()
        path.unlink()
        return data

    def close(self) -> None:
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None


# -- helpers -------------------------------------------------------------------------------------
def _audience(text: str) -> Audience:
    try:
        return Audience(text)
    except ValueError:
        groups = ", ".join(a.value for a in Audience)
        raise UnknownMailGroup(field="to", group=text, groups=groups) from None


def _in_group(r: dict[str, Any], group: Audience, event) -> bool:
    status = r["status"]
    present = r["checked_in_at"] is not None
    if group == Audience.REGISTERED:
        return status in (
            RegistrationStatus.REGISTERED,
            RegistrationStatus.ATTENDED,
            RegistrationStatus.WALK_IN,
        )
    if group == Audience.WAITLISTED:
        return status == RegistrationStatus.WAITLISTED
    if group == Audience.ATTENDED:
        return present
    # no-show: marked so, or registered and not seen at an event that has passed
    past = event.date is not None and event.date < dt.date.today()
    return not present and (
        status == RegistrationStatus.NO_SHOW or (status == RegistrationStatus.REGISTERED and past)
    )


def _unfit(kind: MailKind, r: dict[str, Any], event) -> str:
    """Why a hand-picked registration cannot get ``kind`` ('' when it can)."""
    if kind == MailKind.THANKS and r["checked_in_at"] is None:
        return "not-attended"
    if kind == MailKind.MISSED and r["checked_in_at"] is not None:
        return "attended"
    if r["status"] == RegistrationStatus.CANCELLED and kind != MailKind.WAITLIST:
        return "cancelled"
    return ""


def _qr_cid(code: str) -> str:
    return f"qr-{code}@kcdesk"


def qr_png(code: str) -> bytes:
    """The registration code as a QR image, as the door's scanner reads it from a phone.

    One fixed mask pattern (searching the best of the eight took most of the time of making a
    mail; any mask reads back: tests/mail decode it with zxing-cpp), drawn as a black-and-white
    PNG of 8 pixels a module with a quiet zone of 4 modules."""
    import segno

    qr = segno.make(code, error="m", micro=False, mask=QR_MASK)
    return _png_bw([bytes(row) for row in qr.matrix_iter(scale=1, border=4)], QR_SCALE)


#: Pixels per QR module: one byte of a 1-bit PNG row.
QR_SCALE = 8


def _png_bw(rows: list[bytes], scale: int) -> bytes:
    """A 1-bit greyscale PNG of ``rows`` (1 = dark), each module ``scale`` (8) pixels square."""
    import struct
    import zlib

    assert scale == 8  # one module is one byte of a 1-bit row
    size = len(rows[0]) * scale
    raw = b"".join((b"\x00" + bytes(0x00 if dark else 0xFF for dark in row)) * scale for row in rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, len(rows) * scale, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 6))
        + chunk(b"IEND", b"")
    )


class _RateLimit:
    """At most ``per_minute`` mails in any 60 seconds (0: no limit)."""

    def __init__(
        self,
        per_minute: int,
        clock: Callable[[], float],
        cancel: threading.Event | None,
        sleep: Callable[[float], object] | None = None,
    ):
        import threading

        self.per_minute = per_minute
        self.clock = clock
        self.cancel = cancel or threading.Event()
        self.sleep = sleep or self.cancel.wait
        self.times: collections.deque[float] = collections.deque()

    def wait(self) -> bool:
        """Block until one more mail may go; False when cancelled while waiting."""
        if self.per_minute <= 0:
            return True
        while len(self.times) >= self.per_minute:
            gap = 60.0 - (self.clock() - self.times[0])
            if gap <= 0:
                self.times.popleft()
                continue
            self.sleep(min(gap, 1.0))
            if self.cancel.is_set():
                return False
        return True

    def sent(self) -> None:
        if self.per_minute > 0:
            self.times.append(self.clock())


__all__ = [
    "KEYRING_SERVICE",
    "MailPreview",
    "MailService",
    "MailSettings",
    "QueueResult",
    "Recipient",
    "SendResult",
]
