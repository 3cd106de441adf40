"""The wizard's decisions for a CSV import: a corrected or dropped (flagged) e-mail address, and
sectors the file names that kcdesk does not know, mapped to a known one or a new one."""

import datetime as dt

import pytest

from kcdesk.domain.models import Event
from kcdesk.services.csv_import import CsvImporter, RowFixes, parse

FILE = (
    "Voornaam;Achternaam;E-mail;Sector\n"
    "Nicole;Dijk;nicole@museum.example.org;Zorg\n"
    "Emre;Çelik;emre@example;Praktijk\n"
    "Josien;Hofs;josien@example.org;zorg \n"
    "Piet;Jansen;piet@example;Welzijn\n"
)


@pytest.fixture
def event(services):
    return services.events.create(Event("Kenniscafé", dt.date(2019, 10, 10)))


def parsed():
    return parse(FILE.encode(), "x.csv")


def test_trial_marks_email_errors_and_lists_unknown_sectors(services, event):
    importer = CsvImporter(services.store)
    result = importer.import_parsed(parsed(), event.id, dry_run=True)
    assert [(e.line, e.field) for e in result.errors] == [(3, "email"), (5, "email")]
    # as written, most rows first; "Praktijk" is a known sector's name
    assert importer.unknown_sectors(parsed()) == [("Welzijn", 1), ("Zorg", 1), ("zorg", 1)]


def test_fixes_correct_drop_and_map_and_a_trial_writes_nothing(services, event):
    importer = CsvImporter(services.store)
    unknown = dict(importer.unknown_sectors(parsed()))
    assert "Praktijk" not in unknown and {"Zorg", "Welzijn"} <= set(unknown)
    fixes = RowFixes(
        emails={3: "emre@example.org", 5: ""},
        notes={5: "Adres bij import ongeldig: piet@example"},
        sectors={"Zorg": "care", "zorg": "care", "Welzijn": "practice"},
        new_sectors={"care": "Zorg"},
    )
    before = [s.code for s in services.people.sectors()]
    trial = importer.import_parsed(parsed(), event.id, dry_run=True, fixes=fixes)
    assert (trial.imported, trial.errors) == (4, [])
    assert [s.code for s in services.people.sectors()] == before  # the trial created no sector
    assert services.registrations.of_event(event.id) == []
    result = CsvImporter(services.store).import_parsed(parsed(), event.id, fixes=fixes)
    assert (result.imported, result.errors) == (4, [])
    rows = {r["family_name"]: r for r in services.registrations.of_event(event.id)}
    assert rows["Çelik"]["email"] == "emre@example.org"
    assert rows["Jansen"]["email"] == ""
    assert rows["Dijk"]["sector"] == "care" and rows["Hofs"]["sector"] == "care"
    assert rows["Jansen"]["sector"] == "practice"
    piet = services.people.get(rows["Jansen"]["person_id"])
    assert piet.notes == "Adres bij import ongeldig: piet@example"
    assert "care" in [s.code for s in services.people.sectors()]
