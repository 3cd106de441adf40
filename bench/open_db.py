"""Opening a database of a million people (issue 16): the integrity check runs only after an
unclean close or before an upgrade, so a clean open costs no `PRAGMA quick_check`.

Prints `open_database_1m: X ms` (open, list the events, close; median of 5) beside the same open
when the check runs (the last session did not close cleanly). The 1M file is built once (about a
minute) and kept in var/bench/. Run: .venv/bin/python bench/open_db.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    from fixtures import cached_file, own_data_dir

    with tempfile.TemporaryDirectory() as tmp, own_data_dir(tmp):  # the clean-close notes of this run only
        from kcdesk.services import Services
        from kcdesk.store import clean_close, open_store

        path = cached_file("people-1m", 1_000_000, 5_000)

        def open_once(checked: bool) -> float:
            if checked:
                clean_close.forget(path)
            t = time.perf_counter()
            store = open_store(path)
            Services(store).event_list.summaries()
            elapsed = (time.perf_counter() - t) * 1000
            store.close()
            return elapsed

        open_once(True)  # warm the page cache
        checked, clean = [], []
        for _ in range(5):
            checked.append(open_once(True))
            clean.append(open_once(False))
        print(
            f"open_database_1m: {statistics.median(clean):.0f} ms "
            f"(after an unclean close, with the check: {statistics.median(checked):.0f} ms; target <= 200)"
        )


if __name__ == "__main__":
    main()
