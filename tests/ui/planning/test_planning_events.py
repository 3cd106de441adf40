"""Events: create, edit inline with validation, filter, next edition, delete and undo."""

from PySide6.QtCore import QDate, Qt, QTime

from kcdesk.ui.planning.event_editor import NO_DATE


def type_into(qtbot, widget, text):
    widget.selectAll()
    widget.clear()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_create_an_event_and_edit_it_inline(planning, qtbot):
    svc = planning.services
    before = len(svc.event_list.summaries())
    qtbot.mouseClick(planning.events.new_button, Qt.MouseButton.LeftButton)
    event_id = planning.current_event_id()
    assert len(svc.event_list.summaries()) == before + 1
    ui = planning.editor.ui
    assert ui.title.hasFocus() or ui.title.text() == "New kenniscafé"
    type_into(qtbot, ui.title, "Samen sterker in de wijk")
    type_into(qtbot, ui.venueName, "Wijkcentrum De Hoven")
    type_into(qtbot, ui.capacity, "60")
    ui.status.setCurrentIndex(ui.status.findData("planned"))
    event = svc.events.get(event_id)
    assert (event.title, event.venue.name, event.capacity, event.status) == (
        "Samen sterker in de wijk",
        "Wijkcentrum De Hoven",
        60,
        "planned",
    )
    # the list shows the new title at once
    row = planning.model.row_of(event_id)
    assert planning.model.index(row, 1).data() == "Samen sterker in de wijk"


def test_validation_is_shown_next_to_the_field_and_nothing_bad_is_saved(planning, qtbot):
    svc = planning.services
    event_id = planning.current_event_id()
    ui = planning.editor.ui
    stored = svc.events.get(event_id)
    type_into(qtbot, ui.capacity, "-5")
    assert ui.capacityError.isVisible() and "negative" in ui.capacityError.text()
    assert svc.events.get(event_id).capacity == stored.capacity
    type_into(qtbot, ui.capacity, "45")
    assert not ui.capacityError.isVisible()
    assert svc.events.get(event_id).capacity == 45
    ui.endTime.setTime(QTime(13, 0))  # before the 14:00 start
    assert ui.endError.isVisible() and "after the start" in ui.endError.text()
    assert svc.events.get(event_id).end_time == stored.end_time
    ui.endTime.setTime(QTime(17, 30))
    assert not ui.endError.isVisible()
    ui.date.setDate(NO_DATE)
    assert ui.dateError.isVisible() and "date" in ui.dateError.text()
    assert svc.events.get(event_id).date == stored.date
    ui.date.setDate(QDate(2027, 3, 4))
    assert str(svc.events.get(event_id).date) == "2027-03-04"
    type_into(qtbot, ui.title, "")
    assert ui.titleError.isVisible()
    assert svc.events.get(event_id).title == stored.title


def test_undo_and_redo_an_edit(planning, main_window, qtbot):
    svc = planning.services
    event_id = planning.current_event_id()
    old = svc.events.get(event_id).title
    type_into(qtbot, planning.editor.ui.title, "Andere titel")
    assert svc.events.get(event_id).title == "Andere titel"
    main_window.undo_stack.undo()
    assert svc.events.get(event_id).title == old
    assert planning.editor.ui.title.text() == old
    main_window.undo_stack.redo()
    assert svc.events.get(event_id).title == "Andere titel"


def test_filter_by_text_status_and_year(planning):
    events = planning.events
    assert planning.model.rowCount() == 2
    events.status.setCurrentIndex(events.status.findData("held"))
    assert planning.model.rowCount() == 1
    assert planning.model.index(0, 1).data() == "Kenniscafé Ontmoeting in de buurt"
    events.status.setCurrentIndex(0)
    events.search.setText("verschillen")
    events.apply_filter()
    assert [planning.model.index(r, 1).data() for r in range(planning.model.rowCount())] == [
        "Kenniscafé Leren van verschillen"
    ]
    events.search.setText("")
    events.apply_filter()
    years = [events.year.itemData(i) for i in range(1, events.year.count())]
    assert years
    events.year.setCurrentIndex(events.year.findData(1999)) if events.year.findData(1999) >= 0 else None
    events.year.setCurrentIndex(1)
    assert planning.model.rowCount() >= 1
    assert all(
        planning.model.rows[r]["date"].startswith(str(years[0])) for r in range(planning.model.rowCount())
    )


def test_next_edition_copies_programme_not_registrations(planning, qtbot):
    svc = planning.services
    held = svc.events.resolve("ontmoeting-in-de-buurt")
    planning.set_event(held.id)
    qtbot.mouseClick(planning.events.next_button, Qt.MouseButton.LeftButton)
    new_id = planning.current_event_id()
    assert new_id != held.id
    assert len(svc.events.programme(new_id)) == len(svc.events.programme(held.id))
    assert svc.registrations.of_event(new_id) == []
    assert svc.events.get(held.id).next_event_id == new_id


def test_delete_asks_and_undo_brings_the_event_back(planning, main_window, qtbot, monkeypatch):
    svc = planning.services
    held = svc.events.resolve("ontmoeting-in-de-buurt")
    regs = len(svc.registrations.of_event(held.id))
    items = len(svc.events.programme(held.id))
    planning.set_event(held.id)
    asked = []
    monkeypatch.setattr(planning, "confirm", lambda title, text: asked.append(text) or False)
    planning.delete_event()
    assert asked and svc.events.get(held.id)
    monkeypatch.setattr(planning, "confirm", lambda title, text: True)
    qtbot.mouseClick(planning.events.delete_button, Qt.MouseButton.LeftButton)
    assert all(r["slug"] != "ontmoeting-in-de-buurt" for r in svc.event_list.summaries())
    main_window.undo_stack.undo()
    back = svc.events.resolve("ontmoeting-in-de-buurt")
    assert len(svc.registrations.of_event(back.id)) == regs
    assert len(svc.events.programme(back.id)) == items
    assert planning.errors == []


