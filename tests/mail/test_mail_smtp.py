"""Sending through a real SMTP server (aiosmtpd on 127.0.0.1, STARTTLS, AUTH)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from smtp_server import PASSWORD, USER

from kcdesk.domain.errors_mail import SmtpLoginRefused, SmtpUnreachable
from kcdesk.domain.mail import MAX_ATTEMPTS
from kcdesk.services.mail import MailSettings


def _statuses(svc) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in svc.mail.outbox():
        out[r["status"]] = out.get(r["status"], 0) + 1
    return out


def _part(msg, content_type):
    return next(p for p in msg.walk() if p.get_content_type() == content_type)


def test_confirmations_arrive_once_each_over_starttls_with_login(mail_demo):
    svc, server = mail_demo, mail_demo.server
    queued = svc.mail.queue(svc.next_id, "confirmation")
    assert queued.queued == 12

    result = svc.mail.send()

    assert (result.sent, result.failed, result.retry_later, result.review) == (12, 0, 0, 0)
    assert server.handler.logins == [USER]  # one connection, logged in
    ids = server.handler.message_ids()
    assert len(ids) == 12 and len(set(ids)) == 12
    rows = svc.mail.outbox()
    assert {r["status"] for r in rows} == {"sent"}
    assert sorted(ids) == sorted(r["message_id"] for r in rows)
    by_id = {r.message["Message-ID"]: r for r in server.handler.received}
    for r in rows:
        got = by_id[r["message_id"]]
        assert got.rcpt_tos == [r["to_addr"]]
        assert got.mail_from == "kenniscafe@netwerk-zuid.example.org"
    # sending again sends nothing: everything went
    assert svc.mail.send().sent == 0
    assert len(server.handler.received) == 12


def test_mail_is_multipart_alternative_in_the_persons_language(mail_demo):
    svc, server = mail_demo, mail_demo.server
    regs = [r for r in svc.registrations.of_event(svc.next_id) if r["status"] == "registered"]
    english = regs[0]
    svc.mail.set_language(english["email"], "en")
    svc.mail.queue(svc.next_id, "confirmation")
    svc.mail.send()
    by_to = {r.rcpt_tos[0]: r.message for r in server.handler.received}

    en = by_to[english["email"]]
    nl = by_to[regs[1]["email"]]
    for msg, lang, words in ((en, "en", "Dear"), (nl, "nl", "Beste")):
        alternative = _part(msg, "multipart/alternative")
        kinds = [p.get_content_type() for p in alternative.iter_parts()]
        assert kinds[0] == "text/plain" and kinds[1] in ("text/html", "multipart/related")
        assert msg["Content-Language"] == lang
        assert _part(msg, "text/plain").get_content().startswith(words)
        assert words in _part(msg, "text/html").get_content()
    assert en["Subject"].startswith("Registration confirmed")
    assert nl["Subject"].startswith("Aanmelding bevestigd")


def test_inline_qr_decodes_to_the_persons_code_and_the_ics_parses(mail_demo, qapp):
    zxingcpp = pytest.importorskip("zxingcpp")
    from icalendar import Calendar
    from PySide6.QtGui import QImage

    svc, server = mail_demo, mail_demo.server
    svc.mail.queue(svc.next_id, "confirmation")
    svc.mail.send()
    event = svc.events.get(svc.next_id)
    codes = {r["email"]: r["code"] for r in svc.registrations.of_event(svc.next_id)}
    for got in server.handler.received[:4]:
        msg = got.message
        code = codes[got.rcpt_tos[0]]
        html = _part(msg, "text/html").get_content()
        image = _part(msg, "image/png")
        cid = image["Content-ID"].strip("<>")
        assert f'src="cid:{cid}"' in html
        assert code in _part(msg, "text/plain").get_content()
        qimage = QImage.fromData(image.get_content()).convertToFormat(QImage.Format.Format_Grayscale8)
        assert [r.text for r in zxingcpp.read_barcodes(qimage)] == [code]

        ics = _part(msg, "text/calendar").get_content()
        cal = Calendar.from_ical(ics)
        vevent = next(iter(cal.walk("VEVENT")))
        assert str(vevent["SUMMARY"]) == event.title
        start = vevent.decoded("DTSTART")
        assert start.date() == event.date and start.time() == event.start_time
        assert "Zwijndrecht" in str(vevent["LOCATION"])


def test_thanks_carries_that_persons_one_page_certificate(mail_demo):
    from pypdf import PdfReader

    svc, server = mail_demo, mail_demo.server
    result = svc.mail.queue(svc.event_id, "thanks")
    assert result.queued > 3
    svc.mail.send()
    names = {
        r["email"]: (r["given_name"], r["family_name"])
        for r in svc.registrations.of_event(svc.event_id)
        if r["checked_in_at"]
    }
    assert len(server.handler.received) == result.queued
    for got in server.handler.received[:5]:
        pdf = _part(got.message, "application/pdf")
        reader = PdfReader(io.BytesIO(pdf.get_content()))
        assert len(reader.pages) == 1
        text = " ".join(reader.pages[0].extract_text().split())
        given, family = names[got.rcpt_tos[0]]
        assert given in text and family in text
        others = [f for e, (_, f) in names.items() if e != got.rcpt_tos[0] and f and f != family]
        assert not any(f"{g} {f}" in text for g, f in [names[e] for e in names if e != got.rcpt_tos[0]])
        assert others  # there are others, and theirs are not in this certificate


def test_a_4xx_is_retried_later_and_then_goes(mail_demo):
    svc, server = mail_demo, mail_demo.server
    server.handler.faults[("RCPT", 2)] = "451 4.7.1 Greylisted, try again later"
    svc.mail.queue(svc.next_id, "confirmation")

    first = svc.mail.send()

    assert (first.sent, first.failed, first.retry_later) == (11, 0, 1)
    later = svc.mail.outbox(status="queued")
    assert len(later) == 1 and later[0]["attempts"] == 1
    assert later[0]["last_reply"].startswith("451") and later[0]["next_attempt_at"]
    assert svc.mail.send().sent == 0  # not before its time
    second = svc.mail.send(at=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=2))
    assert (second.sent, second.failed, second.retry_later) == (1, 0, 0)
    assert _statuses(svc) == {"sent": 12}
    assert len(set(server.handler.message_ids())) == len(server.handler.received) == 12


def test_a_4xx_that_keeps_coming_ends_failed(mail_demo):
    svc, server = mail_demo, mail_demo.server
    svc.mail.queue(svc.next_id, "confirmation", to=[svc.registrations.of_event(svc.next_id)[0]["code"]])
    for n in range(1, MAX_ATTEMPTS + 1):
        server.handler.faults[("MAIL", n)] = "421 4.3.2 Service not available"
    at = dt.datetime.now(dt.UTC)
    for _ in range(MAX_ATTEMPTS):
        svc.mail.send(at=at)
        at += dt.timedelta(hours=2)
    (row,) = svc.mail.outbox()
    assert row["status"] == "failed" and row["attempts"] == MAX_ATTEMPTS
    assert row["last_reply"].startswith("421")


def test_a_5xx_marks_the_mail_failed_with_the_reply(mail_demo):
    svc, server = mail_demo, mail_demo.server
    server.handler.faults[("RCPT", 3)] = "550 5.1.1 Mailbox unavailable"
    svc.mail.queue(svc.next_id, "confirmation")
    result = svc.mail.send()
    assert (result.sent, result.failed, result.retry_later) == (11, 1, 0)
    (failed,) = svc.mail.outbox(status="failed")
    assert failed["last_reply"] == "550 5.1.1 Mailbox unavailable"
    assert failed["message_id"] not in server.handler.message_ids()
    assert len(server.handler.received) == 11


def test_server_dropping_the_connection_mid_batch(mail_demo):
    """Dropped before a mail's content: it is queued again and goes after reconnecting.
    Dropped after the content but before the reply: the server has it, kcdesk cannot know,
    so it stays in 'sending' for review and is never sent again by itself."""
    svc, server = mail_demo, mail_demo.server
    server.handler.faults[("MAIL", 4)] = "drop"
    server.handler.faults[("DATA", 8)] = "drop-after"
    svc.mail.queue(svc.next_id, "confirmation")

    result = svc.mail.send()

    assert (result.sent, result.review, result.failed) == (11, 1, 0)
    (review,) = svc.mail.outbox(status="sending")
    assert "check whether it arrived" in review["last_reply"]
    ids = server.handler.message_ids()
    assert len(ids) == len(set(ids)) == 12  # each mail once, the one under review included
    assert review["message_id"] in ids
    assert svc.mail.send().sent == 0  # not retried blindly
    assert len(server.handler.received) == 12
    svc.mail.mark_sent([review["id"]])
    assert _statuses(svc) == {"sent": 12}


def test_wrong_password_and_no_server_are_one_clear_error_each(mail_demo):
    svc = mail_demo
    settings = svc.mail.settings()
    svc.mail.set_password(settings, "wrong")
    svc.mail.queue(svc.next_id, "confirmation")
    with pytest.raises(SmtpLoginRefused, match="refused the login"):
        svc.mail.send()
    assert _statuses(svc) == {"queued": 12}  # nothing claimed before the login worked
    svc.mail.set_password(settings, PASSWORD)
    port = settings.port
    settings.port = 1 if port != 1 else 2
    svc.mail.save_settings(settings)
    with pytest.raises(SmtpUnreachable, match="Cannot reach the mail server"):
        svc.mail.send()
    assert _statuses(svc) == {"queued": 12}


def test_untrusted_certificate_is_refused(mail_demo, monkeypatch, tmp_path):
    from smtp_server import make_certificate

    (tmp_path / "other").mkdir()
    other, _ = make_certificate(tmp_path / "other")  # a different self-signed certificate
    monkeypatch.setenv("SSL_CERT_FILE", str(other))
    svc = mail_demo
    svc.mail.queue(svc.next_id, "confirmation")
    with pytest.raises(SmtpUnreachable, match="not trusted"):
        svc.mail.send()


def test_header_injection_in_names_and_subjects_stays_text(mail_demo):
    svc, server = mail_demo, mail_demo.server
    reg = next(r for r in svc.registrations.of_event(svc.next_id) if r["status"] == "registered")
    person = svc.people.get(reg["person_id"])
    person.given_name = "Ann\r\nBcc: thief@evil.example.org"
    person.family_name = "Jansen\nX-Injected: yes"
    svc.people.update(person)
    event = svc.events.get(svc.next_id)
    event.title = "Kenniscafé\r\nBcc: thief@evil.example.org"
    svc.events.update(event)
    settings = svc.mail.settings()
    settings.sender_name = "Netwerk\r\nCc: thief@evil.example.org"
    svc.mail.save_settings(settings)

    svc.mail.queue(svc.next_id, "confirmation", to=[reg["code"]])
    assert svc.mail.send().sent == 1

    (got,) = server.handler.received
    assert got.rcpt_tos == [reg["email"]]
    msg = got.message
    for header in ("Bcc", "Cc", "X-Injected"):
        assert msg[header] is None
    raw_headers = got.data.split(b"\r\n\r\n", 1)[0].decode()
    assert "\nBcc:" not in raw_headers and "\nCc:" not in raw_headers
    assert msg["Subject"] == "Aanmelding bevestigd: Kenniscafé"  # the subject is one line, no more
    assert "Bcc: thief@evil.example.org" in msg["To"].addresses[0].display_name  # visible text
    assert "Cc: thief@evil.example.org" in msg["From"].addresses[0].display_name
    assert msg["To"].addresses[0].addr_spec == reg["email"]
    assert len(msg["To"].addresses) == 1


def test_rate_limit_paces_the_mails_per_minute(mail_demo):
    svc = mail_demo
    settings = svc.mail.settings()
    settings.per_minute = 5
    svc.mail.save_settings(settings)
    svc.mail.queue(svc.next_id, "confirmation")
    clock = [1000.0]
    waits: list[float] = []
    sent_at: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock[0] += seconds

    def progress(done: int, total: int) -> None:
        sent_at.append(clock[0])

    result = svc.mail.send(clock=lambda: clock[0], sleep=sleep, progress=progress)
    assert result.sent == 12
    assert waits  # it had to wait
    for i in range(len(sent_at) - 5):
        assert sent_at[i + 5] - sent_at[i] >= 60.0  # never more than 5 in a minute


def test_password_is_only_in_the_keyring(mail_demo, file_keyring):
    import keyring

    svc = mail_demo
    settings = svc.mail.settings()
    assert keyring.get_password("kcdesk-smtp", settings.account) == PASSWORD
    stored = svc.store.db.execute("SELECT group_concat(value, ' ') FROM settings").fetchone()[0]
    assert PASSWORD not in stored
    assert svc.mail.has_password(settings)


def test_send_test_to_yourself_queues_nothing(mail_demo):
    svc, server = mail_demo, mail_demo.server
    code = svc.registrations.of_event(svc.next_id)[0]["code"]
    svc.mail.send_test(svc.next_id, "confirmation", code, "me@netwerk-zuid.example.org")
    (got,) = server.handler.received
    assert got.rcpt_tos == ["me@netwerk-zuid.example.org"]
    assert got.message["Subject"].startswith("[test] ")
    assert svc.mail.outbox() == []


def test_no_keyring_is_one_clear_message(demo, monkeypatch):
    import keyring
    from keyring.backends import fail

    from kcdesk.domain.errors_mail import KeyringUnavailable

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailable, match="no keyring on this computer"):
            demo.mail.save_settings(
                MailSettings(host="127.0.0.1", sender="a@example.org", user="u"), password="pw"
            )
    finally:
        keyring.set_keyring(before)
    assert demo.mail.settings().host == ""  # nothing half-saved
