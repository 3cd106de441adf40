"""A write lock left by kcdesk on another computer (shared by the tests)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from kcdesk.store import lock


def foreign_lock(db: Path, host: str = "laptop-elders") -> None:
    """Mark ``db`` as open for writing by kcdesk on ``host``, since now."""
    lock.lock_path(db).write_text(
        json.dumps(
            {"program": "kcdesk", "host": host, "pid": 4242, "since": dt.datetime.now(dt.UTC).isoformat()}
        ),
        encoding="utf-8",
    )