def test_tab_moves_on_after_a_save(planning, qtbot):
    ui = planning.editor.ui
    event_id = planning.current_event_id()
    ui.title.setFocus()
    qtbot.waitUntil(ui.title.hasFocus)
    ui.title.selectAll()
    qtbot.keyClicks(ui.title, "Ander kenniscafe")
    qtbot.keyClick(ui.title, Qt.Key.Key_Tab)
    assert planning.services.events.get(event_id).title == "Ander kenniscafe"
    assert ui.theme.hasFocus()
    assert planning.editor.isEnabled() and planning.current_event_id() == event_id


def test_description_typed_just_before_closing_is_saved(planning, main_window):
    event_id = planning.current_event_id()
    planning.editor.ui.description.setPlainText("Laatste woorden")
    assert planning.editor._desc_timer.isActive()
    svc = planning.services
    planning.detach()
    assert svc.events.get(event_id).description == "Laatste woorden"
    planning.attach(svc, main_window.bridge)


def test_new_series_from_the_editor(planning, qtbot, monkeypatch, main_window):
    svc = planning.services
    event_id = planning.current_event_id()
    monkeypatch.setattr(planning.editor, "ask_series", lambda: ("Wijkcafé", "voorjaar 2027"))
    qtbot.mouseClick(planning.editor.ui.newSeries, Qt.MouseButton.LeftButton)
    series = svc.events.series(svc.events.get(event_id).series_id)
    assert (series.name, series.season) == ("Wijkcafé", "voorjaar 2027")
    assert planning.editor.ui.series.currentText() == "Wijkcafé voorjaar 2027"
    main_window.undo_stack.undo()  # the event goes back to its old series; the new series stays
    assert svc.events.get(event_id).series_id != series.id


def test_an_empty_database_says_how_to_start(qtbot, settings, tmp_path):
    from kcdesk.ui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.open_database(tmp_path / "new.kcdesk", create=True)
    planning = window.screens[0]
    assert planning.model.rowCount() == 0
    assert "New event" in planning.events.empty_hint.text() and not planning.events.empty_hint.isHidden()
    assert not planning.editor.isEnabled()
    planning.new_event()
    assert planning.events.empty_hint.isHidden() and planning.editor.isEnabled()
    planning.events.search.setText("zzz")
    planning.events.apply_filter()
    assert "match" in planning.events.empty_hint.text()


def test_undo_new_event_and_next_edition(planning, main_window):
    svc = planning.services
    held = svc.events.resolve("ontmoeting-in-de-buurt")
    planning.set_event(held.id)
    old_next = held.next_event_id
    planning.next_edition()
    assert svc.events.get(held.id).next_event_id != old_next
    main_window.undo_stack.undo()
    assert svc.events.get(held.id).next_event_id == old_next
    assert len(svc.event_list.summaries()) == 2
    planning.new_event()
    assert len(svc.event_list.summaries()) == 3
    main_window.undo_stack.undo()
    assert len(svc.event_list.summaries()) == 2
    assert planning.errors == []


def test_headline_edition_phrase_and_publication_date_are_edited_inline(planning, main_window, qtbot):
    svc = planning.services
    event_id = planning.current_event_id()
    ui = planning.editor.ui
    for widget, text in (
        (ui.headline, "‘Samen nadenken, samen doen’"),
        (ui.editionPhrase, "het tweede najaarskenniscafé van 2026"),
    ):  # typed characters outside ASCII: set as an input method would, then leave the field
        widget.setText(text)
        widget.editingFinished.emit()
    ui.publishedOn.setDate(QDate(2026, 12, 1))
    event = svc.events.get(event_id)
    assert event.headline == "‘Samen nadenken, samen doen’"
    assert event.edition_phrase == "het tweede najaarskenniscafé van 2026"
    assert event.published_on.isoformat() == "2026-12-01"
    # undone like any other field
    main_window.undo_stack.undo()
    assert svc.events.get(event_id).published_on is None
    ui.publishedOn.setDate(NO_DATE)
    assert svc.events.get(event_id).published_on is None


def test_english_versions_of_the_event_texts(planning, main_window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from kcdesk.ui.planning.event_editor import EnglishDialog

    svc = planning.services
    event_id = planning.current_event_id()
    editor = planning.editor

    def fill(self):
        self.ui.headlineEn.setText("Leave out hierarchy")
        self.ui.themeEn.setText("Meeting in the neighbourhood")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EnglishDialog, "exec", fill)
    editor.ui.englishButton.click()
    event = svc.events.get(event_id)
    assert (event.headline_en, event.theme_en) == ("Leave out hierarchy", "Meeting in the neighbourhood")
    en = svc.exports.preview(event_id, "article", "md", "en").text
    assert en.startswith("# Leave out hierarchy") and "The theme was Meeting in the neighbourhood." in en
    main_window.undo_stack.undo()  # one undo step
    assert svc.events.get(event_id).headline_en == ""
    monkeypatch.setattr(EnglishDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    editor.ui.englishButton.click()
    assert svc.events.get(event_id).headline_en == ""
