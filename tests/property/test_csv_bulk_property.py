"""Any CSV file gives the same database through the bulk way of the import as through the per-row
way (issue 16): generated files with names that collide, shared and malformed addresses, codes that
repeat or read alike, statuses, yes/no columns and register numbers, good and bad."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csv_bulk_fixture import rows as _rows
from csv_bulk_fixture import setup_store as _setup
from dbdump import changed, dump
from kcdesk.services.csv_batch import Matches
from kcdesk.services.csv_import import CsvImporter
from kcdesk.services.import_undo import undo_import

HEADER = "Voornaam;Tussenvoegsel;Achternaam;E-mail;Organisatie;Code;Status;Nieuwsbrief;BIG-nummer;SKJ-nummer"
GIVEN = st.sampled_from(["Anna", "Zoë", "Emre", "Jan", "Piet", "Kees", "Kees", "Ayşe", "", "-", "Désirée"])
PARTICLE = st.sampled_from(["", "", "van", "de", "van 't", "de la"])
FAMILY = st.sampled_from(["Bakker", "Çelik", "Groot", "Jansen", "Bos", "Bos", "Hoff", "Dijk", "", "!!"])
EMAIL = st.sampled_from(
    ["", "", "anna@example.org", "ANNA@example.org", "piet@example.org", "kees@example.org", "x@", "a b@c.d"]
)
ORG = st.sampled_from(["", "GGD", "Wijkteam", "Club", "Club", "Elders"])
CODE = st.sampled_from(["", "", "", "TAKEN1", "taken-1", "NEW123", "new-123", "ABC"])
STATUS = st.sampled_from(["", "", "aangemeld", "afgemeld", "wachtlijst", "aanwezig", "onzin"])
YESNO = st.sampled_from(["", "ja", "nee", "x"])
BIG = st.sampled_from(["", "", "09000000001", "99000000002", "12345678901", "abc"])
SKJ = st.sampled_from(["", "", "100001", "100002", "line\tbreak"])
ROW = st.tuples(GIVEN, PARTICLE, FAMILY, EMAIL, ORG, CODE, STATUS, YESNO, BIG, SKJ).map(";".join)
FILES = st.lists(ROW, min_size=1, max_size=25).map(lambda rows: HEADER + "\n" + "\n".join(rows) + "\n")


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
