"""Scanner or person? Keys as a busy door delivers them: queued keys come in one burst.

A burst is a scan only when it ends with Enter or Tab and parses as a
registration code (a digit in it, or a code that exists). Names typed while
the door was still busy checking someone in stay names.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent

from kcdesk.domain.models import Person

HUMAN = 0.15  # seconds between a person's keys
QUEUED = 0.0002  # keys that waited in the queue while the door was busy: delivered back to back
SCANNER = 0.003  # a keyboard-wedge scanner: 10 keys in 30 ms


class ScriptedClock:
    """The time each key is seen by the scan detector, one after the other."""

    def __init__(self) -> None:
        self.t = 100.0
        self.gaps: list[float] = []

    def __call__(self) -> float:
        self.t += self.gaps.pop(0) if self.gaps else HUMAN
        return self.t


def post_keys(widget, text: str, end: Qt.Key | None = None) -> None:
    """Queue the keys as the window system would while the door is busy; nothing is handled yet."""
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isalnum() else Qt.Key.Key_Space if ch == " " else Qt.Key.Key_Minus
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
    if end is not None:
        text_of_end = "\r" if end == Qt.Key.Key_Return else "\t"
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(
                widget, QKeyEvent(kind, end, Qt.KeyboardModifier.NoModifier, text_of_end)
            )


def deliver(qtbot, door, text: str, gaps: list[float], end: Qt.Key | None = Qt.Key.Key_Return) -> None:
    """Keys of ``text`` (and the end key) seen ``gaps`` apart, delivered from the event queue."""
    door.scan.clock.gaps = list(gaps)
    post_keys(door.ui.search, text, end)
    QCoreApplication.processEvents()
    if end is not None:
        qtbot.waitUntil(
            lambda: door.ui.search.text() == "" or door.confirmation_state == "error", timeout=2000
        )


@pytest.fixture
def busy_door(door, fresh):
    for given, family in (("Ans", "Peeters"), ("Bert", "Hofman"), ("Tessa", "Derksen"), ("Kees", "Jansen")):
        p = fresh.people.create(Person(given, family))
        fresh.registrations.register(fresh.event_id, p.id)
    door.scan.clock = ScriptedClock()
    door.ui.search.setFocus()
    return door


def scan(qtbot, door, code: str, end: Qt.Key = Qt.Key.Key_Return) -> None:
    door.scan.clock.t += 3.0  # the next person hands over a ticket
    deliver(qtbot, door, code, [3.0] + [SCANNER] * (len(code) - 1), end)


NAMES = ["peeters", "jansen", "hofman", "derksen", "koster", "van leeuwen", "bakker"]


@pytest.mark.parametrize("name", NAMES)
def test_a_name_typed_while_the_door_is_busy_is_never_taken_for_a_code(qtbot, busy_door, fresh, name):
    """After a check-in, the first keys wait in the queue and arrive in one burst, at any point of the name."""
    codes = [r["code"] for r in fresh.registrations.of_event(fresh.event_id) if r["status"] == "registered"]
    for typed_before_busy in range(len(name)):
        scan(qtbot, busy_door, codes.pop())
        assert busy_door.confirmation_state in ("ok", "repeat")
        busy_door.scan.clock.t += 0.8
        gaps = [HUMAN] * typed_before_busy + [QUEUED] * (len(name) - typed_before_busy)
        deliver(qtbot, busy_door, name, gaps, end=None)
        assert busy_door.ui.search.text() == name
        assert busy_door.scanned_code(name) is None

        def top_found():  # a burst is searched once it is over
            top = busy_door.results_model.row(busy_door.highlighted_row())
            return top is not None and name.split()[-1] in top["family_name"].lower()

        qtbot.waitUntil(top_found, timeout=2000)
        top = busy_door.results_model.row(busy_door.highlighted_row())
        busy_door.scan.clock.t += 0.5
        deliver(qtbot, busy_door, "", [], end=Qt.Key.Key_Return)
        assert busy_door.confirmation_state in ("ok", "repeat"), busy_door.ui.confirmDetail.text()
        assert "code" not in busy_door.ui.confirmDetail.text().lower()
        assert name.split()[-1] in busy_door.ui.confirmTitle.text().lower()
        fresh.checkin.undo(fresh.event_id, top["code"])


def test_a_name_typed_and_entered_in_one_queued_burst_stays_a_name(qtbot, busy_door, fresh):
    """Even the Enter waited in the queue: a six-letter name that parses as a code is still a name."""
    deliver(qtbot, busy_door, "jansen", [0.8] + [QUEUED] * 5)
    assert busy_door.confirmation_state == "ok" and "Kees Jansen" in busy_door.ui.confirmTitle.text()


@pytest.mark.parametrize("end", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
def test_real_scanner_input_is_always_a_scan(qtbot, busy_door, fresh, end):
    """Ten keys in 30 ms then Enter (or Tab): checked in at once, whatever the field showed."""
    people = []
    for i, (given, family, code) in enumerate(
        (("Wim", "Rutten", "4711230985"), ("Fenna", "Bos", "HKMWRT"), ("Jop", "Kamps", "K7M3QX"))
    ):
        p = fresh.people.create(Person(given, family, email=f"s{i}@example.org"))
        people.append(fresh.registrations.register(fresh.event_id, p.id, code=code))
    for reg in people:
        scan(qtbot, busy_door, reg.code, end)
        assert busy_door.confirmation_state == "ok", busy_door.ui.confirmDetail.text()
        assert fresh.registrations.get(reg.id).checked_in_at is not None
    # printed with a dash and read in lower case, after staff began typing a name
    fresh.checkin.undo(fresh.event_id, "K7M3QX")
    deliver(qtbot, busy_door, "bak", [HUMAN] * 3, end=None)
    scan(qtbot, busy_door, "k7m-3qx", end)
    assert busy_door.confirmation_state == "ok" and "Jop Kamps" in busy_door.ui.confirmTitle.text()


def test_a_scanned_code_is_checked_in_without_a_name_search(qtbot, busy_door, fresh, monkeypatch):
    """Keys a scanner queued: no search for the partial code, straight to the check-in."""
    searched: list[str] = []
    real = fresh.checkin.search
    monkeypatch.setattr(
        fresh.checkin, "search", lambda e, q, *a, **k: searched.append(q) or real(e, q, *a, **k)
    )
    code = fresh.registrations.of_event(fresh.event_id)[3]["code"]
    busy_door.scan.clock.t += 3.0
    deliver(qtbot, busy_door, code, [3.0] + [QUEUED] * (len(code) - 1))
    assert busy_door.confirmation_state == "ok"
    assert searched == []  # not even the first key: it waited for the keys queued behind it


def test_tab_after_typed_text_keeps_the_field(qtbot, busy_door, fresh):
    busy_door.scan.clock.gaps = [HUMAN] * 4
    post_keys(busy_door.ui.search, "peet", Qt.Key.Key_Tab)
    QCoreApplication.processEvents()
    assert busy_door.ui.search.text() == "peet" and busy_door.ui.search.hasFocus()
    assert fresh.checkin.counts(fresh.event_id)["checked_in"] == 0
