"""Fixtures of the fault tests: a tiny real file system to fill."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


@pytest.fixture
def tiny_disk(tmp_path):
    """A 3 MB tmpfs, unmounted after the test."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    try:
        r = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=3m,mode=0777", "tmpfs", str(mnt)],
            capture_output=True,
            timeout=20,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot mount a tmpfs here: {exc}")
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.decode(errors='replace').strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True, timeout=20)


def fill(folder: Path, leave: int = 4096) -> None:
    """Fill the file system of ``folder`` until only about ``leave`` bytes are free."""
    with open(folder / "filler", "wb") as fh:
        while (free := shutil.disk_usage(folder).free) > leave:
            try:
                fh.write(b"\0" * min(free - leave, 1 << 20))
                fh.flush()
            except OSError:
                break


@pytest.fixture
def read_only_view(tmp_path):
    """``(source, view)``: files put in ``source`` appear read-only in ``view`` (a read-only
    bind mount, as on a write-protected stick); skipped only where mounting is impossible."""
    source, view = tmp_path / "source", tmp_path / "view"
    source.mkdir()
    view.mkdir()
    try:
        bound = subprocess.run(["mount", "--bind", str(source), str(view)], capture_output=True, timeout=20)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot mount here: {exc}")
    if bound.returncode != 0:
        pytest.skip(f"cannot mount here: {bound.stderr.decode(errors='replace').strip()}")
    try:
        ro = subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], capture_output=True, timeout=20)
        if ro.returncode != 0:
            pytest.skip(f"cannot make a read-only mount: {ro.stderr.decode(errors='replace').strip()}")
        yield source, view
    finally:
        subprocess.run(["umount", "-l", str(view)], capture_output=True, timeout=20)


@pytest.fixture(autouse=True)
def _qt_app(qapp):
    """PDF exports make a Qt application; let pytest-qt make the QApplication first, so a later
    test that needs widgets does not find a bare QGuiApplication."""
    return qapp


def one_line(r, *needles: str) -> None:
    """A CLI result refused as it should be: exit 1, one line on stderr starting 'kcdesk: ',
    no traceback, holding each of ``needles``."""
    assert r.code == 1, (r.out, r.err)
    assert r.err.startswith("kcdesk: ") and r.err.count("\n") == 1, r.err
    assert "Traceback" not in r.err
    for needle in needles:
        assert needle in r.err, r.err
