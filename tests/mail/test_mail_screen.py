"""The Mail screen driven with pytest-qt: recipients, preview, queue, outbox, sending on a worker thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QTextDocument
from smtp_server import use_server


@pytest.fixture
def english(qapp):
    """English with its plural forms ("12 mails waiting" comes from the .qm); afterwards the
    application is left without translators and with its locale, as the other tests expect."""
    from PySide6.QtCore import QLocale

    from kcdesk.ui import translations as app

    locale = QLocale()
    app.install_translations(qapp, "en")
    yield qapp
    for translator in app._installed:
        qapp.removeTranslator(translator)
    app._installed.clear()
    QLocale.setDefault(locale)


@pytest.fixture
def window(qtbot, tmp_path, demo_file, smtp_server, file_keyring, english):
    from kcdesk.ui.main_window import MainWindow
    from kcdesk.ui.settings import Settings

    w = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(w)
    w.open_database(demo_file)
    use_server(w.services, smtp_server)
    w.resize(1366, 768)
    w.show()
    w.show_screen(3)
    w.server = smtp_server
    yield w
    screen = mail_screen(w)
    if screen.worker is not None:
        screen.stop()
        screen.worker.wait()


def mail_screen(w):
    from kcdesk.ui.mail.screen import MailScreen

    return next(s for s in w.screens if isinstance(s, MailScreen))


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_recipients_preview_and_unreachable_people(window):
    screen = mail_screen(window)
    svc = window.services
    next_id = svc.events.resolve("leren-van-verschillen").id
    screen.set_event(next_id)
    choose(screen.ui.kindCombo, "confirmation")
    assert screen.ui.recipientCombo.count() == 12
    assert "12 recipients" in screen.ui.summaryLabel.text()
    recipient = screen.current_recipient()
    assert recipient.code in screen.ui.previewBrowser.toPlainText()
    assert "Subject: Aanmelding bevestigd" in screen.ui.subjectLabel.text()
    image = screen.ui.previewBrowser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl(f"cid:qr-{recipient.code}@kcdesk")
    )
    assert image is not None and not image.isNull()  # the inline QR is drawn in the preview

    # someone without an address is listed before anything is queued
    person = svc.people.get(recipient.person_id)
    person.email = ""
    svc.people.update(person)
    assert screen.ui.recipientCombo.count() == 11
    assert f"(no email address): {recipient.code}" in screen.ui.summaryLabel.text()

    # a hand-picked list of codes
    choose(screen.ui.audienceCombo, "codes")
    other = next(r["code"] for r in svc.registrations.of_event(next_id) if r["code"] != recipient.code)
    screen.ui.codesEdit.setText(f"{other}, NOPE99")
    screen.ui.codesEdit.editingFinished.emit()
    assert screen.ui.recipientCombo.count() == 1
    assert "unknown code" in screen.ui.summaryLabel.text() and "NOPE99" in screen.ui.summaryLabel.text()
    assert svc.mail.outbox() == []


def test_queue_then_send_on_a_worker_thread(window, qtbot):
    screen = mail_screen(window)
    svc = window.services
    screen.set_event(svc.events.resolve("leren-van-verschillen").id)
    choose(screen.ui.kindCombo, "confirmation")
    assert screen.queue_now() == 12
    assert screen.outbox.rowCount() == 12
    assert window.mail_waiting.text() == "12 mails waiting"
    assert screen.ui.sendButton.isEnabled()

    with qtbot.waitSignal(screen.sending_finished, timeout=30000):
        screen.ui.sendButton.click()
        assert not screen.ui.sendButton.isEnabled() and screen.ui.stopButton.isEnabled()
    assert len(window.server.handler.received) == 12
    assert {r["status"] for r in screen.outbox.rows} == {"sent"}
    assert screen.ui.progressBar.value() == 12
    assert window.mail_waiting.text() == ""
    assert "Sent 12, failed 0" in screen.ui.summaryLabel.text()
    assert screen.queue_now() == 0  # once per kind


def test_stop_leaves_the_rest_queued(window, qtbot):
    screen = mail_screen(window)
    svc = window.services
    settings = svc.mail.settings()
    settings.per_minute = 3  # the fourth mail waits a minute: time to press Stop
    svc.mail.save_settings(settings)
    screen.set_event(svc.events.resolve("leren-van-verschillen").id)
    choose(screen.ui.kindCombo, "reminder")
    screen.queue_now()
    with qtbot.waitSignal(screen.sending_finished, timeout=30000):
        screen.ui.sendButton.click()
        qtbot.waitUntil(lambda: len(window.server.handler.received) == 3, timeout=20000)
        screen.ui.stopButton.click()
    assert len(window.server.handler.received) == 3
    statuses = sorted(r["status"] for r in screen.outbox.rows)
    assert statuses.count("sent") == 3 and statuses.count("queued") == 9
    assert window.mail_waiting.text() == "9 mails waiting"
    assert "Stopped." in screen.ui.summaryLabel.text()


def test_status_filter_retry_and_cancel(window, qtbot):
    screen = mail_screen(window)
    svc = window.services
    screen.set_event(svc.events.resolve("leren-van-verschillen").id)
    choose(screen.ui.kindCombo, "confirmation")
    screen.queue_now()
    first, second = screen.outbox.rows[0]["id"], screen.outbox.rows[1]["id"]
    screen.select_ids([first, second])
    screen.ui.cancelMailButton.click()
    assert [svc.mail.get(i)["status"] for i in (first, second)] == ["cancelled", "cancelled"]
    choose(screen.ui.statusCombo, "cancelled")
    assert sorted(r["id"] for r in screen.outbox.rows) == [first, second]
    assert window.mail_waiting.text() == "10 mails waiting"
    screen.select_ids([first])
    screen.ui.retryButton.click()
    assert [r["id"] for r in screen.outbox.rows] == [second]
    assert svc.mail.get(first)["status"] == "queued"
    assert window.mail_waiting.text() == "11 mails waiting"


def test_outbox_model_is_a_valid_model(window, qtmodeltester):
    screen = mail_screen(window)
    screen.set_event(window.services.events.resolve("leren-van-verschillen").id)
    screen.queue_now()
    qtmodeltester.check(screen.outbox)


def test_settings_dialog_puts_the_password_in_the_keyring(window, qtbot):
    import keyring

    from kcdesk.ui.mail.settings_dialog import MailSettingsDialog

    dialog = MailSettingsDialog(window.services, window)
    qtbot.addWidget(dialog)
    assert dialog.ui.hostEdit.text() == "127.0.0.1"
    assert "keyring" in dialog.ui.keyringLabel.text()
    dialog.ui.userEdit.setText("coordinator")
    dialog.ui.passwordEdit.setText("n1euw-wachtwoord")
    dialog.ui.senderEdit.setText("not an address")
    dialog.ok_button().click()
    assert "not a valid email address" in dialog.ui.errorLabel.text()
    assert dialog.isVisible() or dialog.result() == 0
    dialog.ui.senderEdit.setText("info@netwerk-zuid.example.org")
    dialog.ok_button().click()
    saved = window.services.mail.settings()
    assert saved.user == "coordinator" and saved.sender == "info@netwerk-zuid.example.org"
    assert keyring.get_password("kcdesk-smtp", saved.account) == "n1euw-wachtwoord"
    assert b"n1euw-wachtwoord" not in window.services.store.path.read_bytes()


def test_in_dutch(window, qapp):
    from kcdesk.ui.app import install_translations

    install_translations(qapp, "nl")
    try:
        from kcdesk.ui.mail.screen import MailScreen

        screen = MailScreen()
        screen.attach(window.services, window.bridge)
        screen.set_event(window.services.events.resolve("leren-van-verschillen").id)
        assert screen.title() == "Mail"
        assert screen.ui.kindCombo.currentText() == "Bevestiging met QR-code"
        assert "12 ontvangers." in screen.ui.summaryLabel.text()
        texts: list[str] = []
        screen.waiting_text.connect(texts.append)
        screen.queue_now()
        assert texts[-1] == "12 mails wachten"
        screen.detach()
    finally:
        install_translations(qapp, "en")  # the english fixture removes it afterwards


def test_waitlist_offer_and_the_answer(window):
    from kcdesk.domain.enums import RegistrationStatus
    from kcdesk.domain.models import Person

    screen = mail_screen(window)
    svc = window.services
    event = svc.events.get(svc.events.resolve("leren-van-verschillen").id)
    event.capacity = svc.registrations.seats_taken(event.id)
    svc.events.update(event)
    waiting = [
        svc.registrations.register(
            event.id, svc.people.create(Person(f"W{i}", "Lijst", email=f"w{i}@e.org")).id
        )
        for i in range(2)
    ]
    seated = next(r for r in svc.registrations.of_event(event.id) if r["status"] == "registered")
    svc.registrations.set_status(seated["id"], RegistrationStatus.CANCELLED)
    screen.set_event(event.id)
    choose(screen.ui.kindCombo, "waitlist-offer")
    assert screen.ui.acceptButton.isVisible() and screen.ui.recipientCombo.count() == 0
    assert screen.ui.queueButton.isEnabled()  # queueing makes the offers
    assert screen.queue_now() == 1  # one free seat: offered to the first on the list only
    assert [r["code"] for r in screen.outbox.rows] == [waiting[0].code]
    screen.refresh_recipients()
    assert screen.current_recipient().code == waiting[0].code
    screen.ui.acceptButton.click()
    assert svc.registrations.get(waiting[0].id).status == RegistrationStatus.REGISTERED
    assert "takes the seat" in screen.ui.summaryLabel.text()
    assert screen.ui.recipientCombo.count() == 0
    assert screen.queue_now() == 0  # the seat is taken: nobody else is offered it


def test_the_screen_says_when_a_change_notice_is_due(window):
    screen = mail_screen(window)
    svc = window.services
    event = svc.events.get(svc.events.resolve("leren-van-verschillen").id)
    screen.set_event(event.id)
    screen.queue_now()  # confirmations
    assert "change notice" not in screen.ui.summaryLabel.text()
    event.start_time = event.start_time.replace(hour=event.start_time.hour + 1)
    svc.events.update(event)  # the screen hears of it through the store's notifications
    assert "changed after people were told" in screen.ui.summaryLabel.text()


def test_the_event_chooser_shows_the_whole_title_at_1024(window, qtbot):
    """The event has the top row to itself: at 1024 wide its title is not clipped by the other choices."""
    window.resize(1024, 768)
    combo = mail_screen(window).ui.eventCombo
    assert "Kenniscafé" in combo.currentText()
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText()) + 40  # text + arrow
    qtbot.waitUntil(lambda: combo.width() >= needed)
