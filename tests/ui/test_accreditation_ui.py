"""Accreditation in the app: person dialog, the Planning tab, the door's walk-in form and missing-numbers list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from accreditation_fixture import big
from kcdesk.ui.bridge import StoreBridge


class TypingClock:
    """Key times 0.2 s apart: staff typing, not a scanner's burst."""

    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        self.t += 0.2
        return self.t


def door_for(qtbot, services):
    from kcdesk.ui.checkin.door import DoorWindow

    window = DoorWindow(services, StoreBridge(services.store), services.event_id, font_size=16)
    window.ask_leave = lambda: True
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.clock = window.scan.clock = TypingClock()  # staff typing, not a scanner
    return window


@pytest.fixture
def accredited(demo):
    demo.accreditation.set_accreditation(demo.event_id, "BIG", "B-7", 2, 2, "granted")
    return demo


def test_walk_in_form_asks_for_the_number_at_an_accredited_event(qtbot, accredited):
    door = door_for(qtbot, accredited)
    qtbot.keyClicks(door.ui.search, "Nina Vos")
    qtbot.keyClick(door, Qt.Key.Key_F2)
    dialog = door.walkin_dialog
    assert dialog.ui.registerNumber.isVisibleTo(dialog) and "BIG" in dialog.ui.registerLabel.text()
    qtbot.keyClicks(dialog.ui.registerNumber, "12345")
    qtbot.keyClick(dialog.ui.registerNumber, Qt.Key.Key_Return)
    assert dialog.isVisible() and "BIG" in dialog.ui.error.text()  # a bad number keeps the form open
    assert dialog.focusWidget() is dialog.ui.registerNumber
    number = big("987654321")
    dialog.ui.registerNumber.setText(number)
    qtbot.keyClick(dialog.ui.registerNumber, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert number in accredited.accreditation.paste_list(accredited.event_id, "BIG")


def test_no_register_row_and_no_missing_list_without_accreditation(qtbot, demo):
    door = door_for(qtbot, demo)
    qtbot.keyClick(door, Qt.Key.Key_F2)
    assert not door.walkin_dialog.ui.registerNumber.isVisibleTo(door.walkin_dialog)
    door.walkin_dialog.reject()
    assert not door.ui.numbersButton.isVisibleTo(door)
    assert door.open_missing_numbers() is None


def test_door_lists_who_came_without_a_number_and_takes_it(qtbot, accredited, qtmodeltester):
    door = door_for(qtbot, accredited)
    missing = accredited.accreditation.without_number(accredited.event_id)
    assert door.ui.numbersButton.isVisible() and str(len(missing)) in door.ui.numbersButton.text()
    qtbot.keyClick(door, Qt.Key.Key_F3)
    dialog = door.missing_numbers_dialog
    qtmodeltester.check(dialog.model)
    assert [r["name"] for r in dialog.model.rows] == [m["name"] for m in missing]
    first = dialog.model.rows[0]
    qtbot.keyClicks(dialog.ui.number, "1")
    qtbot.keyClick(dialog.ui.number, Qt.Key.Key_Return)
    assert "BIG" in dialog.ui.message.text() and dialog.model.rowCount() == len(missing)
    dialog.ui.number.setText(big("123123123"))
    qtbot.keyClick(dialog.ui.number, Qt.Key.Key_Return)
    assert first["name"] not in [r["name"] for r in dialog.model.rows]
    assert dialog.model.rowCount() == len(missing) - 1
    dialog.reject()
    qtbot.waitUntil(lambda: str(len(missing) - 1) in door.ui.numbersButton.text())


def test_person_dialog_adds_and_removes_register_numbers(qtbot, demo, qtmodeltester):
    from kcdesk.ui.planning.person_dialog import PersonDialog

    person = demo.people.get(demo.registrations.of_event(demo.event_id)[0]["person_id"])
    dialog = PersonDialog(demo, person)
    qtbot.addWidget(dialog)
    dialog.show()
    u = dialog.ui
    u.registerName.setCurrentText("kwaliteitsregister jeugd")
    qtbot.keyClicks(u.registerNumber, "100012345")
    u.registerConsent.setChecked(False)
    qtbot.mouseClick(u.addRegister, Qt.MouseButton.LeftButton)
    qtmodeltester.check(dialog.registers_model)
    assert [(m.register, m.number, m.consent) for m in demo.accreditation.memberships(person.id)] == [
        ("SKJ", "100012345", False)
    ]
    assert dialog.registers_model.index(0, 2).data() == "no"
    u.registerName.setCurrentText("BIG")
    u.registerNumber.setText("99999999999")
    qtbot.mouseClick(u.addRegister, Qt.MouseButton.LeftButton)
    assert u.error.isVisible() and "BIG" in u.error.text()
    assert len(demo.accreditation.memberships(person.id)) == 1
    u.registers.selectRow(0)
    qtbot.mouseClick(u.removeRegister, Qt.MouseButton.LeftButton)
    assert demo.accreditation.memberships(person.id) == [] and dialog.registers_model.rowCount() == 0


def test_a_new_person_has_no_register_row_yet(qtbot, demo):
    from kcdesk.domain.models import Person
    from kcdesk.ui.planning.person_dialog import PersonDialog

    dialog = PersonDialog(demo, Person(given_name=""))
    qtbot.addWidget(dialog)
    assert not dialog.ui.registers.isVisibleTo(dialog) and not dialog.ui.addRegister.isVisibleTo(dialog)


def test_planning_tab_saves_removes_and_exports(qtbot, accredited, tmp_path, qtmodeltester):
    from kcdesk.ui.planning.accreditation_panel import AccreditationPanel

    panel = AccreditationPanel()
    qtbot.addWidget(panel)
    panel.set_event(accredited, accredited.event_id)
    panel.show()
    qtmodeltester.check(panel.model)
    assert [r["register"] for r in panel.model.rows] == ["BIG"]
    missing = len(accredited.accreditation.without_number(accredited.event_id))
    assert panel.ui.missing.isVisible() and str(missing) in panel.ui.missing.text()
    u = panel.ui
    u.register.setCurrentText("registerplein")
    u.activity.setText("RP-55")
    u.points.setValue(3)
    u.hours.setValue(2.5)
    u.status.setCurrentIndex(u.status.findData("granted"))
    qtbot.mouseClick(u.save, Qt.MouseButton.LeftButton)
    saved = {a.register: a for a in accredited.accreditation.accreditations(accredited.event_id)}
    assert (
        saved["Registerplein"].activity_id,
        saved["Registerplein"].points,
        saved["Registerplein"].hours,
    ) == (
        "RP-55",
        3,
        2.5,
    )
    u.activity.clear()  # granted without an activity ID: refused, shown in red
    qtbot.mouseClick(u.save, Qt.MouseButton.LeftButton)
    assert "activity ID" in u.message.text() and "b00020" in u.message.styleSheet()

    person = accredited.registrations.of_event(accredited.event_id)[0]
    accredited.accreditation.set_membership(person["person_id"], "BIG", big("555666777"))
    u.accreditations.selectRow([r["register"] for r in panel.model.rows].index("BIG"))
    target = tmp_path / "big.txt"
    panel.ask_path = lambda register: target
    qtbot.mouseClick(u.exportList, Qt.MouseButton.LeftButton)
    assert target.read_text().split() == [big("555666777")]
    qtbot.mouseClick(u.remove, Qt.MouseButton.LeftButton)
    assert [a.register for a in accredited.accreditation.accreditations(accredited.event_id)] == [
        "Registerplein"
    ]


def test_the_planning_screen_has_an_accreditation_tab(planning_screen):
    tabs = planning_screen.details
    titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    assert "Accreditation" in titles
    assert planning_screen.accreditation.event_id == planning_screen.current_event_id()


@pytest.fixture
def planning_screen(main_window):
    return main_window.screens[0]


@pytest.fixture
def dutch(qapp):
    from kcdesk.ui.app import install_translations

    install_translations(qapp, "nl")
    yield
    install_translations(qapp, "en")


def test_import_problems_with_register_numbers_read_in_dutch(dutch, services, tmp_path):
    import datetime as dt

    from kcdesk.domain.models import Event
    from kcdesk.services.csv_import import CsvImporter
    from kcdesk.ui.planning.import_wizard import field_label
    from kcdesk.words.errors import translate_error

    event = services.events.create(Event("Kenniscafé", dt.date(2024, 1, 1)))
    path = tmp_path / "r.csv"
    path.write_text("Naam;BIG-nummer;Registratienummer\nAnna Wit;123;\nBram Smit;;55\n", encoding="utf-8")
    result = CsvImporter(services.store).import_file(path, event.id)
    assert [translate_error(e.error) for e in result.errors] == [
        "‘123’ is geen BIG-nummer: het heeft 3 cijfers, geen 11. De rest van de regel is wel ingelezen.",
        "Het registratienummer ‘55’ is niet ingelezen: geen kolom zegt bij welk register het hoort "
        "(voeg een kolom Register toe, of noem de kolom bijvoorbeeld SKJ-nummer).",
    ]
    assert field_label("number_big") == "BIG-nummer"
