"""The database, its -wal/-shm files and its backups are readable by their owner only."""

from __future__ import annotations

import os
import stat

import pytest

from kcdesk.services import Services
from kcdesk.services.demo import load_demo
from kcdesk.store import backup, open_store, schema


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """Even with a umask that lets everyone read, kcdesk's files stay private."""
    old = os.umask(0)
    yield
    os.umask(old)


def test_database_wal_and_shm_are_private(tmp_path, open_umask):
    path = tmp_path / "kc.kcdesk"
    store = open_store(path, create=True)
    load_demo(Services(store))
    wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
    assert wal.exists() and shm.exists()
    assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
    store.close()


def test_backups_and_their_folder_are_private(tmp_path, open_umask):
    path = tmp_path / "kc.kcdesk"
    store = open_store(path, create=True)
    made = backup.daily_backup(store.db.conn, path)
    copy = backup.backup_to(store.db.conn, tmp_path / "copies" / "copy.kcdesk")
    store.close()
    assert made is not None and mode(made) == 0o600 and mode(copy) == 0o600
    assert mode(made.parent) == 0o700
    leftovers = [p for p in made.parent.iterdir() if p.name.endswith((".part", "-journal", "-wal"))]
    assert leftovers == []


def test_backup_before_migration_is_private(demo_file, monkeypatch, open_umask):
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, ((1 << 16) | 99, lambda db: None)])
    monkeypatch.setattr(schema, "CURRENT_VERSION", (1 << 16) | 99)
    open_store(demo_file).close()
    (made,) = backup.list_backups(demo_file)
    assert mode(made) == 0o600


def test_exports_with_personal_data_are_private(demo_file, tmp_path, cli):
    """Participants, attendance, event and journal files: 0600 like the database (issue 11, 13)."""
    import os
    import stat

    db = ("--db", str(demo_file))
    event = "ontmoeting-in-de-buurt"
    made = {
        "participants.csv": cli(
            "export",
            "--event",
            event,
            "--template",
            "participants",
            "-o",
            str(tmp_path / "participants.csv"),
            *db,
        ),
        "attendance.csv": cli(
            "export",
            "--event",
            event,
            "--template",
            "attendance",
            "-o",
            str(tmp_path / "attendance.csv"),
            *db,
        ),
        "event.json": cli("event", "export", event, "-o", str(tmp_path / "event.json"), *db),
        "journal.json": cli("journal", "export", "--event", event, "-o", str(tmp_path / "journal.json"), *db),
        "article.md": cli(
            "export", "--event", event, "--template", "article", "-o", str(tmp_path / "article.md"), *db
        ),
    }
    assert all(r.code == 0 for r in made.values()), {k: r.err for k, r in made.items()}
    modes = {name: stat.S_IMODE(os.stat(tmp_path / name).st_mode) for name in made}
    umask = os.umask(0)
    os.umask(umask)
    assert modes == {
        "participants.csv": 0o600,
        "attendance.csv": 0o600,
        "event.json": 0o600,
        "journal.json": 0o600,
        "article.md": 0o666 & ~umask,  # for publication
    }
