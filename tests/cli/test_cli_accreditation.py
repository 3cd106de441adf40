"""`kcdesk accreditation ...` and `kcdesk person register` over a demo database file."""

from __future__ import annotations

import os

import pytest

from accreditation_fixture import big

EVENT = "ontmoeting-in-de-buurt"


@pytest.fixture
def db(demo_file):
    return str(demo_file)


def attendees(cli, db) -> list[dict]:
    rows = cli("person", "list", "--json", "--db", db).json()
    return [r for r in rows if r["attended"]]


def test_set_list_and_change_an_accreditation(cli, db):
    r = cli("accreditation", "set", "--event", EVENT, "--register", "skj", "--activity", "SKJ-1",
            "--points", "2", "--hours", "2,5", "--status", "granted", "--json", "--db", db)  # fmt: skip
    assert r.code == 0, r.err
    assert r.json() | {} == {"register": "SKJ", "register_full": "Kwaliteitsregister Jeugd (SKJ)",
                            "activity_id": "SKJ-1", "points": 2.0, "hours": 2.5, "status": "granted",
                            "event": EVENT}  # fmt: skip
    cli("accreditation", "set", "--event", EVENT, "--register", "Registerplein", "--points", "3",
        "--hours", "2", "--db", db)  # fmt: skip
    listed = cli("accreditation", "list", "--event", EVENT, "--json", "--db", db).json()
    assert [(a["register"], a["status"], a["attendees"]) for a in listed["accreditations"]] == [
        ("Registerplein", "applied", 0),
        ("SKJ", "granted", 0),
    ]
    assert len(listed["attended_without_number"]) == 23
    text = cli("accreditation", "list", "--event", EVENT, "--db", db)
    assert "SKJ" in text.out and "23 attended without" in text.out


def test_person_register_then_paste_list_export(cli, db, tmp_path, qapp):  # qapp: the PDF needs Qt
    cli("accreditation", "set", "--event", EVENT, "--register", "BIG", "--activity", "B-9", "--points", "1",
        "--hours", "1", "--status", "granted", "--db", db)  # fmt: skip
    people = attendees(cli, db)
    numbers = [big(f"00000000{i}") for i in range(2)]
    for person, number in zip(people, numbers, strict=False):
        r = cli("person", "register", str(person["id"]), "--register", "big", "--number", number, "--db", db)
        assert r.code == 0, r.err
    shown = cli("person", "register", people[0]["email"] or str(people[0]["id"]), "--register", "SKJ",
                "--number", "123", "--no-consent", "--json", "--db", db).json()  # fmt: skip
    assert {"register": "SKJ", "number": "123", "consent": False} in shown["registers"]
    out = tmp_path / "big.txt"
    r = cli("accreditation", "export", "--event", EVENT, "--register", "BIG", "-o", str(out), "--db", db)
    assert r.code == 0, r.err
    assert sorted(out.read_text().split()) == sorted(numbers)
    assert oct(os.stat(out).st_mode & 0o777) == "0o600"
    pdf = tmp_path / "big.pdf"
    assert (
        cli("accreditation", "export", "--event", EVENT, "--register", "BIG", "-o", str(pdf), "--db", db).code
        == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")


def test_refusals_exit_1_with_one_line(cli, db, tmp_path):
    person = attendees(cli, db)[0]["id"]
    r = cli("person", "register", str(person), "--register", "BIG", "--number", "12345678901", "--db", db)
    assert r.code == 1 and r.err.startswith("kcdesk: '12345678901' is not a BIG number")
    assert r.err.count("\n") == 1
    r = cli("accreditation", "export", "--event", EVENT, "--register", "KABIZ", "-o", str(tmp_path / "k.txt"),
            "--db", db)  # fmt: skip
    assert r.code == 1 and "has no accreditation for KABIZ" in r.err
    cli("accreditation", "set", "--event", EVENT, "--register", "KABIZ", "--points", "1", "--hours", "1",
        "--db", db)  # fmt: skip
    r = cli("accreditation", "export", "--event", EVENT, "--register", "KABIZ", "-o", str(tmp_path / "k.xlsx"),
            "--db", db)  # fmt: skip
    assert r.code == 1 and ".xlsx" in r.err and not (tmp_path / "k.xlsx").exists()
    r = cli("accreditation", "set", "--event", EVENT, "--register", "SKJ", "--points", "-1", "--hours", "1",
            "--db", db)  # fmt: skip
    assert r.code == 1 and "Points must be between 0 and 100" in r.err
    r = cli("accreditation", "set", "--event", EVENT, "--register", "SKJ", "--points", "1", "--hours", "1",
            "--status", "granted", "--db", db)  # fmt: skip
    assert r.code == 1 and "activity ID" in r.err
    r = cli("accreditation", "export", "--event", EVENT, "--register", "KABIZ", "-o", str(tmp_path / "no" / "k.txt"),
            "--db", db)  # fmt: skip
    assert r.code == 1 and "does not exist" in r.err


def test_bad_usage_exits_2(cli, db):
    assert cli("accreditation", "set", "--event", EVENT, "--register", "SKJ", "--points", "many",
               "--hours", "1", "--db", db).code == 2  # fmt: skip
    assert (
        cli("person", "register", "1", "--register", "SKJ", "--db", db).code == 2
    )  # neither --number nor --remove
    assert cli("accreditation", "set", "--event", EVENT, "--register", "SKJ", "--points", "1", "--hours", "1",
               "--status", "maybe", "--db", db).code == 2  # fmt: skip


def test_remove_a_number(cli, db):
    person = attendees(cli, db)[0]["id"]
    cli("person", "register", str(person), "--register", "SKJ", "--number", "77", "--db", db)
    r = cli("person", "register", str(person), "--register", "skj", "--remove", "--json", "--db", db)
    assert r.code == 0 and r.json()["registers"] == []
    r = cli("person", "register", str(person), "--register", "skj", "--remove", "--db", db)
    assert r.code == 1 and "has no SKJ number" in r.err


def test_person_show_lists_register_numbers(cli, db):
    person = attendees(cli, db)[0]["id"]
    cli("person", "register", str(person), "--register", "SKJ", "--number", "77", "--no-consent", "--db", db)
    r = cli("person", "show", str(person), "--db", db)
    assert "SKJ number: 77 (not to be reported)" in r.out


def test_walkin_with_a_register_number(cli, db, tmp_path):
    number = big("246813579")
    r = cli("walkin", "Nina Vos", "--event", EVENT, "--register", "BIG", "--number", number, "--db", db)
    assert r.code == 0, r.err
    cli(
        "accreditation",
        "set",
        "--event",
        EVENT,
        "--register",
        "BIG",
        "--points",
        "1",
        "--hours",
        "1",
        "--db",
        db,
    )
    out = tmp_path / "big.txt"
    cli("accreditation", "export", "--event", EVENT, "--register", "BIG", "-o", str(out), "--db", db)
    assert out.read_text().split() == [number]
    r = cli("walkin", "Piet Mol", "--event", EVENT, "--register", "BIG", "--number", "12", "--db", db)
    assert r.code == 1 and "is not a BIG number" in r.err
    names = [p["name"] for p in cli("person", "list", "--json", "--db", db).json()]
    assert "Piet Mol" not in names  # refused before anything was written
