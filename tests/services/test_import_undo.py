"""Undoing a CSV import restores the database exactly; redoing puts the same rows back."""

import datetime as dt

import pytest

from dbdump import changed, dump
from kcdesk.domain.errors import ValidationError
from kcdesk.domain.models import Event, Person, Quote
from kcdesk.services.csv_import import CsvImporter, parse
from kcdesk.services.import_undo import redo_import, undo_import

DUTCH = (
    "Voornaam;Tussenvoegsel;Achternaam;E-mail;Organisatie;Functie;Sector;Nieuwsbrief\r\n"
    "Nicole;van;Dijk;nicole@museum.example.org;Museum Rotterdam;educator;Praktijk;ja\r\n"
    "Josien;;Hofs;josien@bpsw.example.org;BPSW;docent;Onderwijs;nee\r\n"
    "Emre;;Çelik;not-an-email;Buurtteam;;Praktijk;ja\r\n"
)

EVENTBRITE = (
    "Order #,First Name,Last Name,Email,Barcode #,Attendee Status,Company,Job Title\n"
    "1001,Willem,Beekhuizen,willem@bindt.example.org,123456789012001,Attending,Beekhuizen Bindt,opbouwwerker\n"
    "1002,Najat,Kaabouni,najat@hr.example.org,123456789012002,Checked In,Hogeschool,docentonderzoeker\n"
    "1003,Piet,Jansen,piet@example.org,123456789012003,Attending,Gemeente,adviseur\n"
    "1004,Lotte,Smit,lotte@example.org,123456789012004,Attending,Wijkteam,wijkcoach\n"
)

# the same people a week later: a new job title, one cancelled, one checked in, one new
EVENTBRITE_LATER = (
    "Order #,First Name,Last Name,Email,Barcode #,Attendee Status,Company,Job Title\n"
    "1001,Willem,Beekhuizen,willem@bindt.example.org,123456789012001,Checked In,Beekhuizen Bindt,opbouwwerker\n"
    "1002,Najat,Kaabouni,najat@hr.example.org,123456789012002,Checked In,Hogeschool,lector\n"
    "1003,Piet,Jansen,piet@example.org,123456789012003,Not Attending,Gemeente,adviseur\n"
    "1004,Lotte,Smit,lotte@example.org,123456789012004,Attending,Wijkteam,wijkcoach\n"
    "1005,Sem,Visser,sem@example.org,123456789012005,Checked In,Buurthuis,beheerder\n"
)


@pytest.fixture
def event(demo):
    return demo.events.create(Event("Kenniscafé", dt.date(2031, 10, 10)))


def run(svc, event, text, **kw):
    return CsvImporter(svc.store).import_parsed(parse(text, "reg.csv"), event.id, **kw)


def test_undo_and_redo_of_a_new_import(demo, event):
    svc = demo
    before = dump(svc.store)
    result = run(svc, event, DUTCH)
    assert result.imported == 2 and len(result.errors) == 1
    assert len(result.changes.people_created) == 2 and len(result.changes.registrations_created) == 2
    imported = dump(svc.store)
    undo_import(svc.store, result.changes)
    assert changed(before, dump(svc.store)) == {}
    redo_import(svc.store, result.changes)
    assert changed(imported, dump(svc.store)) == {}  # the same ids and registration codes
    undo_import(svc.store, result.changes)
    assert changed(before, dump(svc.store)) == {}


def test_undo_of_updates_status_changes_and_check_ins(demo, event):
    svc = demo
    first = run(svc, event, EVENTBRITE)
    assert first.imported == 4
    svc.checkin.check_in(event.id, "123456789012004", station="Atrium")  # the door, before the re-import
    before = dump(svc.store)
    later = run(svc, event, EVENTBRITE_LATER)
    assert (later.imported, later.updated, later.unchanged) == (1, 3, 1)
    ch = later.changes
    assert len(ch.people_before) == 1 and len(ch.registrations_before) == 2 and len(ch.journal_added) == 2
    regs = {r["family_name"]: r for r in svc.registrations.of_event(event.id)}
    assert regs["Beekhuizen"]["checked_in_at"] and regs["Jansen"]["status"] == "cancelled"
    after = dump(svc.store)

    undo_import(svc.store, ch)
    assert changed(before, dump(svc.store)) == {}
    regs = {r["family_name"]: r for r in svc.registrations.of_event(event.id)}
    assert regs["Beekhuizen"]["checked_in_at"] is None and regs["Jansen"]["status"] == "registered"
    assert regs["Kaabouni"]["job_title"] == "docentonderzoeker" and "Visser" not in regs
    redo_import(svc.store, ch)
    assert changed(after, dump(svc.store)) == {}


