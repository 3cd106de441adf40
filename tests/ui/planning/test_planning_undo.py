"""Merging two people and importing a CSV file are undone with Ctrl+Z and redone with Ctrl+Shift+Z."""

import dataclasses

from PySide6.QtCore import Qt

from dbdump import changed, dump
from kcdesk.domain.models import Person, Reaction
from kcdesk.ui.planning import commands as C
from kcdesk.ui.planning.merge_dialog import MergeDialog

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_merge_through_the_dialog_then_undo_and_redo(planning, qtbot, monkeypatch, main_window):
    svc = planning.services
    held = svc.events.resolve("ontmoeting-in-de-buurt").id
    present = next(r for r in svc.registrations.of_event(held) if r["checked_in_at"] and r["email"])
    keep = svc.people.create(Person("Yara", "Dekker", organisation="Wijkkracht"))
    svc.registrations.register(held, keep.id)  # both registered; only the duplicate came
    drop = svc.people.get(present["person_id"])
    svc.content.save_reaction(Reaction(held, "Mooie middag", person_id=drop.id))
    # an earlier step stays on the stack: the merge no longer clears it
    planning._do(C.EditPersonCommand(svc, keep, dataclasses.replace(keep, job_title="wijkcoach")))
    before = dump(svc.store)

    panel = planning.people
    planning.tabs.setCurrentWidget(panel)
    for person in (keep, drop):
        panel.search.setText(person.name)
        qtbot.waitUntil(lambda: panel.model.rowCount() >= 1)
    panel.search.setText("")
    qtbot.waitUntil(lambda: panel.model.row_of(keep.id) >= 0 and panel.model.row_of(drop.id) >= 0)
    panel.table.clearSelection()
    selection = panel.table.selectionModel()
    for pid in (keep.id, drop.id):
        index = panel.model.index(panel.model.row_of(pid), 0)
        selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    notes = []

    def run_dialog(dialog):
        if dialog.keep_id != keep.id:
            qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
        notes.append(dialog.undo_note.text())
        dialog.merge_button.click()
        return dialog.result()

    monkeypatch.setattr(MergeDialog, "exec", run_dialog)
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert notes == ["Edit > Undo brings the removed person back."]
    assert svc.store.people.get(drop.id) is None
    assert svc.store.registrations.for_person(held, keep.id).code == present["code"]
    merged = dump(svc.store)
    stack = main_window.undo_stack
    assert stack.count() == 2 and stack.undoText() == "Merge two people"

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, CTRL)
    assert changed(before, dump(svc.store)) == {}
    assert svc.people.get(drop.id).email == present["email"]
    qtbot.waitUntil(lambda: panel.model.row_of(drop.id) >= 0)  # the directory shows them again

    qtbot.keyClick(panel.table, Qt.Key.Key_Z, CTRL_SHIFT)
    assert set(changed(merged, dump(svc.store))) <= {"people"}  # at most the kept person's updated_at
    assert svc.store.people.get(drop.id) is None
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, CTRL)  # and the edit before it
    assert svc.people.get(keep.id).job_title == ""
    assert planning.errors == []


def test_import_through_the_wizard_then_undo_and_redo(planning, qtbot, main_window, tmp_path):
    svc = planning.services
    event_id = svc.events.resolve("leren-van-verschillen").id
    planning.set_event(event_id)
    samira = svc.people.search("Samira Haddouchi")[0]
    path = tmp_path / "reg.csv"
    path.write_text(
        "Voornaam;Achternaam;E-mail;Functie;Status\n"
        f"Samira;Haddouchi;{samira.email};lector;aanwezig\n"  # known: a new job title, checked in
        "Fatima;El Amrani;f.elamrani@example.org;wijkcoach;aangemeld\n"
        "Joost;Leeuwen;joost@;;aangemeld\n",  # a bad email: left out
        encoding="utf-8",
    )
    before = dump(svc.store)
    registered = planning.registrations.model.rowCount()
    wizard = planning.open_import_wizard(event_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    wizard.next()
    qtbot.waitUntil(wizard.run_page.isComplete)
    wizard.next()
    assert (wizard.import_result.imported, len(wizard.import_result.errors)) == (2, 1)
    assert "Edit &gt; Undo takes this import back." in wizard.summary_page.text.text()
    wizard.accept()
    imported = dump(svc.store)
    assert svc.people.get(samira.id).job_title == "lector"
    stack = main_window.undo_stack
    assert stack.undoText() == "Import reg.csv"
    assert main_window.ui.menuEdit.actions()[0].text() == "&Undo Import reg.csv"
    qtbot.waitUntil(lambda: planning.registrations.model.rowCount() == registered + 2)

    main_window.activateWindow()  # as when the modal wizard closes
    qtbot.waitUntil(main_window.isActiveWindow)
    table = planning.registrations.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert changed(before, dump(svc.store)) == {}
    assert svc.people.get(samira.id).job_title == samira.job_title
    assert svc.people.search("Fatima El Amrani") == []
    qtbot.waitUntil(lambda: planning.registrations.model.rowCount() == registered)

    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL_SHIFT)
    assert changed(imported, dump(svc.store)) == {}  # the same rows again, codes and all
    qtbot.waitUntil(lambda: planning.registrations.model.rowCount() == registered + 2)
    assert planning.errors == []


