"""The door index with any names: each registration is found by its own words, and the index
kept current by changes answers as one built afresh."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kcdesk.domain.models import Event, Person
from kcdesk.domain.names import query_words, words
from kcdesk.services import Services
from kcdesk.services.door_search import DoorSearch
from kcdesk.store import open_store

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAME_CHARS = st.characters(categories=("Lu", "Ll", "Lo", "Mn", "Nd", "Pd", "Zs"))
# common names often, so that equal matches must be ordered the same way by both indexes
NAME = st.one_of(
    st.sampled_from(["Jan", "Jans", "Anna", "Dijk", "Hofs"]), st.text(NAME_CHARS, min_size=1, max_size=14)
)
PEOPLE = st.lists(
    st.tuples(NAME, NAME, st.sampled_from(["", "van", "de", "van der"])), min_size=1, max_size=8
)


@SETTINGS
@given(PEOPLE, st.data())
def test_found_by_own_words_and_the_same_as_a_fresh_index(people, data):
    store = open_store(None)
    try:
        svc = Services(store)
        event = svc.events.create(Event("K", dt.date(2026, 1, 1)))
        codes = []
        for i, (given_name, family, particle) in enumerate(people):
            assume(words(given_name) or words(family))
            p = svc.people.create(Person(given_name, family, particle, email=f"p{i}@example.org"))
            codes.append(svc.registrations.register(event.id, p.id).code)  # type: ignore[arg-type]
        for code in data.draw(st.lists(st.sampled_from(codes), max_size=len(codes), unique=True)):
            svc.checkin.check_in(event.id, code)
        svc.checkin.prepare(event.id)  # the door opens: kept current from here on
        walkin = svc.checkin.walk_in(event.id, "Priscilla ter Horst")
        # walk-ins join the index as they come (not in name order): they must rank as after a rebuild
        for i, (given_name, family, particle) in enumerate(data.draw(PEOPLE)):
            if words(given_name) and words(family):
                full = " ".join(x for x in (given_name, particle, family) if x)
                svc.checkin.walk_in(event.id, full, organisation="Elders", email=f"w{i}@example.org")
        fresh = DoorSearch(store)
        for (given_name, family, particle), code in zip(people, codes, strict=False):
            full = " ".join(x for x in (given_name, particle, family) if x)
            if not query_words(full):
                continue
            found = [r["code"] for r in svc.checkin.search(event.id, full, fuzzy=False)]
            assert code in found, full
            for query in (full, full[:1], full[:2], given_name, family):
                live = [r["code"] for r in svc.checkin.search(event.id, query, fuzzy=False)]
                assert live == [r["code"] for r in fresh.search(event.id, query, fuzzy=False)], query
        assert svc.checkin.search(event.id, "priscilla")[0]["code"] == walkin.code
    finally:
        store.close()
