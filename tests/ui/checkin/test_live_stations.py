"""Two door windows, two databases, one shared folder: each sees the other's check-ins within 2 s."""

from __future__ import annotations

import pytest

from kcdesk.services import Services
from kcdesk.services.event_transfer import export_event, import_event
from kcdesk.store import open_store
from kcdesk.ui.bridge import StoreBridge


def open_door(qtbot, svc, event_id, folder):
    from kcdesk.ui.checkin.door import DoorWindow

    window = DoorWindow(svc, StoreBridge(svc), event_id, font_size=14, sync_folder=str(folder))
    window.ask_leave = lambda: True
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def stations(qtbot, fresh, tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    other = open_store(tmp_path / "b.kcdesk", create=True)
    b = Services(other)
    b_event = import_event(other, export_event(fresh.store, fresh.event_id)).id
    fresh.checkin.station = "Entree"
    b.checkin.station = "Zaal 2"
    a_door = open_door(qtbot, fresh, fresh.event_id, folder)
    b_door = open_door(qtbot, b, b_event, folder)
    yield fresh, b, b_event, a_door, b_door
    for door in (a_door, b_door):
        door.shut()
    other.close()


def in_at(svc, event_id, code):
    return svc.registrations.by_code(event_id, code).checked_in_at is not None


def test_check_ins_walk_ins_and_undos_show_at_the_other_door(qtbot, stations):
    a, b, b_event, a_door, b_door = stations
    code = a.checkin.no_shows(a.event_id)[0]["code"]
    before = b.checkin.counts(b_event)["checked_in"]
    a_door.check_in_code(code)
    assert a_door.confirmation_state == "ok"
    qtbot.waitUntil(lambda: in_at(b, b_event, code), timeout=2000)
    qtbot.waitUntil(lambda: b_door.ui.totalLabel.text().startswith(f"{before + 1} /"), timeout=2000)
    qtbot.waitUntil(lambda: "Entree" in b_door.ui.stationsLabel.text(), timeout=2000)
    assert b_door.ui.stationsLabel.isVisible()

    walkin = b.checkin.walk_in(b_event, "Priscilla ter Horst", organisation="Woonstad")
    qtbot.waitUntil(lambda: bool(a.checkin.search(a.event_id, "priscilla")), timeout=2000)
    assert a.checkin.search(a.event_id, "priscilla")[0]["code"] == walkin.code
    assert "Zaal 2" in a_door.ui.stationsLabel.text()

    a_door.undo(code)
    qtbot.waitUntil(lambda: not in_at(b, b_event, code), timeout=2000)
    assert a.checkin.counts(a.event_id)["checked_in"] == b.checkin.counts(b_event)["checked_in"]


def test_a_missing_sync_folder_is_said_in_the_header_and_the_door_still_works(qtbot, fresh, tmp_path):
    door = open_door(qtbot, fresh, fresh.event_id, tmp_path / "unplugged-usb-stick")
    assert door.ui.stationsLabel.isVisible()
    assert "unplugged-usb-stick" in door.ui.stationsLabel.text()
    code = fresh.checkin.no_shows(fresh.event_id)[0]["code"]
    door.check_in_code(code)
    assert door.confirmation_state == "ok"
    door.shut()


def test_without_a_sync_folder_the_header_has_no_stations_line(qtbot, door):
    assert door.stations is None and not door.ui.stationsLabel.isVisible()
