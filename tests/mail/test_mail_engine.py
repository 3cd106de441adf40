"""The mail engine without a server: rules, queueing once per kind, waitlist offers, .eml, privacy."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import stat

import pytest

from kcdesk.domain.enums import RegistrationStatus
from kcdesk.domain.errors import FolderMissing, InvalidEmail, ValidationError
from kcdesk.domain.errors_mail import MailPortOutOfRange, MailSecurityUnknown, NoOpenOffer
from kcdesk.domain.mail import (
    WaitlistState,
    backoff,
    check_address,
    header_text,
    next_in_line,
    reply_class,
    seats_to_offer,
    valid_address,
)
from kcdesk.domain.models import Person
from kcdesk.services.mail import MailSettings
from kcdesk.services.privacy import PrivacyService


@pytest.fixture
def svc(demo):
    demo.mail.save_settings(MailSettings(host="127.0.0.1", sender="kc@netwerk.example.org", security="none"))
    demo.next_id = demo.events.resolve("leren-van-verschillen").id
    return demo


def test_addresses_and_header_text():
    assert valid_address("ann.de-vries+kc@gemeente.example.nl")
    for bad in (
        "",
        "ann",
        "ann@",
        "a@b",
        "ann@example.org\r\nBcc: x@y.org",
        "a b@example.org",
        "a@b.org,c@d.org",
    ):
        assert not valid_address(bad), bad
    with pytest.raises(InvalidEmail) as info:
        check_address("x@y.org\nBcc: z@w.org", "sender")
    assert info.value.code == "invalid-email" and info.value.field == "sender"
    assert info.value.email == "x@y.org\nBcc: z@w.org"
    assert header_text("Ann\r\nBcc: thief@evil.org") == "Ann Bcc: thief@evil.org"
    assert header_text("A\x00B\u2028C\x85D") == "A B C D"


def test_reply_classes_and_backoff():
    assert reply_class(451) == "temporary" and reply_class(550) == "permanent" and reply_class(250) == "ok"
    assert [backoff(n).total_seconds() for n in (1, 2, 3)] == [60, 120, 240]
    assert backoff(30).total_seconds() == 3600


def test_one_seat_one_person_at_a_time():
    assert seats_to_offer(WaitlistState(capacity=10, seated=9, open_offers=0)) == 1
    assert seats_to_offer(WaitlistState(capacity=10, seated=9, open_offers=1)) == 0
    assert seats_to_offer(WaitlistState(capacity=None, seated=9, open_offers=0)) == 0
    assert next_in_line([5, 3, 8, 2], ever_offered={5}, count=2) == [3, 8]


def test_settings_are_checked(svc):
    with pytest.raises(MailPortOutOfRange) as port:
        svc.mail.save_settings(MailSettings(host="mail.example.org", port=0))
    assert port.value.port == 0 and port.value.field == "port"
    with pytest.raises(MailSecurityUnknown):
        svc.mail.save_settings(MailSettings(host="mail.example.org", security="tls"))
    with pytest.raises(InvalidEmail):
        svc.mail.save_settings(MailSettings(host="mail.example.org", sender="kc@x.org\r\nBcc: y@z.org"))
    assert svc.mail.settings().sender == "kc@netwerk.example.org"


def test_a_kind_goes_once_per_event_unless_resent(svc):
    first = svc.mail.queue(svc.next_id, "confirmation")
    assert first.queued == 12 and first.skipped == []
    again = svc.mail.queue(svc.next_id, "confirmation")
    assert again.queued == 0 and {s["reason"] for s in again.skipped} == {"already-sent"}
    assert len(again.skipped) == 12
    assert svc.mail.queue(svc.next_id, "reminder").queued == 12  # another kind
    one = svc.mail.outbox(status="queued")[0]
    svc.mail.cancel([one["id"]])
    assert svc.mail.queue(svc.next_id, "confirmation").queued == 1  # a cancelled one may go again
    assert svc.mail.queue(svc.next_id, "confirmation", resend=True).queued == 12


def test_people_without_a_usable_address_are_listed_before_queueing(svc):
    regs = [r for r in svc.registrations.of_event(svc.next_id) if r["status"] == "registered"]
    a, b = svc.people.get(regs[0]["person_id"]), svc.people.get(regs[1]["person_id"])
    a.email = ""
    svc.people.update(a)
    svc.store.people.set_columns(b.id, {"email": "not an address"})  # as an old import may have left it
    recipients, skipped = svc.mail.recipients(svc.next_id, "confirmation")
    assert {"code": regs[0]["code"], "reason": "no-address"} in skipped
    assert {"code": regs[1]["code"], "reason": "invalid-address"} in skipped
    assert len(recipients) == 10
    assert svc.mail.outbox() == []  # nothing queued by asking
    assert svc.mail.queue(svc.next_id, "confirmation").queued == 10


def test_groups_and_hand_picked_codes(svc):
    held = svc.event_id
    regs = svc.registrations.of_event(held)
    attended = [r for r in regs if r["checked_in_at"]]
    not_seen = [r for r in regs if not r["checked_in_at"] and r["status"] in ("registered", "no-show")]
    thanks, _ = svc.mail.recipients(held, "thanks")
    assert {r.code for r in thanks} <= {r["code"] for r in attended}
    missed, _ = svc.mail.recipients(held, "missed")
    assert {r.code for r in missed} == {r["code"] for r in not_seen if r["email"]}
    picked = [attended[0]["code"], not_seen[0]["code"], "ZZZZZZ"]
    got, skipped = svc.mail.recipients(held, "thanks", picked)
    assert [r.code for r in got] == [attended[0]["code"]]
    assert {s["reason"] for s in skipped} == {"not-attended", "unknown-code"}
    with pytest.raises(ValidationError, match="Unknown group"):
        svc.mail.recipients(held, "thanks", "everyone")


def test_invitation_only_to_past_participants_who_opted_in_with_an_unsubscribe_line(svc):
    regs = svc.registrations.of_event(svc.event_id)
    came = {r["person_id"] for r in regs if r["checked_in_at"]}
    booked_next = {r["person_id"] for r in svc.registrations.of_event(svc.next_id)}
    expected = {
        pid
        for pid in came - booked_next
        if (p := svc.people.get(pid)).newsletter and not p.erased and p.email
    }
    result = svc.mail.queue(svc.next_id, "invitation")
    rows = svc.mail.outbox()
    assert {r["person_id"] for r in rows} == expected and result.queued == len(expected) > 0
    body = svc.mail.get(rows[0]["id"])
    assert "afmelden" in body["body_text"] and "nieuwsbrief" in body["body_text"]
    msg = svc.mail.message(body, svc.mail.settings(), _cache(svc))
    assert msg["List-Unsubscribe"] == "<mailto:kc@netwerk.example.org?subject=unsubscribe>"


def _cache(svc):
    from kcdesk.services.mail import AttachmentCache

    return AttachmentCache(svc)


def test_waitlist_offer_goes_to_one_person_at_a_time_and_lapses_to_the_next(svc):
    event = svc.events.get(svc.next_id)
    seated = svc.registrations.seats_taken(event.id)
    event.capacity = seated
    svc.events.update(event)
    waiting = []
    for i in range(3):
        p = svc.people.create(Person(f"Wacht{i}", "Lijst", email=f"wacht{i}@example.org"))
        reg = svc.registrations.register(event.id, p.id)
        assert reg.status == RegistrationStatus.WAITLISTED
        waiting.append(reg)
    assert svc.mail.queue(event.id, "waitlist-offer").queued == 0  # full: nothing to offer

    # a cancellation frees one seat: offered to the first on the list only
    first_seated = next(r for r in svc.registrations.of_event(event.id) if r["status"] == "registered")
    svc.registrations.set_status(first_seated["id"], RegistrationStatus.CANCELLED)
    t0 = dt.datetime(2030, 1, 1, 12, tzinfo=dt.UTC)
    assert svc.waitlist.offer_free_seats(event.id, hours=24, at=t0) == [waiting[0].id]
    assert svc.waitlist.offer_free_seats(event.id, hours=24, at=t0) == []  # the seat is held by the offer
    queued = svc.mail.queue(event.id, "waitlist-offer")
    assert queued.queued == 1
    (offer_mail,) = svc.mail.outbox()
    assert offer_mail["code"] == waiting[0].code
    assert "Antwoord dan vóór" in svc.mail.get(offer_mail["id"])["body_text"]

    # it lapses: the next one is offered, the first is not offered again
    lapsed_at = t0 + dt.timedelta(hours=25)
    assert svc.waitlist.offer_free_seats(event.id, hours=24, at=lapsed_at) == [waiting[1].id]
    assert [o["status"] for o in svc.waitlist.offers(event.id)] == ["lapsed", "open"]
    assert svc.registrations.get(waiting[0].id).status == RegistrationStatus.CANCELLED

    # the coordinator records yes: they take the seat, nobody else is offered
    assert svc.waitlist.answer(event.id, waiting[1].code, True, at=lapsed_at) == "registered"
    assert svc.waitlist.offer_free_seats(event.id, at=lapsed_at) == []
    with pytest.raises(NoOpenOffer):
        svc.waitlist.answer(event.id, waiting[2].code, True)


def test_eml_export_writes_the_queued_mails_and_marks_them(svc, tmp_path):
    svc.mail.queue(svc.next_id, "confirmation")
    folder = tmp_path / "out"
    folder.mkdir()
    written = svc.mail.save_eml(svc.next_id, folder)
    assert len(written) == 12 and sorted(folder.iterdir()) == sorted(written)
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert msg["Message-ID"] and msg["To"] and msg.get_content_type() == "multipart/mixed"
    assert {r["status"] for r in svc.mail.outbox()} == {"saved"}
    assert svc.mail.save_eml(svc.next_id, folder) == []  # saved ones are not written again
    assert svc.mail.queue(svc.next_id, "confirmation").queued == 0  # and count as sent
    with pytest.raises(FolderMissing, match="does not exist"):
        svc.mail.save_eml(svc.next_id, tmp_path / "missing")


def test_user_template_overrides_the_builtin(svc, tmp_path):
    from kcdesk import paths

    folder = paths.user_templates_dir() / "mail"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "reminder.nl.txt").write_text("Morgen!\n\nHoi {{ recipient.given_name }}, tot morgen.\n")
    code = svc.registrations.of_event(svc.next_id)[0]["code"]
    preview = svc.mail.preview(svc.next_id, "reminder", code)
    assert preview.subject == "Morgen!" and preview.text.startswith("Hoi ")
    (folder / "reminder.nl.txt").write_text("{{ ''.__class__.__mro__ }}\n")
    from kcdesk.export.environment import TemplateProblem

    with pytest.raises(TemplateProblem):
        svc.mail.preview(svc.next_id, "reminder", code)


def test_erasure_removes_outbox_rows_and_access_requests_include_them(svc):
    svc.mail.queue(svc.next_id, "confirmation")
    row = svc.mail.outbox()[0]
    privacy = PrivacyService(svc.store)
    data = privacy.access_data(row["person_id"])
    assert [m["subject"] for m in data["mails"]] == [row["subject"]]
    assert data["mails"][0]["to"] == row["to_addr"]
    privacy.erase(row["person_id"])
    assert all(r["person_id"] != row["person_id"] for r in svc.mail.outbox())
    assert len(svc.mail.outbox()) == 11
    assert privacy.access_data(row["person_id"])["mails"] == []


def test_retention_removes_outbox_rows_of_anonymised_people(svc):
    svc.mail.queue(svc.event_id, "thanks")
    before = len(svc.mail.outbox())
    privacy = PrivacyService(svc.store)
    report = privacy.anonymise(
        dt.date.today() + dt.timedelta(days=1), today=dt.date.today() + dt.timedelta(days=400)
    )
    assert report.erased
    left = {r["person_id"] for r in svc.mail.outbox()}
    assert not left & set(report.erased) and len(svc.mail.outbox()) < before


def test_access_report_page_lists_the_mails(svc, tmp_path):
    from kcdesk.services.privacy_report import write_report

    svc.mail.queue(svc.next_id, "confirmation")
    row = svc.mail.outbox()[0]
    data = PrivacyService(svc.store).access_data(row["person_id"])
    path = tmp_path / "access.html"
    write_report(data, path, "nl")
    html = path.read_text(encoding="utf-8")
    assert "Mails aan u" in html and row["subject"] in html and "wacht op verzending" in html


def test_reminders_go_on_their_day_once_per_person(svc):
    event = svc.events.get(svc.next_id)  # 21 days ahead in the demo
    assert svc.mail.reminder_days(event.id) == 2
    assert svc.mail.queue_due_reminders(event.date - dt.timedelta(days=3)) == {}
    due = svc.mail.queue_due_reminders(event.date - dt.timedelta(days=2))
    assert list(due) == [event.slug] and due[event.slug].queued == 12
    again = svc.mail.queue_due_reminders(event.date - dt.timedelta(days=1))
    assert again[event.slug].queued == 0  # once per person
    assert svc.mail.queue_due_reminders(event.date + dt.timedelta(days=1)) == {}  # over: none
    svc.mail.set_reminder_days(event.id, 7)
    assert svc.mail.reminder_days(event.id) == 7
    other = svc.events.get(svc.event_id)
    assert svc.mail.reminder_days(other.id) == 2  # the others keep the setting
    from kcdesk.domain.errors_mail import ReminderDaysOutOfRange

    with pytest.raises(ReminderDaysOutOfRange):
        svc.mail.set_reminder_days(event.id, 90)
    svc.mail.set_reminder_days(event.id, None)
    assert svc.mail.reminder_days(event.id) == 2


def test_a_change_of_date_time_or_venue_after_the_confirmations_is_noticed(svc):
    assert not svc.mail.details_changed(svc.next_id)  # nobody was told anything yet
    svc.mail.queue(svc.next_id, "confirmation")
    assert not svc.mail.details_changed(svc.next_id)
    event = svc.events.get(svc.next_id)
    event.title = "Another title"  # not a detail people plan by
    svc.events.update(event)
    assert not svc.mail.details_changed(svc.next_id)
    event.venue.name = "Wijkcentrum De Brug"
    svc.events.update(event)
    assert svc.mail.details_changed(svc.next_id)
    assert svc.mail.queue(svc.next_id, "change").queued == 12
    assert not svc.mail.details_changed(svc.next_id)  # told again
