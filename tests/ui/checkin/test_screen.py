"""The check-in screen: event choice, door mode, station journals, badges, no-shows, screenshots."""

import json

from pypdf import PdfReader


def checkin_screen(main_window):
    main_window.show_screen(1)
    return main_window.screens[1]


def held(screen):
    screen.set_event(1)
    assert screen.event_id() == 1
    return screen


def test_opens_door_mode_for_the_chosen_event(qtbot, main_window):
    screen = held(checkin_screen(main_window))
    door = screen.open_door(full_screen=False)
    qtbot.addWidget(door)
    door.ask_leave = lambda: True
    assert door.event_id == 1 and door.isVisible()
    assert "Ontmoeting" in door.ui.eventLabel.text()
    assert door.ui.search.hasFocus() or door.ui.search.focusPolicy()
    door.close()


def test_station_name_and_font_size_are_settings(qtbot, main_window, settings):
    screen = held(checkin_screen(main_window))
    screen.ui.station.setText("Zaal 2")
    screen.ui.station.editingFinished.emit()
    assert settings.station == "Zaal 2" and main_window.services.checkin.station == "Zaal 2"
    # an emptied field used to stay empty while check-ins kept going to "Zaal 2"
    screen.ui.station.clear()
    screen.ui.station.editingFinished.emit()
    assert screen.ui.station.text() == "Zaal 2" and main_window.services.checkin.station == "Zaal 2"
    screen.ui.fontSize.setValue(30)
    assert settings.door_font_size == 30
    door = screen.open_door(full_screen=False)
    qtbot.addWidget(door)
    door.ask_leave = lambda: True
    assert door.ui.search.font().pointSize() == 30 and "Zaal 2" in door.ui.stationLabel.text()
    door.close()


def test_journal_export_and_merge_from_the_screen(qtbot, main_window, tmp_path):
    screen = held(checkin_screen(main_window))
    svc = main_window.services
    screen.inform = lambda *a, **k: None
    target = svc.checkin.no_shows(1)[0]
    svc.checkin.check_in(1, target["code"])
    out = tmp_path / "me.journal.json"
    screen.ask_save = lambda *a: str(out)
    assert screen.export_journal() == out
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["event"] == "ontmoeting-in-de-buurt" and any(
        e["code"] == target["code"] for e in doc["entries"]
    )
    # another station's journal: undo that check-in there, merge it here
    other = tmp_path / "other.json"
    entry = next(e for e in doc["entries"] if e["code"] == target["code"] and e["action"] == "checkin")
    undo = {
        **entry,
        "uid": "other-undo-1",
        "action": "undo",
        "undoes": entry["uid"],
        "station": "Hal",
        "at": entry["at"],
    }
    other.write_text(json.dumps({**doc, "station": "Hal", "entries": [undo]}), encoding="utf-8")
    screen.ask_open_many = lambda *a: [str(other)]
    screen.merge_journals()
    screen.merge_journals()  # twice changes nothing
    assert svc.registrations.get(target["id"]).checked_in_at is None
    assert target["code"] in [r["code"] for r in screen.no_shows_model.rows]


def test_badges_pdf_from_the_screen(qtbot, main_window, tmp_path):
    screen = held(checkin_screen(main_window))
    screen.inform = lambda *a, **k: None
    out = tmp_path / "badges.pdf"
    screen.ask_save = lambda *a: str(out)
    assert screen.save_badges_pdf() == out
    assert len(PdfReader(out).pages) == 4


def test_counts_and_no_shows(qtbot, main_window):
    screen = held(checkin_screen(main_window))
    svc = main_window.services
    counts = svc.checkin.counts(1)
    assert screen.counts_model.rows[-1]["present"] == counts["checked_in"]
    shows = screen.no_shows_model.rowCount()
    assert shows == len(svc.checkin.no_shows(1)) > 0
    svc.checkin.check_in(1, screen.no_shows_model.rows[0]["code"])
    assert screen.no_shows_model.rowCount() == shows - 1
    assert screen.counts_model.rows[-1]["present"] == counts["checked_in"] + 1
    screen.confirm = lambda *a: True
    assert screen.mark_no_shows() == shows - 1
    assert screen.no_shows_model.rowCount() == 0
    assert svc.checkin.counts(1)["by_status"]["no-show"] == shows - 1


def test_screenshot_dialogs(qtbot, main_window, tmp_path):
    screen = held(checkin_screen(main_window))
    before = len(main_window.services.store.journal.for_event(1))
    shots = screen.screenshot_dialogs()
    assert [name for name, _ in shots] == ["checkin-door", "checkin-walkin"]
    for name, widget in shots:
        qtbot.addWidget(widget)
        widget.grab().save(str(tmp_path / f"{name}.png"))
    door = shots[0][1]
    assert door.confirmation_state == "repeat" and door.results_model.rowCount() > 0
    assert len(main_window.services.store.journal.for_event(1)) == before  # nothing written


def test_journal_export_to_a_missing_folder_says_so(qtbot, main_window, tmp_path):
    screen = held(checkin_screen(main_window))
    told = []
    screen.inform = lambda title, text, error=False: told.append((text, error))
    target = tmp_path / "weg" / "me.journal.json"
    screen.ask_save = lambda *a: str(target)
    assert screen.export_journal() is None
    text, error = told[-1]
    assert error and str(target) in text and "does not exist" in text
    assert "Errno" not in text and ".part" not in text
