"""A locked, read-only or full database gives one clear message and loses nothing saved."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from kcdesk.domain.errors import DatabaseError, LockedDatabaseError, ReadOnlyDatabaseError
from kcdesk.services import Services
from kcdesk.services.csv_import import CsvImporter
from kcdesk.store import database, open_store


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(tmp_path, n, name="rows.csv"):
    lines = ["Voornaam,Achternaam,Email,Organisatie"]
    lines += [f"Persoon{i},Achternaam{i},p{i}@example.org,{'Organisatie ' * 20}{i}" for i in range(n)]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n")
    return path


def _snapshot(store):
    return (
        store.people.count(),
        store.db.execute("SELECT count(*), group_concat(code) FROM registrations").fetchone(),
        store.db.execute("SELECT count(*) FROM checkin_journal").fetchone()[0],
    )


@pytest.fixture
def short_wait(monkeypatch):
    """Wait 0.2 s (not 5) for a lock, so the tests stay fast."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)


def _locker(path):
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE settings SET value = value")
    return other


# -- locked -------------------------------------------------------------------------
def test_locked_database_clear_message_nothing_lost(demo_file, short_wait):
    store = open_store(demo_file)
    svc = Services(store)
    event = svc.events.resolve("ontmoeting-in-de-buurt")
    code = svc.checkin.no_shows(event.id)[0]["code"]  # type: ignore[arg-type]
    before = _snapshot(store)
    other = _locker(demo_file)
    try:
        with pytest.raises(LockedDatabaseError, match="in use by another program"):
            svc.checkin.check_in(event.id, code)  # type: ignore[arg-type]
        with pytest.raises(LockedDatabaseError):
            svc.checkin.walk_in(event.id, "Piet Jansen")  # type: ignore[arg-type]
        assert _snapshot(store) == before  # reading still works, nothing half-done
    finally:
        other.rollback()
        other.close()
    # once the other program lets go, the same action works
    assert svc.checkin.check_in(event.id, code).name  # type: ignore[arg-type]
    store.close()


def test_locked_database_import_leaves_nothing_behind(demo_file, tmp_path, short_wait):
    store = open_store(demo_file)
    event = Services(store).events.resolve("leren-van-verschillen")
    before = _snapshot(store)
    other = _locker(demo_file)
    try:
        with pytest.raises(LockedDatabaseError):
            CsvImporter(store).import_file(_rows(tmp_path, 50), event.id)  # type: ignore[arg-type]
    finally:
        other.rollback()
        other.close()
    assert _snapshot(store) == before
    store.close()


def test_cli_locked_is_one_line_exit_1(cli, demo_file, short_wait):
    other = _locker(demo_file)
    try:
        r = cli("walkin", "Piet Jansen", "--event", "ontmoeting-in-de-buurt", "--db", str(demo_file))
    finally:
        other.rollback()
        other.close()
    assert r.code == 1
    assert r.err.count("\n") == 1 and "in use by another program" in r.err
    assert (
        "Piet Jansen"
        not in cli("search", "Jansen", "--event", "ontmoeting-in-de-buurt", "--db", str(demo_file)).out
    )


# -- read-only ------------------------------------------------------------------------
def test_read_only_file_clear_message_untouched(demo_file, tmp_path):
    for side in ("-wal", "-shm"):
        assert not demo_file.with_name(demo_file.name + side).exists()
    demo_file.chmod(0o444)
    before = digest(demo_file)
    store = open_store(demo_file)
    svc = Services(store)
    event = svc.events.resolve("leren-van-verschillen")
    with pytest.raises(ReadOnlyDatabaseError, match="read-only; changes cannot be saved"):
        CsvImporter(store).import_file(_rows(tmp_path, 5), event.id)  # type: ignore[arg-type]
    with pytest.raises(ReadOnlyDatabaseError):
        store.set_setting("retention_months", "12")
    assert svc.event_list.summaries()  # still readable
    store.close()
    assert digest(demo_file) == before


def test_cli_read_only_is_one_line_exit_1(cli, demo_file):
    demo_file.chmod(0o444)
    before = digest(demo_file)
    r = cli("person", "erase", "1", "--yes", "--db", str(demo_file))
    assert r.code == 1 and r.err.count("\n") == 1 and "read-only" in r.err
    r = cli("walkin", "Piet Jansen", "--event", "ontmoeting-in-de-buurt", "--db", str(demo_file))
    assert r.code == 1 and r.err.count("\n") == 1 and "read-only" in r.err
    assert digest(demo_file) == before
    # reading commands still work
    assert (
        cli("person", "export", "1", "-o", str(demo_file.with_name("p.json")), "--db", str(demo_file)).code
        == 0
    )


# -- full disk ------------------------------------------------------------------------
def _cap(store, extra_pages=3):
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + extra_pages}")


def test_full_disk_clear_message_nothing_lost(demo_file, tmp_path):
    store = open_store(demo_file)
    event = Services(store).events.resolve("leren-van-verschillen")
    before = _snapshot(store)
    _cap(store)
    with pytest.raises(DatabaseError, match="is full; nothing was saved") as info:
        CsvImporter(store).import_file(_rows(tmp_path, 2000), event.id)  # type: ignore[arg-type]
    assert "Free some space" in str(info.value)
    assert _snapshot(store) == before
    assert store.integrity_ok()
    store.close()
    store = open_store(demo_file)
    assert _snapshot(store) == before and store.integrity_ok()
    store.close()


def test_full_disk_during_batched_import_keeps_committed_batches(demo_file, tmp_path):
    store = open_store(demo_file)
    event = Services(store).events.resolve("leren-van-verschillen")
    people = store.people.count()
    _cap(store, extra_pages=200)
    done = []
    with pytest.raises(DatabaseError, match="is full"):
        CsvImporter(store).import_file(
            _rows(tmp_path, 3000),
            event.id,
            batch_size=50,  # type: ignore[arg-type]
            committed=done.append,
        )
    assert done, "at least one batch fitted"
    store.close()
    store = open_store(demo_file)
    assert store.people.count() == people + done[-1]
    assert store.integrity_ok()
    store.close()


def test_cli_full_disk_is_one_line_exit_1(cli, demo_file, tmp_path, monkeypatch):
    real = database._configure

    def cramped(conn, readonly):
        real(conn, readonly)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    monkeypatch.setattr(database, "_configure", cramped)
    r = cli("import", str(_rows(tmp_path, 2000)), "--event", "leren-van-verschillen", "--db", str(demo_file))
    assert r.code == 1 and r.err.count("\n") == 1 and "is full; nothing was saved" in r.err
    monkeypatch.undo()
    assert (
        cli("search", "Persoon1", "--event", "leren-van-verschillen", "--db", str(demo_file)).out.strip()
        == "No match."
    )


def test_friendly_messages_name_the_file():
    from kcdesk.store.database import database_error

    full = database_error(sqlite3.OperationalError("database or disk is full"), "/x/kc.kcdesk")
    assert str(full).startswith("The disk holding kc.kcdesk is full")
    locked = database_error(sqlite3.OperationalError("database is locked"), "/x/kc.kcdesk")
    assert isinstance(locked, LockedDatabaseError)
    ro = database_error(sqlite3.OperationalError("attempt to write a readonly database"), "/x/kc.kcdesk")
    assert isinstance(ro, ReadOnlyDatabaseError)


def test_disk_io_error_is_not_called_damage():
    from kcdesk.store.database import database_error

    err = database_error(sqlite3.OperationalError("disk I/O error"), "/x/kc.kcdesk")
    assert "disk error" in str(err) and "not saved" in str(err) and "damaged" not in str(err)
