import hashlib
import sqlite3
import stat

import pytest

from kcdesk.domain.errors import (
    CorruptDatabaseError,
    DatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)
from kcdesk.store import open_store, schema
from kcdesk.store.backup import list_backups


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_private_wal_with_foreign_keys(tmp_path):
    path = tmp_path / "new.kcdesk"
    s = open_store(path, create=True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert s.version == schema.CURRENT_VERSION
    assert s.db.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    s.close()


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError), store.db.atomic():
        store.db.execute(
            "INSERT INTO registrations(event_id, person_id, code, registered_at) VALUES (99, 99, 'X', 'now')"
        )


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(DatabaseError, match="No database"):
        open_store(tmp_path / "missing.kcdesk")
    assert not (tmp_path / "missing.kcdesk").exists()


def test_newer_database_is_refused_and_untouched(db_file):
    con = sqlite3.connect(db_file)
    con.execute(f"PRAGMA user_version = {(schema.major(schema.CURRENT_VERSION) + 1) << 16}")
    con.close()
    before = digest(db_file)
    with pytest.raises(NewerDatabaseError, match="newer kcdesk"):
        open_store(db_file)
    assert digest(db_file) == before


def test_newer_minor_version_still_opens(db_file):
    con = sqlite3.connect(db_file)
    con.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION + 1}")
    con.close()
    s = open_store(db_file)
    assert s.version == schema.CURRENT_VERSION + 1
    s.close()


def test_foreign_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(NotADatabaseError):
        open_store(path)
    assert digest(path) == before


def test_text_file_is_refused(tmp_path):
    path = tmp_path / "notes.kcdesk"
    path.write_text("hello, this is not a database\n" * 40)
    before = digest(path)
    with pytest.raises(NotADatabaseError):
        open_store(path)
    assert digest(path) == before


def test_corrupt_file_is_refused_and_untouched(demo_file):
    data = bytearray(demo_file.read_bytes())
    # keep the header, scribble over the pages behind it
    for i in range(4096 + 100, min(len(data), 4096 * 6), 7):
        data[i] = 0xFF
    demo_file.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        demo_file.with_name(demo_file.name + side).unlink(missing_ok=True)
    before = digest(demo_file)
    with pytest.raises((CorruptDatabaseError, NotADatabaseError)):
        open_store(demo_file)
    assert digest(demo_file) == before


def test_truncated_file_is_refused(demo_file):
    demo_file.write_bytes(demo_file.read_bytes()[:300])
    with pytest.raises(CorruptDatabaseError):
        open_store(demo_file)


def test_read_only_file_opens_for_reading_but_refuses_writes(demo_file):
    from kcdesk.services import Services

    demo_file.chmod(0o444)
    before = digest(demo_file)
    s = open_store(demo_file)
    assert s.readonly
    svc = Services(s)
    assert svc.event_list.summaries()
    with pytest.raises(ReadOnlyDatabaseError):
        svc.checkin.walk_in(1, "Piet Jansen")
    s.close()
    assert digest(demo_file) == before


def columns(store, table: str) -> set[str]:
    return {r[1] for r in store.db.execute(f"PRAGMA table_info({table})")}


def test_migration_backs_up_first_and_keeps_data(demo_file, monkeypatch):
    def add_column(db):
        db.execute("ALTER TABLE events ADD COLUMN colour TEXT NOT NULL DEFAULT ''")

    later = schema.CURRENT_VERSION + 1
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, (later, add_column)])
    monkeypatch.setattr(schema, "CURRENT_VERSION", later)
    s = open_store(demo_file)
    assert s.version == later
    assert "colour" in columns(s, "events")
    assert len(s.event_list.summaries()) == 2
    s.close()
    backups = list_backups(demo_file)
    assert len(backups) == 1 and f"before-v{schema.version_str(later - 1)}" in backups[0].name
    b = open_store(backups[0], readonly=True, migrate=False)
    assert b.version == later - 1 and len(b.event_list.summaries()) == 2
    b.close()