def test_undo_keeps_a_new_person_that_something_else_names_now(demo, event):
    svc = demo
    before = dump(svc.store)
    result = run(svc, event, DUTCH)
    nicole = svc.people.search("Nicole van Dijk")[0]
    svc.content.save_quote(Quote(event.id, "Kunst verbindt.", person_id=nicole.id))
    undo_import(svc.store, result.changes)
    assert svc.store.people.get(nicole.id) is not None  # the quote still names her
    assert svc.registrations.of_event(event.id) == []
    diff = changed(before, dump(svc.store))
    assert set(diff) == {"people", "quotes"} and len(diff["people"][1]) == 1
    redo_import(svc.store, result.changes)
    assert len(svc.registrations.of_event(event.id)) == 2


def test_undo_refuses_after_a_check_in_at_the_door(demo, event):
    svc = demo
    result = run(svc, event, EVENTBRITE)
    svc.checkin.check_in(event.id, "123456789012001", station="Atrium")
    now = dump(svc.store)
    with pytest.raises(ValidationError, match="cannot be undone"):
        undo_import(svc.store, result.changes)
    assert changed(now, dump(svc.store)) == {}


def test_redo_after_the_ids_were_taken(demo, event):
    svc = demo
    result = run(svc, event, DUTCH)
    undo_import(svc.store, result.changes)
    # a walk-in takes the ids the undo freed
    walk_in = svc.people.create(Person("Nadia", "Rahmani"))
    reg = svc.registrations.register(event.id, walk_in.id)
    redo_import(svc.store, result.changes)
    names = {r["family_name"]: r for r in svc.registrations.of_event(event.id)}
    assert set(names) == {"Dijk", "Hofs", "Rahmani"}
    assert names["Rahmani"]["id"] == reg.id and names["Rahmani"]["person_id"] == walk_in.id
    assert names["Dijk"]["email"] == "nicole@museum.example.org"
    # the record follows the new ids: undo again leaves only the walk-in
    undo_import(svc.store, result.changes)
    assert [r["family_name"] for r in svc.registrations.of_event(event.id)] == ["Rahmani"]
    assert svc.people.search("Nicole van Dijk") == []


def test_dry_run_records_nothing_and_a_batched_import_is_undone(demo, event):
    svc = demo
    assert run(svc, event, DUTCH, dry_run=True).changes is None
    before = dump(svc.store)
    rows = "".join(f"Person{i},Achter{i},p{i}@example.org\n" for i in range(450))
    commits = []
    result = run(svc, event, "Voornaam,Achternaam,Email\n" + rows, batch_size=100, committed=commits.append)
    assert commits == [100, 200, 300, 400, 450] and len(result.changes.registrations_created) == 450
    undo_import(svc.store, result.changes)
    assert changed(before, dump(svc.store)) == {}


def test_reimport_of_the_same_file_records_no_change(demo, event):
    svc = demo
    run(svc, event, EVENTBRITE)
    again = run(svc, event, EVENTBRITE)
    assert again.unchanged == 4 and not again.changes


def test_a_check_in_of_someone_else_does_not_block_the_undo(demo, event):
    svc = demo
    other = svc.registrations.register(event.id, svc.people.create(Person("Karin", "Bos")).id)
    result = run(svc, event, EVENTBRITE)
    svc.checkin.check_in(event.id, other.code, station="Atrium")
    undo_import(svc.store, result.changes)
    assert [r["code"] for r in svc.registrations.of_event(event.id)] == [other.code]
    assert svc.registrations.get(other.id).checked_in_at is not None
