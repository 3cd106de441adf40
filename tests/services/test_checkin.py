import itertools
import json

import pytest

from kcdesk.domain.errors import NotFoundError, ValidationError
from kcdesk.services import Services
from kcdesk.services.event_transfer import export_event, import_event
from kcdesk.store import open_store


def not_checked_in(demo):
    return [
        r
        for r in demo.registrations.of_event(demo.event_id)
        if r["checked_in_at"] is None and r["status"] == "registered"
    ]


def test_check_in_counts_once_and_reports_repeat(demo):
    reg = not_checked_in(demo)[0]
    before = demo.checkin.counts(demo.event_id)["checked_in"]
    first = demo.checkin.check_in(demo.event_id, reg["code"], station="Zaal 2")
    assert not first.already and first.station == "Zaal 2"
    again = demo.checkin.check_in(demo.event_id, reg["code"].lower(), station="Hal")
    assert again.already and again.station == "Zaal 2" and again.checked_in_at == first.checked_in_at
    assert demo.checkin.counts(demo.event_id)["checked_in"] == before + 1
    assert demo.registrations.get(reg["id"]).status == "attended"


def test_undo_reverts_check_in(demo):
    reg = not_checked_in(demo)[0]
    demo.checkin.check_in(demo.event_id, reg["code"])
    assert demo.checkin.undo(demo.event_id, reg["code"])
    r = demo.registrations.get(reg["id"])
    assert r.checked_in_at is None and r.status == "registered"
    assert not demo.checkin.undo(demo.event_id, reg["code"])


def test_unknown_and_cancelled_codes(demo):
    with pytest.raises(NotFoundError):
        demo.checkin.check_in(demo.event_id, "ZZZZZZ")
    cancelled = [r for r in demo.registrations.of_event(demo.event_id) if r["status"] == "cancelled"][0]
    with pytest.raises(ValidationError, match="cancelled"):
        demo.checkin.check_in(demo.event_id, cancelled["code"])


def test_walk_in_creates_person_registration_and_check_in(demo):
    before = demo.checkin.counts(demo.event_id)
    result = demo.checkin.walk_in(
        demo.event_id,
        "Nicole van Dijk",
        organisation="Museum",
        sector="Onderwijs",
        email="nicole@example.org",
        consent_name=True,
    )
    assert result.name == "Nicole van Dijk"
    reg = demo.registrations.get(result.registration_id)
    assert reg.status == "walk-in" and reg.source == "walk-in" and reg.checked_in_at
    person = demo.people.get(reg.person_id)
    assert (person.particle, person.family_name, person.sector) == ("van", "Dijk", "education")
    after = demo.checkin.counts(demo.event_id)
    assert after["checked_in"] == before["checked_in"] + 1
    assert after["by_sector"]["education"]["present"] == before["by_sector"]["education"]["present"] + 1


def test_group_check_in(demo):
    booker = [
        r for r in demo.registrations.of_event(demo.event_id) if demo.store.registrations.companions(r["id"])
    ][0]
    demo.checkin.undo(demo.event_id, booker["code"])
    for c in demo.store.registrations.companions(booker["id"]):
        demo.checkin.undo(demo.event_id, c["code"])
    results = demo.checkin.check_in_group(demo.event_id, booker["code"])
    assert len(results) == 3 and all(not r.already for r in results)


def test_no_shows(demo):
    shows = demo.checkin.no_shows(demo.event_id)
    assert shows and all(r["checked_in_at"] is None for r in shows)
    assert demo.checkin.mark_no_shows(demo.event_id) == len(shows)
    assert demo.registrations.get(shows[0]["id"]).status == "no-show"


# -- several stations ---------------------------------------------------------------
@pytest.fixture
def stations(tmp_path):
    """Three stations with copies of one event, each checking people in offline."""
    base = Services(open_store(None))
    from kcdesk.services.demo import load_demo

    event_id = load_demo(base)
    # start from a clean door: undo the demo check-ins in the base copy
    for r in base.registrations.of_event(event_id):
        if r["checked_in_at"]:
            base.checkin.undo(event_id, r["code"], station="setup")
    doc = export_event(base.store, event_id)
    copies = []
    for name in ("A", "B", "C"):
        svc = Services(open_store(None))
        ev = import_event(svc.store, json.loads(json.dumps(doc)))
        svc.checkin.station = name
        copies.append((svc, ev.id))
    codes = [r["code"] for r in base.registrations.of_event(event_id) if r["status"] == "registered"]
    return copies, codes, doc


