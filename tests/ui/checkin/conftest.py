import pytest

from kcdesk.ui.bridge import StoreBridge


class FakeClock:
    """Key times for the scan detector: a person (slow) or a scanner (fast)."""

    def __init__(self, step: float = 0.2):
        self.t = 0.0
        self.step = step

    def __call__(self) -> float:
        self.t += self.step
        return self.t


@pytest.fixture
def fresh(demo):
    """The held demo event with nobody checked in yet (the check-ins undone)."""
    for r in demo.registrations.of_event(demo.event_id):
        if r["checked_in_at"]:
            demo.checkin.undo(demo.event_id, r["code"], station="setup")
    demo.checkin.station = "Zaal 2"
    return demo


@pytest.fixture
def door(qtbot, fresh):
    from kcdesk.ui.checkin.door import DoorWindow

    bridge = StoreBridge(fresh)
    window = DoorWindow(fresh, bridge, fresh.event_id, font_size=16)
    window.ask_leave = lambda: True
    window.bridge_ref = bridge
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.clock = FakeClock(0.2)  # staff typing
    window.scan.clock = window.clock
    return window
