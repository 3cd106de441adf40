"""Undoing a merge of two people puts every row back exactly as it was; redoing merges again."""

import pytest

from dbdump import changed, dump
from kcdesk.domain.errors import ValidationError
from kcdesk.domain.models import Person, Quote, Reaction


def reg_of(svc, event_id, person_id):
    return svc.store.registrations.for_person(event_id, person_id)


def add_part(svc, item_id, person_id, part, position=0):
    with svc.store.write() as db:
        db.execute(
            "INSERT INTO programme_people(item_id, person_id, part, position) VALUES (?, ?, ?, ?)",
            [item_id, person_id, part, position],
        )


@pytest.fixture
def held(demo):
    """The held event's table session, everyone seated at five tables."""
    svc, eid = demo, demo.event_id
    table_item = next(i for i in svc.events.programme(eid) if i.tables)
    svc.tables.assign(table_item.id, 5)
    return table_item


def test_merge_of_two_checked_in_people_is_undone_exactly(demo, held):
    """Both came to the held event: the removed person's registration (a booker, seated, with
    journal entries) is deleted, then comes back with its code, state, seat and companions."""
    svc, eid = demo, demo.event_id
    nxt = svc.events.resolve("leren-van-verschillen").id
    keep = svc.people.search("Joost van der Veen")[0]  # facilitator of the table session, present
    booker_reg = next(
        r for r in svc.registrations.of_event(eid) if svc.store.registrations.companions(r["id"])
    )
    drop = svc.people.get(booker_reg["person_id"])
    assert reg_of(svc, eid, keep.id).checked_in_at and booker_reg["checked_in_at"]
    companions = [c["id"] for c in svc.store.registrations.companions(booker_reg["id"])]
    assert len(companions) == 2
    # the removed person has more: parts of the programme (one the kept person has too),
    # a quote, a reaction, a registration for the next event; the kept one lacks a phone
    add_part(svc, held.id, drop.id, "facilitator", 1)  # the kept person has this part: deleted
    add_part(svc, held.id, drop.id, "host", 2)  # moves
    svc.content.save_quote(Quote(eid, "Samen kom je verder.", person_id=drop.id))
    svc.content.save_reaction(Reaction(eid, "Inspirerend", person_id=drop.id))
    svc.registrations.register(nxt, drop.id)
    keep.phone = ""
    svc.people.update(keep)
    drop.phone = "06 11122233"
    drop.newsletter = True
    svc.people.update(drop)
    journal = svc.store.journal.for_code(eid, booker_reg["code"])
    assert journal  # the deleted registration's check-in is in the journal
    before = dump(svc.store)

    record = svc.people.merge(keep.id, drop.id)
    assert [r["code"] for r in record.deleted_registrations] == [booker_reg["code"]]
    assert record.deleted_seats and sorted(c for c, _ in record.companions) == sorted(companions)
    assert len(record.programme_deleted) == 1 and record.programme_moved == [(held.id, "host")]
    assert svc.store.people.get(drop.id) is None
    assert svc.people.get(keep.id).phone == "06 11122233"
    kept = reg_of(svc, eid, keep.id)
    assert {c["id"] for c in svc.store.registrations.companions(kept.id)} == set(companions)
    assert svc.store.journal.for_code(eid, booker_reg["code"]) == journal  # the journal keeps it
    merged = dump(svc.store)

    svc.people.unmerge(record)
    assert changed(before, dump(svc.store)) == {}
    # the restored registration and its journal entries still agree
    with svc.store.write():
        svc.checkin.derive(eid, booker_reg["code"])
    assert changed(before, dump(svc.store)) == {}

    again = svc.people.merge(keep.id, drop.id)  # redo
    assert again.deleted_registrations == record.deleted_registrations
    after_redo = dump(svc.store)
    # the same database as after the first merge, but for the time the kept person was updated
    assert set(changed(merged, after_redo)) <= {"people"}
    svc.people.unmerge(again)
    assert changed(before, dump(svc.store)) == {}


def test_merge_that_keeps_the_removed_persons_attendance_is_undone(demo, held):
    """Only the removed person came: their registration moves over and the kept person's own
    registration (with a companion and a seat) is deleted; the email moves too."""
    svc, eid = demo, demo.event_id
    drop_reg = next(
        r
        for r in svc.registrations.of_event(eid)
        if r["checked_in_at"] and r["email"] and not svc.store.registrations.companions(r["id"])
    )
    keep = svc.people.create(Person("Dubbel", "Persoon", organisation=drop_reg["organisation"]))
    own = svc.registrations.register(eid, keep.id)
    guest = svc.people.create(Person("Gast", "Persoon"))
    guest_reg = svc.registrations.register(eid, guest.id, booker_id=own.id)
    svc.tables.move(held.id, own.id, 3)
    before = dump(svc.store)

    record = svc.people.merge(keep.id, drop_reg["person_id"])
    assert [r["id"] for r in record.deleted_registrations] == [own.id]
    assert record.companions == [(guest_reg.id, own.id)]
    assert record.deleted_seats == [
        {"item_id": held.id, "registration_id": own.id, "table_no": 3, "is_host": 0}
    ]
    kept = svc.people.get(keep.id)
    assert kept.email == drop_reg["email"]
    assert reg_of(svc, eid, keep.id).code == drop_reg["code"]

    svc.people.unmerge(record)
    assert changed(before, dump(svc.store)) == {}
    assert svc.people.get(drop_reg["person_id"]).email == drop_reg["email"]


def test_merge_without_conflicts_is_undone(demo):
    svc, eid = demo, demo.event_id
    nxt = svc.events.resolve("leren-van-verschillen").id
    keep = svc.people.create(Person("Yara", "Dekker", email="yara@wijkkracht.example.org"))
    drop = svc.people.create(Person("Yara", "Dekker", phone="06 12345678", notes="belt liever"))
    svc.registrations.register(eid, drop.id)
    svc.registrations.register(nxt, keep.id)
    before = dump(svc.store)
    record = svc.people.merge(keep.id, drop.id)
    assert set(record.keep_before) >= {"phone", "notes"}  # and updated_at, when a second passed
    svc.people.unmerge(record)
    assert changed(before, dump(svc.store)) == {}
    assert [p.id for p in svc.people.search("Yara Dekker")] == sorted([keep.id, drop.id])


def test_unmerge_refuses_when_the_directory_changed(demo):
    svc = demo
    keep = svc.people.create(Person("Yara", "Dekker"))
    drop = svc.people.create(Person("Yara", "Dekker", phone="06 12345678"))
    record = svc.people.merge(keep.id, drop.id)
    svc.people.delete(keep.id)
    with pytest.raises(ValidationError, match="cannot be undone"):
        svc.people.unmerge(record)
