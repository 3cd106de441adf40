"""Synthetic people for benchmarks: Dutch-looking names with particles and accents."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
from pathlib import Path

from kcdesk.domain.models import Event, Person
from kcdesk.services import Services
from kcdesk.store import open_store

FIRST = [
    "Anna",
    "Bram",
    "Chantal",
    "Daan",
    "Emre",
    "Fatima",
    "Gert",
    "Hanneke",
    "Ingrid",
    "Josien",
    "Kees",
    "Lotte",
    "Mohamed",
    "Nicole",
    "Olga",
    "Pieter",
    "Rachid",
    "Sanne",
    "Thijs",
    "Zoë",
    "Ayşe",
    "Björn",
    "Chloé",
    "Désirée",
    "Noor",
    "Sem",
    "Lieke",
    "Youssef",
    "Willem",
    "Najat",
]
LAST = [
    "Bakker",
    "van Dijk",
    "de Vries",
    "Jansen",
    "Çelik",
    "van der Linden",
    "Visser",
    "Smit",
    "Meijer",
    "de Graaf",
    "Mulder",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Yılmaz",
    "Kaabouni",
    "Beekhuizen",
    "Hofs",
    "ter Horst",
    "van den Berg",
    "Koster",
    "Verhoef",
    "Amrani",
    "Doğan",
]
ORGS = [
    "Gemeente Rotterdam",
    "Hogeschool Rotterdam",
    "Buurtteam Noord",
    "GGD",
    "Museum Rotterdam",
    "Woonstad",
    "ROC Zadkine",
    "Stichting Welzijn",
    "BPSW",
    "Beekhuizen Bindt",
]
SECTORS = ["policy", "education", "practice", "resident", "other"]


def people(n: int, seed: int = 1) -> list[Person]:
    return _people_range(0, n, random.Random(seed))


def build_store(n_people: int, n_registered: int, path: Path | None = None):
    store = open_store(path, create=path is not None)
    svc = Services(store)
    event = svc.events.create(Event("Bench café", dt.date(2030, 1, 1)))
    everyone = people(n_people)
    with store.write():
        store.people.insert_many(everyone)
        rnd = random.Random(7)
        for p in rnd.sample(everyone, n_registered):
            svc.registrations.register(event.id, p.id)
    return store, event.id


def csv_rows(n: int) -> str:
    lines = ["Voornaam;Tussenvoegsel;Achternaam;E-mail;Organisatie;Sector"]
    for i, p in enumerate(people(n, seed=3)):
        lines.append(
            f"{p.given_name};{p.particle};{p.family_name};csv{i}@example.org;{p.organisation};{p.sector}"
        )
    return "\n".join(lines) + "\n"


def build_file(path: Path | str, n_people: int, n_registered: int, seed: int = 1) -> Path:
    """A database file with ``n_people`` in the directory and ``n_registered`` of them registered
    for one event, written with plain executemany (fast enough for 1M people) and closed cleanly."""
    from kcdesk.store.rows import person_to_row

    path = Path(path)
    store = open_store(path, create=True)
    svc = Services(store)
    event = svc.events.create(Event("Bench café", dt.date(2030, 1, 1)))
    now = "2030-01-01T00:00:00+00:00"
    rnd = random.Random(seed)
    with store.write() as db:
        conn = db.conn
        step = 50_000
        for start in range(0, n_people, step):
            batch = [person_to_row(p) for p in _people_range(start, min(n_people, start + step), rnd)]
            cols = [*batch[0], "created_at", "updated_at"]
            conn.executemany(
                f"INSERT INTO people({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                ([*r.values(), now, now] for r in batch),
            )
        chosen = rnd.sample(range(1, n_people + 1), n_registered)
        conn.executemany(
            "INSERT INTO registrations(event_id, person_id, code, status, source, registered_at, checked_in_at)"
            " VALUES (?, ?, ?, 'registered', 'manual', ?, ?)",
            ((event.id, pid, f"B{i:07d}", now, now if i % 3 == 0 else None) for i, pid in enumerate(chosen)),
        )
    store.close()
    return path


def _people_range(start: int, stop: int, rnd: random.Random) -> list[Person]:
    """People number ``start`` to ``stop`` (their e-mail addresses carry the number)."""
    out = []
    for i in range(start, stop):
        last = rnd.choice(LAST).split()
        out.append(
            Person(
                given_name=rnd.choice(FIRST),
                particle=" ".join(last[:-1]),
                family_name=last[-1],
                email=f"p{i}@example.org",
                organisation=rnd.choice(ORGS),
                sector=rnd.choice(SECTORS),
            )
        )
    return out


def cached_file(name: str, n_people: int, n_registered: int) -> Path:
    """``build_file`` once, kept under var/bench/ (ignored by git) for later runs."""
    folder = Path(__file__).resolve().parent.parent / "var" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.kcdesk"
    done = folder / f"{name}.done"
    if not done.exists():
        for side in ("", "-wal", "-shm", ".lock"):
            Path(f"{path}{side}").unlink(missing_ok=True)
        build_file(path, n_people, n_registered)
        done.write_text("ok")
    return path


@contextlib.contextmanager
def own_data_dir(path: str | Path):
    """KCDESK_DATA_DIR set to ``path`` for the benchmark inside (clean-close notes, backups), then back."""
    old = os.environ.get("KCDESK_DATA_DIR")
    os.environ["KCDESK_DATA_DIR"] = str(path)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("KCDESK_DATA_DIR", None)
        else:
            os.environ["KCDESK_DATA_DIR"] = old