def test_three_stations_merge_in_every_order(stations, tmp_path):
    (a, ea), (b, eb), (c, ec) = stations[0]
    codes = stations[1]
    # overlapping check-ins: codes[0] at all three; codes[1] at A and B; A undoes codes[2]
    for code in codes[0:4]:
        a.checkin.check_in(ea, code)
    for code in codes[0:2] + codes[4:7]:
        b.checkin.check_in(eb, code)
    for code in [codes[0], codes[7]]:
        c.checkin.check_in(ec, code)
    a.checkin.undo(ea, codes[2])
    walk = c.checkin.walk_in(ec, "Nicole van Dijk", organisation="Museum Rotterdam")
    files = []
    for svc, eid, name in ((a, ea, "a"), (b, eb, "b"), (c, ec, "c")):
        path = tmp_path / f"{name}.json"
        svc.journals.export(eid, path)
        files.append(path)

    expected_in = set(codes[0:2] + [codes[3]] + codes[4:8] + [walk.code])
    outcomes = set()
    for order in itertools.permutations(files):
        target = Services(open_store(None))
        ev = import_event(target.store, json.loads(json.dumps(stations[2])))
        target.journals.merge(list(order))
        target.journals.merge(list(order))  # merging twice changes nothing
        state = tuple(
            sorted(
                (r["code"], r["checked_in_at"], r["station"])
                for r in target.registrations.of_event(ev.id)
                if r["checked_in_at"]
            )
        )
        assert {s[0] for s in state} == expected_in
        assert target.checkin.counts(ev.id)["checked_in"] == len(expected_in)
        outcomes.add(state)
    assert len(outcomes) == 1  # every order gives the same result


def test_merge_into_station_itself_is_idempotent(stations, tmp_path):
    (a, ea), (b, eb), _ = stations[0]
    codes = stations[1]
    a.checkin.check_in(ea, codes[0])
    b.checkin.check_in(eb, codes[0])
    b.checkin.undo(eb, codes[0])
    pa, pb = tmp_path / "a.json", tmp_path / "b.json"
    a.journals.export(ea, pa)
    b.journals.export(eb, pb)
    a.journals.merge([pb])
    b.journals.merge([pa])
    ra = a.store.registrations.by_code(codes[0])
    rb = b.store.registrations.by_code(codes[0])
    # B's undo undid only B's own check-in: A's stands, on both stations
    assert ra.checked_in_at == rb.checked_in_at and ra.station == rb.station == "A"
    report = a.journals.merge([pb])
    assert report.added == 0


def test_merge_rejects_foreign_files(demo, tmp_path):
    from kcdesk.domain.errors import KcdeskError

    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(KcdeskError, match="not a kcdesk journal"):
        demo.journals.merge([bad])
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "kcdesk-journal", "version": 99, "event": "x", "entries": []}))
    with pytest.raises(KcdeskError, match="newer"):
        demo.journals.merge([newer])


def test_undone_walk_in_is_no_longer_expected_and_can_come_back(demo):
    before = demo.checkin.counts(demo.event_id)
    result = demo.checkin.walk_in(demo.event_id, "Nicole van Dijk", sector="education")
    assert demo.checkin.undo(demo.event_id, result.code)
    after = demo.checkin.counts(demo.event_id)
    assert (after["expected"], after["checked_in"]) == (before["expected"], before["checked_in"])
    assert demo.registrations.get(result.registration_id).status == "cancelled"
    again = demo.checkin.check_in(demo.event_id, result.code)
    assert not again.already
    reg = demo.registrations.get(result.registration_id)
    assert reg.status == "walk-in" and reg.checked_in_at is not None
    assert demo.checkin.counts(demo.event_id)["expected"] == before["expected"] + 1


def test_door_search_one_letter_typo_and_cache_follows_new_people(demo):
    first = demo.checkin.search(demo.event_id, "z")
    assert first and all(
        any(w.startswith("z") for w in (r["name"] + " " + r["organisation"]).lower().split()) for r in first
    )
    assert demo.checkin.search(demo.event_id, "Bakkr")[0]["family_name"] == "Bakker"  # typo fallback
    assert demo.checkin.search(demo.event_id, "ZQ9X") == []  # code-like text: no fuzzy guesses
    demo.checkin.walk_in(demo.event_id, "Xander Quist")
    assert [r["name"] for r in demo.checkin.search(demo.event_id, "x")] == ["Xander Quist"]
    assert demo.checkin.search(demo.event_id, "Xandr Quis")[0]["name"] == "Xander Quist"


