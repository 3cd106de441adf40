from collections import Counter

import pytest

from kcdesk.domain.errors import ValidationError
from kcdesk.domain.tables import Seat, assign_tables, colleague_surplus, unavoidable_conflicts


def crowd() -> list[Seat]:
    sectors = ["policy"] * 8 + ["education"] * 6 + ["practice"] * 10
    orgs = ["Gemeente Dordrecht"] * 4 + ["Hogeschool Merwede"] * 4 + ["Wijkteam Oost"] * 3 + [""] * 13
    return [Seat(i + 1, sectors[i], orgs[i]) for i in range(24)]


def test_every_table_mixes_sectors_and_sizes_are_even():
    people = crowd()
    result = assign_tables(people, 4, seed=1)
    assert set(result) == {p.key for p in people}
    sizes = Counter(result.values())
    assert sorted(sizes.values()) == [6, 6, 6, 6]
    for t in range(1, 5):
        sectors = {p.sector for p in people if result[p.key] == t}
        assert sectors == {"policy", "education", "practice"}


def test_colleagues_sit_apart_when_avoidable():
    people = crowd()
    result = assign_tables(people, 4, seed=7)
    assert colleague_surplus(people, result) == 0


def test_colleagues_share_only_when_unavoidable():
    people = [Seat(i, "policy", "Gemeente") for i in range(5)] + [
        Seat(10 + i, "practice", "") for i in range(3)
    ]
    result = assign_tables(people, 2, seed=3)
    assert unavoidable_conflicts(people, 2) == 3
    assert colleague_surplus(people, result) == 3


def test_deterministic_with_a_seed():
    people = crowd()
    assert assign_tables(people, 3, seed=5) == assign_tables(list(reversed(people)), 3, seed=5)


def test_hosts_get_one_table_each():
    people = crowd() + [Seat(100, "policy", "", True), Seat(101, "practice", "", True)]
    result = assign_tables(people, 2, seed=0)
    assert {result[100], result[101]} == {1, 2}


def test_no_tables_is_refused():
    with pytest.raises(ValidationError):
        assign_tables(crowd(), 0)
    assert assign_tables([], 3) == {}
