"""Journals a tired coordinator or a broken script might hand to `kcdesk journal merge`."""

from __future__ import annotations

import json

import pytest
from tests.dbdump import dump

from kcdesk.domain.errors import KcdeskError

AT = "2026-11-12T10:00:00+00:00"


def _journal(demo, tmp_path, entries, **over):
    doc = demo.journals.export(demo.event_id) | {"entries": entries} | over
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "entry",
    [
        {"uid": "x1", "code": "ABCDEF", "action": "walkin", "at": AT, "payload": "Jan"},
        {"uid": "x2", "code": "ABCDEF", "action": "walkin", "at": AT, "payload": ["Jan"]},
        {"uid": "x3", "code": "ABCDEF", "action": "walkin", "at": AT, "payload": {"given_name": 5}},
        {"uid": "x4", "code": "ABCDEF", "action": "walkin", "at": AT, "payload": {"email": ["a"]}},
        {"uid": "x5", "code": "ABCDEF", "action": "walkin", "at": AT, "payload": {}},
        {"uid": "x6", "code": "ABCDEF", "action": "walkin", "at": AT},
        {"uid": None, "code": None, "action": "checkin", "at": AT},
        {"uid": "x7", "code": "", "action": "checkin", "at": AT},
        {"uid": "x8", "code": "ABCDEF", "action": "checkin", "at": AT, "station": 3},
        {"uid": "x9", "code": "ABCDEF", "action": "undo", "at": AT},
        {"uid": "x10", "code": "ABCDEF", "action": "bogus", "at": AT},
        {"uid": "x11", "code": "ABCDEF", "action": "checkin"},
        "hello",
        None,
    ],
)
def test_a_damaged_entry_is_refused_and_nothing_changes(demo, tmp_path, entry):
    path = _journal(demo, tmp_path, [entry])
    before = dump(demo.store)
    with pytest.raises(KcdeskError, match="journal entry is damaged"):
        demo.journals.merge([path])
    assert dump(demo.store) == before


@pytest.mark.parametrize("version", ["1", None, 1.5, [1]])
def test_a_journal_with_an_odd_version_is_refused(demo, tmp_path, version):
    path = _journal(demo, tmp_path, [], version=version)
    with pytest.raises(KcdeskError, match="not a complete kcdesk journal"):
        demo.journals.merge([path])


def test_a_journal_of_another_event_with_clashing_walk_in_codes_is_refused(demo, tmp_path):
    doc = demo.journals.export(demo.event_id)
    walkins = [e for e in doc["entries"] if e["action"] == "walkin"]
    assert walkins
    path = _journal(demo, tmp_path, walkins, event="leren-van-verschillen")
    before = dump(demo.store)
    with pytest.raises(KcdeskError, match="belongs to another event"):
        demo.journals.merge([path])
    assert dump(demo.store) == before


def test_an_empty_journal_and_the_same_file_twice_change_nothing(demo, tmp_path):
    before = dump(demo.store)
    empty = _journal(demo, tmp_path, [])
    assert demo.journals.merge([empty, empty]).added == 0
    full = tmp_path / "full.json"
    demo.journals.export(demo.event_id, full)
    report = demo.journals.merge([full, full])
    assert report.added == 0 and report.created_walkins == 0
    assert dump(demo.store) == before


def test_cli_merge_of_a_damaged_walk_in_is_one_line(cli, demo_file, tmp_path):
    path = tmp_path / "j.json"
    doc = {"format": "kcdesk-journal", "version": 1, "event": "ontmoeting-in-de-buurt"}
    doc["entries"] = [{"uid": "x", "code": "ABCDEF", "action": "walkin", "at": AT, "payload": "Jan"}]
    path.write_text(json.dumps(doc))
    r = cli("--db", str(demo_file), "journal", "merge", str(path))
    assert r.code == 1 and "Traceback" not in r.err and len(r.err.strip().splitlines()) == 1


@pytest.mark.parametrize("at", ["2026-11-12T10:00:00", "2026-11-12"])
def test_a_time_without_a_time_zone_is_damage_not_a_crash(demo, tmp_path, at):
    code = demo.journals.export(demo.event_id)["entries"][0]["code"]
    path = _journal(demo, tmp_path, [{"uid": "naive", "code": code, "action": "checkin", "at": at}])
    before = dump(demo.store)
    with pytest.raises(KcdeskError, match="no time zone"):
        demo.journals.merge([path])
    assert dump(demo.store) == before
