"""An import fills the people search index once at the end of each batch, not a trigger run a row;
the index must come out exactly as the trigger would have left it."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest

from dbdump import dump
from kcdesk.domain.models import Event
from kcdesk.services import Services
from kcdesk.services.csv_import import CsvImporter
from kcdesk.store import open_store
from kcdesk.store.people import PeopleQueries

# Anna comes twice (the second row changes her organisation: an update in the same batch),
# Piet already exists, one row is invalid.
ROWS = (
    "Voornaam;Achternaam;E-mail;Organisatie\n"
    "Anna;Bakker;anna@example.org;GGD\n"
    "Émile;de Vries;emile@example.org;Woonstad\n"
    "Anna;Bakker;anna@example.org;Gemeente Rotterdam\n"
    "Piet;Jansen;piet@example.org;Hogeschool\n"
    ";;leeg@example.org;Niemand\n"
    + "".join(f"Persoon{i};Achternaam{i};p{i}@example.org;Organisatie {i % 7}\n" for i in range(60))
)
WORDS = [
    "anna",
    "gemeente",
    "ggd",
    "emile",
    "vries",
    "piet",
    "hogeschool",
    "persoon17",
    "organisatie",
    "jansen",
]


def imported(tmp_path, name: str, batch_size: int | None, deferred: bool, monkeypatch):
    if not deferred:
        monkeypatch.setattr(PeopleQueries, "search_index_deferred", lambda self: contextlib.nullcontext())
    store = open_store(tmp_path / f"{name}.kcdesk", create=True)
    svc = Services(store)
    event = svc.events.create(Event("Kenniscafé", dt.date(2030, 1, 1)))
    from kcdesk.domain.models import Person

    svc.people.create(Person(given_name="Piet", family_name="Jansen", email="piet@example.org"))
    csv = tmp_path / f"{name}.csv"
    csv.write_text(ROWS, encoding="utf-8")
    result = CsvImporter(store).import_file(csv, event.id, batch_size=batch_size)
    monkeypatch.undo()
    return store, result


def searches(store) -> dict[str, list[int]]:
    return {w: store.search.people(w, 1000) for w in WORDS}


@pytest.mark.parametrize("batch_size", [None, 7])
def test_the_index_is_what_the_trigger_made(tmp_path, monkeypatch, batch_size):
    ours, result = imported(tmp_path, "ours", batch_size, True, monkeypatch)
    theirs, expected = imported(tmp_path, "theirs", batch_size, False, monkeypatch)
    assert result.as_dict() == expected.as_dict() and result.imported == 63 and result.updated == 1
    dump(ours), dump(theirs)  # each runs the search index's own integrity check
    texts = "SELECT id, search_text, organisation FROM people ORDER BY id"
    assert ours.db.execute(texts).fetchall() == theirs.db.execute(texts).fetchall()
    assert searches(ours) == searches(theirs)
    assert ours.search.people("gemeente rotterdam", 10) and not ours.search.people("ggd", 10)
    trigger = "SELECT sql FROM sqlite_master WHERE name = 'people_ai'"
    assert ours.db.execute(trigger).fetchone() == theirs.db.execute(trigger).fetchone() is not None
    ours.close()
    theirs.close()


def test_a_dry_run_and_a_failed_batch_leave_the_trigger_and_the_index(tmp_path, monkeypatch):
    store, _ = imported(tmp_path, "dry", None, True, monkeypatch)
    csv = tmp_path / "more.csv"
    csv.write_text("Voornaam;Achternaam;E-mail\nNieuw;Mens;nieuw@example.org\n", encoding="utf-8")
    before = dump(store)
    CsvImporter(store).import_file(csv, 1, dry_run=True)
    assert dump(store) == before
    assert store.db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'people_ai'").fetchone()[0] == 1
    from kcdesk.domain.models import Person

    store.people.insert(Person(given_name="Na", family_name="Droog", email="droog@example.org"))
    assert store.search.people("droog", 5)  # the trigger indexes single inserts again
    store.close()
