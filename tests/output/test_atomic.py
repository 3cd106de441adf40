"""The one atomic writer: all or nothing, private when asked, errors name the chosen file."""

from __future__ import annotations

import os
import stat

import pytest

from kcdesk.output.atomic import atomic_write, write_text


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


def test_writes_and_replaces(tmp_path, open_umask):
    target = tmp_path / "out.txt"
    target.write_text("old")
    write_text(target, "new", private=False)
    assert target.read_text() == "new" and mode(target) == 0o644 and leftovers(tmp_path) == []


def test_private_files_are_the_owners_only(tmp_path, open_umask):
    target = tmp_path / "people.json"
    write_text(target, "{}", private=True)
    assert mode(target) == 0o600


def test_a_failure_half_way_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_write(target, private=True) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("painting failed")
    assert target.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_the_check_sees_the_temporary_file_and_can_refuse_it(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    seen = []

    def check(tmp):
        seen.append(tmp.read_bytes())
        raise ValueError("no pages")

    with pytest.raises(ValueError), atomic_write(target, private=False, check=check) as tmp:
        tmp.write_bytes(b"empty")
    assert seen == [b"empty"] and target.read_bytes() == b"old" and leftovers(tmp_path) == []
    with atomic_write(target, private=False, check=lambda tmp: None) as tmp:
        tmp.write_bytes(b"good")
    assert target.read_bytes() == b"good"


def test_errors_name_the_chosen_file_not_the_temporary(tmp_path):
    with pytest.raises(IsADirectoryError) as folder:
        write_text(tmp_path, "x", private=False)
    assert folder.value.filename == str(tmp_path)
    missing = tmp_path / "nowhere" / "out.txt"
    with pytest.raises(FileNotFoundError) as gone:
        write_text(missing, "x", private=False)
    assert gone.value.filename == str(missing)
    target = tmp_path / "out.txt"
    with pytest.raises(PermissionError) as denied, atomic_write(target, private=False) as tmp:
        raise PermissionError(13, "Permission denied", str(tmp))
    assert denied.value.filename == str(target) and leftovers(tmp_path) == []
