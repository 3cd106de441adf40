"""kcdesk benchmarks: `make bench` prints `name: value unit` lines.

Figures the issues name as targets:
- door search p99 <= 16 ms with 100k people (one frame), 5,000 registered for the event;
- CSV import of 10k rows <= 1 s;
- scanned code -> checked in (service) <= 50 ms (the UI part is in bench_door.py);
- opening a database.
Beside our search, the same queries run the way pretixSCAN's offline search
works (substring LIKE '%...%' over name and email, only from 4 characters),
and the ratio is printed.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures import FIRST, LAST, build_store, csv_rows  # noqa: E402

from kcdesk.services import Services  # noqa: E402
from kcdesk.services.csv_import import CsvImporter  # noqa: E402
from kcdesk.services.import_undo import redo_import, undo_import  # noqa: E402
from kcdesk.store import open_store  # noqa: E402


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def typed_queries(rnd: random.Random, n: int) -> list[str]:
    """What staff type: every prefix of a given name, then of 'given family'."""
    out = []
    for _ in range(n):
        given, family = rnd.choice(FIRST), rnd.choice(LAST)
        text = f"{given.lower()} {family.split()[-1].lower()}"
        out += [text[:i] for i in range(1, len(text) + 1) if not text[:i].endswith(" ")]
    return out


def pretix_like(store, event_id: int, query: str) -> list:
    """pretixSCAN-style offline search: substring scan over name and email (>= 4 characters)."""
    if len(query) < 4:
        return []
    return store.search.substring_scan(event_id, query, limit=20)


def bench_search(people: int, registered: int) -> None:
    store, event_id = build_store(people, registered)
    svc = Services(store)
    rnd = random.Random(people)
    queries = typed_queries(rnd, 60)
    for q in queries[:20]:  # warm up
        svc.checkin.search(event_id, q)
    ours, theirs = [], []
    for q in queries:
        t = time.perf_counter()
        svc.checkin.search(event_id, q)
        ours.append((time.perf_counter() - t) * 1000)
    long_queries = [q for q in queries if len(q) >= 4]
    ours_long = []
    for q in long_queries:
        t = time.perf_counter()
        svc.checkin.search(event_id, q, fuzzy=False)
        ours_long.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        pretix_like(store, event_id, q)
        theirs.append((time.perf_counter() - t) * 1000)
    label = f"{people // 1000}k" if people >= 1000 else str(people)
    print(f"door_search_p50_{label}: {statistics.median(ours):.2f} ms")
    print(f"door_search_p99_{label}: {pct(ours, 99):.2f} ms")
    print(f"pretix_like_search_p50_{label}: {statistics.median(theirs):.2f} ms")
    print(f"pretix_like_search_p99_{label}: {pct(theirs, 99):.2f} ms")
    print(
        f"pretix_like_vs_ours_p50_ratio_{label}: {statistics.median(theirs) / statistics.median(ours_long):.1f} x"
    )

    if people == max(SIZES):
        codes = [r["code"] for r in store.registrations.of_event(event_id)[:300]]
        times = []
        for code in codes:
            t = time.perf_counter()
            svc.checkin.check_in(event_id, code)
            times.append((time.perf_counter() - t) * 1000)
        print(f"scan_to_checked_in_service_p50_{label}: {statistics.median(times):.2f} ms")
        print(f"scan_to_checked_in_service_p99_{label}: {pct(times, 99):.2f} ms")
    store.close()


def bench_import(rows: int = 10_000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reg.csv"
        path.write_text(csv_rows(rows), encoding="utf-8")
        db = Path(tmp) / "b.kcdesk"
        store = open_store(db, create=True)
        svc = Services(store)
        import datetime as dt

        from kcdesk.domain.models import Event

        event = svc.events.create(Event("Bench", dt.date(2030, 1, 1)))
        t = time.perf_counter()
        result = CsvImporter(store).import_file(path, event.id)
        elapsed = time.perf_counter() - t
        assert result.imported == rows, result.as_dict()["errors"][:3]
        print(f"csv_import_{rows // 1000}k_rows: {elapsed:.2f} s")
        t = time.perf_counter()
        again = CsvImporter(store).import_file(path, event.id)
        print(f"csv_reimport_{rows // 1000}k_rows_unchanged: {time.perf_counter() - t:.2f} s")
        assert again.unchanged == rows
        t = time.perf_counter()
        undo_import(store, result.changes)  # type: ignore[arg-type]
        print(f"csv_import_undo_{rows // 1000}k_rows: {time.perf_counter() - t:.2f} s")
        t = time.perf_counter()
        redo_import(store, result.changes)  # type: ignore[arg-type]
        print(f"csv_import_redo_{rows // 1000}k_rows: {time.perf_counter() - t:.2f} s")
        store.close()


def bench_open() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "open.kcdesk"
        store, _ = build_store(100_000, 5_000, path=db)
        store.close()
        times = []
        for _ in range(5):
            t = time.perf_counter()
            s = open_store(db)
            Services(s).event_list.summaries()
            times.append((time.perf_counter() - t) * 1000)
            s.close()
        print(f"open_database_100k_people: {statistics.median(times):.1f} ms")


SIZES = (1_000, 10_000, 100_000)

if __name__ == "__main__":
    # One QApplication for the whole run: the PDF benchmarks would otherwise start a
    # QGuiApplication, on which the door benchmark's widgets cannot be created.
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    for n in SIZES:
        bench_search(n, min(n, 5_000))
    bench_import()
    bench_open()
    __import__("bench_export").main()  # notes & export (issue 5)
    __import__("bench_door").bench_door()  # door mode through the Qt widgets (issue 4)
    __import__("bench_planning").main()  # planning: directory and seating (issue 3)
    # whole-process start-up and peak memory beside empty PySide6 (issue 16), from a fresh small
    # process: a child's peak memory starts at its parent's, and this one has grown by now
    subprocess.run([sys.executable, str(Path(__file__).with_name("startup.py"))], check=True)
    __import__("open_db").main()  # opening 1M people without the check after a clean close (issue 16)
    __import__("csv_limit").main()  # CSV import beside plain executemany, and linearity (issue 16)
    __import__("directory").main()  # people directory: pages by key, scrolling, memory (issue 16)
    __import__("mail").main()  # mail: queue and send 300 confirmations (issue 12)
    __import__("accreditation").main()  # accreditation: import with numbers, the registers' lists (issue 17)
    __import__("bench_door_search").main()  # the door at the limit: index, scanner, keystrokes (issue 13)
