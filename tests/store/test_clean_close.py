"""The integrity check runs after an unclean close, before an upgrade and on demand, not on every open."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from dbdump import rot_in_place, scribble
from kcdesk.domain.errors import CorruptDatabaseError
from kcdesk.store import database, open_store, schema


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def checks(monkeypatch) -> list[str]:
    """The names of the files whose integrity was checked while opening."""
    seen: list[str] = []
    real = database._check_integrity

    def spy(db, path):
        seen.append(path.name)
        real(db, path)

    monkeypatch.setattr(database, "_check_integrity", spy)
    return seen


def crash_while_open(path) -> None:
    """A real process opens the database for writing, writes, and dies without closing it."""
    script = textwrap.dedent(
        """
        import os, sys
        from kcdesk.services import Services
        from kcdesk.store import open_store
        store = open_store(sys.argv[1])
        Services(store).checkin.walk_in(1, "Crash Test")
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True, env=dict(os.environ))


def test_a_cleanly_closed_database_opens_without_a_check(demo_file, checks):
    open_store(demo_file).close()  # the fixture's own close noted it as whole
    assert checks == []
    s = open_store(demo_file)
    assert s.events.get(1) is not None
    s.close()
    assert checks == []


def test_an_unclean_close_makes_the_next_open_check(demo_file, checks):
    crash_while_open(demo_file)
    s = open_store(demo_file)
    assert checks == [demo_file.name]
    assert s.db.execute("SELECT count(*) FROM people WHERE given_name = 'Crash'").fetchone()[0] == 1
    s.close()
    checks.clear()
    open_store(demo_file).close()  # closed cleanly this time
    assert checks == []


def test_a_file_changed_by_another_program_is_checked_and_a_damaged_one_refused_untouched(demo_file, checks):
    con = sqlite3.connect(demo_file)
    con.execute("UPDATE events SET title = title || '!'")
    con.commit()
    con.close()
    open_store(demo_file).close()
    assert checks == [demo_file.name]

    scribble(demo_file)
    before = digest(demo_file)
    with pytest.raises(CorruptDatabaseError):
        open_store(demo_file)
    assert digest(demo_file) == before
    wal = demo_file.with_name(demo_file.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # nothing logged to be written either


def test_a_damaged_file_after_a_crash_is_refused_before_any_write(demo_file, checks):
    crash_while_open(demo_file)
    wal = demo_file.with_name(demo_file.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the crash left its log behind
    scribble(demo_file)
    before, wal_before = digest(demo_file), digest(wal)
    with pytest.raises(CorruptDatabaseError) as refused:
        open_store(demo_file)
    # the -wal no longer matches the scribbled file: the stray-WAL check (on copies, before SQLite
    # opens the file) refuses it even before the integrity check would
    assert checks == [demo_file.name] or refused.value.code == "database-stray-wal"
    assert digest(demo_file) == before and digest(wal) == wal_before


def test_an_upgrade_is_preceded_by_a_check(demo_file, checks, monkeypatch):
    con = sqlite3.connect(demo_file)
    con.execute(f"PRAGMA user_version = {schema.MIGRATIONS[-2][0]}")  # one step back
    con.close()
    open_store(demo_file).close()  # upgrades (and was changed by another program)
    checks.clear()
    monkeypatch.setattr(database.clean_close, "closed_cleanly", lambda path: True)
    con = sqlite3.connect(demo_file)
    con.execute(f"PRAGMA user_version = {schema.MIGRATIONS[-2][0]}")  # one step back
    con.close()
    s = open_store(demo_file)
    assert checks == [demo_file.name]
    assert s.version == schema.CURRENT_VERSION
    s.close()


def test_damage_that_hides_from_the_note_is_found_by_the_check_on_demand(demo_file, checks):
    rot_in_place(demo_file)  # as if the disk rotted in place
    s = open_store(demo_file, readonly=True)
    assert checks == []
    problems = s.integrity_problems()
    assert problems and all(isinstance(p, str) for p in problems)
    s.close()


def test_reading_keeps_the_note_and_the_check_on_demand_finds_damage(demo_file, checks):
    demo_file.chmod(0o444)
    s = open_store(demo_file)
    assert s.readonly and s.integrity_problems() == []
    s.close()
    demo_file.chmod(0o644)
    open_store(demo_file).close()
    assert checks == []  # a read-only session neither needs a check nor spoils the note


def test_cli_check_reports_a_whole_and_a_damaged_database(cli, demo_file):
    ok = cli("--db", str(demo_file), "check")
    assert ok.code == 0 and "no problems found" in ok.out
    rot_in_place(demo_file)
    bad = cli("--db", str(demo_file), "check")
    assert bad.code == 1 and bad.err.startswith("kcdesk: demo.kcdesk is damaged (")
    data = cli("--db", str(demo_file), "check", "--json")
    assert data.code == 1
    import json

    found = json.loads(data.out)
    assert found["ok"] is False and found["problems"]
