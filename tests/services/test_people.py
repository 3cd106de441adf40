import pytest

from kcdesk.domain.errors import ValidationError
from kcdesk.domain.models import Person, Quote, Reaction


def test_duplicate_email_is_refused(services):
    services.people.create(Person("Anna", "Bakker", email="anna@example.org"))
    with pytest.raises(ValidationError, match="already belongs"):
        services.people.create(Person("Anne", "Bakker", email="ANNA@example.org"))


def test_unknown_sector_is_refused_and_sectors_extend(services):
    with pytest.raises(ValidationError):
        services.people.create(Person("Anna", "Bakker", sector="culture"))
    services.people.add_sector("culture", "Cultuur", "Culture")
    assert services.people.create(Person("Anna", "Bakker", sector="culture")).id


def test_merge_moves_everything_to_the_kept_person(demo):
    svc, eid = demo, demo.event_id
    regs = svc.registrations.of_event(eid)
    keep_row = [r for r in regs if r["family_name"] == "Bakker"][0]
    dup = svc.people.create(Person("Zoe", "Bakker", organisation="Gemeente Zwijndrecht", phone="06-1234"))
    svc.content.save_quote(Quote(eid, "Mooi gezegd.", person_id=dup.id))
    svc.content.save_reaction(Reaction(eid, "Leuk!", person_id=dup.id))
    nxt = svc.events.resolve("leren-van-verschillen")
    svc.registrations.register(nxt.id, dup.id)
    plan = svc.people.merge_plan(keep_row["person_id"], dup.id)
    assert plan.quotes == 1 and plan.reactions == 1 and plan.filled_fields == {"phone": "06-1234"}
    assert [e["id"] for e in plan.move_registrations] == [nxt.id]
    svc.people.merge(keep_row["person_id"], dup.id)
    kept = svc.people.get(keep_row["person_id"])
    assert kept.phone == "06-1234"
    assert {e["id"] for e in svc.people.events_of(kept.id)} == {eid, nxt.id}
    assert any(q.person_id == kept.id and q.text == "Mooi gezegd." for q in svc.content.quotes(eid))
    assert svc.store.people.get(dup.id) is None


def test_merge_of_two_registrations_for_one_event_keeps_attendance(demo):
    svc, eid = demo, demo.event_id
    present = [r for r in svc.registrations.of_event(eid) if r["checked_in_at"]][0]
    absent_person = svc.people.create(Person("Dubbel", "Persoon"))
    svc.registrations.register(eid, absent_person.id)
    count = svc.checkin.counts(eid)["checked_in"]
    plan = svc.people.merge_plan(absent_person.id, present["person_id"])
    assert len(plan.conflicting_registrations) == 1
    svc.people.merge(absent_person.id, present["person_id"])
    reg = svc.store.registrations.for_person(eid, absent_person.id)
    assert reg.checked_in_at is not None and reg.code == present["code"]
    assert svc.checkin.counts(eid)["checked_in"] == count


def test_cannot_merge_a_person_with_themselves(demo):
    with pytest.raises(ValidationError):
        demo.people.merge_plan(1, 1)
