"""CSV import against the limit of SQLite (issue 16): `kcdesk import` of 10k rows as a whole
process, beside a plain Python process that reads the same file with the csv module and inserts
the people and their registrations with sqlite3 `executemany` into the same schema (indexes,
search index and its triggers) in one transaction. Then 100k rows, for linearity.

Prints `csv_import_ratio_10k: X x` (target <= 1.3) and `csv_import_linearity_100k: X x`
(the time per row at 100k over the time per row at 10k; 1.0 is linear).
Run: .venv/bin/python bench/csv_limit.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: The limit: read the CSV, insert people and registrations with executemany, one transaction.
PLAIN = """
import csv, io, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA foreign_keys = ON")
con.execute("PRAGMA journal_mode = WAL")
con.execute("PRAGMA synchronous = NORMAL")
rows = list(csv.reader(io.StringIO(open(sys.argv[2], encoding="utf-8-sig").read()), delimiter=";"))[1:]
now = "2030-01-01T00:00:00+00:00"
con.execute("BEGIN")
first = (con.execute("SELECT coalesce(max(id), 0) FROM people").fetchone()[0]) + 1
con.executemany(
    "INSERT INTO people(given_name, particle, family_name, email, organisation, sector, sort_key, match_key,"
    " search_text, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    ((g, p, f, e, o, s, f"{f} {g}".lower(), f"{g}|{f}|{o}".lower(), f"{g} {p} {f} {o} {e}".lower(), now, now)
     for g, p, f, e, o, s in rows),
)
con.executemany(
    "INSERT INTO registrations(event_id, person_id, code, status, source, registered_at)"
    " VALUES (1, ?, ?, 'registered', 'import', ?)",
    ((first + i, f"C{i:07d}", now) for i in range(len(rows))),
)
con.execute("COMMIT")
con.close()
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    sys.path.insert(0, str(HERE))
    from fixtures import csv_rows

    kcdesk = Path(sys.executable).with_name("kcdesk")
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, KCDESK_DATA_DIR=f"{tmp}/data")
        empty = Path(tmp) / "empty.kcdesk"
        make = (
            "import sys, datetime as dt; from kcdesk.store import open_store; from kcdesk.services import Services;"
            "from kcdesk.domain.models import Event; s = open_store(sys.argv[1], create=True);"
            "Services(s).events.create(Event('Bench', dt.date(2030, 1, 1))); s.close()"
        )
        subprocess.run([sys.executable, "-c", make, str(empty)], check=True, env=env)
        per_row = {}
        for rows, runs in ((10_000, 3), (100_000, 1)):
            csv_path = Path(tmp) / f"{rows}.csv"
            csv_path.write_text(csv_rows(rows), encoding="utf-8")
            ours, plain = [], []
            for i in range(runs):
                a, b = Path(tmp) / f"a{rows}-{i}.kcdesk", Path(tmp) / f"b{rows}-{i}.kcdesk"
                shutil.copy(empty, a)
                shutil.copy(empty, b)
                ours.append(
                    timed([str(kcdesk), "--db", str(a), "import", str(csv_path), "--event", "1"], env)
                )
                plain.append(timed([sys.executable, "-c", PLAIN, str(b), str(csv_path)], env))
            o, p = statistics.median(ours), statistics.median(plain)
            label = f"{rows // 1000}k"
            per_row[rows] = o / rows
            print(f"csv_import_{label}: {o:.2f} s (plain executemany {p:.2f} s)")
            print(f"csv_import_ratio_{label}: {o / p:.2f} x" + (" (target <= 1.3)" if rows == 10_000 else ""))
        print(
            f"csv_import_linearity_100k: {per_row[100_000] / per_row[10_000]:.2f} x (time per row vs 10k; 1.0 is linear)"
        )


if __name__ == "__main__":
    main()
