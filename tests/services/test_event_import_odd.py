"""Malformed event files: each is refused with one clear message and writes nothing."""

from __future__ import annotations

import copy
import json

import pytest
from tests.dbdump import dump

from kcdesk.domain.errors import KcdeskError
from kcdesk.services.event_transfer import export_event, import_event
from kcdesk.store import open_store


@pytest.fixture
def doc(demo):
    return export_event(demo.store, demo.event_id)


def _set(path: str, value):
    def change(d):
        *parents, last = path.split(".")
        for p in parents:
            d = d[int(p)] if p.isdigit() else d[p]
        if value is KeyError:
            del d[int(last) if last.isdigit() else last]
        else:
            d[int(last) if last.isdigit() else last] = value

    return change


def _both(a, b, key, value_of):
    def change(d):
        d["registrations"][a][key] = value_of(d, b)
        d["registrations"][b][key] = value_of(d, a)

    return change


CASES = {
    "people is a string": (_set("people", "p1"), "people: expected a list"),
    "a name is null": (_set("people.0.given_name", None), r"people\[0\].given_name: expected text"),
    "capacity as a string": (_set("event.capacity", "40"), "event.capacity: expected int"),
    "consent as a string": (_set("people.0.newsletter", "yes"), "expected bool"),
    "event is missing": (_set("event", KeyError), "event: missing"),
    "venue is missing": (_set("event.venue", KeyError), "event.venue: missing"),
    "a programme item is a list": (_set("programme.0", []), "expected an object"),
    "an empty slug": (_set("event.slug", ""), "not a valid slug"),
    "a slug with slashes": (_set("event.slug", "../x"), "not a valid slug"),
    "an unknown person": (_set("registrations.0.person", "p999"), "'p999' is not in the file"),
    "an unknown speaker": (_set("programme.0.people.0.person", "p999"), "'p999' is not in the file"),
    "an unknown item of a note": (_set("notes.0.item", "i99"), "'i99' is not in the file"),
    "an unknown booker": (_set("registrations.0.booker", "ZZZZZZ"), "'ZZZZZZ' is not in the file"),
    "a code in lower case": (_set("registrations.0.code", "abc def"), "not a registration code"),
    "an empty code": (_set("registrations.0.code", ""), "not a registration code"),
    "a time that is no time": (_set("registrations.0.registered_at", "yesterday"), "not a date or time"),
    "a date that is no date": (_set("event.date", "2026-13-45"), "not a date or time"),
    "a negative capacity": (_set("event.capacity", -5), "capacity cannot be negative"),
    "a negative duration": (_set("programme.0.duration_min", -5), "duration cannot be negative"),
    "a rating of 99": (_set("reactions.0.rating", 99), "rating is a number from 1 to 5"),
    "an empty title": (_set("event.title", " "), "needs a title"),
    "a person without a name": (
        lambda d: d["people"][0].update(given_name="", particle="", family_name=""),
        "person needs a name",
    ),
    "an invalid email": (_set("people.0.email", "not an email"), "not a valid email"),
    "an unknown sector": (_set("people.0.sector", "nosuch"), "Unknown sector 'nosuch'"),
    "duplicate codes": (
        lambda d: d["registrations"][1].update(code=d["registrations"][0]["code"]),
        "occurs twice",
    ),
    "duplicate person keys": (lambda d: d["people"][1].update(key=d["people"][0]["key"]), "occurs twice"),
    "a booker cycle": (
        _both(0, 1, "booker", lambda d, i: d["registrations"][i]["code"]),
        "round in a circle",
    ),
    "booked by oneself": (
        lambda d: d["registrations"][0].update(booker=d["registrations"][0]["code"]),
        "round in a circle",
    ),
    "its own next event": (
        lambda d: d["event"]["next_event"].update(slug=d["event"]["slug"]),
        "cannot be its own next event",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_a_malformed_event_file_is_refused_and_nothing_written(doc, case):
    change, message = CASES[case]
    doc = copy.deepcopy(doc)
    change(doc)
    target = open_store(None)  # an empty database: the slug is free, so only the damage can stop it
    try:
        before = dump(target)
        with pytest.raises(KcdeskError, match=message):
            import_event(target, doc)
        assert dump(target) == before
    finally:
        target.close()


def test_cli_import_of_a_file_with_a_string_for_a_list_is_one_line(cli, db_file, doc, tmp_path):
    doc["registrations"] = "all of them"
    path = tmp_path / "event.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    r = cli("--db", str(db_file), "event", "import", str(path))
    assert r.code == 1 and "Traceback" not in r.err and len(r.err.strip().splitlines()) == 1
    assert "registrations: expected a list" in r.err


@pytest.mark.parametrize("path", ["registrations.0.checked_in_at", "journal.0.at", "notes.0.created_at"])
def test_a_time_without_a_time_zone_is_refused(doc, path):
    doc = copy.deepcopy(doc)
    _set(path, "2026-11-12T10:00:00")(doc)
    target = open_store(None)
    try:
        with pytest.raises(KcdeskError, match="no time zone"):
            import_event(target, doc)
    finally:
        target.close()
