"""Registrations: add people, change status, waitlist, and the CSV import wizard with a bad row."""

from PySide6.QtCore import Qt

from kcdesk.domain.models import Person
from kcdesk.domain.names import display_name

CSV = """Voornaam;Tussenvoegsel;Achternaam;Mail adres;Organisatie;Werkveld
Fatima;;El Amrani;f.elamrani@example.org;Gemeente Dordrecht;Beleid
Joost;van;Leeuwen;joost@example;Hogeschool Merwede;Onderwijs
Marieke;de;Graaf;m.degraaf@example.org;Buurtteam Oost;Praktijk
"""


def names(svc, event_id):
    return {
        display_name(r["given_name"], r["particle"], r["family_name"]): r
        for r in svc.registrations.of_event(event_id)
    }


def test_add_existing_and_new_person_change_status_and_undo(planning, qtbot, monkeypatch, main_window):
    svc = planning.services
    event_id = svc.events.resolve("leren-van-verschillen").id
    planning.set_event(event_id)
    panel = planning.registrations
    planning.details.setCurrentWidget(panel)
    outsider = next(p for p in svc.people.search("Sem Jansen"))
    assert "Sem Jansen" not in names(svc, event_id)
    monkeypatch.setattr(panel, "ask_person", lambda: outsider.id)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert names(svc, event_id)["Sem Jansen"]["status"] == "registered"

    monkeypatch.setattr(
        planning.people, "ask", lambda person: Person("Wessel", "Zonderland", organisation="Wijkteam Noord")
    )
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert "Wessel Zonderland" in names(svc, event_id)
    main_window.undo_stack.undo()  # one step removes both the registration and the new person
    assert "Wessel Zonderland" not in names(svc, event_id)
    assert svc.people.search("Wessel Zonderland") == []

    row = panel.model.row_of(names(svc, event_id)["Sem Jansen"]["id"])
    panel.table.selectRow(row)
    panel.status.setCurrentIndex(panel.status.findData("cancelled"))
    qtbot.mouseClick(panel.status_button, Qt.MouseButton.LeftButton)
    assert names(svc, event_id)["Sem Jansen"]["status"] == "cancelled"
    assert panel.model.index(row, 3).data() == "cancelled"
    main_window.undo_stack.undo()
    assert names(svc, event_id)["Sem Jansen"]["status"] == "registered"
    assert planning.errors == []


def test_capacity_waitlist_and_move_up(planning, qtbot, monkeypatch):
    svc = planning.services
    event_id = svc.events.resolve("leren-van-verschillen").id
    planning.set_event(event_id)
    panel = planning.registrations
    taken = svc.registrations.seats_taken(event_id)
    planning.editor.ui.capacity.setText(str(taken))
    planning.editor.ui.capacity.editingFinished.emit()
    assert svc.events.get(event_id).capacity == taken
    extra = svc.people.search("Sem Jansen")[0]
    monkeypatch.setattr(panel, "ask_person", lambda: extra.id)
    panel.add_existing()
    assert names(svc, event_id)["Sem Jansen"]["status"] == "waitlisted"
    assert "waitlist" in panel.capacity.text() and panel.promote_button.isEnabled()
    someone = next(r for r in svc.registrations.of_event(event_id) if r["status"] == "registered")
    svc.registrations.cancel(someone["id"])
    qtbot.mouseClick(panel.promote_button, Qt.MouseButton.LeftButton)
    assert names(svc, event_id)["Sem Jansen"]["status"] == "registered"
    assert not panel.promote_button.isEnabled()


def test_import_a_csv_through_the_wizard_with_a_bad_row(planning, qtbot, tmp_path):
    svc = planning.services
    event_id = svc.events.resolve("leren-van-verschillen").id
    planning.set_event(event_id)
    before = len(svc.registrations.of_event(event_id))
    path = tmp_path / "aanmeldingen.csv"
    path.write_text(CSV, encoding="utf-8")
    wizard = planning.open_import_wizard(event_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    # "Mail adres" is not recognised: the user maps it to Email
    combos = wizard.mapping_page.combos
    assert combos[3].currentData() is None
    combos[3].setCurrentIndex(combos[3].findData("email"))
    assert "Email" in wizard.mapping_page.preview.headerData(3, Qt.Orientation.Horizontal)
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    errors = wizard.check_page.errors.rows
    assert [(e.line, "email" in e.message) for e in errors] == [(3, True)]
    assert len(svc.registrations.of_event(event_id)) == before  # the trial run left nothing behind
    wizard.next()
    qtbot.waitUntil(wizard.run_page.isComplete)
    assert wizard.run_page.progress.value() == wizard.run_page.progress.maximum()
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    assert (wizard.import_result.imported, len(wizard.import_result.errors)) == (2, 1)
    assert "<b>2</b>" in wizard.summary_page.text.text()
    regs = names(svc, event_id)
    assert regs["Fatima El Amrani"]["email"] == "f.elamrani@example.org"
    assert regs["Marieke de Graaf"]["sector"] == "practice"
    assert "Joost van Leeuwen" not in regs
    assert planning.registrations.model.rowCount() == before + 2


def test_the_wizard_explains_an_unreadable_file(planning, qtbot, tmp_path):
    wizard = planning.open_import_wizard(planning.current_event_id())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart()
    wizard.file_page.path.setText(str(tmp_path / "missing.csv"))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "cannot be read" in wizard.file_page.error.text()
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    wizard.file_page.path.setText(str(empty))
    wizard.next()
    assert "empty" in wizard.file_page.error.text()


def test_double_click_a_registration_edits_the_person(planning, qtbot, monkeypatch):
    import dataclasses

    svc = planning.services
    held = svc.events.resolve("ontmoeting-in-de-buurt").id
    planning.set_event(held)
    panel = planning.registrations
    planning.details.setCurrentWidget(panel)
    person_id = panel.model.rows[0]["person_id"]
    monkeypatch.setattr(
        planning.people, "ask", lambda p: dataclasses.replace(p, organisation="Nieuwe werkgever")
    )
    index = panel.model.index(0, 0)
    panel.table.activated.emit(index)
    assert svc.people.get(person_id).organisation == "Nieuwe werkgever"
    assert any(
        r["person_id"] == person_id and r["organisation"] == "Nieuwe werkgever" for r in panel.model.rows
    )


def test_hidden_panels_load_when_their_tab_is_shown(planning, qtbot):
    """Start-up: the registrations of an event and the people directory are read when their tab
    is first shown (or the panel is asked for), not for a tab nobody looks at; then they follow
    changes as before."""
    svc = planning.services
    event_id = svc.events.resolve("leren-van-verschillen").id
    planning.details.setCurrentIndex(0)  # the Event tab
    planning.tabs.setCurrentIndex(0)  # the events, not the people
    planning.set_event(event_id)
    assert "registrations" in planning._stale and "registrations" not in planning._panels  # not even made
    planning.details.setCurrentIndex(2)  # the Registrations tab
    qtbot.waitUntil(lambda: "registrations" not in planning._stale)
    hidden = planning._panels["registrations"]
    assert hidden.isVisible() and hidden.model.rowCount() == len(svc.registrations.of_event(event_id))
    # a change while shown is followed at once
    person = next(iter(svc.people.search("Sem Jansen")))
    svc.registrations.register(event_id, person.id)
    assert hidden.model.rowCount() == len(svc.registrations.of_event(event_id))
    # the people tab loaded on first showing too (when the database was opened it was hidden)
    assert "people" in planning._stale and "people" not in planning._panels
    planning.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: "people" not in planning._stale)
    people = planning._panels["people"]
    assert people.model.total == len(svc.people.listing()) > 0
