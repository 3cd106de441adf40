"""Every command that writes a file, pointed at a folder or into a folder that is not there."""

from __future__ import annotations

import pytest

SLUG = "ontmoeting-in-de-buurt"
WRITERS = {
    "event export": lambda out: ("event", "export", SLUG, "-o", out),
    "journal export": lambda out: ("journal", "export", "--event", SLUG, "-o", out),
    "badges": lambda out: ("badges", "--event", SLUG, "-o", out),
    "person export": lambda out: ("person", "export", "1", "-o", out),
}


def _one_line(r) -> str:
    assert r.code == 1, (r.out, r.err)
    assert "Traceback" not in r.err
    lines = r.err.strip().splitlines()
    assert len(lines) == 1, r.err
    return lines[0]


@pytest.mark.parametrize("command", WRITERS)
def test_an_output_path_that_is_a_folder_is_refused_and_leaves_nothing(cli, demo_file, tmp_path, command):
    folder = tmp_path / "out.json"
    folder.mkdir()
    line = _one_line(cli("--db", str(demo_file), *WRITERS[command](str(folder))))
    assert "is a folder" in line and ".part" not in line
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("demo.kcdesk")] == ["out.json"]
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("command", WRITERS)
def test_an_output_in_a_missing_folder_is_refused_clearly(cli, demo_file, tmp_path, command):
    out = tmp_path / "nowhere" / "out.pdf"
    line = _one_line(cli("--db", str(demo_file), *WRITERS[command](str(out))))
    assert "does not exist" in line and ".part" not in line


@pytest.mark.parametrize("command", ["event export", "journal export"])
def test_an_existing_output_file_is_replaced_whole(cli, demo_file, tmp_path, command):
    out = tmp_path / "out.json"
    out.write_text("old")
    r = cli("--db", str(demo_file), *WRITERS[command](str(out)))
    assert r.code == 0 and out.read_text().startswith("{")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