def test_failed_migration_rolls_back(demo_file, monkeypatch):
    def broken(db):
        db.execute("ALTER TABLE events ADD COLUMN colour TEXT")
        raise RuntimeError("boom")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, (schema.CURRENT_VERSION + 1, broken)])
    with pytest.raises(RuntimeError):
        open_store(demo_file)
    monkeypatch.undo()
    s = open_store(demo_file)
    assert s.version == schema.CURRENT_VERSION
    assert "colour" not in columns(s, "events")
    s.close()


def test_locked_database_gives_clear_message(demo_file, monkeypatch):
    from kcdesk.services import Services
    from kcdesk.store import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    s = open_store(demo_file)
    blocker = sqlite3.connect(demo_file)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        from kcdesk.domain.errors import LockedDatabaseError

        with pytest.raises(LockedDatabaseError, match="in use"):
            Services(s).checkin.walk_in(1, "Piet Jansen")
    finally:
        blocker.rollback()
        blocker.close()
    assert Services(s).checkin.walk_in(1, "Piet Jansen").name == "Piet Jansen"
    s.close()


def test_a_version_1_0_database_is_upgraded_with_a_backup_first(tmp_path):
    """A file made by kcdesk 0.1 (schema 1.0) gets the 1.1 indexes; the backup keeps 1.0."""
    from kcdesk.store.sqlite import Database

    path = tmp_path / "old.kcdesk"
    db = Database(sqlite3.connect(path))
    with db.atomic():
        schema._v1(db)
        db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {1 << 16}")
        db.execute(
            "INSERT INTO events(slug, title, created_at, updated_at) VALUES ('e', 'Kenniscafé', 'now', 'now')"
        )
    db.close()
    s = open_store(path)
    assert s.version == schema.CURRENT_VERSION
    indexes = {r[0] for r in s.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"registrations_booker", "table_assignments_registration", "people_listed"} <= indexes
    tables = {r[0] for r in s.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"outbox", "waitlist_offers", "mail_language"} <= tables  # 1.2: mail
    assert [e["slug"] for e in s.event_list.summaries()] == ["e"]
    s.close()
    (backup,) = list_backups(path)
    assert "before-v1.0" in backup.name
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1 << 16
    old.close()


def test_a_version_1_1_database_gets_the_accreditation_tables(tmp_path):
    """Schema 1.3 adds register memberships and accreditations; what was there stays."""
    from kcdesk.store.sqlite import Database

    path = tmp_path / "old.kcdesk"
    db = Database(sqlite3.connect(path))
    with db.atomic():
        schema._v1(db)
        schema._v1_1(db)
        db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {1 << 16 | 1}")
    db.close()
    s = open_store(path)
    assert s.version >= (1 << 16 | 3)
    tables = {r[0] for r in s.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"register_memberships", "accreditations"} <= tables
    s.close()


def test_writes_go_through_sqlite_utils_which_reads_do_not_import(tmp_path):
    """Row writes are sqlite-utils' (imported on the first write, inside our transaction);
    a read-only command such as ``kcdesk events`` does not import it at all."""
    import subprocess
    import sys

    path = tmp_path / "w.kcdesk"
    s = open_store(path, create=True)
    try:
        with s.write():
            table = s.db.table("sectors")
            assert type(table).__module__ == "sqlite_utils.db"
            table.upsert({"code": "zorg", "label_nl": "Zorg", "label_en": "Care", "position": 9}, pk="code")
        assert s.db.execute("SELECT label_nl FROM sectors WHERE code = 'zorg'").fetchone()[0] == "Zorg"
        try:  # a failing transaction takes sqlite-utils' write back with it
            with s.write():
                s.db.table("sectors").update("zorg", {"label_nl": "Gezondheid"}, alter=False)
                raise RuntimeError("half-way")
        except RuntimeError:
            pass
        assert s.db.execute("SELECT label_nl FROM sectors WHERE code = 'zorg'").fetchone()[0] == "Zorg"
    finally:
        s.close()
    probe = (
        "import sys; from kcdesk.cli import main; rc = main(['events', '--db', sys.argv[1]]); "
        "print('sqlite_utils' in sys.modules)"
    )
    r = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True)
    assert r.stdout.strip().splitlines()[-1] == "False"
