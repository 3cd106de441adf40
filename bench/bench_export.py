"""Export benchmarks: `name: value unit` lines.

Targets (issue 5): 500 certificates -> PDF <= 10 s; draft article <= 0.3 s.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fixtures import build_store  # noqa: E402

from kcdesk.domain.models import Organiser  # noqa: E402
from kcdesk.export import export  # noqa: E402
from kcdesk.services import Services  # noqa: E402
from kcdesk.services.demo import load_demo  # noqa: E402
from kcdesk.store import open_store  # noqa: E402


def bench_certificates(n: int = 500) -> None:
    store, event_id = build_store(n, n)
    svc = Services(store)
    event = svc.events.get(event_id)
    event.start_time, event.end_time = dt.time(14, 0), dt.time(17, 0)
    event.venue.name = "Hogeschool Merwede"
    svc.events.update(event)
    svc.events.save_organiser(Organiser("Netwerk Sociaal Domein Zuid"))
    with store.write():
        for r in svc.registrations.of_event(event_id):
            svc.checkin.check_in(event_id, r["code"])
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "certificates.pdf"
        t = time.perf_counter()
        export(svc, event_id, "certificates", out)
        elapsed = time.perf_counter() - t
        print(f"certificates_{n}_pdf: {elapsed:.2f} s")
        print(f"certificates_{n}_pdf_size: {out.stat().st_size / 1e6:.1f} MB")
        try:
            import pypdf

            print(f"certificates_{n}_pdf_pages: {len(pypdf.PdfReader(str(out)).pages)} pages")
        except ImportError:  # pypdf is a dev dependency
            pass
    store.close()


def bench_article() -> None:
    store = open_store(None)
    svc = Services(store)
    event_id = load_demo(svc)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("md", "html", "docx"):
            times = []
            for _ in range(5):
                t = time.perf_counter()
                export(svc, event_id, "article", Path(tmp) / f"article.{fmt}")
                times.append(time.perf_counter() - t)
            print(f"draft_article_{fmt}: {statistics.median(times):.3f} s")
    store.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as data:
        os.environ.setdefault("KCDESK_DATA_DIR", data)  # no user templates in the way
        from kcdesk.output.gui import gui_app

        gui_app()
        bench_article()
        bench_certificates()


if __name__ == "__main__":
    main()
