"""Programme: build one, watch the start times follow the durations, reorder by keys and drag, undo."""

import dataclasses
import datetime as dt

from PySide6.QtCore import QLocale, QModelIndex, Qt

from kcdesk.domain.enums import Part, ProgrammeKind
from kcdesk.domain.models import ProgrammeItem, ProgrammePerson


def starts(svc, event_id):
    return [(i.title, i.start_time.strftime("%H:%M")) for i in svc.events.programme(event_id)]


def shown(panel):
    m = panel.model
    return [(m.index(r, 2).data(), m.index(r, 0).data()) for r in range(m.rowCount())]


def hm(h, m):
    return QLocale().toString(dt.time(h, m), QLocale.FormatType.ShortFormat)


def new_event(planning, qtbot):
    qtbot.mouseClick(planning.events.new_button, Qt.MouseButton.LeftButton)
    planning.details.setCurrentWidget(planning.programme)
    return planning.current_event_id()


def test_build_a_programme_and_watch_the_times(planning, qtbot, monkeypatch, main_window):
    svc = planning.services
    event_id = new_event(planning, qtbot)
    panel = planning.programme
    speaker = svc.people.search("Samira")[0].id
    answers = iter(
        [
            ProgrammeItem(event_id, "Welkom", ProgrammeKind.OPENING_ROUND, 20),
            ProgrammeItem(
                event_id,
                "Onderzoek uit de wijk",
                ProgrammeKind.PRESENTATION,
                40,
                people=[ProgrammePerson(speaker, Part.SPEAKER)],
            ),
            ProgrammeItem(event_id, "Tafelsessies", ProgrammeKind.TABLE_SESSION, 60),
        ]
    )
    monkeypatch.setattr(panel, "ask", lambda item: next(answers))
    for _ in range(3):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert starts(svc, event_id) == [
        ("Welkom", "14:00"),
        ("Onderzoek uit de wijk", "14:20"),
        ("Tafelsessies", "15:00"),
    ]
    assert shown(panel) == [
        ("Welkom", hm(14, 0)),
        ("Onderzoek uit de wijk", hm(14, 20)),
        ("Tafelsessies", hm(15, 0)),
    ]
    assert "Samira Haddouchi (speaker)" in panel.model.index(1, 4).data()
    first_times = [t for _, t in shown(panel)]

    # a longer opening round pushes everything after it
    panel.table.selectRow(0)
    panel.table.setFocus()
    monkeypatch.setattr(panel, "ask", lambda item: dataclasses.replace(item, duration_min=30))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert starts(svc, event_id) == [
        ("Welkom", "14:00"),
        ("Onderzoek uit de wijk", "14:30"),
        ("Tafelsessies", "15:10"),
    ]
    assert [t for _, t in shown(panel)] == [hm(14, 0), hm(14, 30), hm(15, 10)] != first_times

    # reorder with Ctrl+Down: times follow the new order
    panel.table.selectRow(0)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert starts(svc, event_id) == [
        ("Onderzoek uit de wijk", "14:00"),
        ("Welkom", "14:40"),
        ("Tafelsessies", "15:10"),
    ]
    assert panel.current_item().title == "Welkom"  # the selection follows the moved item

    # drag the last row to the top
    model = panel.model
    mime = model.mimeData([model.index(2, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [t for t, _ in starts(svc, event_id)] == ["Tafelsessies", "Onderzoek uit de wijk", "Welkom"]
    assert starts(svc, event_id)[1] == ("Onderzoek uit de wijk", "15:00")

    # undo the drag, the key move and the edit
    stack = main_window.undo_stack
    stack.undo()
    assert [t for t, _ in starts(svc, event_id)] == ["Onderzoek uit de wijk", "Welkom", "Tafelsessies"]
    stack.undo()
    stack.undo()
    assert starts(svc, event_id) == [
        ("Welkom", "14:00"),
        ("Onderzoek uit de wijk", "14:20"),
        ("Tafelsessies", "15:00"),
    ]
    assert planning.errors == []


def test_delete_an_item_and_undo(planning, qtbot, monkeypatch, main_window):
    svc = planning.services
    held = svc.events.resolve("ontmoeting-in-de-buurt")
    planning.set_event(held.id)
    planning.details.setCurrentWidget(planning.programme)
    panel = planning.programme
    before = [
        (i.title, i.duration_min, [(p.person_id, p.part) for p in i.people])
        for i in svc.events.programme(held.id)
    ]
    panel.table.selectRow(1)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert len(svc.events.programme(held.id)) == len(before) - 1
    main_window.undo_stack.undo()
    after = [
        (i.title, i.duration_min, [(p.person_id, p.part) for p in i.people])
        for i in svc.events.programme(held.id)
    ]
    assert after == before


def test_an_item_without_title_is_refused_inline(planning, qtbot):
    from kcdesk.ui.planning.programme_panel import ItemDialog

    svc = planning.services
    event_id = planning.current_event_id()
    dialog = ItemDialog(svc, ProgrammeItem(event_id, ""), planning)
    dialog.accept()
    assert not dialog.error.isHidden() and dialog.result() == 0
    dialog.title_edit.setText("Pauze")
    dialog.duration.setValue(15)
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.result_item().title == "Pauze" and dialog.result_item().duration_min == 15


def test_attach_a_person_to_an_item_by_typing(planning, qtbot):
    from kcdesk.ui.planning.programme_panel import ItemDialog

    svc = planning.services
    event_id = planning.current_event_id()
    dialog = ItemDialog(
        svc, ProgrammeItem(event_id, "Tafelsessies", ProgrammeKind.TABLE_SESSION, 60), planning
    )
    qtbot.addWidget(dialog)
    dialog.show()  # as the user sees it: a picker no longer shown does not search
    dialog.part.setCurrentIndex(dialog.part.findData("host"))
    qtbot.keyClicks(dialog.person_pick.search, "haddouchi")
    qtbot.waitUntil(lambda: dialog.person_pick.model.rowCount() == 1)
    qtbot.keyClick(dialog.person_pick.search, Qt.Key.Key_Return)
    item = dialog.result_item()
    assert [(svc.people.get(p.person_id).name, p.part) for p in item.people] == [
        ("Samira Haddouchi", Part.HOST)
    ]


def test_a_programme_items_english_for_the_english_draft(planning, qtbot, monkeypatch):
    """In English… beside the title: the item's title and description in English, kept with the
    item when the dialog is saved, and printed by the English draft instead of the Dutch."""
    from PySide6.QtWidgets import QDialog

    from kcdesk.export.registry import preview
    from kcdesk.ui.planning.programme_panel import ItemDialog
    from kcdesk.ui.widgets.english import EnglishTextsDialog

    svc = planning.services
    title = "Ontmoeting en innovatie op wijkniveau"
    item = next(i for i in svc.events.programme(1) if i.title == title)
    dialog = ItemDialog(svc, item, planning)
    qtbot.addWidget(dialog)

    def english(d):
        assert d.ui.headingEn.placeholderText() == title  # the Dutch beside the empty English
        d.ui.headingEn.setText("Break")
        d.ui.bodyEn.setPlainText("Coffee and tea.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EnglishTextsDialog, "exec", english)
    dialog.ui.english.click()
    after = dialog.result_item()
    assert (after.title, after.title_en, after.description_en) == (title, "Break", "Coffee and tea.")
    planning.save_item(item, after)
    saved = next(i for i in svc.events.programme(1) if i.id == item.id)
    assert (saved.title_en, saved.description_en) == ("Break", "Coffee and tea.")
    again = ItemDialog(svc, saved, planning)  # opened again: the English is there to change
    qtbot.addWidget(again)
    assert again.english_dialog().texts() == ("Break", "Coffee and tea.")
    monkeypatch.setattr(EnglishTextsDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    again.ui.english.click()  # cancelled: nothing changes
    assert again.result_item().title_en == "Break"
    english_draft = preview(svc, 1, "article", "md", "en").text
    assert "Break" in english_draft and f"[NL: {title}]" not in english_draft
