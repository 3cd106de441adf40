"""A command's refusal in the locale's language: the app's Dutch where the locale is Dutch."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kcdesk.words.language import cli_language
from lock_fixture import foreign_lock


@pytest.mark.parametrize(
    ("environ", "lang"),
    [
        ({}, "en"),
        ({"LANG": "nl_NL.UTF-8"}, "nl"),
        ({"LANG": "nl_BE"}, "nl"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LC_ALL": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"}, "nl"),  # LC_ALL before LANG
        ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"}, "en"),
        ({"LANGUAGE": "nl:en", "LANG": "en_US.UTF-8"}, "nl"),  # LANGUAGE's first choice
        ({"LANGUAGE": "nl", "LC_ALL": "C"}, "en"),  # C ignores LANGUAGE, as gettext does
        ({"LANG": "C.UTF-8"}, "en"),
    ],
)
def test_the_language_is_read_from_the_locale_as_gettext_reads_it(environ, lang):
    assert cli_language(environ) == lang


def kcdesk(*argv: str, **environ: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))}
    return subprocess.run(
        [sys.executable, "-c", "from kcdesk.cli.main import main; raise SystemExit(main())", *argv],
        env=env | environ,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_refusal_is_dutch_where_the_locale_is_dutch(demo_file, tmp_path):
    foreign = tmp_path / "notes.kcdesk"
    foreign.write_bytes(os.urandom(4096))
    dutch = kcdesk("events", "--db", str(foreign), LANG="nl_NL.UTF-8")
    assert dutch.returncode == 1 and dutch.stderr == "kcdesk: notes.kcdesk is geen kcdesk-database.\n"
    english = kcdesk("events", "--db", str(foreign), LANG="C.UTF-8")
    assert english.returncode == 1 and english.stderr == "kcdesk: notes.kcdesk is not a kcdesk database.\n"

    # a locale this machine has not installed: still Dutch, and no note from Qt about the locale
    unknown = kcdesk(
        "checkin", "ZZZZZZ", "--event", "ontmoeting-in-de-buurt", "--db", str(demo_file), LC_ALL="nl_BE.UTF-8"
    )
    assert unknown.returncode == 1
    assert unknown.stderr == "kcdesk: Geen aanmelding met code ZZZZZZ voor deze bijeenkomst.\n"


def test_a_database_in_use_says_what_to_do_in_dutch(demo_file):
    foreign_lock(demo_file)
    r = kcdesk(
        "walkin",
        "Piet Jansen",
        "--event",
        "ontmoeting-in-de-buurt",
        "--db",
        str(demo_file),
        LANG="nl_NL.UTF-8",
    )
    assert r.returncode == 1 and r.stderr.count("\n") == 1, r.stderr
    assert (
        r.stderr.startswith("kcdesk: demo.kcdesk is sinds ")
        and "in gebruik door kcdesk op laptop-elders." in r.stderr
    )
    assert "Sluit hem daar eerst (opdrachten die alleen lezen werken nog wel)." in r.stderr
