"""One journal check for event import and journal merge (issue 11, case 11)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid

import pytest
from tests.safety.conftest import one_line

from kcdesk.services import Services

EVENT = "ontmoeting-in-de-buurt"


def _codes(db, slug, status=None):
    svc = Services.open(db, readonly=True)
    try:
        event = svc.events.resolve(slug)
        return [r["code"] for r in svc.registrations.of_event(event.id) if status in (None, r["status"])]
    finally:
        svc.close()


@pytest.fixture
def event_doc(demo_file, tmp_path, cli):
    out = tmp_path / "event.json"
    assert cli("event", "export", EVENT, "-o", str(out), "--db", str(demo_file)).code == 0
    return json.loads(out.read_text(encoding="utf-8"))


def _import(cli, db, tmp_path, doc):
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return cli("event", "import", str(path), "--db", str(db))


def _entry(code, action="checkin", **extra):
    return {
        "uid": uuid.uuid4().hex,
        "code": code,
        "action": action,
        "station": "deur-2",
        "at": dt.datetime.now(dt.UTC).isoformat(),
        "undoes": None,
        "payload": None,
    } | extra


# -- event import -------------------------------------------------------------------------


def test_event_import_refuses_an_unknown_action(db_file, tmp_path, cli, event_doc):
    event_doc["journal"][0]["action"] = "delete-all"
    one_line(_import(cli, db_file, tmp_path, event_doc), "'delete-all' is not a journal action")


def test_event_import_refuses_check_ins_without_journal_entries(db_file, tmp_path, cli, event_doc):
    attended = next(r["code"] for r in event_doc["registrations"] if r["checked_in_at"])
    event_doc["journal"] = [j for j in event_doc["journal"] if j["code"] != attended]
    one_line(
        _import(cli, db_file, tmp_path, event_doc),
        f"{attended} is checked in but the journal does not say so",
    )


def test_event_import_refuses_duplicate_uids(db_file, tmp_path, cli, event_doc):
    event_doc["journal"].append(dict(event_doc["journal"][0]))
    one_line(_import(cli, db_file, tmp_path, event_doc), "appears twice")


def test_event_import_refuses_codes_of_no_registration_in_the_file(db_file, tmp_path, cli, event_doc):
    event_doc["journal"].append(_entry("ZZZZZ9"))
    one_line(_import(cli, db_file, tmp_path, event_doc), "no registration with code ZZZZZ9 in this event")


def test_exported_files_are_standard_json_that_import_again(demo_file, db_file, tmp_path, cli):
    out = tmp_path / "e.json"
    assert cli("event", "export", EVENT, "-o", str(out), "--db", str(demo_file)).code == 0
    json.loads(out.read_text(encoding="utf-8"), parse_constant=lambda c: pytest.fail(c))
    r = cli("event", "import", str(out), "--db", str(db_file))
    assert r.code == 0, r.err
    journal = tmp_path / "j.json"
    assert cli("journal", "export", "--event", EVENT, "-o", str(journal), "--db", str(demo_file)).code == 0
    json.loads(journal.read_text(encoding="utf-8"), parse_constant=lambda c: pytest.fail(c))
    r = cli("journal", "merge", str(journal), "--db", str(db_file))
    assert r.code == 0 and "0 new entries" in r.out, (r.out, r.err)  # the import brought them all


# -- journal merge ------------------------------------------------------------------------


def _journal(tmp_path, entries, event=EVENT):
    path = tmp_path / "deur-2.json"
    doc = {"format": "kcdesk-journal", "version": 1, "event": event, "station": "deur-2", "entries": entries}
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_merge_refuses_another_events_codes(demo_file, tmp_path, cli):
    other = _codes(demo_file, "leren-van-verschillen")[0]
    before = demo_file.read_bytes()
    r = cli("journal", "merge", str(_journal(tmp_path, [_entry(other)])), "--db", str(demo_file))
    one_line(r, f"Code {other} belongs to another event")
    assert demo_file.read_bytes() == before  # nothing counted, nothing changed


def test_merge_refuses_codes_of_nobody(demo_file, tmp_path, cli):
    r = cli("journal", "merge", str(_journal(tmp_path, [_entry("ZZZZZ9")])), "--db", str(demo_file))
    one_line(r, "no registration with code ZZZZZ9 in this event; nothing was merged")


def test_merge_does_not_check_in_a_cancelled_registration(demo_file, tmp_path, cli):
    cancelled = _codes(demo_file, EVENT, "cancelled")[0]
    registered = _codes(demo_file, EVENT, "registered")[0]
    path = _journal(tmp_path, [_entry(cancelled), _entry(registered)])
    r = cli("journal", "merge", str(path), "--db", str(demo_file))
    assert r.code == 0, r.err
    assert "1 new entries" in r.out and f"Not checked in, cancelled here: {cancelled}" in r.out
    assert cancelled in _codes(demo_file, EVENT, "cancelled")
    assert registered in _codes(demo_file, EVENT, "attended")


def test_merge_refuses_a_walk_in_whose_code_belongs_to_someone_else_here(demo_file, tmp_path, cli):
    taken = _codes(demo_file, EVENT, "registered")[0]
    walkin = _entry(taken, "walkin", payload={"given_name": "Wim", "family_name": "Binnenloper"})
    before = demo_file.read_bytes()
    r = cli("journal", "merge", str(_journal(tmp_path, [walkin])), "--db", str(demo_file))
    one_line(r, f"the walk-in Wim Binnenloper has code {taken}, which here belongs to", "nothing was merged")
    assert demo_file.read_bytes() == before
    assert taken in _codes(demo_file, EVENT, "registered")  # its owner was not checked in


def test_merge_refuses_duplicate_uids_and_unknown_actions(demo_file, tmp_path, cli):
    code = _codes(demo_file, EVENT, "registered")[0]
    twice = _entry(code)
    r = cli("journal", "merge", str(_journal(tmp_path, [twice, dict(twice)])), "--db", str(demo_file))
    one_line(r, "appears twice")
    r = cli("journal", "merge", str(_journal(tmp_path, [_entry(code, "delete-all")])), "--db", str(demo_file))
    one_line(r, "'delete-all' is not a journal action")


def test_a_journal_merged_twice_changes_nothing_the_second_time(demo_file, tmp_path, cli):
    copy = tmp_path / "copy.kcdesk"
    shutil.copyfile(demo_file, copy)
    code = _codes(demo_file, EVENT, "registered")[0]
    path = _journal(tmp_path, [_entry(code.lower())])  # read as the door reads it
    assert "1 new entries" in cli("journal", "merge", str(path), "--db", str(copy)).out
    assert "0 new entries, 1 already known" in cli("journal", "merge", str(path), "--db", str(copy)).out
    assert code in _codes(copy, EVENT, "attended")
