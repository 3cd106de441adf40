"""A walk-in at an accredited event gives a register number: checked, recorded, carried to other stations."""

import json

import pytest

from accreditation_fixture import big
from kcdesk.domain.errors_accreditation import InvalidRegisterNumber
from kcdesk.services import Services
from kcdesk.services.demo import load_demo
from kcdesk.services.station_journal import export_journal, merge_journals
from kcdesk.store import open_store


def test_walk_in_with_a_number_is_recorded_and_reported(demo):
    svc, event = demo, demo.event_id
    svc.accreditation.set_accreditation(event, "BIG", "B-1", 2, 2, "granted")
    number = big("111222333")
    result = svc.checkin.walk_in(event, "Nina Vos", register="big", register_number=number)
    person = svc.registrations.get(result.registration_id).person_id
    assert [(m.register, m.number, m.consent) for m in svc.accreditation.memberships(person)] == [
        ("BIG", number, True)
    ]
    assert number in svc.accreditation.paste_list(event, "BIG")


def test_a_bad_number_refuses_the_walk_in_before_anything_is_written(demo):
    before = len(demo.registrations.of_event(demo.event_id))
    with pytest.raises(InvalidRegisterNumber) as err:
        demo.checkin.walk_in(demo.event_id, "Nina Vos", register="BIG", register_number="123")
    assert err.value.field == "number"
    assert len(demo.registrations.of_event(demo.event_id)) == before


def test_someone_registered_after_all_gets_the_number_on_their_registration(demo):
    regs = demo.registrations.of_event(demo.event_id)
    r = next(r for r in regs if not r["checked_in_at"] and r["status"] == "registered")
    name = f"{r['given_name']} {r['particle']} {r['family_name']}".replace("  ", " ")
    demo.checkin.walk_in(demo.event_id, name, register="SKJ", register_number="100077")
    assert [(m.register, m.number) for m in demo.accreditation.memberships(r["person_id"])] == [
        ("SKJ", "100077")
    ]


def test_the_number_travels_with_the_station_journal(demo, tmp_path):
    number = big("444555666")
    result = demo.checkin.walk_in(demo.event_id, "Nina Vos", register="BIG", register_number=number)
    path = tmp_path / "door.json"
    export_journal(demo.checkin, demo.event_id, path)
    code = demo.registrations.get(result.registration_id).code
    # another demo database has other random codes: merge only this walk-in's entries (a merge
    # refuses codes that are nobody's here, see tests/safety/test_journals.py)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["entries"] = [e for e in doc["entries"] if e["code"] == code]
    path.write_text(json.dumps(doc), encoding="utf-8")
    other = Services(open_store(None))
    load_demo(other)
    merge_journals(other.checkin, [path])
    reg = other.store.registrations.by_code(code, demo.event_id)
    assert [(m.register, m.number) for m in other.accreditation.memberships(reg.person_id)] == [
        ("BIG", number)
    ]
    other.store.close()
