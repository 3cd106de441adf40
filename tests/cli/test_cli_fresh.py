"""CLI rough edges a new user meets: badges to a non-PDF name, a person by name, a closed pipe."""

import os
import subprocess
import sys


def test_badges_to_a_png_name_is_refused_and_nothing_written(cli, demo_file, tmp_path):
    out = tmp_path / "badges.png"
    r = cli("badges", "--db", str(demo_file), "--event", "ontmoeting-in-de-buurt", "-o", str(out))
    assert r.code == 1 and r.out == ""
    assert r.err.count("\n") == 1 and r.err.startswith("kcdesk: Badges are written as PDF: give ")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("badges")] == []  # no file, no .part


def test_person_show_takes_a_name(cli, demo_file):
    r = cli("person", "show", "samira haddouchi", "--db", str(demo_file), "--json")
    assert r.code == 0, r.err
    assert '"name": "Samira Haddouchi"' in r.out
    r = cli("person", "show", "Niemand Bestaatniet", "--db", str(demo_file))
    assert r.code == 1 and "No person with id, email or name 'Niemand Bestaatniet'" in r.err


def test_a_name_two_people_share_is_refused_with_their_ids(cli, demo_file):
    from kcdesk.domain.models import Person
    from kcdesk.services import Services
    from kcdesk.store import open_store

    store = open_store(demo_file)
    try:
        svc = Services(store)
        a = svc.people.create(Person("Jan", "Jansen", email="jan1@example.org"))
        b = svc.people.create(Person("Jan", "Jansen", email="jan2@example.org"))
    finally:
        store.close()
    r = cli("person", "show", "jan jansen", "--db", str(demo_file))
    assert r.code == 1
    assert f"Several people are called 'jan jansen' (ids {a.id}, {b.id})" in r.err


def test_a_closed_pipe_ends_quietly(demo_file, tmp_path):
    env = {**os.environ, "KCDESK_DATA_DIR": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kcdesk", "person", "list", "--db", str(demo_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    proc.stdout.close()  # the reader is gone before kcdesk writes (as `| head -0`)
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert err == ""
