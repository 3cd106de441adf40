"""Issue 11, case 13: odd database files, the terminal, locks of other computers, read-only folders."""

from __future__ import annotations

import io
import os
import sqlite3
import stat
import sys

import pytest
from tests.safety.conftest import one_line

from kcdesk.store import lock
from lock_fixture import foreign_lock

EVENT = "ontmoeting-in-de-buurt"


def test_a_pipe_as_database_is_refused_inone_line(tmp_path, cli):
    fifo = tmp_path / "pipe.kcdesk"
    os.mkfifo(fifo)
    for argv in (("events",), ("walkin", "Piet Jansen", "--event", EVENT)):
        one_line(cli(*argv, "--db", str(fifo)), "pipe.kcdesk is not a regular file")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_an_empty_file_made_a_database_is_private(tmp_path, cli):
    path = tmp_path / "leeg.kcdesk"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    r = cli("init", str(path))
    assert r.code == 0, r.err
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


@pytest.mark.parametrize("version", [0, -1])
def test_a_damaged_version_number_is_named(demo_file, cli, version):
    conn = sqlite3.connect(demo_file)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    before = demo_file.read_bytes()
    for argv in (("events",), ("walkin", "Piet Jansen", "--event", EVENT)):
        one_line(
            cli(*argv, "--db", str(demo_file)),
            f"demo.kcdesk is a kcdesk database, but its version number ({version}) is damaged",
        )
    assert demo_file.read_bytes() == before


def test_control_characters_from_files_are_escaped_on_the_terminal(tmp_path, cli, monkeypatch):
    from kcdesk.cli.common import terminal_text

    assert terminal_text("Piet\x1b[31m Jansen\u202egnp.exe\x07") == "Piet\\x1b[31m Jansen\\u202egnp.exe\\x07"
    assert terminal_text("Zoë\tÇelik\n") == "Zoë\tÇelik\n"  # letters, tabs and line ends stay
    evil = tmp_path / "x\x1b]0;owned\x07.kcdesk"
    r = cli("events", "--db", str(evil))
    assert "\x1b" not in r.err and "\x07" not in r.err and "\\x1b]0;owned\\x07" in r.err

    class Tty(io.StringIO):
        def isatty(self):
            return True

    out = Tty()
    monkeypatch.setattr(sys, "stdout", out)
    from kcdesk.cli import main

    db = tmp_path / "db.kcdesk"
    assert main(["init", str(db), "--demo"]) == 0
    assert main(["walkin", "Kwaad\x1b[2J Aardig", "--event", EVENT, "--db", str(db)]) == 0
    assert main(["search", "aardig", "--event", EVENT, "--db", str(db)]) == 0
    assert "\x1b" not in out.getvalue() and "Kwaad\\x1b[2J Aardig" in out.getvalue()
    assert sys.stdout is out  # put back after the command


def test_the_cli_takes_over_a_lock_from_another_computer_only_when_confirmed(demo_file, cli, monkeypatch):
    foreign_lock(demo_file)
    argv = ("walkin", "Piet Jansen", "--event", EVENT, "--db", str(demo_file))
    one_line(cli(*argv), "in use by kcdesk on laptop-elders")  # no terminal: no take-over

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    asked = []
    monkeypatch.setattr("builtins.input", lambda q: asked.append(q) or "n")
    one_line(cli(*argv), "in use by kcdesk on laptop-elders")
    assert "held by kcdesk on laptop-elders" in asked[0] and "no longer runs there" in asked[0]

    monkeypatch.setattr("builtins.input", lambda q: "ja")
    r = cli(*argv)
    assert r.code == 0, r.err
    assert not lock.lock_path(demo_file).exists()  # ours now, and released


def test_take_over_flag_for_scripts(demo_file, cli):
    foreign_lock(demo_file)
    r = cli("walkin", "Piet Jansen", "--event", EVENT, "--take-over", "--db", str(demo_file))
    assert r.code == 0, r.err


def test_a_live_holder_on_this_computer_is_never_taken_over(demo_file, cli):
    from kcdesk.store import open_store

    held = open_store(demo_file)
    try:
        r = cli("walkin", "Piet Jansen", "--event", EVENT, "--take-over", "--db", str(demo_file))
        one_line(r, "in use by kcdesk on")
    finally:
        held.close()


def test_exporting_into_a_read_only_folder_names_the_target(demo_file, read_only_view, cli):
    _source, view = read_only_view
    for argv in (
        ("export", "--event", EVENT, "--template", "participants", "-o", str(view / "deelnemers.csv")),
        ("event", "export", EVENT, "-o", str(view / "event.json")),
        ("badges", "--event", EVENT, "-o", str(view / "badges.pdf")),
    ):
        r = cli(*argv, "--db", str(demo_file))
        one_line(r, argv[-1])
        assert ".part" not in r.err
    assert list(view.iterdir()) == []
