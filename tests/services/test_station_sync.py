"""Stations sharing check-ins through one folder: two databases, the engine without Qt."""

from __future__ import annotations

import json
import time

import pytest

from kcdesk.domain.errors import SyncFolderError
from kcdesk.services import Services
from kcdesk.services.event_transfer import export_event, import_event
from kcdesk.services.station_sync import StationSync
from kcdesk.store import open_store


def wait_until(condition, stations, timeout=2.0):
    """Each station's poll round until ``condition`` holds (never longer than ``timeout``)."""
    deadline = time.monotonic() + timeout
    while True:
        for s in stations:
            s.sync()
        if condition():
            return
        assert time.monotonic() < deadline, "not seen within the time"
        time.sleep(0.05)


@pytest.fixture
def two(demo, tmp_path):
    """Station A (the demo database) and station B (a copy of the event), one shared folder."""
    folder = tmp_path / "shared"
    folder.mkdir()
    b_store = open_store(tmp_path / "b.kcdesk", create=True)
    b = Services(b_store)
    b_event = import_event(b_store, export_event(demo.store, demo.event_id)).id
    demo.checkin.station = "Entree"
    b.checkin.station = "Zaal 2"
    a_sync = StationSync(demo.checkin, demo.event_id, folder, computer="laptop-a")
    b_sync = StationSync(b.checkin, b_event, folder, computer="laptop-b")
    yield demo, b, b_event, a_sync, b_sync, folder
    b_store.close()


def waiting(svc, event_id):
    return [
        r
        for r in svc.registrations.of_event(event_id)
        if r["status"] == "registered" and not r["checked_in_at"]
    ]


def checked_in(svc, event_id, code):
    return svc.registrations.by_code(event_id, code).checked_in_at is not None


def test_check_ins_walk_ins_and_undos_reach_the_other_station(two):
    a, b, b_event, a_sync, b_sync, _ = two
    wait_until(lambda: True, [a_sync, b_sync])  # both start: what each had is now in the folder
    code = waiting(a, a.event_id)[0]["code"]
    a.checkin.check_in(a.event_id, code)
    a_sync.push()
    wait_until(lambda: checked_in(b, b_event, code), [b_sync])
    assert b.registrations.by_code(b_event, code).station == "Entree"

    walkin = b.checkin.walk_in(b_event, "Priscilla ter Horst", organisation="Woonstad")
    b_sync.push()
    wait_until(lambda: a.checkin.search(a.event_id, "priscilla"), [a_sync])
    assert a.checkin.search(a.event_id, "priscilla")[0]["code"] == walkin.code
    assert checked_in(a, a.event_id, walkin.code)

    b.checkin.undo(b_event, code)  # B undoes A's check-in (the wrong person was let in)
    b_sync.push()
    wait_until(lambda: not checked_in(a, a.event_id, code), [a_sync])
    assert a.checkin.counts(a.event_id)["checked_in"] == b.checkin.counts(b_event)["checked_in"]
    heard = {h.station: h for h in a_sync.stations()}
    assert set(heard) == {"Zaal 2"} and heard["Zaal 2"].last_heard is not None


def test_each_station_writes_only_its_own_folder_and_never_echoes(two):
    a, b, b_event, a_sync, b_sync, folder = two
    a.checkin.check_in(a.event_id, waiting(a, a.event_id)[0]["code"])
    for _ in range(3):
        a_sync.sync()
        b_sync.sync()
    event_dir = a_sync.event_dir
    assert sorted(p.name for p in event_dir.iterdir()) == ["Entree@laptop-a", "Zaal-2@laptop-b"]
    uids_a = {
        e["uid"]
        for p in (event_dir / "Entree@laptop-a").glob("0*.json")
        for e in json.loads(p.read_text())["entries"]
    }
    uids_b = {
        e["uid"]
        for p in (event_dir / "Zaal-2@laptop-b").glob("0*.json")
        for e in json.loads(p.read_text())["entries"]
    }
    assert not uids_a & uids_b  # B did not write A's entries back
    assert b_sync.sync().written == 0 and a_sync.sync().written == 0


def test_a_cut_off_or_unfinished_segment_is_ignored_until_complete(two):
    a, b, b_event, a_sync, b_sync, folder = two
    code = waiting(a, a.event_id)[0]["code"]
    a.checkin.check_in(a.event_id, code)
    a_sync.push()
    [segment] = sorted(a_sync.own_dir.glob("0*.json"))
    whole = segment.read_bytes()
    # as a copy in progress would look: a temporary name, then the final name with half the bytes
    (a_sync.own_dir / f".{segment.name}.x1y2.part").write_bytes(whole)
    segment.write_bytes(whole[: len(whole) // 2])
    report = b_sync.pull()
    assert report.added == 0 and report.waiting == [f"Entree@laptop-a/{segment.name}"]
    assert not checked_in(b, b_event, code)
    # bytes complete but changed (a different copy of the same name): the checksum refuses it
    doc = json.loads(whole)
    doc["entries"][0]["code"] = "ZZZZZZ"
    segment.write_text(json.dumps(doc))
    assert b_sync.pull().added == 0
    segment.write_bytes(whole)  # the copy completes
    assert b_sync.pull().added == 1
    assert checked_in(b, b_event, code)


def test_a_station_started_again_numbers_on_and_writes_nothing_twice(two, tmp_path):
    a, b, b_event, a_sync, b_sync, folder = two
    a.checkin.check_in(a.event_id, waiting(a, a.event_id)[0]["code"])
    a_sync.sync()
    again = StationSync(a.checkin, a.event_id, folder, computer="laptop-a")
    assert again.sync().written == 0
    a.checkin.check_in(a.event_id, waiting(a, a.event_id)[0]["code"])
    assert again.push() == 1
    assert sorted(p.name for p in again.own_dir.glob("0*.json"))[-1] == "00000002.json"


def test_a_missing_folder_is_refused(demo, tmp_path):
    with pytest.raises(SyncFolderError) as err:
        StationSync(demo.checkin, demo.event_id, tmp_path / "nowhere")
    assert err.value.code == "sync-folder" and "nowhere" in err.value.folder
