"""Crash safety: SIGKILL at random moments never costs a committed transaction.

A worker process imports 10,000 CSV rows (in batches) and checks people in,
printing a line after each commit. It is killed at random moments at least
20 times; after each kill the database must open, pass PRAGMA
integrity_check, and hold every row whose commit was printed.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kcdesk.domain.models import Event
from kcdesk.services import Services
from kcdesk.store import open_store

ROWS = 10_000
KILLS = 20
WORKER = Path(__file__).with_name("crash_worker.py")


def _csv(path: Path) -> None:
    lines = ["Voornaam;Achternaam;E-mail;Organisatie;Sector"]
    sectors = ("Beleid", "Onderwijs", "Praktijk", "Bewoner")
    for i in range(1, ROWS + 1):
        lines.append(f"Persoon{i};Achternaam{i};p{i}@example.org;Organisatie {i % 97};{sectors[i % 4]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _run(db: Path, csv: Path, event_id: int, phase: str, count: int, extra: float) -> tuple[list[str], int]:
    """Run the worker and SIGKILL it ``extra`` seconds after its ``count``-th ``phase`` line.

    Kill moments follow the worker's progress, not the clock, so a busy machine
    moves them in time but not in what they interrupt. Output goes to a file,
    not a pipe: a full pipe would stall the worker in print().
    """
    out_path = db.with_name("worker.out")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    with out_path.open("w") as out, db.with_name("worker.err").open("a") as err:
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(db), str(csv), str(event_id)], stdout=out, stderr=err, env=env
        )
        give_up = time.monotonic() + 300  # a hung worker must not hang the suite
        while proc.poll() is None and time.monotonic() < give_up:
            lines = out_path.read_text().splitlines()
            if sum(line.startswith(phase) for line in lines) >= count:
                time.sleep(extra)  # into the next transaction
                break
            time.sleep(0.002)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
    return out_path.read_text().splitlines(), proc.returncode


def _check(db: Path, event_id: int, printed: list[str], imported_before: int) -> int:
    """The database opens, is intact, and holds every commit the worker printed."""
    store = open_store(db)  # opens (recovering the WAL) without complaint
    try:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
        imported = max([int(x.split()[1]) for x in printed if x.startswith("import ")] + [imported_before])
        regs = store.registrations.of_event(event_id)
        emails = {r["email"] for r in regs}
        missing = [i for i in range(1, imported + 1) if f"p{i}@example.org" not in emails]
        assert missing == [], f"committed rows lost: {missing[:5]}"
        checked = {r["code"] for r in regs if r["checked_in_at"]}
        codes = [x.split()[1] for x in printed if x.startswith("checkin ")]
        lost = [c for c in codes if c not in checked]
        assert lost == [], f"committed check-ins lost: {lost[:5]}"
        # the derived state agrees with the journal it comes from
        journal = {e.code for e in store.journal.for_event(event_id)}
        assert checked <= journal
    finally:
        store.close()
    return imported


def _new_event(db: Path, n: int) -> int:
    store = open_store(db, create=not db.exists())
    event = Services(store).events.create(
        Event(f"Kenniscafé {n}", dt.date(2026, 1, 1) + dt.timedelta(days=n))
    )
    store.close()
    return event.id  # type: ignore[return-value]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_never_loses_a_committed_transaction(tmp_path):
    seed = int(os.environ.get("KCDESK_CRASH_SEED", "2026"))
    rnd = random.Random(seed)
    db, csv = tmp_path / "crash.kcdesk", tmp_path / "rows.csv"
    _csv(csv)
    kills, seen = 0, {"import": 0, "checkin": 0}
    event_id, imported = _new_event(db, 0), 0
    runs = 0
    while kills < KILLS and runs < 3 * KILLS:
        runs += 1
        # half the runs resume the interrupted event, half start a new one
        if kills and rnd.random() < 0.5:
            event_id, imported = _new_event(db, runs), 0
        # kill during the import (20 batches of 500 rows) or during the check-ins
        phase = rnd.choice(("import", "checkin"))
        count = rnd.randint(1, 19) if phase == "import" else rnd.randint(1, 400)
        printed, code = _run(db, csv, event_id, phase, count, rnd.uniform(0, 0.02))
        imported = _check(db, event_id, printed, imported)
        for kind in seen:
            seen[kind] += any(x.startswith(kind) for x in printed)
        if printed and printed[-1] == "done":  # finished before the kill: a new event next time
            event_id, imported = _new_event(db, runs), 0
            continue
        assert code == -signal.SIGKILL
        kills += 1
    assert kills >= KILLS, f"only {kills} kills in {runs} runs (seed {seed})"
    assert seen["import"] >= 3 and seen["checkin"] >= 3, (
        f"kills did not hit both phases: {seen} (seed {seed})"
    )
