"""CSV import of register numbers: recognised columns, good numbers kept, bad ones reported by line."""

import datetime as dt

import pytest

from accreditation_fixture import big
from kcdesk.domain.models import Event
from kcdesk.services.csv_import import CsvImporter, parse
from kcdesk.services.import_undo import redo_import, undo_import

GOOD_BIG = big("123456789")
BAD_BIG = GOOD_BIG[:-1] + str((int(GOOD_BIG[-1]) + 1) % 10)
FILE = (
    "Voornaam;Achternaam;E-mail;Registerplein-nummer;SKJ-nummer;BIG-nummer\r\n"  # line 1
    f"Anna;de Wit;anna@example.org;  120345 ;;\r\n"  # 2
    f"Bram;Smit;bram@example.org;;100012345;{GOOD_BIG}\r\n"  # 3
    f"Carla;Mol;carla@example.org;;;{BAD_BIG}\r\n"  # 4: bad check digit
    "Dirk;Kok;dirk@example.org;;;12345\r\n"  # 5: too short
    "Eva;Berg;eva@example.org;;;\r\n"  # 6: none
)


@pytest.fixture
def event(services):
    return services.events.create(Event("Kenniscafé", dt.date(2024, 10, 10)))


def imported(services, tmp_path, text, event):
    path = tmp_path / "reg.csv"
    path.write_text(text, encoding="utf-8")
    return CsvImporter(services.store).import_file(path, event.id)


def numbers(services, email):
    person = services.store.people.by_email(email)
    return {(m.register, m.number) for m in services.accreditation.memberships(person.id)}


def test_columns_are_recognised():
    parsed = parse(FILE)
    assert set(parsed.mapping.values()) >= {"number_registerplein", "number_skj", "number_big"}
    other = parse("Naam,Registratienummer,Beroepsregister,V&V-nummer,KABIZ nr\nA,1,SKJ,2,3\n")
    assert set(other.mapping.values()) == {
        "full_name",
        "register_number",
        "register",
        "number_vv",
        "number_kabiz",
    }


def test_good_numbers_are_imported_and_bad_ones_reported_by_line(services, tmp_path, event):
    result = imported(services, tmp_path, FILE, event)
    assert result.imported == 5  # a bad number does not cost the registration
    assert numbers(services, "anna@example.org") == {("Registerplein", "120345")}
    assert numbers(services, "bram@example.org") == {("SKJ", "100012345"), ("BIG", GOOD_BIG)}
    assert numbers(services, "carla@example.org") == set()
    assert numbers(services, "dirk@example.org") == set()
    assert [e.line for e in result.errors] == [4, 5]
    assert "check digit" in result.errors[0].message and BAD_BIG in result.errors[0].message
    assert "5 digits" in result.errors[1].message


def test_a_generic_number_needs_its_register(services, tmp_path, event):
    text = (
        "Naam,E-mail,Registratienummer,Register\n"
        "Fenna Vos,fenna@example.org,R-99,Registerplein\n"
        "Gijs Ros,gijs@example.org,55,\n"
    )
    result = imported(services, tmp_path, text, event)
    assert numbers(services, "fenna@example.org") == {("Registerplein", "R-99")}
    assert [e.line for e in result.errors] == [3]
    assert "which register" in result.errors[0].message


def test_importing_again_changes_nothing_and_undo_puts_numbers_back(services, tmp_path, event):
    imported(services, tmp_path, FILE, event)
    again = imported(services, tmp_path, FILE, event)
    assert (again.imported, again.updated) == (0, 0)
    changed = FILE.replace("100012345", "100099999")
    result = imported(services, tmp_path, changed, event)
    assert result.updated == 1
    assert ("SKJ", "100099999") in numbers(services, "bram@example.org")
    undo_import(services.store, result.changes)
    assert ("SKJ", "100012345") in numbers(services, "bram@example.org")
    redo_import(services.store, result.changes)
    assert ("SKJ", "100099999") in numbers(services, "bram@example.org")


def test_undo_of_a_first_import_removes_its_people_and_numbers(services, tmp_path, event):
    result = imported(services, tmp_path, FILE, event)
    undo_import(services.store, result.changes)
    assert services.store.people.by_email("bram@example.org") is None
    redo_import(services.store, result.changes)
    assert numbers(services, "bram@example.org") == {("SKJ", "100012345"), ("BIG", GOOD_BIG)}
