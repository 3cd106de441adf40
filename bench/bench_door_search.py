"""The door at the limit (issue 13): search latency, scan to confirmation, keystrokes to first place.

Realistic Dutch names: given and family names drawn from Faker's ``nl_NL``
lists (about 500 given names, 1,100 family names with their particles), so
people share names as often as at a real event. Each figure is printed beside
its baseline, measured in the same run: a pretixSCAN-style offline search
(substring ``LIKE '%…%'`` over name and e-mail, from four characters on).

- door search in the engine, p50/p99 over independent typed queries, at
  100k people/5k registered and 1M people/20k registered (target p99 <= 2 ms,
  >= 10x the LIKE scan at p50 and >= 5x at p99);
- a scanned code (its keys in one burst and Enter, fed to the door window)
  until it is checked in and the confirmation painted (target p99 <= 10 ms);
- keystrokes to first place: for registered people (1,000 of them, 300 for the
  slow LIKE scan; during arrival all of them), the fewest characters typed
  before they are the top result: a prefix
  of the given name, then of the whole name, or (ours only) the first initial
  and the start of the family name ("jh", "jhof"); once with nobody in yet, and
  once during arrival (people found in random order and checked in as they
  are found). Target: mean <= 3 and p95 <= 5 during arrival.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import random
import statistics
import sys
import time
from functools import cache
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from kcdesk.domain.codes import ALPHABET  # noqa: E402
from kcdesk.domain.models import Event  # noqa: E402
from kcdesk.domain.names import (  # noqa: E402
    display_name,
    fold,
    normalised_key,
    search_text,
    sort_key,
    split_name,
    words,
)
from kcdesk.services import Services  # noqa: E402
from kcdesk.store import open_store  # noqa: E402
from kcdesk.store.rows import now, ts  # noqa: E402

KINDS = [
    "Gemeente",
    "GGD",
    "Buurtteam",
    "Hogeschool",
    "Stichting Welzijn",
    "Wijkteam",
    "ROC",
    "Woonstichting",
]
SECTORS = ["policy", "education", "practice", "resident", "other"]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))]


def dutch_names(n: int, seed: int) -> list[tuple[str, str, str, str]]:
    """(given, particle, family, organisation) drawn from Faker's nl_NL name lists."""
    from faker import Faker

    fake = Faker("nl_NL")
    provider = fake.provider("faker.providers.person")
    given = sorted(set(provider.first_names_male) | set(provider.first_names_female))
    family = sorted(set(provider.last_names))
    cities = sorted({fake.city() for _ in range(60)})
    orgs = [f"{k} {c}" for k in KINDS for c in cities[:12]]
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        g = rnd.choice(given)
        _, particle, fam = split_name(f"{g} {rnd.choice(family)}")
        out.append((g, particle, fam, rnd.choice(orgs)))
    return out


@cache
def _w(text: str) -> list[str]:
    return words(text)


@cache
def _k(text: str) -> str:
    return normalised_key(text, "", "", "")[:-1]


def _person_columns(i: int, g: str, p: str, f: str, o: str) -> tuple[str, str, str, str]:
    """(e-mail, sort key, match key, indexed text) as the store computes them, from cached parts."""
    joined = "".join(_w(p) + _w(f))
    local = _w(g) + ([joined] if joined else [])
    email = ".".join(local) + f".{i}@example.nl"
    tokens = _w(g) + _w(p) + _w(f) + ([joined] if p and joined else []) + _w(o) + local + [str(i)]
    key = f"{fold(f).strip()}\x00{fold(g).strip()}\x00{fold(p).strip()}"
    return email, key, f"{_k(g)}{_k(p)}{_k(f)}|{_k(o)}", " ".join(tokens)


def build(n_people: int, n_registered: int, seed: int = 13) -> tuple[Any, int]:
    """An in-memory database, people and registrations inserted with executemany.

    The directory's indexes and full-text index are made once at the end, not row by row,
    so a million people take seconds, not minutes.
    """
    store = open_store(None)
    svc = Services(store)
    event = svc.events.create(Event("Bench café", dt.date(2030, 1, 1)))
    stamp = ts(now())
    rnd = random.Random(seed)
    names = dutch_names(n_people, seed)

    def person_rows():
        for i, (g, p, f, o) in enumerate(names):
            email, key, match, text = _person_columns(i, g, p, f, o)
            if i < 200:  # the shortcut gives what the store itself computes
                assert (key, match, text) == (
                    sort_key(g, p, f),
                    normalised_key(g, p, f, o),
                    search_text(g, p, f, o, email),
                ), (g, p, f, o)
            yield (i + 1, g, p, f, email, o, SECTORS[i % 5], key, match, text, stamp)

    with store.write() as db:
        # the trigger and indexes of people are made again after the rows are in: sorting once
        # is much faster than a million inserts into each
        later = [
            r[0]
            for r in db.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name = 'people' AND sql IS NOT NULL"
                " AND (type = 'index' OR name = 'people_ai')"
            )
        ]
        for kind, name in db.execute(
            "SELECT type, name FROM sqlite_master WHERE tbl_name = 'people' AND sql IS NOT NULL"
            " AND (type = 'index' OR name = 'people_ai')"
        ).fetchall():
            db.execute(f"DROP {kind.upper()} {name}")
        db.conn.executemany(
            """INSERT INTO people(id, given_name, particle, family_name, email, organisation, sector,
                                  sort_key, match_key, search_text, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?11)""",
            person_rows(),
        )
        for sql in later:
            db.execute(sql)
        db.execute("INSERT INTO people_fts(people_fts) VALUES ('rebuild')")
        chosen = rnd.sample(range(1, n_people + 1), n_registered)
        codes: set[str] = set()
        while len(codes) < n_registered:
            codes.add("".join(rnd.choice(ALPHABET) for _ in range(6)))
        db.conn.executemany(
            "INSERT INTO registrations(event_id, person_id, code, status, source, registered_at)"
            " VALUES (?, ?, ?, 'registered', 'import', ?)",
            ((event.id, pid, code, stamp) for pid, code in zip(chosen, sorted(codes), strict=True)),
        )
    return store, event.id  # type: ignore[return-value]


