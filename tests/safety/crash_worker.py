"""Imports a CSV file in batches, then checks everyone in, one transaction each.

Run by test_crash.py and killed with SIGKILL at random moments. After every
COMMITTED transaction it prints (and flushes) one line:

    import N        rows 1..N of the file are in the database
    checkin CODE    registration CODE is checked in

    python crash_worker.py DB CSV EVENT_ID
"""

from __future__ import annotations

import sys


def main(db: str, csv_path: str, event_id: int) -> int:
    from kcdesk.services import Services
    from kcdesk.services.csv_import import CsvImporter
    from kcdesk.store import open_store

    store = open_store(db)
    svc = Services(store)
    svc.checkin.station = "crash"

    def committed(n: int) -> None:
        print(f"import {n}", flush=True)

    CsvImporter(store).import_file(csv_path, event_id, batch_size=500, committed=committed)
    for row in store.registrations.waiting(event_id):
        svc.checkin.check_in(event_id, row["code"])
        print(f"checkin {row['code']}", flush=True)
    print("done", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
