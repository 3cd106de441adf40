"""Daily backups, the backup list and restoring one (services/backups.py)."""

import datetime as dt

import pytest

from kcdesk.domain.errors import NotADatabaseError
from kcdesk.services import Services, backups
from kcdesk.store import open_store
from kcdesk.store.lock import DatabaseInUseError


def _walkins(path):
    s = open_store(path, readonly=True)
    try:
        return [r["name"] for r in Services(s).checkin.search(1, "Jansen", limit=50)]
    finally:
        s.close()


def test_daily_backup_once_a_day_and_rotated(demo_file, monkeypatch):
    s = open_store(demo_file)
    first = backups.make_daily(s)
    assert first is not None and backups.make_daily(s) is None  # one a day
    s.close()
    infos = backups.list_backups(demo_file)
    assert [b.reason for b in infos] == ["daily"]
    assert infos[0].made.date() == dt.date.today() and infos[0].size > 0

    # ten older dailies: only the newest `keep` survive
    folder = first.parent
    for day in range(1, 11):
        stamp = (dt.datetime.now() - dt.timedelta(days=day)).strftime("%Y%m%d-%H%M%S")
        (folder / f"demo-{stamp}-daily.kcdesk").write_bytes(first.read_bytes())
    first.unlink()
    s = open_store(demo_file)
    backups.make_daily(s, keep=3)
    s.close()
    left = backups.list_backups(demo_file)
    assert len(left) == 3 and left[0].made.date() == dt.date.today()


def test_in_memory_and_read_only_stores_make_no_backup(store, demo_file):
    assert backups.make_daily(store) is None
    ro = open_store(demo_file, readonly=True)
    assert backups.make_daily(ro) is None
    ro.close()


def test_restore_brings_back_the_old_contents_and_keeps_the_replaced_ones(demo_file):
    s = open_store(demo_file)
    daily = backups.make_daily(s)
    Services(s).checkin.walk_in(1, "Piet Jansen")
    s.close()
    assert "Piet Jansen" in _walkins(demo_file)

    before = backups.restore(demo_file, daily)

    assert "Piet Jansen" not in _walkins(demo_file)
    assert "Piet Jansen" in _walkins(before)  # the restore itself can be undone
    reasons = {b.reason for b in backups.list_backups(demo_file)}
    assert reasons == {"daily", "before-restore"}
    s = open_store(demo_file)  # a normal, writable database again
    assert s.integrity_ok() and Services(s).checkin.walk_in(1, "Anna Bakker").name == "Anna Bakker"
    s.close()


def test_restore_refuses_a_database_in_use(demo_file):
    s = open_store(demo_file)
    daily = backups.make_daily(s)
    try:
        with pytest.raises(DatabaseInUseError):
            backups.restore(demo_file, daily)
    finally:
        s.close()


def test_restore_refuses_a_file_that_is_not_a_backup(demo_file, tmp_path):
    junk = tmp_path / "junk.kcdesk"
    junk.write_bytes(b"hello" * 200)
    before = demo_file.read_bytes()
    with pytest.raises(NotADatabaseError):
        backups.restore(demo_file, junk)
    assert demo_file.read_bytes() == before
    assert backups.list_backups(demo_file) == []


def test_backup_names_are_parsed():
    from pathlib import Path

    made, reason = backups.parse_name(Path("my-db-20260301-093000-before-v1.0.kcdesk"))
    assert made == dt.datetime(2026, 3, 1, 9, 30) and reason == "before-v1.0"
    assert backups.parse_name(Path("notes.kcdesk")) is None
