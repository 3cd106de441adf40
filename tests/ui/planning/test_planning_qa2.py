"""A coordinator's afternoon (QA round 2): what was broken, confusing or missing, each fixed and held here."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale

from kcdesk.services.privacy import PrivacyService


def test_the_people_count_leaves_out_erased_people(planning, qtbot):
    svc = planning.services
    listed = planning.people.model.total
    someone = svc.people.search("Samira")[0]
    PrivacyService(svc.store).erase(someone.id, quotes="anonymise", compact=False)
    planning.people.model.reload()
    model = planning.people.model
    assert model.total == listed - 1 == model.rowCount()
    assert planning.people.count.text().startswith(f"{listed - 1} ")


def _full_with_one_waiting(planning, monkeypatch):
    svc = planning.services
    event_id = svc.events.resolve("leren-van-verschillen").id
    planning.set_event(event_id)
    planning.editor.ui.capacity.setText(str(svc.registrations.seats_taken(event_id)))
    planning.editor.ui.capacity.editingFinished.emit()
    extra = svc.people.search("Sem Jansen")[0]
    monkeypatch.setattr(planning.registrations, "ask_person", lambda: extra.id)
    planning.registrations.add_existing()
    reg = svc.store.registrations.for_person(event_id, extra.id)
    assert reg.status == "waitlisted"
    return event_id, reg.id


def test_moving_up_while_the_event_is_full_asks_first(planning, monkeypatch):
    svc = planning.services
    event_id, reg_id = _full_with_one_waiting(planning, monkeypatch)
    asked = []
    monkeypatch.setattr(planning, "confirm", lambda title, text: asked.append(text) or False)
    planning.registrations.promote_button.click()
    assert len(asked) == 1 and "Sem Jansen" in asked[0]
    assert svc.registrations.get(reg_id).status == "waitlisted"  # declined: still waiting
    monkeypatch.setattr(planning, "confirm", lambda title, text: True)
    planning.registrations.promote_button.click()
    assert svc.registrations.get(reg_id).status == "registered"


def test_moving_up_after_a_cancellation_is_one_action(planning, monkeypatch):
    svc = planning.services
    event_id, reg_id = _full_with_one_waiting(planning, monkeypatch)
    monkeypatch.setattr(planning, "confirm", lambda title, text: pytest.fail("no question with a free seat"))
    someone = next(r for r in svc.registrations.of_event(event_id) if r["status"] == "registered")
    planning.change_status(someone["id"], "cancelled")
    planning.registrations.promote_button.click()
    assert svc.registrations.get(reg_id).status == "registered"
    assert planning.errors == []


def test_a_read_only_database_offers_no_changes(qtbot, settings, demo_file, monkeypatch, tmp_path):
    from kcdesk.store import open_store
    from kcdesk.ui.main_window import MainWindow

    other = open_store(demo_file)  # another kcdesk writes to it
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        monkeypatch.setattr(window, "ask_in_use", lambda exc: "readonly")
        assert window.open_database(demo_file)
        planning = window.screens[0]
        assert planning.current_event_id() is not None
        from kcdesk.ui.planning.screen import LAZY_PANELS

        for name in LAZY_PANELS:  # each panel is made when first asked for (or shown) ...
            getattr(planning, name)
        assert set(planning._panels) == set(LAZY_PANELS)  # ... and is read-only as it comes
        for w in planning._writing_widgets():
            assert not w.isEnabled(), w
        assert not any(a.isEnabled() for a in planning._writing_actions)
        find = next(a for a in planning.menu().actions() if a.shortcut().toString() == "Ctrl+Shift+F")
        assert find.isEnabled()
        ui = planning.editor.ui
        assert ui.title.isReadOnly() and ui.description.isReadOnly() and not ui.status.isEnabled()
        assert "read-only" in ui.savedHint.text()
        assert planning.people.merge_button.toolTip() == "This database is open read-only."
        # choosing another event or table session does not turn anything back on
        planning.set_event(planning.model.event_id(1))
        planning.tables.item.setCurrentIndex(planning.tables.item.count() - 1)
        assert not any(w.isEnabled() for w in planning._writing_widgets())
    finally:
        other.close()
    # the same window on a writable database: everything is back, tooltips too
    assert window.open_database(demo_file)
    assert not window.services.store.readonly
    planning = window.screens[0]
    assert planning.events.new_button.isEnabled() and planning.people.merge_button.isEnabled()
    assert planning.people.merge_button.toolTip() != "This database is open read-only."
    assert not planning.editor.ui.title.isReadOnly() and planning.editor.ui.status.isEnabled()
    assert all(a.isEnabled() for a in planning._writing_actions)


def test_a_long_series_chart_tells_editions_apart_and_shows_them_all(planning, main_window, qtbot):
    svc = planning.services
    planning.set_event(svc.events.resolve("leren-van-verschillen").id)
    for _ in range(14):  # editions copy the title
        planning.next_edition()
    planning.details.setCurrentWidget(planning.charts)
    main_window.resize(1024, 768)
    chart = planning.charts.series
    qtbot.waitUntil(lambda: len(chart.categories) == 16)
    assert len(set(chart.categories)) == 16
    day = svc.events.resolve("ontmoeting-in-de-buurt").date
    first = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
    assert chart.categories[0].startswith(first)
    chart.grab()  # paints it
    assert 0 < chart.bottom <= chart.height()
    assert chart.height() >= chart.needed_height()


def test_undo_past_a_deleted_event_finds_it_again(planning, main_window, monkeypatch):
    """Edit an older event, delete it, then undo twice: the event comes back under its own id,
    so the edit before the delete can be undone too (it crashed with a database error)."""
    svc = planning.services
    held = svc.events.resolve("ontmoeting-in-de-buurt")  # not the newest: its id would not come back by luck
    planning.set_event(held.id)
    planning.editor.ui.title.setText("Andere titel")
    planning.editor.ui.title.editingFinished.emit()
    monkeypatch.setattr(planning, "confirm", lambda title, text: True)
    planning.delete_event()
    stack = main_window.undo_stack
    stack.undo()
    assert svc.events.resolve("ontmoeting-in-de-buurt").id == held.id
    assert planning.current_event_id() == held.id  # the restored event is shown again
    stack.undo()
    assert svc.events.get(held.id).title == held.title
    assert planning.errors == []
    stack.redo()
    stack.redo()
    assert all(e["id"] != held.id for e in svc.event_list.summaries())
    stack.undo()
    assert svc.events.get(held.id).title == "Andere titel"


def test_a_vanished_event_or_item_is_a_clear_error(demo):
    import dataclasses

    from kcdesk.domain.errors import NotFoundError

    held = demo.events.get(demo.event_id)
    item = demo.events.programme(demo.event_id)[0]
    demo.events.delete_item(item.id)
    with pytest.raises(NotFoundError):
        demo.events.save_item(dataclasses.replace(item, title="x"))
    demo.events.delete(demo.event_id)
    with pytest.raises(NotFoundError):
        demo.events.update(held)


def test_the_printed_table_lists_name_an_erased_person(planning, monkeypatch, tmp_path):
    from kcdesk.domain.enums import ProgrammeKind

    svc = planning.services
    held = svc.events.resolve("ontmoeting-in-de-buurt").id
    planning.set_event(held)
    panel = planning.tables
    item_id = next(i.id for i in svc.events.programme(held) if i.kind == ProgrammeKind.TABLE_SESSION)
    panel.tables.setValue(4)
    panel.assign_button.click()
    seat = svc.tables.seating(item_id)[0]
    PrivacyService(svc.store).erase(seat["person_id"], quotes="anonymise", compact=False)
    html = svc.tables.lists_html(item_id, {"erased": "(gewist)"})
    assert "<li>(gewist) — " in html and "<li> — " not in html
    assert "<li>(erased) — " in svc.tables.lists_html(item_id)
    written = []
    monkeypatch.setattr(svc.tables, "write_pdf", lambda item, path, labels: written.append(labels))
    monkeypatch.setattr(panel, "ask_pdf_path", lambda: str(tmp_path / "tafels.pdf"))
    panel.print_button.click()
    assert written[0]["erased"] == "(erased)"  # the screen's own word (Dutch: "(gewist)")


def test_ctrl_z_after_tab_undoes_the_saved_field(planning, qtbot):
    """The hint under the editor promises Ctrl+Z; a line edit with nothing of its own to undo
    used to swallow the keys, so Ctrl+Z after Tab did nothing."""
    from PySide6.QtCore import Qt

    svc = planning.services
    event = svc.events.resolve("leren-van-verschillen")
    planning.set_event(event.id)
    title = planning.editor.ui.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Nieuwe titel")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    assert svc.events.get(event.id).title == "Nieuwe titel"
    theme = planning.editor.ui.theme
    assert theme.hasFocus()
    qtbot.keyClick(theme, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert svc.events.get(event.id).title == event.title == title.text()
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(theme, Qt.Key.Key_Z, redo)
    assert svc.events.get(event.id).title == "Nieuwe titel"
    # typing not yet saved: Ctrl+Z takes back the typing in the field, the database is untouched
    title.setFocus()
    qtbot.keyClicks(title, "!!")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert svc.events.get(event.id).title == "Nieuwe titel"
    assert "!!" not in title.text()
    assert planning.errors == []


def test_tab_goes_from_the_add_buttons_to_the_list_then_to_its_status(planning, qtbot):
    from PySide6.QtCore import Qt

    svc = planning.services
    planning.set_event(svc.events.resolve("ontmoeting-in-de-buurt").id)
    panel = planning.registrations
    planning.details.setCurrentWidget(panel)
    panel.import_button.setFocus()
    seen = []
    for _ in range(3):
        qtbot.keyClick(planning.window().focusWidget(), Qt.Key.Key_Tab)
        seen.append(planning.window().focusWidget())
    assert seen == [panel.table, panel.status, panel.status_button]


def test_tab_leaves_every_list(planning, main_window):
    from PySide6.QtWidgets import QAbstractItemView

    from kcdesk.ui.planning.person_dialog import PersonDialog
    from kcdesk.ui.planning.programme_panel import ItemDialog
    from kcdesk.ui.privacy import open_privacy_dialog

    svc = planning.services
    item = svc.events.programme(planning.current_event_id())[0]
    dialogs = [
        PersonDialog(svc, svc.people.search("Samira")[0], planning),
        ItemDialog(svc, item, planning),
        open_privacy_dialog(main_window),
        planning.open_import_wizard(planning.current_event_id()),
    ]
    for root in (planning, *dialogs):
        views = root.findChildren(QAbstractItemView)
        assert views and not any(v.tabKeyNavigation() for v in views), root
    for d in dialogs:
        d.close()


def test_the_consent_ticks_say_what_they_allow(planning):
    from kcdesk.ui.planning.person_dialog import PersonDialog

    svc = planning.services
    dialog = PersonDialog(svc, svc.people.search("Samira")[0], planning)
    u = dialog.ui
    tips = [b.toolTip() for b in (u.newsletter, u.consentPhoto, u.consentQuote, u.consentName)]
    assert all(tips) and len(set(tips)) == 4
    assert "named in publications" in u.consentName.toolTip()
    dialog.close()


def test_the_import_summary_says_when_the_event_is_over_capacity(planning, qtbot, tmp_path):
    svc = planning.services
    event_id = svc.events.resolve("leren-van-verschillen").id
    planning.set_event(event_id)
    taken = svc.registrations.seats_taken(event_id)
    planning.editor.ui.capacity.setText(str(taken))
    planning.editor.ui.capacity.editingFinished.emit()
    path = tmp_path / "extra.csv"
    path.write_text("Voornaam;Achternaam;E-mail\nAnna;Smit;anna@example.org\nBen;Kok;ben@example.org\n")
    wizard = planning.open_import_wizard(event_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restart()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.run_page.isComplete)
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    text = wizard.summary_page.text.text()
    assert f"{taken + 2} of {taken} seats" in text


def test_the_next_event_is_readable_at_1280(planning, main_window, qtbot):
    svc = planning.services
    planning.set_event(svc.events.resolve("ontmoeting-in-de-buurt").id)
    main_window.resize(1280, 800)
    planning.details.setCurrentIndex(0)
    combo = planning.editor.ui.nextEvent
    assert "Leren van verschillen" in combo.currentText()
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText()) + 40  # text + arrow
    qtbot.waitUntil(lambda: combo.width() >= needed)  # once the layout has settled


def test_next_edition_is_shown_even_when_the_filters_would_hide_it(planning):
    svc = planning.services
    source = svc.events.resolve("leren-van-verschillen")
    source.date = dt.date(source.date.year, 12, 10)  # four weeks later is in the next year
    svc.events.update(source)
    planning.events.reload()
    year = planning.events.year
    year.setCurrentIndex(year.findData(source.date.year))
    planning.events.apply_filter()
    planning.set_event(source.id)
    planning.next_edition()  # four weeks later: the next year
    new_id = planning.current_event_id()
    assert new_id != source.id
    assert svc.events.get(new_id).date.year == source.date.year + 1
    assert year.currentIndex() == 0  # filters cleared so it can be seen


def test_picking_from_an_empty_directory_says_what_to_do(qtbot, services):
    from kcdesk.domain.models import Person
    from kcdesk.ui.planning.registrations_panel import PickPersonDialog

    dialog = PickPersonDialog(services)
    qtbot.addWidget(dialog)
    assert "empty" in dialog.hint.text() and not dialog.hint.isHidden()
    services.people.create(Person(given_name="Anna", family_name="Smit"))
    dialog = PickPersonDialog(services)
    qtbot.addWidget(dialog)
    assert "Type to find" in dialog.hint.text()
    dialog.picker.search.setText("Anna")
    dialog.picker.refresh()
    assert dialog.hint.isHidden() and dialog.person_id() is not None
    dialog.picker.search.setText("Zwanenburg")
    dialog.picker.refresh()
    assert "Nobody found" in dialog.hint.text() and not dialog.hint.isHidden()


def test_a_search_typed_as_the_dialog_closes_is_not_run_afterwards(qtbot, services, monkeypatch):
    """The picker waits a moment after each key; when its dialog has closed meanwhile (and the
    database may have been closed too), that search does not run."""
    from kcdesk.ui.planning.registrations_panel import PickPersonDialog

    dialog = PickPersonDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    searched = []
    monkeypatch.setattr(services.people, "search", lambda text, limit=200: searched.append(text) or [])
    qtbot.keyClicks(dialog.picker.search, "Ann")
    qtbot.waitUntil(lambda: searched == ["Ann"])  # shown: the typed text is searched
    qtbot.keyClicks(dialog.picker.search, "a")
    dialog.reject()
    assert not dialog.picker.pending()  # closing stopped the waiting search
    dialog.picker._typed()  # and a timer that fired anyway does nothing
    assert searched == ["Ann"]
