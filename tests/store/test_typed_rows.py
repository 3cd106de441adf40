"""Registration and directory rows carry the person's display name, made once in the store."""

from __future__ import annotations


def test_registration_rows_have_the_persons_name(demo):
    rows = demo.registrations.of_event(demo.event_id)
    assert rows
    for r in rows:
        assert r["name"] == demo.people.get(r["person_id"]).name


def test_directory_and_listing_rows_have_the_name(demo):
    for r in [*demo.people.directory(limit=50), *demo.people.listing()[:50]]:
        assert r["name"] == demo.people.get(r["id"]).name and r["name"]


def test_a_check_in_names_the_person_and_the_companions_too(demo):
    row = demo.registrations.of_event(demo.event_id)[0]
    result = demo.checkin.check_in(demo.event_id, row["code"])
    assert result.name == row["name"]
    assert all(c["name"] == demo.people.get(c["person_id"]).name for c in result.companions)
