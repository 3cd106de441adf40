"""The programme item dialog from the keyboard: several people with Enter (the dialog stays open),
a new person made right there when the search finds no one, and a role changed in place."""

from PySide6.QtCore import Qt

from kcdesk.domain.enums import Part, ProgrammeKind
from kcdesk.domain.models import ProgrammeItem


def open_dialog(planning, qtbot):
    from kcdesk.ui.planning.programme_panel import ItemDialog

    item = ProgrammeItem(planning.current_event_id(), "Tafelsessies", ProgrammeKind.TABLE_SESSION, 60)
    dialog = ItemDialog(planning.services, item, planning)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def add_by_typing(qtbot, dialog, text):
    search = dialog.person_pick.search
    qtbot.keyClicks(search, text)
    qtbot.keyClick(search, Qt.Key.Key_Return)


def names_and_parts(svc, dialog):
    return [(svc.people.get(p.person_id).name, p.part) for p in dialog.result_item().people]


def test_several_people_from_the_keyboard_and_enter_never_closes(planning, qtbot):
    svc = planning.services
    dialog = open_dialog(planning, qtbot)
    add_by_typing(qtbot, dialog, "haddouchi")  # Enter right after typing: the search runs first
    add_by_typing(qtbot, dialog, "karin bos")
    assert dialog.isVisible() and dialog.result() == 0
    assert [n for n, _ in names_and_parts(svc, dialog)] == ["Samira Haddouchi", "Karin Bos"]
    assert dialog.person_pick.search.text() == "" and dialog.focusWidget() is dialog.person_pick.search


def test_down_chooses_another_hit(planning, qtbot):
    svc = planning.services
    dialog = open_dialog(planning, qtbot)
    qtbot.keyClicks(dialog.person_pick.search, "van")
    qtbot.waitUntil(lambda: dialog.person_pick.model.rowCount() > 1)
    second = dialog.person_pick.model.rows[1].name
    qtbot.keyClick(dialog.person_pick.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.person_pick.search, Qt.Key.Key_Return)
    assert [n for n, _ in names_and_parts(svc, dialog)] == [second]


def test_a_speaker_not_in_the_directory_is_made_right_there(planning, qtbot, monkeypatch):
    svc = planning.services
    dialog = open_dialog(planning, qtbot)
    asked = []

    def fill_in(person):
        asked.append(person)
        person.organisation = "Lectoraat Wijkgericht Werken"
        return person

    monkeypatch.setattr(dialog, "ask_new_person", fill_in)
    qtbot.keyClicks(dialog.person_pick.search, "Xandra de Qwertyuiop")
    qtbot.waitUntil(lambda: "New person “Xandra de Qwertyu…”" in dialog.ui.addPerson.text())
    qtbot.keyClick(dialog.person_pick.search, Qt.Key.Key_Return)
    assert (asked[0].given_name, asked[0].particle, asked[0].family_name) == ("Xandra", "de", "Qwertyuiop")
    assert names_and_parts(svc, dialog)[0][0] == "Xandra de Qwertyuiop"
    made = svc.people.search("Qwertyuiop")
    assert len(made) == 1 and made[0].organisation == "Lectoraat Wijkgericht Werken"


def test_a_role_is_changed_in_place(planning, qtbot):
    svc = planning.services
    dialog = open_dialog(planning, qtbot)
    dialog.part.setCurrentIndex(dialog.part.findData(str(Part.SPEAKER)))
    add_by_typing(qtbot, dialog, "haddouchi")
    add_by_typing(qtbot, dialog, "karin bos")
    dialog.people.setCurrentRow(0)
    assert dialog.part.currentData() == str(Part.SPEAKER)
    dialog.part.setCurrentIndex(dialog.part.findData(str(Part.HOST)))
    assert names_and_parts(svc, dialog) == [("Samira Haddouchi", Part.HOST), ("Karin Bos", Part.SPEAKER)]
    assert "(" in dialog.people.item(0).text() and "Samira Haddouchi" in dialog.people.item(0).text()
