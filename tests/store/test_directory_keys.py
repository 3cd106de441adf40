"""The directory pages by key (ids in order, then a page of rows by id) exactly as OFFSET paging did."""

from __future__ import annotations

import pytest

from kcdesk.domain.models import Person
from kcdesk.store.people import PeopleQueries

ORDERS = list(PeopleQueries.DIRECTORY_ORDER)


@pytest.fixture
def crowd(demo):
    """The demo plus people with equal names, empty fields and an erased stub: ties in every sort."""
    svc = demo
    for i in range(40):
        p = svc.people.create(
            Person(
                given_name=("Anna", "anna", "Émile", "Zoë")[i % 4],
                family_name=("Bakker", "bakker", "", "de Vries")[i % 3],
                email=f"x{i}@example.org" if i % 5 else "",
                organisation=("", "GGD", "ggd", "Woonstad")[i % 4],
                sector=("", "policy", "education")[i % 3],
                newsletter=bool(i % 2),
                consent_photo=bool(i % 3),
            )
        )
        if i % 6 == 0:
            svc.registrations.register(svc.event_id, p.id)
    gone = svc.people.create(Person(given_name="Weg", family_name="Gewist"))
    with svc.store.write() as db:
        db.execute("UPDATE people SET erased = 1 WHERE id = ?", [gone.id])
    return svc


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("descending", [False, True])
def test_key_pages_are_the_offset_pages_in_every_sort(crowd, order, descending):
    people = crowd.store.people
    keys = people.directory_keys(None, order, descending)
    assert len(keys) == people.count(erased=False)
    size = 9
    for start in range(0, len(keys) + size, size):
        by_offset = people.directory(None, order, descending, size, start)
        by_key = people.directory_rows(keys[start : start + size])
        assert by_key == by_offset


@pytest.mark.parametrize("order", ["name", "events", "organisation"])
def test_key_pages_of_search_hits(crowd, order):
    people = crowd.store.people
    hits = crowd.store.search.people("anna", 5000)
    assert hits
    keys = people.directory_keys(hits, order, False)
    assert people.directory_rows(keys) == people.directory(hits, order, False, 5000, 0)
    assert people.directory_keys([], order, False) == [] and people.directory_rows([]) == []
