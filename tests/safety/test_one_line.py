"""Hostile or damaged input gives one line, never a traceback (issue 11, case 10)."""

from __future__ import annotations

import json
import time

import pytest
from tests.safety.conftest import one_line

EVENT = "ontmoeting-in-de-buurt"


@pytest.fixture
def event_doc(demo_file, tmp_path, cli):
    out = tmp_path / "event.json"
    assert cli("event", "export", EVENT, "-o", str(out), "--db", str(demo_file)).code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["event"]["slug"] = "another-one"  # importable next to the original
    return doc


@pytest.mark.parametrize("command", [("event", "import"), ("journal", "merge")])
def test_deeply_nested_json(demo_file, tmp_path, cli, command):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    one_line(cli(*command, str(path), "--db", str(demo_file)), "deep.json", "nested too deeply")


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("event", "capacity"), 10**400),
        (("programme", 0, "duration_min"), 10**400),
        (("event", "capacity"), 2**63),
    ],
)
def test_numbers_too_large_for_the_database(demo_file, tmp_path, cli, event_doc, where, value):
    target = event_doc
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    path = tmp_path / "big.json"
    path.write_text(json.dumps(event_doc), encoding="utf-8")
    one_line(cli("event", "import", str(path), "--db", str(demo_file)), "expected int")


@pytest.mark.parametrize("constant", ["Infinity", "NaN", "-Infinity"])
def test_non_standard_json_numbers_are_refused(demo_file, tmp_path, cli, event_doc, constant):
    event_doc["key_figures"] = (
        [{"label": "x", "value": 1.5, "unit": ""}]
        if not event_doc["key_figures"]
        else event_doc["key_figures"]
    )
    text = json.dumps(event_doc).replace(
        '"value": ' + json.dumps(event_doc["key_figures"][0]["value"]), f'"value": {constant}', 1
    )
    assert constant in text
    path = tmp_path / "inf.json"
    path.write_text(text, encoding="utf-8")
    one_line(
        cli("event", "import", str(path), "--db", str(demo_file)),
        f"{constant} is not a number in standard JSON",
    )


@pytest.mark.parametrize(
    ("since", "zone"),
    [("9999-12-31T23:59:59+00:00", "Europe/Amsterdam"), ("0001-01-01T00:00:00+00:00", "America/New_York")],
)
def test_a_lock_from_the_edge_of_time(demo_file, cli, monkeypatch, since, zone):
    from kcdesk.store import lock

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        lock.lock_path(demo_file).write_text(
            json.dumps({"program": "kcdesk", "host": "elders", "pid": 1, "since": since}), encoding="utf-8"
        )
        r = cli("walkin", "Piet Jansen", "--event", EVENT, "--db", str(demo_file))
        one_line(r, "in use by kcdesk on elders since " + since[:10])
    finally:
        monkeypatch.undo()
        time.tzset()


def test_every_exported_file_is_standard_json(demo_file, tmp_path, cli):
    """Even a database that holds an infinite number (from before this check) exports standard JSON."""
    import sqlite3

    conn = sqlite3.connect(demo_file)
    with conn:
        event_id = conn.execute("SELECT id FROM events WHERE slug = ?", [EVENT]).fetchone()[0]
        conn.execute(
            "INSERT INTO key_figures(event_id, label, value) VALUES (?, 'oneindig', ?)",
            [event_id, float("inf")],
        )
    conn.close()
    out = tmp_path / "e.json"
    assert cli("event", "export", EVENT, "-o", str(out), "--db", str(demo_file)).code == 0
    text = out.read_text(encoding="utf-8")
    json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} in an exported file"))
