"""Smaller stumbles of a first event: the View menu's '&', a new person selected after saving, a
quote's consent starting from the person's, the rating's scale, 'open when done' that cannot."""

import dataclasses

import pytest

from kcdesk.domain.enums import Consent
from kcdesk.domain.models import Person


def test_view_menu_shows_the_ampersand(main_window):
    texts = [a.text() for a in main_window.ui.menuView.actions()]
    assert "Notes && export" in texts  # shown as "Notes & export", not "Notes _export"


def test_a_new_person_is_selected_after_saving(main_window, monkeypatch):
    planning = main_window.screens[0]
    main_window.show_screen(0)
    planning.tabs.setCurrentWidget(planning.people)
    monkeypatch.setattr(
        planning.people, "ask", lambda p: Person("Wessel", "Zonderland", organisation="Wijkteam")
    )
    planning.people.new_button.click()
    ids = planning.people.selected_ids()
    assert len(ids) == 1 and planning.services.people.get(ids[0]).name == "Wessel Zonderland"


@pytest.fixture
def notes(main_window):
    main_window.show_screen(2)
    screen = main_window.screens[2]
    screen.ui.tabs.setCurrentWidget(screen.ui.quotesTab)
    return screen


def pick_person(combo, text):
    index = next(i for i in range(combo.count()) if text in combo.itemText(i))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # as when the user chooses


def test_quote_consent_starts_from_the_persons_consent(notes):
    svc, ui = notes.services, notes.ui
    samira = svc.people.search("Samira Haddouchi")[0]
    svc.people.update(dataclasses.replace(samira, consent_quote=True))
    ui.newQuoteButton.click()
    assert ui.quoteConsent.currentData() == str(Consent.ASK)
    pick_person(ui.quotePerson, "Samira Haddouchi")
    assert ui.quoteConsent.currentData() == str(Consent.YES)
    assert "Samira Haddouchi" in ui.quoteAttribution.text()
    # someone who did not consent: asking first stays
    other = next(
        ui.quotePerson.itemText(i)
        for i in range(1, ui.quotePerson.count())
        if not svc.people.get(ui.quotePerson.itemData(i)).consent_quote
    )
    ui.newQuoteButton.click()
    pick_person(ui.quotePerson, other)
    assert ui.quoteConsent.currentData() == str(Consent.ASK)


def test_the_rating_shows_its_scale(notes):
    spin = notes.ui.reactionRating
    spin.setValue(4)
    assert spin.text() == "4 of 5"
    spin.setValue(0)
    assert spin.text() == "—"


def test_open_when_done_says_when_nothing_can_open_the_file(notes, qtbot, tmp_path):
    dialog = notes.make_export_dialog()
    qtbot.addWidget(dialog)
    dialog.open_url = lambda url: False  # no program for it (a bare system)
    dialog.ui.openCheck.setChecked(True)
    dialog.choose("article", "md", "nl")
    path = dialog.export(tmp_path / "a.md")
    assert path is not None and path.exists()
    text = dialog.ui.statusLabel.text()
    assert "could not be opened" in text and str(tmp_path) in text


def test_two_events_of_one_title_are_told_apart_by_date(main_window, qtbot):
    import datetime as dt

    from kcdesk.domain.models import Event
    from kcdesk.ui.checkin.door import DoorWindow

    svc = main_window.services
    held = svc.events.resolve("ontmoeting-in-de-buurt")
    twin = svc.events.create(Event(held.title, dt.date(2027, 3, 4)))
    door = DoorWindow(svc, None, twin.id)
    door.ask_leave = lambda: True
    qtbot.addWidget(door)
    assert "2027" in door.windowTitle() and held.title in door.windowTitle()
    notes = main_window.screens[2]
    dialog = notes.make_export_dialog()
    qtbot.addWidget(dialog)
    assert str(notes.services.events.get(notes.current_event_id()).date.year) in dialog.windowTitle()
    combos = [s.ui.eventCombo for s in (main_window.screens[1], main_window.screens[2])]
    for combo in combos:
        texts = [combo.itemText(i) for i in range(combo.count()) if held.title in combo.itemText(i)]
        assert len(texts) == 2 and len(set(texts)) == 2  # same title, different dates
