"""`kcdesk mail ...`: the names, options and JSON shapes scripts rely on."""

from __future__ import annotations

import io
import sys

from smtp_server import PASSWORD, USER


def _settings(cli, db, server, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    r = cli(
        "mail", "settings", "--db", str(db), "--host", server.host, "--port", str(server.port),
        "--security", "starttls", "--sender", "kc@netwerk.example.org", "--user", USER,
        "--password-stdin", "--json",
    )  # fmt: skip
    assert r.code == 0, r.err
    return r.json()


def test_settings_queue_send_outbox(cli, demo_file, smtp_server, file_keyring, monkeypatch):
    data = _settings(cli, demo_file, smtp_server, monkeypatch)
    assert data["host"] == "127.0.0.1" and data["security"] == "starttls" and data["password_set"] is True
    assert "password" not in data and PASSWORD not in str(data)
    assert PASSWORD.encode() not in demo_file.read_bytes()

    r = cli("mail", "queue", "--db", str(demo_file), "--event", "leren-van-verschillen",
            "--kind", "confirmation", "--json")  # fmt: skip
    assert r.code == 0, r.err
    assert r.json() == {"queued": 12, "skipped": []}

    r = cli("mail", "outbox", "--db", str(demo_file), "--status", "queued", "--json")
    rows = r.json()
    assert len(rows) == 12
    assert {"id", "code", "kind", "status", "to", "subject"} <= set(rows[0])
    assert rows[0]["kind"] == "confirmation" and rows[0]["status"] == "queued"

    r = cli("mail", "send", "--db", str(demo_file), "--limit", "5", "--json")
    assert r.code == 0, r.err
    assert {k: r.json()[k] for k in ("sent", "failed", "retry_later")} == {
        "sent": 5,
        "failed": 0,
        "retry_later": 0,
    }
    r = cli("mail", "send", "--db", str(demo_file), "--event", "leren-van-verschillen", "--json")
    assert r.json()["sent"] == 7
    assert len(smtp_server.handler.received) == 12

    r = cli("mail", "queue", "--db", str(demo_file), "--event", "leren-van-verschillen",
            "--kind", "confirmation", "--to", f"{rows[0]['code']},NOPE99", "--json")  # fmt: skip
    assert r.json() == {
        "queued": 0,
        "skipped": [
            {"code": "NOPE99", "reason": "unknown-code"},
            {"code": rows[0]["code"], "reason": "already-sent"},
        ],
    }


def test_eml_and_errors(cli, demo_file, tmp_path):
    assert cli("mail", "settings", "--db", str(demo_file), "--sender", "kc@example.org").code == 0
    cli("mail", "queue", "--db", str(demo_file), "--event", "ontmoeting-in-de-buurt", "--kind", "thanks")
    out = tmp_path / "eml"
    out.mkdir()
    r = cli(
        "mail", "eml", "--db", str(demo_file), "--event", "ontmoeting-in-de-buurt", "-o", str(out), "--json"
    )
    assert r.code == 0, r.err
    assert r.json()["saved"] == len(list(out.glob("*.eml"))) > 0
    r = cli("mail", "outbox", "--db", str(demo_file), "--json")
    assert {x["status"] for x in r.json()} == {"saved"}

    r = cli("mail", "send", "--db", str(demo_file))
    assert r.code == 0  # nothing queued: nothing to do, no server needed
    r = cli("mail", "queue", "--db", str(demo_file), "--event", "nope", "--kind", "thanks")
    assert r.code == 1 and r.err.startswith("kcdesk: ") and len(r.err.strip().splitlines()) == 1
    assert cli("mail", "queue", "--db", str(demo_file), "--event", "x", "--kind", "spam").code == 2
    assert cli("mail", "settings", "--db", str(demo_file), "--security", "tls").code == 2
    r = cli("mail", "settings", "--db", str(demo_file), "--sender", "a@b.org\r\nBcc: c@d.org")
    assert r.code == 1 and "not a valid email address" in r.err
    r = cli(
        "mail", "eml", "--db", str(demo_file), "--event", "ontmoeting-in-de-buurt", "-o", str(tmp_path / "no")
    )
    assert r.code == 1 and "does not exist" in r.err


def test_send_without_server_says_so_and_keeps_the_mails(cli, demo_file):
    cli("mail", "settings", "--db", str(demo_file), "--sender", "kc@example.org", "--host", "127.0.0.1",
        "--port", "1", "--security", "none")  # fmt: skip
    cli("mail", "queue", "--db", str(demo_file), "--event", "leren-van-verschillen", "--kind", "reminder")
    r = cli("mail", "send", "--db", str(demo_file), "--json")
    assert r.code == 1 and "Cannot reach the mail server 127.0.0.1:1" in r.err
    rows = cli("mail", "outbox", "--db", str(demo_file), "--json").json()
    assert {x["status"] for x in rows} == {"queued"}


def test_remind_queues_the_due_reminders(cli, demo_file):
    db = str(demo_file)
    assert cli("mail", "settings", "--db", db, "--sender", "kc@example.org").code == 0
    r = cli("mail", "remind", "--db", db, "--json")
    assert r.json() == {"queued": 0, "events": {}}  # the next event is three weeks away
    r = cli("mail", "remind", "--db", db, "--event", "leren-van-verschillen", "--days", "30", "--json")
    assert r.json() == {"event": "leren-van-verschillen", "days": 30}
    r = cli("mail", "remind", "--db", db, "--json")
    assert r.json()["queued"] == 12 and list(r.json()["events"]) == ["leren-van-verschillen"]
    assert cli("mail", "remind", "--db", db, "--json").json()["queued"] == 0
    r = cli("mail", "remind", "--db", db, "--event", "leren-van-verschillen", "--days", "99")
    assert r.code == 1 and "0 to 60 days" in r.err
