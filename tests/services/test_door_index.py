"""The door index: found by prefix keys, kept current by changes, never rebuilt per query."""

from __future__ import annotations

import datetime as dt

import pytest

from kcdesk.domain.models import Event, Person
from kcdesk.services import Services
from kcdesk.services.event_transfer import export_event, import_event
from kcdesk.services.station_journal import export_journal, merge_journals
from kcdesk.store import open_store

PEOPLE = [
    ("Nicole", "van", "Dijk", "Museum Rotterdam"),
    ("Hans", "", "Dijkstra", "Corporatie"),
    ("Josien", "", "Hofs", "BPSW"),
    ("Jan", "", "Hendriks", "Gemeente"),
    ("Jeroen", "", "Haan", "Hogeschool"),
    ("Zoë", "", "Bakker", "Gemeente"),
]


def make(services):
    event = services.events.create(Event("Kenniscafé", dt.date(2030, 10, 10)))
    regs = {}
    for given, particle, family, org in PEOPLE:
        p = services.people.create(Person(given, family, particle, organisation=org))
        regs[p.name] = services.registrations.register(event.id, p.id)
    services.checkin.prepare(event.id)
    return event.id, regs


def names(svc, event_id, query):
    return [r["name"] for r in svc.checkin.search(event_id, query, fuzzy=False)]


@pytest.fixture
def door(services):
    services.event_id, services.regs = make(services)
    return services


def test_initials_find_the_person_first(door):
    assert names(door, door.event_id, "jh")[0] == "Jeroen Haan"  # J.H. three times: name order, Haan first
    assert names(door, door.event_id, "jh") == ["Jeroen Haan", "Jan Hendriks", "Josien Hofs"]
    assert names(door, door.event_id, "nvd") == ["Nicole van Dijk"]
    assert names(door, door.event_id, "nd") == ["Nicole van Dijk"]
    # the first initial and the start of the family name: "jhof", "jhe", "nvandi"
    assert names(door, door.event_id, "jhof") == ["Josien Hofs"]
    assert names(door, door.event_id, "jhe") == ["Jan Hendriks"]
    assert names(door, door.event_id, "nvandi") == ["Nicole van Dijk"]
    assert names(door, door.event_id, "j")[0] != "Nicole van Dijk"  # one letter is never initials


def test_initials_rank_below_names_that_start_so(door, services):
    p = services.people.create(Person("Jhon", "Vermeulen"))
    services.registrations.register(door.event_id, p.id)
    assert names(door, door.event_id, "jh")[0] == "Jhon Vermeulen"


def test_who_has_not_arrived_ranks_above_who_has_for_the_same_match(door):
    assert names(door, door.event_id, "di")[:2] == ["Nicole van Dijk", "Hans Dijkstra"]
    door.checkin.check_in(door.event_id, door.regs["Nicole van Dijk"].code)
    assert names(door, door.event_id, "di")[:2] == ["Hans Dijkstra", "Nicole van Dijk"]
    assert names(door, door.event_id, "j h")[:3] == ["Jeroen Haan", "Jan Hendriks", "Josien Hofs"]
    door.checkin.check_in(door.event_id, door.regs["Jeroen Haan"].code)
    assert names(door, door.event_id, "j h")[:3] == ["Jan Hendriks", "Josien Hofs", "Jeroen Haan"]
    # a better match still wins: the whole word "dijk" finds Nicole first, in or not
    assert names(door, door.event_id, "dijk")[0] == "Nicole van Dijk"
    door.checkin.undo(door.event_id, door.regs["Nicole van Dijk"].code)
    assert names(door, door.event_id, "di")[:2] == ["Nicole van Dijk", "Hans Dijkstra"]


def test_cancelled_come_last_and_follow_a_cancellation(door):
    door.registrations.cancel(door.regs["Nicole van Dijk"].id)
    assert names(door, door.event_id, "di") == ["Hans Dijkstra", "Nicole van Dijk"]
    assert names(door, door.event_id, "dijk") == ["Hans Dijkstra", "Nicole van Dijk"]


def test_walk_ins_and_edits_are_found_at_once(door):
    door.checkin.walk_in(door.event_id, "Priscilla ter Horst", organisation="Woonstad")
    assert names(door, door.event_id, "pri") == ["Priscilla ter Horst"]
    assert names(door, door.event_id, "woon") == ["Priscilla ter Horst"]
    person = door.people.get(door.regs["Zoë Bakker"].person_id)
    person.family_name = "Smit"
    door.people.update(person)
    assert names(door, door.event_id, "smit") == ["Zoë Smit"]
    assert names(door, door.event_id, "bakker") == []


def test_erased_people_are_no_longer_found(door):
    from kcdesk.services.privacy import PrivacyService

    PrivacyService(door.store).erase(door.regs["Josien Hofs"].person_id, compact=False)
    assert "Josien Hofs" not in names(door, door.event_id, "jos")
    assert names(door, door.event_id, "bpsw") == []


def test_walk_ins_of_another_station_are_found_after_a_merge(door, tmp_path):
    other = open_store(None)
    try:
        svc = Services(other)
        event_id = import_event(other, export_event(door.store, door.event_id)).id
        svc.checkin.station = "Hal"
        svc.checkin.walk_in(event_id, "Priscilla ter Horst")
        svc.checkin.check_in(event_id, svc.checkin.search(event_id, "hofs")[0]["code"])
        export_journal(svc.checkin, event_id, tmp_path / "hal.json")
    finally:
        other.close()
    # same event slug in both databases: the merge finds it
    merge_journals(door.checkin, [tmp_path / "hal.json"])
    assert names(door, door.event_id, "pris") == ["Priscilla ter Horst"]
    found = door.checkin.search(door.event_id, "hofs")
    assert found[0]["checked_in_at"] is not None


def test_a_query_visits_no_registration_list(door, monkeypatch):
    """After prepare, searching and checking in never load the event's registrations again."""

    def refuse(*args, **kwargs):
        raise AssertionError("a search loaded every registration")

    monkeypatch.setattr(door.store.door_index, "rows", refuse)
    monkeypatch.setattr(door.store.registrations, "of_event", refuse)
    monkeypatch.setattr(door.store.registrations, "counts_by_status", refuse)
    for q in ("j", "jo", "jos", "josien", "josien h", "van d", "hofs", "jh", door.regs["Hans Dijkstra"].code):
        assert door.checkin.search(door.event_id, q, fuzzy=False)
    door.checkin.check_in(door.event_id, door.regs["Josien Hofs"].code)
    assert door.checkin.search(door.event_id, "josien")[0]["checked_in_at"] is not None


def test_exact_code_first_then_names(door):
    code = door.regs["Zoë Bakker"].code
    rows = door.checkin.search(door.event_id, code.lower())
    assert rows[0]["name"] == "Zoë Bakker"


def test_idle_slices_prepare_every_two_letter_answer(door, monkeypatch):
    slices = 0
    while door.checkin.warm_more(door.event_id, 0.0):  # one answer per slice at least
        slices += 1
    assert slices >= 10
    index = door.checkin.finder.index(door.event_id)
    computed = []
    real = index._found.__func__  # type: ignore[attr-defined]

    def counting(self, q):
        if q not in self._cache:
            computed.append(q)
        return real(self, q)

    monkeypatch.setattr(type(index), "_found", counting)
    for q in ("jo", "di", "ha", "zo", "bp"):
        door.checkin.search(door.event_id, q, fuzzy=False)
    assert computed == []
