import hashlib
import json
import sqlite3
import subprocess
import sys

import pytest

from kcdesk import __version__
from kcdesk.store import schema


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version(cli):
    r = cli("--version")
    assert r.code == 0 and r.out.strip() == f"kcdesk {__version__}"


def test_init_demo_and_events_json(cli, tmp_path):
    db = tmp_path / "d.kcdesk"
    assert cli("init", str(db), "--demo").code == 0
    r = cli("events", "--db", str(db), "--json")
    assert r.code == 0
    events = r.json()
    held = [e for e in events if e["slug"] == "ontmoeting-in-de-buurt"][0]
    assert set(held) >= {"id", "slug", "title", "date", "venue", "registered", "checked_in"}
    assert held["registered"] == 26 and held["checked_in"] == 23
    assert held["venue"].startswith("Hogeschool Merwede")


def test_init_refuses_to_overwrite(cli, demo_file):
    before = digest(demo_file)
    r = cli("init", str(demo_file))
    assert r.code == 1 and "already exists" in r.err
    assert digest(demo_file) == before


def test_db_from_environment(cli, demo_file, monkeypatch):
    monkeypatch.setenv("KCDESK_DB", str(demo_file))
    assert len(cli("events", "--json").json()) == 2


def test_search_json(cli, demo_file):
    r = cli("--db", str(demo_file), "search", "celik", "--event", "ontmoeting-in-de-buurt", "--json")
    assert r.code == 0
    rows = r.json()
    assert rows[0]["name"] == "Emre Çelik"
    assert set(rows[0]) >= {"code", "name", "organisation", "status", "checked_in_at"}


def test_checkin_repeat_and_undo(cli, demo_file):
    db = ["--db", str(demo_file)]
    rows = cli(*db, "search", "lieke", "--event", "1", "--json").json()
    code = rows[0]["code"]
    assert rows[0]["checked_in_at"] is None
    first = cli(*db, "checkin", code, "--event", "1", "--station", "Zaal 2", "--json")
    assert first.code == 0 and first.json()["already"] is False
    again = cli(*db, "checkin", code, "--event", "1", "--station", "Hal")
    assert again.code == 0 and "already checked in" in again.out and "Zaal 2" in again.out
    events = {e["id"]: e for e in cli(*db, "events", "--json").json()}
    assert events[1]["checked_in"] == 24
    assert cli(*db, "checkin", code, "--event", "1", "--undo").code == 0
    assert cli(*db, "events", "--json").json()[1]["checked_in"] == 23


def test_walkin(cli, demo_file):
    db = ["--db", str(demo_file)]
    r = cli(
        *db,
        "walkin",
        "Nicole van Dijk",
        "--event",
        "ontmoeting-in-de-buurt",
        "--organisation",
        "Museum",
        "--sector",
        "practice",
        "--email",
        "nicole@example.org",
    )
    assert r.code == 0 and "Nicole van Dijk" in r.out
    found = cli(*db, "search", "van dijk", "--event", "1", "--json").json()
    assert found[0]["name"] == "Nicole van Dijk" and found[0]["status"] == "walk-in"


def test_import_json_and_dry_run(cli, demo_file, tmp_path):
    csv = tmp_path / "reg.csv"
    csv.write_text(
        "Voornaam;Achternaam;E-mail\nAnna;Bakker;anna@example.org\nBert;;bert@\n", encoding="utf-8"
    )
    db = ["--db", str(demo_file)]
    dry = cli(*db, "import", str(csv), "--event", "leren-van-verschillen", "--dry-run", "--json")
    assert dry.code == 0
    assert dry.json() == {
        "imported": 1,
        "updated": 0,
        "unchanged": 0,
        "errors": [{"line": 3, "message": "invalid email address 'bert@'"}],
    }
    assert cli(*db, "events", "--json").json()[0]["registered"] == 12
    real = cli(*db, "import", str(csv), "--event", "leren-van-verschillen", "--json")
    assert real.json()["imported"] == 1
    assert cli(*db, "events", "--json").json()[0]["registered"] == 13
    again = cli(*db, "import", str(csv), "--event", "leren-van-verschillen", "--json")
    assert again.json()["imported"] == 0 and again.json()["unchanged"] == 1


def test_event_export_import_round_trip(cli, demo_file, tmp_path):
    out1, out2, other = tmp_path / "e1.json", tmp_path / "e2.json", tmp_path / "other.kcdesk"
    assert cli("--db", str(demo_file), "event", "export", "ontmoeting-in-de-buurt", "-o", str(out1)).code == 0
    assert cli("init", str(other)).code == 0
    assert cli("--db", str(other), "event", "import", str(out1)).code == 0
    assert cli("--db", str(other), "event", "export", "ontmoeting-in-de-buurt", "-o", str(out2)).code == 0
    assert out1.read_text() == out2.read_text()


def test_journal_export_and_merge(cli, demo_file, tmp_path):
    j = tmp_path / "j.json"
    assert cli("--db", str(demo_file), "journal", "export", "--event", "1", "-o", str(j)).code == 0
    assert json.loads(j.read_text())["format"] == "kcdesk-journal"
    r = cli("--db", str(demo_file), "journal", "merge", str(j), "--json")
    assert r.code == 0 and r.json()["added"] == 0


# -- bad input: one clear line, exit 1, data untouched ---------------------------------
def assert_clean_failure(r, text):
    assert r.code == 1, r.err
    assert text in r.err
    assert "Traceback" not in r.err and len(r.err.strip().splitlines()) == 1


