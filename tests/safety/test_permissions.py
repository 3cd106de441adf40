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
