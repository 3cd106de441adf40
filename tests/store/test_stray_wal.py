"""A ``-wal`` beside a database that does not belong to it is refused before anything writes.

SQLite replays a ``-wal`` into its database on open and removes it on close; a
stray one (another database's, or a crash leftover under a backup copied over
the file) would damage the database. kcdesk checks copies first and leaves
both files byte-for-byte as they were.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap

import pytest

from kcdesk.domain.errors_safety import StrayWal
from kcdesk.services import Services
from kcdesk.store import open_store

EVENT = "ontmoeting-in-de-buurt"


def crash_with_wal(db_path, sql="INSERT INTO settings(key, value) VALUES ('crash', 'left in the wal')"):
    """Write to ``db_path`` in a process that dies before closing: the change stays in its -wal."""
    code = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(db_path)!r})
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        with conn:
            conn.execute({sql!r})
            conn.execute("UPDATE people SET family_name = family_name || '' ")
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 0
    return wal


def _snapshot(*paths):
    return {p.name: p.read_bytes() for p in paths if p.exists()}


def test_another_databases_wal_is_refused_and_both_files_kept(demo_file, tmp_path, cli):
    other = tmp_path / "other.kcdesk"
    open_store(other, create=True).close()  # another (empty) kcdesk database
    other_wal = crash_with_wal(other)
    wal = demo_file.with_name(demo_file.name + "-wal")
    shutil.copyfile(other_wal, wal)
    before = _snapshot(demo_file, wal)

    r = cli("walkin", "Els de Boer", "--event", EVENT, "--db", str(demo_file))
    assert r.code == 1 and r.err.count("\n") == 1, r.err
    assert "demo.kcdesk-wal beside demo.kcdesk does not belong to it" in r.err
    assert "move demo.kcdesk-wal and demo.kcdesk-shm to another folder" in r.err
    assert _snapshot(demo_file, wal) == before
    with pytest.raises(StrayWal):
        open_store(demo_file)
    assert _snapshot(demo_file, wal) == before

    wal.rename(tmp_path / "moved-away-wal")  # doing what the message says
    s = open_store(demo_file)
    assert s.integrity_ok()
    s.close()


def test_backup_copied_over_a_database_with_a_crash_wal(demo_file, tmp_path):
    backup = tmp_path / "backup.kcdesk"
    shutil.copyfile(demo_file, backup)
    s = open_store(demo_file)
    svc = Services(s)
    for i in range(40):  # enough change that the crash wal holds pages the backup lays out differently
        svc.checkin.walk_in(1, f"Bezoeker {i} Jansen")
    s.close()
    wal = crash_with_wal(demo_file, "DELETE FROM registrations WHERE status = 'cancelled'")
    shutil.copyfile(backup, demo_file)  # the user "restores" by copying the file
    before = _snapshot(demo_file, wal)
    with pytest.raises(StrayWal, match="left both files as they were"):
        open_store(demo_file)
    assert _snapshot(demo_file, wal) == before


def test_a_databases_own_crash_wal_is_replayed(demo_file):
    crash_with_wal(demo_file)
    s = open_store(demo_file)
    try:
        assert s.setting("crash") == "left in the wal"  # nothing committed is lost
        assert s.integrity_ok()
    finally:
        s.close()


@pytest.mark.parametrize(
    "junk",
    [b"not a wal at all" * 4, b"\x37\x7f\x06\x82" + b"\x00" * 4 + (512).to_bytes(4, "big") + b"\x00" * 20],
)
def test_a_wal_that_is_not_one_or_of_another_page_size(demo_file, junk):
    wal = demo_file.with_name(demo_file.name + "-wal")
    wal.write_bytes(junk)
    before = _snapshot(demo_file, wal)
    with pytest.raises(StrayWal):
        open_store(demo_file)
    assert _snapshot(demo_file, wal) == before


# -- restoring: a stray -wal beside the backup or the database is never replayed -----------


def _another_wal(tmp_path):
    other = tmp_path / "other.kcdesk"
    open_store(other, create=True).close()
    return crash_with_wal(other)


def test_restore_refuses_a_backup_with_a_stray_wal_beside_it(demo_file, tmp_path):
    from kcdesk.services import backups

    s = open_store(demo_file)
    daily = backups.make_daily(s)
    s.close()
    shutil.copyfile(_another_wal(tmp_path), daily.with_name(daily.name + "-wal"))
    before = _snapshot(demo_file, daily)
    with pytest.raises(StrayWal):
        backups.restore(demo_file, daily)
    assert _snapshot(demo_file, daily) == before


def test_restore_over_a_database_with_a_stray_wal_leaves_both(demo_file, tmp_path):
    from kcdesk.services import backups

    s = open_store(demo_file)
    daily = backups.make_daily(s)
    s.close()
    wal = demo_file.with_name(demo_file.name + "-wal")
    shutil.copyfile(_another_wal(tmp_path), wal)
    before = _snapshot(demo_file, wal)
    with pytest.raises(StrayWal, match="move demo.kcdesk-wal and demo.kcdesk-shm"):
        backups.restore(demo_file, daily)
    assert _snapshot(demo_file, wal) == before
    wal.rename(tmp_path / "moved-away")  # as the message says
    backups.restore(demo_file, daily)
    s = open_store(demo_file)
    assert s.integrity_ok()
    s.close()
    assert not wal.exists() or wal.stat().st_size == 0  # the restore left no pending log behind
