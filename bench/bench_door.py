"""Door mode through the real Qt widgets (offscreen): keystroke -> results, scan -> confirmation.

With 100,000 people in the database and 5,000 registered for the event:
- door_keystroke_to_model_p99: a key pressed in the search field until the
  results model holds the new rows (target <= 16 ms, one frame);
- door_scan_to_confirmation_p99: a scanned code (six fast keys and Enter)
  until the check-in is saved and the confirmation is painted (target <= 50 ms).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures import FIRST, LAST, build_store  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kcdesk.services import Services  # noqa: E402
from kcdesk.ui.bridge import StoreBridge  # noqa: E402


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))]


def open_door(svc: Services, event_id: int):
    """(bridge, door window) for the event, shown at 1280x800 offscreen."""
    from kcdesk.ui.checkin.door import DoorWindow

    app = QApplication.instance() or QApplication([])
    bridge = StoreBridge(svc)
    door = DoorWindow(svc, bridge, event_id, font_size=22)
    door._leaving = True
    door.resize(1280, 800)
    door.show()
    app.processEvents()
    return bridge, door


def bench_door(people: int = 100_000, registered: int = 5_000) -> None:
    app = QApplication.instance() or QApplication([])
    store, event_id = build_store(people, registered)
    svc = Services(store)
    bridge, door = open_door(svc, event_id)
    field = door.ui.search
    model_updates: list[float] = []
    door.results_model.modelReset.connect(lambda: model_updates.append(time.perf_counter()))

    rnd = random.Random(5)
    keystrokes: list[float] = []
    handled: list[float] = []
    for _ in range(60):
        text = f"{rnd.choice(FIRST).lower()} {rnd.choice(LAST).split()[-1].lower()}"
        door.clear_search()
        app.processEvents()
        for ch in text:
            door.scan.reset()  # typed by a person
            t = time.perf_counter()
            QTest.keyClick(field, ch)
            done = time.perf_counter()
            if model_updates and model_updates[-1] >= t:
                keystrokes.append((model_updates[-1] - t) * 1000)
                handled.append((done - t) * 1000)
        app.processEvents()
    door.clear_search()

    codes = [r["code"] for r in store.registrations.of_event(event_id)[:200]]
    scans: list[float] = []
    for code in codes:
        t = time.perf_counter()
        QTest.keyClicks(field, code)
        QTest.keyClick(field, Qt.Key.Key_Return)
        door.ui.confirmation.repaint()  # painted, not just set
        elapsed = (time.perf_counter() - t) * 1000
        assert door.confirmation_state == "ok", door.ui.confirmDetail.text()
        assert code in (door.last_result.code if door.last_result else "")
        scans.append(elapsed)
        app.processEvents()  # the side panels refresh after the confirmation (not timed)
    label = f"{people // 1000}k"
    print(f"door_keystroke_to_model_p50_{label}: {statistics.median(keystrokes):.2f} ms")
    print(f"door_keystroke_to_model_p99_{label}: {pct(keystrokes, 99):.2f} ms")
    print(f"door_keystroke_handled_with_highlight_p99_{label}: {pct(handled, 99):.2f} ms")
    print(f"door_scan_to_confirmation_p50_{label}: {statistics.median(scans):.2f} ms")
    print(f"door_scan_to_confirmation_p99_{label}: {pct(scans, 99):.2f} ms")
    t = time.perf_counter()
    door.refresh_panels()
    print(f"door_side_panels_refresh_{label}: {(time.perf_counter() - t) * 1000:.2f} ms")
    bridge.detach()
    door.close()
    store.close()


if __name__ == "__main__":
    bench_door()
