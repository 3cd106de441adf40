"""SIGKILL during a 300-mail send: every mail exactly once sent or under review, none lost or doubled."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys

import pytest
from smtp_server import use_server

from kcdesk.domain.models import Person
from kcdesk.services import Services
from kcdesk.store import open_store


@pytest.mark.slow
def test_sigkill_during_a_300_mail_send(tmp_path, smtp_server, file_keyring):
    db = tmp_path / "crash.kcdesk"
    svc = Services(open_store(db, create=True))
    from kcdesk.domain.models import Event

    event = svc.events.create(
        Event(
            title="Kenniscafé", slug="kc", date=dt.date.today() + dt.timedelta(days=9), start_time=dt.time(15)
        )
    )
    for i in range(300):
        p = svc.people.create(Person(f"Deelnemer{i}", f"Achternaam{i}", email=f"p{i}@example.org"))
        svc.registrations.register(event.id, p.id)  # type: ignore[arg-type]
    use_server(svc, smtp_server)
    assert svc.mail.queue(event.id, "confirmation").queued == 300
    svc.store.close()

    proc = subprocess.Popen(
        [sys.executable, "-m", "kcdesk", "mail", "send", "--db", str(db), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),  # SSL_CERT_FILE, the file keyring, QT_QPA_PLATFORM
    )
    try:
        smtp_server.handler.wait_for(40, timeout=60)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err.decode()

    received = smtp_server.handler.message_ids()
    assert len(received) == len(set(received)), "the server got a mail twice"
    svc = Services(open_store(db))
    try:
        rows = {r["message_id"]: r for r in svc.mail.outbox()}
        assert len(rows) == 300
        by_status: dict[str, list[str]] = {}
        for mid, r in rows.items():
            by_status.setdefault(r["status"], []).append(mid)
        assert set(by_status) <= {"sent", "sending", "queued"}
        # the server had 40 when the kill came; the last of them may not be marked sent yet
        assert len(by_status["sent"]) + len(by_status.get("sending", [])) >= 40
        assert len(by_status["sent"]) < 300
        assert len(by_status.get("sending", [])) <= 1  # the one in flight, for review
        assert set(by_status["sent"]) <= set(received)  # sent means the server said so
        assert not set(by_status.get("queued", [])) & set(received)  # never received yet shown queued
        assert set(received) <= set(by_status["sent"]) | set(by_status.get("sending", []))

        # running again sends the rest once; the one under review stays for the coordinator
        result = svc.mail.send()
        assert result.sent == len(by_status.get("queued", []))
        again = smtp_server.handler.message_ids()
        assert len(again) == len(set(again))
        assert {r["status"] for r in svc.mail.outbox()} <= {"sent", "sending"}
    finally:
        svc.store.close()
