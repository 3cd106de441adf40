"""Privacy benchmarks: `python bench/privacy.py` prints `name: value unit` lines.

With 100k people in the directory (5,000 registered for an event), on disk:
- answering an access request (all data of one person, as JSON);
- erasing one person, including rewriting the file so no trace is left (VACUUM);
- listing who the retention period affects;
- anonymising 10,000 people in one transaction.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fixtures import build_store  # noqa: E402

from kcdesk.services.privacy import PrivacyService  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store, event_id = build_store(100_000, 5_000, Path(tmp) / "bench.kcdesk")
        privacy = PrivacyService(store)
        person_id = store.registrations.of_event(event_id)[0]["person_id"]

        start = time.perf_counter()
        privacy.access_data(person_id)
        print(f"privacy_access_request: {(time.perf_counter() - start) * 1000:.1f} ms")

        size = (Path(tmp) / "bench.kcdesk").stat().st_size / 1e6
        start = time.perf_counter()
        report = privacy.erase(person_id)
        print(f"privacy_erase_one_with_vacuum: {time.perf_counter() - start:.2f} s ({size:.0f} MB file)")
        assert report.compacted

        later = dt.date.today() + dt.timedelta(days=1)
        start = time.perf_counter()
        affected = privacy.people_not_seen_since(later, today=later)
        print(f"privacy_retention_list_100k: {time.perf_counter() - start:.2f} s ({len(affected)} people)")

        ids = [r["id"] for r in affected[:10_000]]
        start = time.perf_counter()
        privacy.erase(ids)
        print(f"privacy_anonymise_10k: {time.perf_counter() - start:.2f} s")
        store.close()


if __name__ == "__main__":
    main()
