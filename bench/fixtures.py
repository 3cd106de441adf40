"""Synthetic people for benchmarks: Dutch-looking names with particles and accents."""

from __future__ import annotations

import datetime as dt
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
    rnd = random.Random(seed)
    out = []
    for i in range(n):
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
