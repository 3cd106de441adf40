"""A WAL database on a read-only folder or mount can be read (issue 11, case 9)."""

from __future__ import annotations

import shutil

import pytest
from tests.store.test_stray_wal import crash_with_wal

from kcdesk.domain.errors_safety import UnreadableWal
from kcdesk.store import open_store

EVENT = "ontmoeting-in-de-buurt"


def test_reading_works_on_a_read_only_mount(demo_file, read_only_view, cli):
    source, view = read_only_view
    shutil.copyfile(demo_file, source / "demo.kcdesk")
    db = view / "demo.kcdesk"
    r = cli("events", "--json", "--db", str(db))
    assert r.code == 0, r.err
    assert EVENT in r.out
    r = cli("search", "jansen", "--event", EVENT, "--db", str(db))
    assert r.code == 0, r.err
    r = cli("walkin", "Piet Jansen", "--event", EVENT, "--db", str(db))
    assert r.code == 1 and r.err == "kcdesk: demo.kcdesk is open read-only; changes cannot be saved.\n"
    assert sorted(p.name for p in source.iterdir()) == ["demo.kcdesk"]  # nothing written beside it


def test_pending_changes_in_a_read_only_folder_are_explained(demo_file, read_only_view, cli):
    source, view = read_only_view
    shutil.copyfile(demo_file, source / "demo.kcdesk")
    crash_with_wal(source / "demo.kcdesk")
    (source / "demo.kcdesk-shm").unlink(missing_ok=True)
    r = cli("events", "--db", str(view / "demo.kcdesk"))
    assert r.code == 1 and r.err.count("\n") == 1
    assert "its folder is read-only and demo.kcdesk-wal beside it holds changes" in r.err
    assert "Copy both files to a writable folder" in r.err
    with pytest.raises(UnreadableWal):
        open_store(view / "demo.kcdesk", readonly=True)
