"""Batched CSV import: each batch commits, a dry run still writes nothing, bad rows leave nothing."""

import datetime as dt

from kcdesk.domain.models import Event
from kcdesk.services.csv_import import CsvImporter


def _file(tmp_path, n, bad=()):
    rows = ["Voornaam,Achternaam,Email"]
    for i in range(1, n + 1):
        rows.append(f"P{i},A{i},{'not-an-email' if i in bad else f'p{i}@example.org'}")
    path = tmp_path / "rows.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


def test_batches_commit_and_report(services, tmp_path):
    event = services.events.create(Event("K", dt.date(2026, 1, 1)))
    done = []
    result = CsvImporter(services.store).import_file(
        _file(tmp_path, 1050, bad={7}), event.id, batch_size=500, committed=done.append
    )
    assert done == [500, 1000, 1050]
    assert result.imported == 1049 and [e.line for e in result.errors] == [8]
    assert services.store.people.count() == 1049


def test_batched_dry_run_writes_nothing(services, tmp_path):
    event = services.events.create(Event("K", dt.date(2026, 1, 1)))
    done = []
    result = CsvImporter(services.store).import_file(
        _file(tmp_path, 1200), event.id, batch_size=500, dry_run=True, committed=done.append
    )
    assert result.imported == 1200 and done == []
    assert services.store.people.count() == 0


def test_reimport_after_a_partial_import_adds_the_rest(services, tmp_path):
    event = services.events.create(Event("K", dt.date(2026, 1, 1)))
    CsvImporter(services.store).import_file(_file(tmp_path, 300), event.id)
    result = CsvImporter(services.store).import_file(_file(tmp_path, 800), event.id, batch_size=250)
    assert (result.imported, result.unchanged) == (500, 300)
