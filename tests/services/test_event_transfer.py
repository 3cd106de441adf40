import json

import pytest

from kcdesk.domain.errors import KcdeskError
from kcdesk.services import Services
from kcdesk.services.event_transfer import dumps, export_event, import_event, read_event_file, write_event
from kcdesk.store import open_store


def test_round_trip_gives_the_same_file(demo, tmp_path):
    first = tmp_path / "a.json"
    write_event(demo.store, demo.event_id, first)
    other = Services(open_store(None))
    ev = import_event(other.store, read_event_file(first))
    second = tmp_path / "b.json"
    write_event(other.store, ev.id, second)
    assert first.read_text() == second.read_text()


def test_export_holds_everything_attached(demo):
    doc = export_event(demo.store, demo.event_id)
    assert doc["format"] == "kcdesk-event" and doc["version"] == 2
    assert len(doc["programme"]) == 5 and doc["programme"][3]["kind"] == "table-session"
    assert len(doc["registrations"]) == 27
    assert {len(doc["notes"]), len(doc["key_figures"]), len(doc["quotes"]), len(doc["reactions"])} >= {3, 5}
    assert doc["event"]["next_event"]["slug"] == "leren-van-verschillen"
    assert "id" not in doc["event"] and all("id" not in p for p in doc["people"])
    json.loads(dumps(doc))


def test_import_reuses_people_in_the_directory(demo):
    doc = export_event(demo.store, demo.event_id)
    doc["event"]["slug"] = "copy"
    for r in doc["registrations"]:
        r["code"] = "C" + r["code"]
        r["booker"] = r["booker"] and "C" + r["booker"]
    for j in doc["journal"]:
        j["code"] = "C" + j["code"]
        j["uid"] = "c" + j["uid"]
        if j["undoes"]:
            j["undoes"] = "c" + j["undoes"]
    people = demo.store.people.count()
    import_event(demo.store, doc)
    assert demo.store.people.count() == people


def test_importing_the_same_event_twice_is_refused(demo):
    doc = export_event(demo.store, demo.event_id)
    with pytest.raises(KcdeskError, match="already in this database"):
        import_event(demo.store, doc)


def test_damaged_file_is_refused_and_nothing_written(demo, tmp_path):
    doc = export_event(demo.store, demo.event_id)
    doc["event"]["slug"] = "other"
    del doc["registrations"][5]["person"]
    other = Services(open_store(None))
    with pytest.raises(KcdeskError, match="damaged"):
        import_event(other.store, doc)
    assert other.event_list.summaries() == [] and other.store.people.count() == 0


def test_an_events_accreditations_travel_with_it_and_survive_delete_and_undo(demo):
    """The registers' accreditations are part of the event: an event file carries them, and a
    deleted event comes back with them (they used to be lost: the delete cascades)."""
    acc = demo.accreditation
    acc.set_accreditation(demo.event_id, "skj", "A-123", 2, 3, "granted")
    acc.set_accreditation(demo.event_id, "Registerplein", "", 1.5, 2, "applied")
    kept = [
        (a.register, a.activity_id, a.points, a.hours, str(a.status))
        for a in acc.accreditations(demo.event_id)
    ]
    doc = export_event(demo.store, demo.event_id)
    assert [a["register"] for a in doc["accreditations"]] == ["Registerplein", "SKJ"]
    other = Services(open_store(None))
    ev = import_event(other.store, json.loads(dumps(doc)))
    moved = [
        (a.register, a.activity_id, a.points, a.hours, str(a.status))
        for a in other.accreditation.accreditations(ev.id)
    ]
    assert moved == kept
    deleted = demo.events.delete_with_undo(demo.event_id)
    assert acc.accreditations(demo.event_id) == []
    demo.events.restore_deleted(deleted)
    back = [
        (a.register, a.activity_id, a.points, a.hours, str(a.status))
        for a in acc.accreditations(demo.event_id)
    ]
    assert back == kept
    # a file without the section (an older kcdesk) still imports; a damaged one adds nothing
    for bad, message in (
        ([{"register": "SKJ", "activity_id": "", "points": 1, "hours": 1, "status": "maybe"}], "damaged"),
        (
            [{"register": "SKJ", "activity_id": "x", "points": 1, "hours": 1, "status": "applied"}] * 2,
            "twice",
        ),
        ([{"register": "SKJ", "activity_id": "", "points": 500, "hours": 1, "status": "applied"}], "500"),
    ):
        third = Services(open_store(None))
        with pytest.raises(KcdeskError, match=message):
            import_event(third.store, doc | {"accreditations": bad})
        assert third.event_list.summaries() == []
    del doc["accreditations"]
    fourth = Services(open_store(None))
    assert fourth.accreditation.accreditations(import_event(fourth.store, doc).id) == []


def test_the_seating_travels_with_the_event(demo):
    """Who sits at which table of a table session (and who hosts it) is in the event file."""
    from kcdesk.domain.enums import ProgrammeKind

    session = next(i for i in demo.events.programme(demo.event_id) if i.kind == ProgrammeKind.TABLE_SESSION)
    demo.tables.assign(session.id, 3)

    def seats(svc, event_id):
        item = next(i for i in svc.events.programme(event_id) if i.kind == ProgrammeKind.TABLE_SESSION)
        return sorted((a["code"], a["table_no"], a["is_host"]) for a in svc.store.tables.assignments(item.id))

    doc = export_event(demo.store, demo.event_id)
    assert len(doc["seating"]) == len(seats(demo, demo.event_id)) > 0
    other = Services(open_store(None))
    ev = import_event(other.store, json.loads(dumps(doc)))
    assert seats(other, ev.id) == seats(demo, demo.event_id)
    for bad in (
        [{"item": "i99", "code": doc["seating"][0]["code"], "table": 1, "host": False}],
        [doc["seating"][0] | {"table": 0}],
        [doc["seating"][0], doc["seating"][0] | {"table": 2}],
    ):
        third = Services(open_store(None))
        with pytest.raises(KcdeskError, match="damaged"):
            import_event(third.store, doc | {"seating": bad})
        assert third.event_list.summaries() == []


def test_a_check_in_without_a_time_is_damage(demo):
    doc = export_event(demo.store, demo.event_id)
    assert doc["journal"]
    doc["journal"][0]["at"] = ""
    other = Services(open_store(None))
    with pytest.raises(KcdeskError, match="damaged"):
        import_event(other.store, doc)
    assert other.event_list.summaries() == [] and other.store.people.count() == 0


@pytest.mark.parametrize(
    "content, message",
    [
        ("{", "not a kcdesk event"),
        ('{"format": "x"}', "not a kcdesk event"),
        ('{"format": "kcdesk-event", "version": 9}', "newer"),
    ],
)
def test_bad_files(tmp_path, content, message):
    path = tmp_path / "e.json"
    path.write_text(content)
    with pytest.raises(KcdeskError, match=message):
        read_event_file(path)
