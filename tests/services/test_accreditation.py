"""AccreditationService: register numbers, accreditations, who is reported, privacy."""

import pytest

from accreditation_fixture import accredit, big
from kcdesk.domain.errors_accreditation import (
    AccreditationMissing,
    InvalidRegisterNumber,
)
from kcdesk.services.privacy import PrivacyService


@pytest.fixture
def acc(demo):
    return accredit(demo, demo.event_id)


def test_paste_list_holds_the_consented_numbers_of_those_who_came(acc):
    svc = acc.services.accreditation
    for register, numbers in acc.reported.items():
        assert sorted(svc.paste_list(acc.event_id, register)) == sorted(numbers.values())
    assert "555000111" not in svc.paste_list(acc.event_id, "SKJ")  # no consent
    assert "999999" not in svc.paste_list(acc.event_id, "Registerplein")  # did not come


def test_attendance_rows_carry_surname_initials_and_job_title(acc):
    att = acc.services.accreditation.attendance(acc.event_id, "kwaliteitsregister jeugd")
    assert att.accreditation.activity_id == "SKJ-77341"
    people = {p.id: p for p in (acc.services.people.get(i) for i in acc.reported["SKJ"])}
    for row in att.rows:
        person = next(p for p in people.values() if acc.reported["SKJ"][p.id] == row["number"])
        assert row["surname"].endswith(person.family_name)
        assert row["initials"][0] == person.given_name[0].upper()
        assert row["job_title"] == person.job_title


def test_an_unaccredited_register_is_refused(acc):
    with pytest.raises(AccreditationMissing) as err:
        acc.services.accreditation.paste_list(acc.event_id, "KABIZ")
    assert err.value.code == "accreditation-missing" and err.value.register == "KABIZ"


def test_changing_an_accreditation_or_number_replaces_it(acc):
    svc = acc.services.accreditation
    svc.set_accreditation(acc.event_id, "BIG", "BIG-1", 4, 3, "granted")
    (big_acc,) = [a for a in svc.accreditations(acc.event_id) if a.register == "BIG"]
    assert (big_acc.activity_id, big_acc.points, big_acc.hours, big_acc.granted) == ("BIG-1", 4, 3, True)
    person = next(iter(acc.reported["Registerplein"]))
    svc.set_membership(person, "registerplein", "777")
    assert [(m.register, m.number) for m in svc.memberships(person)] == [("Registerplein", "777")]


def test_a_bad_big_number_is_refused_and_nothing_saved(acc):
    person = acc.without
    with pytest.raises(InvalidRegisterNumber):
        acc.services.accreditation.set_membership(person, "BIG", "12345678901")
    assert acc.services.accreditation.memberships(person) == []


def test_door_list_of_attendees_without_a_usable_number(acc):
    missing = {r["person_id"] for r in acc.services.accreditation.without_number(acc.event_id)}
    assert acc.without in missing and acc.no_consent in missing
    assert not missing & {p for numbers in acc.reported.values() for p in numbers}
    assert acc.absent not in missing


def test_unknown_registers_are_kept_by_name_and_matched_regardless_of_case(acc):
    svc = acc.services.accreditation
    svc.set_accreditation(acc.event_id, "Register Vaktherapie", "RV-1", 1, 1)
    assert svc.resolve_register("register  vaktherapie") == "Register Vaktherapie"
    assert "Register Vaktherapie" in svc.registers()


def test_access_request_includes_and_erasure_removes_register_numbers(acc):
    person = next(iter(acc.reported["BIG"]))
    privacy = PrivacyService(acc.services.store)
    data = privacy.access_data(person)
    assert data["registers"] == [{"register": "BIG", "number": acc.reported["BIG"][person], "consent": True}]
    from kcdesk.services.privacy_report import render_html

    assert acc.reported["BIG"][person] in render_html(data)
    privacy.erase(person, compact=False)
    assert acc.services.accreditation.memberships(person) == []
    assert acc.reported["BIG"][person] not in acc.services.accreditation.paste_list(acc.event_id, "BIG")


def test_merge_moves_numbers_and_unmerge_puts_them_back(acc):
    svc = acc.services
    keep, drop = next(iter(acc.reported["Registerplein"])), next(iter(acc.reported["BIG"]))
    svc.accreditation.set_membership(drop, "Registerplein", "424242")
    record = svc.people.merge(keep, drop)
    assert {m.register for m in svc.accreditation.memberships(keep)} == {"Registerplein", "BIG"}
    svc.people.unmerge(record)
    assert {(m.register, m.number) for m in svc.accreditation.memberships(drop)} == {
        ("BIG", acc.reported["BIG"][drop]),
        ("Registerplein", "424242"),
    }
    assert [m.register for m in svc.accreditation.memberships(keep)] == ["Registerplein"]


def test_big_helper_makes_valid_numbers():
    from kcdesk.domain.accreditation import big_number_ok

    assert big_number_ok(big("000000001"))


def test_the_count_of_attendees_without_a_number_matches_the_list(acc):
    svc = acc.services.accreditation
    assert svc.count_without_number(acc.event_id) == len(svc.without_number(acc.event_id)) > 0
    for a in svc.accreditations(acc.event_id):
        svc.remove_accreditation(acc.event_id, a.register)
    assert svc.count_without_number(acc.event_id) == 0 and svc.without_number(acc.event_id) == []