def test_unknown_event(cli, demo_file):
    assert_clean_failure(cli("--db", str(demo_file), "search", "x", "--event", "nope"), "No event 'nope'")


def test_missing_csv(cli, demo_file, tmp_path):
    before = digest(demo_file)
    assert_clean_failure(
        cli("--db", str(demo_file), "import", str(tmp_path / "x.csv"), "--event", "1"), "No such file"
    )
    assert digest(demo_file) == before


def test_malformed_csv(cli, demo_file, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00garbage")
    assert_clean_failure(cli("--db", str(demo_file), "import", str(bad), "--event", "1"), "no name column")


def test_missing_database(cli, tmp_path):
    assert_clean_failure(cli("--db", str(tmp_path / "none.kcdesk"), "events"), "No database")
    assert not (tmp_path / "none.kcdesk").exists()


def test_newer_database(cli, demo_file):
    con = sqlite3.connect(demo_file)
    con.execute(f"PRAGMA user_version = {(schema.major(schema.CURRENT_VERSION) + 1) << 16}")
    con.close()
    before = digest(demo_file)
    assert_clean_failure(cli("--db", str(demo_file), "events"), "newer kcdesk")
    assert digest(demo_file) == before


def test_corrupt_database(cli, tmp_path):
    bad = tmp_path / "bad.kcdesk"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    before = digest(bad)
    assert_clean_failure(cli("--db", str(bad), "events"), "damaged")
    assert digest(bad) == before


def test_not_a_database(cli, tmp_path):
    bad = tmp_path / "bad.kcdesk"
    bad.write_text("name,email\n" * 100)
    assert_clean_failure(cli("--db", str(bad), "events"), "not a kcdesk database")


def test_read_only_database(cli, demo_file):
    demo_file.chmod(0o444)
    before = digest(demo_file)
    assert cli("--db", str(demo_file), "events", "--json").code == 0
    assert_clean_failure(cli("--db", str(demo_file), "walkin", "Anna Bakker", "--event", "1"), "read-only")
    assert digest(demo_file) == before


def test_bad_usage_exits_2(cli):
    assert cli("checkin").code == 2
    assert cli("frobnicate").code == 2


def test_console_script_runs(tmp_path):
    db = tmp_path / "x.kcdesk"
    r = subprocess.run(
        [sys.executable, "-m", "kcdesk", "init", str(db), "--demo"], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr
    r = subprocess.run(
        [sys.executable, "-m", "kcdesk", "--db", str(db), "events", "--json"], capture_output=True, text=True
    )
    assert r.returncode == 0 and len(json.loads(r.stdout)) == 2


@pytest.mark.parametrize("cmd", [["search", "x", "--event", "1"], ["checkin", "ABC", "--event", "1"]])
def test_unknown_code_or_query_on_empty_db(cli, db_file, cmd):
    r = cli("--db", str(db_file), *cmd)
    assert r.code == 1 and "No event" in r.err


def test_a_command_builds_only_its_own_arguments_and_usage_stays_whole(cli):
    """Start-up: `kcdesk events` does not build the other commands' arguments; errors and help
    read as before."""
    from kcdesk.cli.main import _command_word, build_parser

    assert _command_word(["--db", "x.kcdesk", "events", "--json"]) == "events"
    assert _command_word(["--help"]) is None and _command_word(["--db", "events"]) is None
    only = build_parser("events")
    full = build_parser()
    assert vars(only.parse_args(["events", "--json"])) == vars(full.parse_args(["events", "--json"]))
    for argv in (["person", "list", "--json"], ["privacy", "retention", "--months", "24"]):
        parsed = [vars(p.parse_args(argv)) for p in (build_parser(argv[0]), full)]
        for values in parsed:
            values.pop("group_actions", None)  # each parser's own sub-command table
        assert parsed[0] == parsed[1]
    bad = cli("nosuch")
    assert bad.code == 2 and "invalid choice: 'nosuch'" in bad.err and "'badges'" in bad.err
    assert "--organisation" in cli("walkin", "--help").out
    assert cli("events", "--nosuch").code == 2


def test_a_command_lets_go_of_its_database_when_it_ends(cli, demo_file, tmp_path, monkeypatch):
    """In one process (a script, the tests), the next command finds the database free at once:
    each command closes what it opened (its write lock goes), whether it succeeded or failed,
    not the garbage collector some time later."""
    from kcdesk.services import Services

    opened = []
    real_open = Services.open

    def recording_open(*args, **kwargs):
        svc = real_open(*args, **kwargs)
        opened.append(svc)  # kept alive here: only an explicit close lets go
        return svc

    monkeypatch.setattr(Services, "open", recording_open)
    csv = tmp_path / "reg.csv"
    csv.write_text("Voornaam;Achternaam;E-mail\nAnna;Bakker;anna@example.org\n", encoding="utf-8")
    for command, code in (
        (["import", str(csv), "--event", "1"], 0),
        (["import", str(csv), "--event", "nope"], 1),
    ):
        r = cli("--db", str(demo_file), *command)
        assert r.code == code, r.err
    assert len(opened) == 2
    for svc in opened:
        assert not svc.store.lock.held
        with pytest.raises(sqlite3.ProgrammingError):  # closed
            svc.store.db.conn.execute("SELECT 1")
