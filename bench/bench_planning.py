"""Planning screen figures: the people directory over 100k people, and seating a big table session.

Prints `name: value unit`. Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_planning.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures import build_store  # noqa: E402

from kcdesk.domain.tables import Seat, assign_tables  # noqa: E402
from kcdesk.services import Services  # noqa: E402


def ms(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from kcdesk.ui.models.people import PeopleModel

    app = QApplication.instance() or QApplication([])  # noqa: F841
    store, event_id = build_store(100_000, 5_000)
    svc = Services(store)
    model = PeopleModel(svc)
    print(f"people_directory_load_100k: {ms(model.reload):.1f} ms")
    print(f"people_directory_sort_by_events_100k: {ms(lambda: model.sort(4)):.1f} ms")
    model.sort(0)
    print(f"people_directory_search_100k: {ms(lambda: model.set_query('jan')):.1f} ms")
    seats = [
        Seat(i, ("policy", "education", "practice", "resident")[i % 4], f"org {i % 150}") for i in range(300)
    ]
    print(f"assign_tables_300_people_30_tables: {ms(lambda: assign_tables(seats, 30, 1)):.2f} ms")
    store.close()


if __name__ == "__main__":
    main()