def like_scan(store: Any, event_id: int, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """pretixSCAN's offline search: LIKE '%q%' over the displayed name and e-mail, from 4 characters."""
    if len(query) < 4:
        return []
    like = f"%{query}%"
    return list(
        store.db.query(
            """SELECT r.id, r.code FROM registrations r JOIN people p ON p.id = r.person_id
               WHERE r.event_id = ? AND (
                 (p.given_name || ' ' || CASE WHEN p.particle != '' THEN p.particle || ' ' ELSE '' END
                  || p.family_name) LIKE ? OR p.email LIKE ?)
               LIMIT ?""",
            [event_id, like, like, limit],
        )
    )


def typed(row: dict[str, Any]) -> list[str]:
    """What staff type for one person, key by key: the given name, then the whole name."""
    full = display_name(row["given_name"], row["particle"], row["family_name"]).lower()
    return [full[:i] for i in range(1, len(full) + 1) if not full[:i].endswith(" ")]


def timed(run, queries: list[str], repeat: int = 3) -> list[float]:
    """Milliseconds per query, as timeit measures: the garbage collector off, the best of ``repeat``.

    The reference machine's two cores are shared: the best of a few runs is the
    query's own time, not another program's. Ours and the LIKE scan alike.
    """
    gc.collect()
    gc.disable()
    try:
        out = []
        for q in queries:
            best = float("inf")
            for _ in range(repeat):
                t = time.perf_counter()
                run(q)
                best = min(best, time.perf_counter() - t)
            out.append(best * 1000)
        return out
    finally:
        gc.enable()


def bench_latency(store: Any, svc: Services, event_id: int, label: str) -> None:
    rows = store.registrations.of_event(event_id)
    rnd = random.Random(3)
    queries = [q for r in rnd.sample(rows, 120) for q in typed(r)]
    t = time.perf_counter()
    svc.checkin.prepare(event_id)
    prepare_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    while svc.checkin.warm_more(event_id):  # what the door does in idle slices after it opens
        pass
    warm_ms = (time.perf_counter() - t) * 1000
    for q in queries[:50]:  # warm up the interpreter, not the answers
        svc.checkin.search(event_id, q + "x")
    rnd.shuffle(queries)  # independent queries, not one name typed on
    long = [q for q in queries if len(q) >= 4][:200]  # the LIKE scan is slow: 200 of them
    ours = timed(lambda q: svc.checkin.search(event_id, q), queries)
    ours_long = timed(lambda q: svc.checkin.search(event_id, q), long)
    theirs = timed(lambda q: like_scan(store, event_id, q), long)
    index = svc.checkin.finder.index(event_id)

    def cold(q: str) -> None:
        for word in [w for w in index._cache if len(w) >= 3]:  # only what the door prepares is kept
            del index._cache[word]
        svc.checkin.search(event_id, q)

    first = timed(cold, queries[:300], repeat=1)
    p50, p99 = statistics.median(ours), pct(ours, 99)
    l50, l99 = statistics.median(ours_long), pct(ours_long, 99)
    t50, t99 = statistics.median(theirs), pct(theirs, 99)
    print(f"door_index_build_{label}: {prepare_ms:.0f} ms (then {warm_ms:.0f} ms in idle slices of 5 ms)")
    print(f"door_search_p50_{label}: {p50:.3f} ms  (LIKE scan {t50:.3f} ms)")
    print(f"door_search_p99_{label}: {p99:.3f} ms  (target <= 2 ms; LIKE scan {t99:.3f} ms)")
    print(
        f"door_search_first_time_p50_p99_{label}: {statistics.median(first):.3f}"
        f" / {pct(first, 99):.3f} ms  (no word of 3+ letters kept from before)"
    )
    print(f"door_search_vs_like_p50_ratio_{label}: {t50 / l50:.1f} x  (target >= 10 x; 4+ characters)")
    print(f"door_search_vs_like_p99_ratio_{label}: {t99 / l99:.1f} x  (target >= 5 x; 4+ characters)")


def bench_scan(store: Any, svc: Services, event_id: int, label: str) -> None:
    """A scanner's burst (ten keys, Enter) in the door window until the confirmation is painted."""
    from bench_door import open_door
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    bridge, door = open_door(svc, event_id)
    field = door.ui.search
    codes = [r["code"] for r in store.registrations.of_event(event_id)[:220]]
    scans, cpu = [], []
    gc.collect()
    gc.disable()  # as timeit does
    try:
        for i, code in enumerate(codes):
            t, c = time.perf_counter(), time.thread_time()
            QTest.keyClicks(field, code)
            QTest.keyClick(field, Qt.Key.Key_Return)
            door.ui.confirmation.repaint()
            elapsed, spent = (time.perf_counter() - t) * 1000, (time.thread_time() - c) * 1000
            assert door.confirmation_state == "ok", door.ui.confirmDetail.text()
            if i >= 20:  # the first ones lay out and paint the window's parts for the first time
                scans.append(elapsed)
                cpu.append(spent)
            app.processEvents()  # the side panels refresh after the confirmation (not timed)
    finally:
        gc.enable()
    print(
        f"door_scan_to_confirmation_p50_p99_{label}: {statistics.median(scans):.2f} / {pct(scans, 99):.2f} ms"
        f"  (target p99 <= 10 ms; CPU time of the door's thread {statistics.median(cpu):.2f} / {pct(cpu, 99):.2f} ms)"
    )
    bridge.detach()
    door.shut()
    door.close()


def first_place(svc: Services, event_id: int, row: dict[str, Any], like: Any | None) -> int | None:
    """The fewest characters typed before this person is the top result (None: never)."""
    tries = typed(row)
    given, family = words(row["given_name"]), "".join(words(row["family_name"]))
    if given and family and like is None:  # initials, then on with the family name: "jh", "jho", "jhof"
        tries += [given[0][0] + family[:i] for i in range(1, len(family) + 1)]
    best = None
    for q in sorted((q for q in tries if q), key=len):
        if best is not None and len(q) >= best:
            break
        if like is not None:
            found = like(q)
            top = found[0]["id"] if found else None
        else:
            found = svc.checkin.search(event_id, q, limit=1, fuzzy=False)
            top = found[0]["registration_id"] if found else None
        if top == row["id"]:
            best = len(q)
    return best


def bench_keystrokes(n_people: int, n_registered: int) -> None:
    store, event_id = build(n_people, n_registered, seed=n_registered)
    svc = Services(store)
    svc.checkin.prepare(event_id)
    rows = store.registrations.of_event(event_id)
    label = f"{n_people // 1000}k_{n_registered}"

    def like(q: str) -> list[dict[str, Any]]:
        return like_scan(store, event_id, q, limit=1)

    def summary(counts: list[int | None]) -> str:
        reached = [c for c in counts if c is not None]
        never = len(counts) - len(reached)
        p95 = pct([c if c is not None else 99 for c in counts], 95)
        mean = statistics.mean(reached) if reached else float("nan")
        return f"mean {mean:.2f}, p95 {p95 if p95 < 99 else 'never'}, never first {never} of {len(counts)}"

    sample = random.Random(1).sample(rows, min(len(rows), 1000))
    idle_ours = [first_place(svc, event_id, r, None) for r in sample]
    idle_like = [first_place(svc, event_id, r, like) for r in sample[:300]]  # the LIKE scan is slow
    arrival_ours = []
    for r in random.Random(2).sample(rows, len(rows)):  # everyone, found in random order, checked in as found
        arrival_ours.append(first_place(svc, event_id, r, None))
        svc.checkin.check_in(event_id, r["code"])
    print(f"keystrokes_to_first_place_nobody_in_{label}: ours {summary(idle_ours)}")
    print(f"keystrokes_to_first_place_nobody_in_{label}: LIKE {summary(idle_like)}")
    print(
        f"keystrokes_to_first_place_during_arrival_{label}: ours {summary(arrival_ours)}"
        "  (target mean <= 3, p95 <= 5; LIKE does not change as people arrive)"
    )
    store.close()


def main() -> None:
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    for n_people, n_registered in ((100_000, 5_000), (1_000_000, 20_000)):
        label = f"{n_people // 1000}k"
        t = time.perf_counter()
        store, event_id = build(n_people, n_registered)
        print(f"door_fixture_build_{label}_{n_registered}: {time.perf_counter() - t:.1f} s")
        svc = Services(store)
        bench_latency(store, svc, event_id, label)
        bench_scan(store, svc, event_id, label)
        store.close()
    bench_keystrokes(10_000, 300)
    bench_keystrokes(100_000, 5_000)


if __name__ == "__main__":
    main()
