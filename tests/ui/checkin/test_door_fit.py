"""The door at a laptop's size: whole names, a confirmation of one height, errors that go when
typing starts, 'nobody found' while typing, and the event's date (with a warning when not today)."""

import datetime as dt

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from tests.ui.checkin.test_door import enter, type_

from kcdesk.domain.models import Person

ORGANISATION = "Gemeentelijke Gezondheidsdienst Zuid-Holland Zuid"


@pytest.fixture
def long_name(fresh):
    person = fresh.people.create(Person("Mariëlle", "Dijkhuizen", particle="van", organisation=ORGANISATION))
    fresh.registrations.register(fresh.event_id, person.id)
    return person


def test_the_name_gets_the_room_and_the_organisation_is_cut_first(qtbot, door, long_name):
    door.resize(1024, 768)
    type_(qtbot, door, "dijkhuizen")
    rows = door.results_model.rows
    assert rows and "Dijkhuizen" in rows[0]["name"]
    view = door.ui.results
    bold = QFont(view.font())
    bold.setBold(True)
    shown = door.results_model.index(0, 0).data()
    assert view.columnWidth(0) >= QFontMetrics(bold).horizontalAdvance(shown)  # the whole name
    assert view.columnWidth(1) < QFontMetrics(view.font()).horizontalAdvance(ORGANISATION)  # elided
    assert view.columnWidth(1) >= 6 * QFontMetrics(view.font()).averageCharWidth()  # but not gone
    assert sum(view.columnWidth(c) for c in range(4)) <= view.viewport().width()


def test_the_confirmation_keeps_one_height(qtbot, door, fresh, long_name):
    heights = {door.ui.confirmation.height()}
    type_(qtbot, door, "zoe")
    enter(qtbot, door)  # welcome
    heights.add(door.ui.confirmation.height())
    type_(qtbot, door, "zoe")
    enter(qtbot, door)  # already checked in: three lines and the badge button
    assert door.confirmation_state == "repeat"
    heights.add(door.ui.confirmation.height())
    type_(qtbot, door, "ZZZZ99")
    enter(qtbot, door)  # an error
    assert door.confirmation_state == "error"
    heights.add(door.ui.confirmation.height())
    assert len(heights) == 1
    labels = (door.ui.confirmTitle, door.ui.confirmDetail, door.ui.badgeButton)
    assert all(w.geometry().bottom() <= door.ui.confirmation.height() for w in labels)


def test_an_old_error_goes_when_typing_starts(qtbot, door):
    type_(qtbot, door, "ZZZZ99")
    enter(qtbot, door)
    assert door.confirmation_state == "error"
    type_(qtbot, door, "k")
    assert door.confirmation_state == "info"
    assert "ZZZZ99" not in door.ui.confirmDetail.text()


def test_nobody_found_is_said_while_typing(qtbot, door):
    type_(qtbot, door, "qqqx")
    assert door.confirmation_state == "info"
    assert "F2" in door.ui.confirmDetail.text() and "qqqx" in door.ui.confirmDetail.text()
    for _ in range(4):
        door.ui.search.backspace()
    type_(qtbot, door, "zoe")  # someone found again: the hint goes
    assert door.results_model.rowCount() and "F2" not in door.ui.confirmDetail.text()


def test_the_header_shows_the_date_and_warns_when_it_is_not_today(door):
    event = door.door_event
    assert event.date is not None
    door.show_event_header(today=event.date)
    text = door.ui.eventLabel.text()
    assert event.title in text and str(event.date.year) in text and "not today" not in text
    assert not door.not_today
    door.show_event_header(today=event.date + dt.timedelta(days=1))
    assert "not today" in door.ui.eventLabel.text() and door.not_today
    assert str(event.date.year) in door.windowTitle()


def test_codes_are_shown_whole_beside_a_long_name(qtbot, door, long_name):
    door.resize(1024, 768)
    type_(qtbot, door, "dijkhuizen")
    view = door.ui.results
    code = door.results_model.index(0, 2).data()
    assert view.columnWidth(2) >= QFontMetrics(view.font()).horizontalAdvance(code)


def test_largest_text_with_the_group_offer_leaves_nothing_cut_at_1024(qtbot, door):
    from kcdesk.ui.screenshots import layout_problems

    door.set_font_size(48)
    door.resize(1024, 768)
    type_(qtbot, door, "ingrid")
    enter(qtbot, door)
    assert door.ui.groupButton.isVisible()
    qtbot.waitUntil(lambda: door.ui.groupButton.geometry().bottom() < door.ui.confirmation.height())
    assert layout_problems(door, (1024, 768)) == []
