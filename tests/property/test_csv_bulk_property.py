"""Any CSV file gives the same database through the bulk way of the import as through the per-row
way (issue 16): generated files with names that collide, shared and malformed addresses, codes that
repeat or read alike, statuses, yes/no columns and register numbers, good and bad."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dbdump import changed, dump
from kcdesk.domain.models import Event, Person
from kcdesk.services import Services
from kcdesk.services.csv_batch import Matches
from kcdesk.services.csv_import import CsvImporter
from kcdesk.services.import_undo import undo_import
from kcdesk.store import open_store

HEADER = "Voornaam;Tussenvoegsel;Achternaam;E-mail;Organisatie;Code;Status;Nieuwsbrief;BIG-nummer;SKJ-nummer"
GIVEN = st.sampled_from(["Anna", "Zoë", "Emre", "Jan", "Piet", "Ayşe", "", "-", "Désirée"])
PARTICLE = st.sampled_from(["", "", "van", "de", "van 't", "de la"])
FAMILY = st.sampled_from(["Bakker", "Çelik", "Groot", "Jansen", "Hoff", "Dijk", "", "!!"])
EMAIL = st.sampled_from(
    ["", "", "anna@example.org", "ANNA@example.org", "piet@example.org", "zoe@example.org", "x@", "a b@c.d"]
)
ORG = st.sampled_from(["", "GGD", "Wijkteam", "Hogeschool"])
CODE = st.sampled_from(["", "", "", "TAKEN1", "taken-1", "NEW123", "new-123", "ABC"])
STATUS = st.sampled_from(["", "", "aangemeld", "afgemeld", "wachtlijst", "aanwezig", "onzin"])
YESNO = st.sampled_from(["", "ja", "nee", "x"])
BIG = st.sampled_from(["", "", "09000000001", "99000000002", "12345678901", "abc"])
SKJ = st.sampled_from(["", "", "100001", "100002", "line\tbreak"])
ROW = st.tuples(GIVEN, PARTICLE, FAMILY, EMAIL, ORG, CODE, STATUS, YESNO, BIG, SKJ).map(";".join)
FILES = st.lists(ROW, min_size=1, max_size=25).map(lambda rows: HEADER + "\n" + "\n".join(rows) + "\n")

#: columns that differ between two imports by nature: moments and drawn codes
MOMENT = {"created_at", "updated_at", "registered_at", "checked_in_at", "at", "code", "uid"}


def _setup(path: Path):
    store = open_store(path, create=True)
    svc = Services(store)
    event = svc.events.create(Event("Kenniscafé", dt.date(2030, 1, 1)))
    other = svc.events.create(Event("Eerder", dt.date(2029, 1, 1)))
    piet = svc.people.create(Person(given_name="Piet", family_name="Jansen", email="piet@example.org"))
    jan = svc.people.create(
        Person(given_name="Jan", particle="de", family_name="Groot", organisation="Wijkteam")
    )
    with store.write():
        from kcdesk.domain.models import Registration

        store.registrations.insert(Registration(other.id, piet.id, code="TAKEN1"))
        store.registrations.insert(Registration(event.id, jan.id, code="JANJAN"))
    return store, event


def _rows(store, table):
    cur = store.db.execute(f"SELECT * FROM {table} ORDER BY rowid")
    names = [c[0] for c in cur.description]
    return [{k: v for k, v in zip(names, r, strict=True) if k not in MOMENT} for r in cur]


@pytest.mark.parametrize("batch_size", [None, 3])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=FILES)
def test_bulk_and_per_row_agree_on_any_file(monkeypatch, batch_size, text):
    with tempfile.TemporaryDirectory() as tmp:
        done = {}
        for name, per_row in (("bulk", False), ("slow", True)):
            store, event = _setup(Path(tmp) / f"{name}.kcdesk")
            before = dump(store)
            csv = Path(tmp) / f"{name}.csv"
            csv.write_text(text, encoding="utf-8")
            with monkeypatch.context() as m:
                if per_row:  # every row the per-row way: as if each could match someone
                    m.setattr(Matches, "anyone", lambda self, email, key: True)
                result = CsvImporter(store).import_file(csv, event.id, batch_size=batch_size)
            done[name] = (store, result, before)
        (bulk, result, before), (slow, expected, _) = done["bulk"], done["slow"]
        try:
            assert result.as_dict() == expected.as_dict()
            for table in ("people", "registrations", "checkin_journal", "register_memberships"):
                assert _rows(bulk, table) == _rows(slow, table), table
            fts = "SELECT rowid, search_text FROM people_fts ORDER BY rowid"
            assert bulk.db.execute(fts).fetchall() == slow.db.execute(fts).fetchall()
            rows = len(text.splitlines()) - 1
            assert (
                result.imported + result.updated + result.unchanged + len({e.line for e in result.errors})
                >= rows
            )  # every row is imported, matched or reported
            undo_import(bulk, result.changes)
            assert changed(before, dump(bulk)) == {}
        finally:
            bulk.close()
            slow.close()
