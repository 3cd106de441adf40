"""The CLI with odd input: output paths that are folders or nowhere, limits below one, empty files."""

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
    assert ("is a folder" in line or "Is a directory" in line) and ".part" not in line
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


@pytest.mark.parametrize("limit", ["0", "-1", "ten"])
def test_search_with_a_limit_below_one_is_bad_usage(cli, demo_file, limit):
    from kcdesk.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["--db", str(demo_file), "search", "a", "--event", SLUG, "--limit", limit])
    assert exc.value.code == 2


@pytest.mark.parametrize("command", [("events",), ("person", "list"), ("search", "a", "--event", SLUG)])
def test_a_zero_byte_database_is_no_database_and_stays_empty(cli, tmp_path, command):
    empty = tmp_path / "empty.kcdesk"
    empty.touch()
    line = _one_line(cli("--db", str(empty), *command))
    assert "No database at" in line and "upgrade" not in line
    assert empty.stat().st_size == 0


@pytest.mark.parametrize("months", ["1201", "30000", "99999999"])
def test_a_retention_period_beyond_a_century_is_refused_in_one_line(cli, demo_file, months):
    line = _one_line(cli("--db", str(demo_file), "privacy", "retention", "--months", months))
    assert "1 to 1200" in line


@pytest.mark.parametrize("argv", [("--db", "", "events"), ("events", "--db", " "), ("init", "")])
def test_an_empty_database_path_is_bad_usage_not_the_default_database(cli, tmp_path, monkeypatch, argv):
    from kcdesk.cli import main

    default = tmp_path / "default.kcdesk"
    cli("init", str(default))
    monkeypatch.setenv("KCDESK_DB", str(default))
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    assert exc.value.code == 2


def test_checkin_and_undo_accept_a_code_as_typed_and_report_it_as_printed(cli, demo_file):
    from kcdesk.store import open_store

    with open_store(demo_file, readonly=True) as store:
        event = store.events.by_slug(SLUG)
        code = next(r["code"] for r in store.registrations.of_event(event.id) if not r["checked_in_at"])
    typed = f" {code[:3].lower()}-{code[3:].lower()} ".replace("0", "o").replace("1", "i")
    assert cli("--db", str(demo_file), "checkin", typed, "--event", SLUG).code == 0
    r = cli("--db", str(demo_file), "checkin", typed, "--event", SLUG, "--undo", "--json")
    assert r.code == 0 and r.json() == {"code": code, "undone": True}