def test_same_walk_in_at_two_stations_counts_once(stations, tmp_path):
    (a, ea), (b, eb), _ = stations[0]
    a.checkin.walk_in(ea, "Nicole van Dijk", organisation="Museum", email="nicole@example.org")
    b.checkin.walk_in(eb, "Nicole van Dijk", organisation="Museum", email="nicole@example.org")
    pa, pb = tmp_path / "a.json", tmp_path / "b.json"
    a.journals.export(ea, pa)
    b.journals.export(eb, pb)
    assert a.journals.merge([pb, pb]).created_walkins == 0  # Nicole was here already
    assert b.journals.merge([pa]).created_walkins == 0
    for svc, ev in ((a, ea), (b, eb)):
        nicoles = [r for r in svc.registrations.of_event(ev) if r["email"] == "nicole@example.org"]
        assert len(nicoles) == 1 and nicoles[0]["checked_in_at"] is not None
    assert a.checkin.counts(ea)["checked_in"] == b.checkin.counts(eb)["checked_in"]


def test_search_while_typing_matches_a_fresh_search(demo):
    """Typing narrows the previous answer in memory; it must equal searching from scratch."""
    typed = [
        "v",
        "va",
        "van",
        "van ",
        "van d",
        "van de",
        "van der l",
        "van",
        "z",
        "zo",
        "zoe",
        "zoe b",
        "hog",
        "hogeschool m",
        "h",
        "ç",
        "çe",
        "celik",
        "van leeuwen",
        "vandijk",
        "lee",
    ]
    for q in typed:
        fresh = Services(demo.store).checkin
        assert [r["code"] for r in demo.checkin.search(demo.event_id, q)] == [
            r["code"] for r in fresh.search(demo.event_id, q)
        ], q
    assert {r["family_name"] for r in demo.checkin.search(demo.event_id, "van d")} >= {"Dalen", "Linden"}
    assert demo.checkin.search(demo.event_id, "celik")[0]["family_name"] == "Çelik"


def test_walk_in_of_someone_registered_checks_in_their_registration(demo):
    koster = [r for r in demo.registrations.of_event(demo.event_id) if r["family_name"] == "Koster"][0]
    before = demo.checkin.counts(demo.event_id)
    result = demo.checkin.walk_in(demo.event_id, "Mirjam Koster", organisation=koster["organisation"])
    assert result.code == koster["code"] and not result.already
    again = demo.checkin.walk_in(demo.event_id, "Mirjam Koster", organisation=koster["organisation"])
    assert again.already and again.code == koster["code"]
    after = demo.checkin.counts(demo.event_id)
    assert after["expected"] == before["expected"] and after["checked_in"] == before["checked_in"] + 1
    cancelled = [r for r in demo.registrations.of_event(demo.event_id) if r["status"] == "cancelled"][0]
    came = demo.checkin.walk_in(
        demo.event_id,
        f"{cancelled['given_name']} {cancelled['family_name']}",
        organisation=cancelled["organisation"],
        email=cancelled["email"],
    )
    assert came.code == cancelled["code"] and demo.registrations.get(cancelled["id"]).status == "attended"


def test_walk_in_typed_without_organisation_finds_the_registration(demo):
    """At the door staff type only the name: the registered person is not counted twice."""
    dijkstra = [r for r in demo.registrations.of_event(demo.event_id) if r["family_name"] == "Dijkstra"][0]
    before = demo.checkin.counts(demo.event_id)
    result = demo.checkin.walk_in(demo.event_id, f"{dijkstra['given_name'].lower()} dijkstra")
    assert result.code == dijkstra["code"] and not result.already
    after = demo.checkin.counts(demo.event_id)
    assert after["expected"] == before["expected"] and after["checked_in"] == before["checked_in"] + 1
    # another organisation or email is another person with the same name
    other = demo.checkin.walk_in(demo.event_id, "Hans Dijkstra", organisation="Ergens Anders BV")
    assert other.code != dijkstra["code"]


def test_merge_reports_a_walk_in_as_added_once(stations, tmp_path):
    (a, ea), (b, eb), _ = stations[0]
    b.checkin.walk_in(eb, "Xander Quist", organisation="Buurthuis")
    pb = tmp_path / "b.json"
    b.journals.export(eb, pb)
    assert a.journals.merge([pb]).created_walkins == 1
    again = a.journals.merge([pb])
    assert again.created_walkins == 0 and again.added == 0


def test_merge_of_a_folder_or_unreadable_file_is_refused_clearly(demo, tmp_path):
    from kcdesk.domain.errors import KcdeskError

    with pytest.raises(KcdeskError, match="is not a kcdesk journal"):
        demo.journals.merge([tmp_path])
