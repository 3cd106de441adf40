import pytest

from kcdesk.domain.models import Event, Person


@pytest.fixture
def door(services):
    import datetime as dt

    event = services.events.create(Event("Kenniscafé", dt.date(2019, 10, 10)))
    people = [
        Person("Nicole", "Dijk", "van", organisation="Museum Rotterdam"),
        Person("Zoë", "Bakker", organisation="Gemeente"),
        Person("Emre", "Çelik", organisation="Buurtteam"),
        Person("Josien", "Hofs", organisation="BPSW"),
        Person("Willem", "Beekhuizen", organisation="Beekhuizen Bindt"),
        Person("Hans", "Dijkstra", organisation="Corporatie"),
    ]
    regs = {}
    for p in people:
        services.people.create(p)
        regs[p.name] = services.registrations.register(event.id, p.id)
    services.door_event = event
    services.door_regs = regs
    return services


def names(svc, query):
    return [r["name"] for r in svc.checkin.search(svc.door_event.id, query, fuzzy=False)]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("zoe", "Zoë Bakker"),
        ("ZOË", "Zoë Bakker"),
        ("dijk", "Nicole van Dijk"),
        ("van dijk", "Nicole van Dijk"),
        ("vandijk", "Nicole van Dijk"),
        ("celik", "Emre Çelik"),
        ("jos hof", "Josien Hofs"),
        ("j", "Josien Hofs"),
        ("bpsw", "Josien Hofs"),
        ("museum", "Nicole van Dijk"),
    ],
)
def test_door_search_forgives_accents_case_and_particles(door, query, expected):
    assert expected in names(door, query)


def test_prefix_per_word_requires_every_word(door):
    assert names(door, "jos hof") == ["Josien Hofs"]
    assert names(door, "nicole hofs") == []


def test_exact_code_ranks_first(door):
    code = door.door_regs["Hans Dijkstra"].code
    rows = door.checkin.search(door.door_event.id, code)
    assert rows[0]["name"] == "Hans Dijkstra"


def test_search_is_limited_to_the_event(door):
    import datetime as dt

    other = door.events.create(Event("Ander café", dt.date(2020, 1, 1)))
    p = door.people.create(Person("Zora", "Zwart"))
    door.registrations.register(other.id, p.id)
    assert "Zora Zwart" not in names(door, "zo")


def test_fuzzy_fallback_finds_typos(door):
    rows = door.checkin.search(door.door_event.id, "Beekhuyzen")
    assert rows and rows[0]["name"] == "Willem Beekhuizen"


def test_index_follows_edits(door):
    p = door.people.get(door.door_regs["Zoë Bakker"].person_id)
    p.family_name = "Smit"
    door.people.update(p)
    assert "Zoë Smit" in names(door, "smit")
    assert names(door, "bakker") == []


def test_weird_queries_do_not_crash(door):
    for q in ['"', "*", "AND", "NOT OR", "(", "é*", "' OR 1=1 --", "  ", "ß"]:
        door.checkin.search(door.door_event.id, q)


def test_whole_word_ranks_above_longer_names(door):
    assert names(door, "dijk")[:2] == ["Nicole van Dijk", "Hans Dijkstra"]
    assert [p.name for p in door.people.search("dijk")][:2] == ["Nicole van Dijk", "Hans Dijkstra"]
