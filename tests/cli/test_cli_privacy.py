import json

SPEAKER = "s.haddouchi@hogeschoolmerwede.example.org"


def test_person_list_and_show(cli, demo_file):
    listed = cli("person", "list", "--json", "--db", str(demo_file))
    assert listed.code == 0
    people = listed.json()
    assert any(p["email"] == SPEAKER for p in people)
    shown = cli("person", "show", SPEAKER, "--db", str(demo_file))
    assert shown.code == 0 and "Samira Haddouchi" in shown.out


def test_person_export_by_id_and_email(cli, demo_file, tmp_path):
    out = tmp_path / "samira.json"
    r = cli("person", "export", SPEAKER, "-o", str(out), "--db", str(demo_file))
    assert r.code == 0, r.err
    data = json.loads(out.read_text())
    assert data["person"]["email"] == SPEAKER
    html = tmp_path / "samira.html"
    assert (
        cli("person", "export", str(data["person"]["id"]), "-o", str(html), "--db", str(demo_file)).code == 0
    )
    assert "Haddouchi" in html.read_text()


def test_person_export_errors_are_one_line(cli, demo_file, tmp_path):
    r = cli("person", "export", "nobody@example.org", "-o", str(tmp_path / "x.json"), "--db", str(demo_file))
    assert r.code == 1 and r.err.count("\n") == 1 and "nobody@example.org" in r.err
    r = cli("person", "export", SPEAKER, "-o", str(tmp_path / "x.txt"), "--db", str(demo_file))
    assert r.code == 1 and ".json, .html or .pdf" in r.err


def test_person_erase_needs_confirmation(cli, demo_file):
    r = cli("person", "erase", SPEAKER, "--db", str(demo_file))
    assert r.code == 1 and "--yes" in r.err
    assert cli("person", "show", SPEAKER, "--db", str(demo_file)).code == 0


def test_person_erase(cli, demo_file):
    person_id = str(cli("person", "show", SPEAKER, "--json", "--db", str(demo_file)).json()["person"]["id"])
    r = cli("person", "erase", SPEAKER, "--yes", "--quotes", "remove", "--json", "--db", str(demo_file))
    assert r.code == 0, r.err
    assert r.json()["quotes"] == "remove" and r.json()["compacted"]
    assert cli("person", "show", SPEAKER, "--db", str(demo_file)).code == 1
    stub = cli("person", "show", person_id, "--json", "--db", str(demo_file)).json()
    assert stub["person"]["erased"] and stub["person"]["sector"] == "education" and stub["quotes"] == []
    again = cli("person", "erase", person_id, "--yes", "--db", str(demo_file))
    assert again.code == 1 and "already been erased" in again.err


def test_retention_lists_then_applies(cli, demo_file):
    # the demo's events are recent: a one-month period finds nobody
    r = cli("privacy", "retention", "--months", "1", "--json", "--db", str(demo_file))
    assert r.code == 0 and r.json()["people"] == []
    assert "0 people not seen since" in cli("privacy", "retention", "--db", str(demo_file)).out
    applied = cli("privacy", "retention", "--months", "1", "--apply", "--json", "--db", str(demo_file))
    assert applied.code == 0 and applied.json()["erased"] == []
    bad = cli("privacy", "retention", "--months", "0", "--db", str(demo_file))
    assert bad.code == 1


def test_privacy_compact(cli, demo_file):
    r = cli("privacy", "compact", "--db", str(demo_file))
    assert r.code == 0 and "removed" in r.out


def test_erase_with_the_database_open_elsewhere_says_to_compact_later(cli, demo_file, monkeypatch):
    import sqlite3

    from kcdesk.store import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)

    reader = sqlite3.connect(demo_file)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM people").fetchone()  # holds a read snapshot
    try:
        r = cli("person", "erase", SPEAKER, "--yes", "--db", str(demo_file))
        assert r.code == 0 and "privacy compact" in r.out
        assert cli("privacy", "compact", "--db", str(demo_file)).code == 1
    finally:
        reader.rollback()
        reader.close()
    assert cli("privacy", "compact", "--db", str(demo_file)).code == 0
