"""Every model of the planning screen passes qtmodeltester."""

from kcdesk.domain.enums import ProgrammeKind
from kcdesk.ui.models.events import EventsModel
from kcdesk.ui.models.people import PeopleModel
from kcdesk.ui.models.programme import ProgrammeModel
from kcdesk.ui.models.registrations import RegistrationsModel
from kcdesk.ui.models.rows import RowsModel
from kcdesk.ui.models.seating import SeatingModel


def test_events_model_with_filters(qtmodeltester, demo):
    model = EventsModel(demo)
    model.set_filter("buurt", "held", None)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    model.set_filter("", "", 1999)
    assert model.rowCount() == 0


def test_programme_model(qtmodeltester, demo):
    model = ProgrammeModel()
    model.set_event(demo, demo.event_id)
    qtmodeltester.check(model)
    assert model.rowCount() == len(demo.events.programme(demo.event_id))


def test_people_model_search_and_sort(qtmodeltester, demo):
    model = PeopleModel(demo)
    qtmodeltester.check(model)
    model.sort(2)
    model.set_query("hogeschool")
    qtmodeltester.check(model)
    assert 0 < model.rowCount() < demo.store.people.count()


def test_registrations_model(qtmodeltester, demo):
    model = RegistrationsModel()
    model.set_event(demo, demo.event_id)
    qtmodeltester.check(model)
    assert model.rowCount() == len(demo.registrations.of_event(demo.event_id))


def test_seating_model(qtmodeltester, demo):
    item = next(i for i in demo.events.programme(demo.event_id) if i.kind == ProgrammeKind.TABLE_SESSION)
    demo.tables.assign(item.id, 3)
    model = SeatingModel()
    model.set_item(demo, item.id)
    qtmodeltester.check(model)
    assert model.rowCount() == len(demo.tables.seating(item.id))


def test_rows_model(qtmodeltester):
    model = RowsModel([("A", lambda r: r[0]), ("B", lambda r: r[1])])
    model.set_rows([(1, "x"), (2, None)])
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == ""


def test_people_model_pages_by_key_and_keeps_few_pages(qtmodeltester, demo, monkeypatch):
    monkeypatch.setattr(PeopleModel, "PAGE", 7)
    monkeypatch.setattr(PeopleModel, "KEEP_PAGES", 2)
    model = PeopleModel(demo)
    total = demo.store.people.count(erased=False)
    assert model.rowCount() == total == model.total
    listed = demo.store.people.directory(None, "name", False, total + 1, 0)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert [model.person_id(r) for r in range(total)] == [r["id"] for r in listed]
    assert len(set(names)) == total and len(model._pages) <= 2
    assert model.index(total - 1, 0).data(PeopleModel.PersonIdRole) == listed[-1]["id"]
    assert model.row_of(listed[3]["id"]) == 3
    qtmodeltester.check(model)
