"""One writer per database: the lock file beside it (store/lock.py)."""

import datetime as dt
import json
import subprocess
import sys
import textwrap

import pytest

from kcdesk.domain.errors_safety import LockFileNotRegular
from kcdesk.store import lock, open_store
from kcdesk.store.lock import DatabaseInUseError, Holder


def test_second_writer_is_told_who_holds_it(demo_file):
    first = open_store(demo_file)
    try:
        with pytest.raises(DatabaseInUseError) as err:
            open_store(demo_file)
        assert err.value.holder.host == lock.this_host()
        assert f"in use by kcdesk on {lock.this_host()} since" in str(err.value)
        assert not err.value.can_take_over  # a live holder on this computer
        reader = open_store(demo_file, readonly=True)  # reading is always possible
        assert reader.event_list.summaries()
        reader.close()
    finally:
        first.close()
    assert not lock.lock_path(demo_file).exists()
    open_store(demo_file).close()  # free again


def test_lock_is_released_when_opening_fails(tmp_path):
    path = tmp_path / "foreign.kcdesk"
    path.write_bytes(b"not a database" * 100)
    with pytest.raises(Exception, match="not a kcdesk database"):
        open_store(path)
    assert not lock.lock_path(path).exists()


def _hold_in_child(db_path):
    code = textwrap.dedent(f"""
        import sys, time
        from kcdesk.store import open_store
        s = open_store({str(db_path)!r})
        print("ready", flush=True)
        sys.stdin.readline()
        s.close()
    """)
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "ready"
    return child


def test_another_process_holding_the_database(demo_file, cli):
    child = _hold_in_child(demo_file)
    try:
        with pytest.raises(DatabaseInUseError) as err:
            open_store(demo_file)
        assert err.value.holder.pid == child.pid
        # the CLI: a write command is refused in one clear line, a read command works
        r = cli("walkin", "Piet Jansen", "--event", "ontmoeting-in-de-buurt", "--db", str(demo_file))
        assert r.code == 1 and "in use by kcdesk on" in r.err and r.err.count("\n") == 1
        assert cli("events", "--json", "--db", str(demo_file)).code == 0
    finally:
        child.communicate("\n", timeout=10)
    open_store(demo_file).close()


def test_a_crashed_holder_does_not_block(demo_file):
    child = _hold_in_child(demo_file)
    child.kill()
    child.wait(timeout=10)
    assert json.loads(lock.lock_path(demo_file).read_text())["pid"] == child.pid  # left behind
    s = open_store(demo_file)
    assert s.lock.holder.pid != child.pid
    s.close()


def _write_lock(db_path, host, pid):
    since = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
    lock.lock_path(db_path).write_text(json.dumps(Holder("kcdesk", host, pid, since).as_dict()))


def test_stale_lock_of_a_dead_process_on_this_computer_is_taken(demo_file, monkeypatch):
    _write_lock(demo_file, lock.this_host(), 999_999)
    monkeypatch.setattr(lock, "_os_lock", lambda fd: None)  # a file system without OS locks
    s = open_store(demo_file)
    assert s.lock.holder.pid != 999_999
    s.close()


def test_lock_from_another_computer_can_be_taken_over(demo_file):
    _write_lock(demo_file, "laptop-balie", 4242)
    with pytest.raises(DatabaseInUseError, match="in use by kcdesk on laptop-balie since 2026-03-01") as err:
        open_store(demo_file)
    assert err.value.can_take_over
    s = open_store(demo_file, take_over=True)
    assert s.lock.holder.host == lock.this_host()
    s.close()


def test_read_only_open_takes_no_lock(demo_file):
    s = open_store(demo_file, readonly=True)
    assert s.lock is None and not lock.lock_path(demo_file).exists()
    s.close()


@pytest.mark.parametrize("target_exists", [True, False])
def test_a_symlinked_lock_file_is_never_followed(demo_file, cli, target_exists):
    victim = demo_file.parent / "v.txt"
    if target_exists:
        victim.write_text("precious\n")
    lock.lock_path(demo_file).symlink_to(victim.name)
    before = demo_file.read_bytes()
    r = cli("walkin", "Piet Jansen", "--event", "ontmoeting-in-de-buurt", "--db", str(demo_file))
    assert r.code == 1 and r.err.count("\n") == 1
    assert "symbolic link" in r.err and "Remove it" in r.err
    if target_exists:
        assert victim.read_text() == "precious\n"
    else:
        assert not victim.exists()  # not created through the link either
    assert lock.lock_path(demo_file).is_symlink()
    assert demo_file.read_bytes() == before
    assert cli("events", "--json", "--db", str(demo_file)).code == 0  # reading still works


def test_lock_file_that_is_a_pipe_or_folder_is_refused(demo_file):
    import os

    path = lock.lock_path(demo_file)
    os.mkfifo(path)
    with pytest.raises(LockFileNotRegular, match="named pipe"):
        open_store(demo_file)
    path.unlink()
    path.mkdir()
    with pytest.raises(LockFileNotRegular, match="folder"):
        open_store(demo_file)


def test_a_new_lock_file_is_private(demo_file, monkeypatch):
    import os
    import stat

    s = open_store(demo_file)
    try:
        assert stat.S_IMODE(os.lstat(lock.lock_path(demo_file)).st_mode) == 0o600
    finally:
        s.close()