def test_an_import_that_changes_nothing_is_not_an_undo_step(planning, qtbot, main_window, tmp_path):
    svc = planning.services
    event_id = svc.events.resolve("leren-van-verschillen").id
    planning.set_event(event_id)
    someone = svc.registrations.of_event(event_id)[0]
    path = tmp_path / "same.csv"
    path.write_text(f"Email,Voornaam\n{someone['email']},{someone['given_name']}\n")
    count = main_window.undo_stack.count()
    wizard = planning.open_import_wizard(event_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart()
    wizard.file_page.path.setText(str(path))
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(wizard.run_page.isComplete)
    wizard.next()
    assert wizard.import_result.unchanged == 1
    assert "Undo" not in wizard.summary_page.text.text()
    assert main_window.undo_stack.count() == count


def test_undoing_a_new_event_or_item_far_back_loses_nothing_it_gathered(planning, main_window):
    """Ctrl+Z all the way back past "New event" takes the event away with what it gathered since
    (registrations, a check-in, notes, a programme item with its note); Ctrl+Shift+Z brings all of
    that back, not an empty event."""
    import datetime as dt

    from kcdesk.domain.enums import ProgrammeKind
    from kcdesk.domain.models import Event, Note, ProgrammeItem

    svc = planning.services
    stack = main_window.undo_stack
    create = C.CreateEventCommand(svc, Event("Kenniscafé Later", dt.date(2031, 3, 1)))
    assert planning._do(create)
    ev = create.event.id
    item = ProgrammeItem(ev, "Tafelgesprek", ProgrammeKind.TABLE_SESSION, 45)
    assert planning._do(C.SaveItemCommand(svc, None, item))
    person = svc.people.search("Samira")[0]
    reg = svc.registrations.register(ev, person.id)
    svc.checkin.check_in(ev, reg.code)  # at the door: not an undo step
    svc.content.save_note(Note(ev, "Over de buurt.", item_id=item.id))
    svc.content.save_note(Note(ev, "Algemeen."))

    def gathered():
        items = {i.id: i.title for i in svc.events.programme(ev)}
        return (
            [(r["code"], r["checked_in_at"] is not None) for r in svc.registrations.of_event(ev)],
            sorted((n.body, items.get(n.item_id)) for n in svc.content.notes(ev)),
            sorted(items.values()),
        )

    before = gathered()
    assert before[0] == [(reg.code, True)] and ("Over de buurt.", "Tafelgesprek") in before[1]
    stack.undo()  # the programme item goes, with its note
    assert ("Over de buurt.", "Tafelgesprek") not in gathered()[1]
    stack.redo()
    assert gathered() == before
    stack.undo()
    stack.undo()  # the event goes, with everything
    assert svc.events.get_or_none(ev) is None
    stack.redo()
    stack.redo()
    assert svc.events.get_or_none(ev) is not None and gathered() == before


def test_undoing_a_registration_far_back_keeps_its_code_and_check_in(planning, main_window):
    """Undo of "Add registration" after the person was checked in at the door: the redo brings
    back the same registration (the code they were mailed, the check-in), not a new one."""
    svc = planning.services
    stack = main_window.undo_stack
    ev = svc.events.resolve("leren-van-verschillen").id
    person = next(p for p in svc.people.search("Sem Jansen"))
    command = C.RegisterCommand(svc, ev, person.id)
    assert planning._do(command)
    reg = svc.registrations.get(command.reg_id)
    svc.checkin.check_in(ev, reg.code)
    stack.undo()
    assert not [r for r in svc.registrations.of_event(ev) if r["person_id"] == person.id]
    stack.redo()
    (back,) = [r for r in svc.registrations.of_event(ev) if r["person_id"] == person.id]
    assert (back["id"], back["code"], back["checked_in_at"] is not None) == (reg.id, reg.code, True)


def test_undoing_a_new_person_who_was_registered_since_is_refused(planning, main_window):
    """Undo of "New person" would take their registrations with them: it says so and keeps them."""
    svc = planning.services
    stack = main_window.undo_stack
    errors = planning.errors  # the fixture collects what would be shown
    command = C.EditPersonCommand(svc, None, Person("Yara", "Dekker"))
    assert planning._do(command)
    pid = command.after.id
    ev = svc.events.resolve("leren-van-verschillen").id
    svc.registrations.register(ev, pid)
    stack.undo()
    assert svc.people.get(pid).name == "Yara Dekker"
    assert [r["person_id"] for r in svc.registrations.of_event(ev) if r["person_id"] == pid] == [pid]
    assert errors and "Yara Dekker" in errors[0] and "1" in errors[0]
