"""Accreditation benchmarks: `python bench/accreditation.py` prints `name: value unit` lines.

- CSV import of 10,000 rows with a BIG and an SKJ number on each (every BIG number checked),
  beside the same rows without the number columns in the same run (target 1 s, like any import);
- a register's lists for 500 attendees with numbers: the paste list, the CSV and the PDF to sign
  (target: well under the 10 s the issue allows 500 certificates).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures import build_store, csv_rows  # noqa: E402

from kcdesk.domain.accreditation import big_number_ok  # noqa: E402
from kcdesk.domain.models import Event  # noqa: E402
from kcdesk.services import Services  # noqa: E402
from kcdesk.services.csv_import import CsvImporter  # noqa: E402
from kcdesk.store import open_store  # noqa: E402

IMPORT_TARGET_S = 1.0
LIST_TARGET_S = 10.0


def big(i: int) -> str:
    body = f"{i:09d}"
    return next(c + "9" + body for c in "0123456789" if big_number_ok(c + "9" + body))


def with_numbers(text: str) -> str:
    lines = text.splitlines()
    out = [lines[0] + ";BIG-nummer;SKJ-nummer"]
    out += [f"{line};{big(i)};{100_000 + i}" for i, line in enumerate(lines[1:])]
    return "\n".join(out) + "\n"


def timed_import(tmp: Path, name: str, text: str) -> float:
    path = tmp / f"{name}.csv"
    path.write_text(text, encoding="utf-8")
    store = open_store(tmp / f"{name}.kcdesk", create=True)
    event = Services(store).events.create(Event("Bench", dt.date(2030, 1, 1)))
    start = time.perf_counter()
    result = CsvImporter(store).import_file(path, event.id)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    assert not result.errors, result.errors[:3]
    store.close()
    return elapsed


def bench_import(rows: int = 10_000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        plain = csv_rows(rows)
        base = timed_import(Path(tmp), "plain", plain)
        numbers = timed_import(Path(tmp), "numbers", with_numbers(plain))
        print(
            f"csv_import_{rows // 1000}k_rows_with_register_numbers: {numbers:.2f} s "
            f"(without the number columns {base:.2f} s, ratio {numbers / base:.2f}; target {IMPORT_TARGET_S:g} s)"
        )


def bench_lists(attendees: int = 500) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store, event_id = build_store(5_000, attendees)
        svc = Services(store)
        svc.accreditation.set_accreditation(event_id, "BIG", "B-1", 2, 2, "granted")
        with store.write():
            for i, r in enumerate(svc.registrations.of_event(event_id)):
                svc.checkin.check_in(event_id, r["code"])
                svc.accreditation.set_membership(r["person_id"], "BIG", big(i))
        for ext in ("txt", "csv", "pdf"):
            start = time.perf_counter()
            _, n = svc.exports.accreditation_list(event_id, "BIG", Path(tmp) / f"big.{ext}")
            elapsed = time.perf_counter() - start
            assert n == attendees
            print(f"accreditation_list_{attendees}_{ext}: {elapsed:.2f} s (target {LIST_TARGET_S:g} s)")
        store.close()


def main() -> None:
    bench_import()
    bench_lists()


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    main()
