"""The notes screen and the export dialog, driven through their widgets."""

import pypdf
import pytest
from PySide6.QtCore import Qt

from kcdesk.domain.enums import Consent
from kcdesk.ui.notes.models import FiguresModel, QuotesModel, ReactionsModel, SearchModel


@pytest.fixture
def screen(main_window, qtbot):
    main_window.show_screen(2)
    s = main_window.screens[2]
    assert s.current_event_id() == 1  # the held demo event (the most recent one not in the future)
    return s


def choose(combo, text):
    index = next(i for i in range(combo.count()) if text in combo.itemText(i))
    combo.setCurrentIndex(index)


def test_models_are_valid(qtmodeltester, demo):
    for cls in (FiguresModel, QuotesModel, ReactionsModel):
        model = cls()
        model.set_event(demo, demo.event_id)
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    search = SearchModel()
    search.search(demo, 1, "tafel")
    assert search.rowCount() >= 2
    qtmodeltester.check(search)


def test_typing_a_note_autosaves_with_live_preview(screen, qtbot):
    svc = screen.services
    choose(screen.ui.itemCombo, "Pauze")  # an item without notes yet
    assert screen.ui.noteEdit.toPlainText() == ""
    with qtbot.waitSignal(screen.note_saved, timeout=5000):
        qtbot.keyClicks(screen.ui.noteEdit, "Koffie met **stroopwafels**")
    pause = next(i for i in svc.events.programme(1) if i.title == "Pauze")
    saved = [n for n in svc.content.notes(1) if n.item_id == pause.id]
    assert [n.body for n in saved] == ["Koffie met **stroopwafels**"]
    qtbot.waitUntil(lambda: "stroopwafels" in screen.ui.notePreview.toPlainText())
    assert "**" not in screen.ui.notePreview.toPlainText()
    assert "Saved" in screen.ui.saveStatus.text()
    # editing again updates the same note; switching part flushes at once
    qtbot.keyClicks(screen.ui.noteEdit, "!")
    choose(screen.ui.itemCombo, "Whole event")
    assert [n.body for n in svc.content.notes(1) if n.item_id == pause.id] == ["Koffie met **stroopwafels**!"]
    assert screen.ui.noteEdit.toPlainText().startswith("## Opening")


def test_a_new_note_stays_with_its_part_when_switching_part_before_autosave(screen, qtbot):
    """Typed for 'Pauze' (no note yet), then another part chosen at once: the note belongs to Pauze."""
    svc = screen.services
    items = {i.title: i.id for i in svc.events.programme(1)}
    choose(screen.ui.itemCombo, "Pauze")
    qtbot.keyClicks(screen.ui.noteEdit, "Koffie")
    choose(screen.ui.itemCombo, "Oogst")  # before the autosave timer fires
    by_item = {n.item_id: n.body for n in svc.content.notes(1)}
    assert by_item.get(items["Pauze"]) == "Koffie"
    assert "Koffie" not in by_item.get(items["Oogst en afsluiting"], "")
    # and a new whole-event note of another event stays with that event's whole event
    screen.set_event(2)
    qtbot.keyClicks(screen.ui.noteEdit, "Draaiboek")
    screen.ui.itemCombo.setCurrentIndex(1)
    assert [(n.item_id, n.body) for n in svc.content.notes(2)] == [(None, "Draaiboek")]


def test_add_quote_from_the_directory_and_a_free_one(screen, qtbot):
    svc = screen.services
    ui = screen.ui
    ui.tabs.setCurrentWidget(ui.quotesTab)
    before = screen.quotes.rowCount()
    ui.newQuoteButton.click()
    qtbot.keyClicks(ui.quoteText, "Samen leren werkt.")
    choose(ui.quotePerson, "Samira Haddouchi")
    assert not ui.quoteRole.isEnabled()
    choose(ui.quoteItem, "Ontmoeting en innovatie")
    choose(ui.quoteConsent, "yes")
    assert "Samira Haddouchi" in ui.quoteAttribution.text()
    with qtbot.waitSignal(screen.quote_editor.saved):
        ui.saveQuoteButton.click()
    assert screen.quotes.rowCount() == before + 1
    quote = next(q for q in svc.content.quotes(1) if q.text == "Samen leren werkt.")
    assert quote.consent == Consent.YES and quote.person_id is not None and quote.item_id is not None

    ui.newQuoteButton.click()
    qtbot.keyClicks(ui.quoteText, "Niet voor de krant.")
    choose(ui.quotePerson, "Free attribution")
    qtbot.keyClicks(ui.quoteRole, "docent")
    qtbot.keyClicks(ui.quoteOrg, "ROC Zuid")
    assert "Not in exports" in ui.quoteAttribution.text()  # consent starts at "ask"
    ui.saveQuoteButton.click()
    free = next(q for q in svc.content.quotes(1) if q.text == "Niet voor de krant.")
    assert (free.person_id, free.attribution_role, free.attribution_org, free.consent) == (
        None,
        "docent",
        "ROC Zuid",
        Consent.ASK,
    )

    # selecting a row fills the form; an empty quote is refused with a message
    ui.quotesView.selectRow(0)
    assert ui.quoteText.toPlainText() == svc.content.quotes(1)[0].text
    errors = []
    screen.show_error = errors.append
    ui.newQuoteButton.click()
    ui.saveQuoteButton.click()
    assert errors == ["A quote needs text."]


def test_a_quote_being_edited_survives_other_saves_and_switching(screen, qtbot):
    """Writers type while other things save (the note autosave, a key figure): nothing typed is lost."""
    svc, ui = screen.services, screen.ui
    ui.tabs.setCurrentWidget(ui.quotesTab)
    ui.quotesView.selectRow(0)
    first_id, edited = screen.quotes.row(0).id, screen.quotes.row(0).text + " Echt."
    ui.quoteText.setPlainText(edited)
    svc.content.save_figure(svc.content.figures(1)[0])  # something else saved meanwhile
    assert ui.quoteText.toPlainText() == edited
    ui.quotesView.selectRow(1)  # another quote chosen: the edit is kept in the database
    assert next(q for q in svc.content.quotes(1) if q.id == first_id).text == edited
    assert ui.quoteText.toPlainText() == screen.quotes.row(1).text
    # a new quote typed, then another event chosen: saved with its own event (consent still "ask")
    ui.newQuoteButton.click()
    qtbot.keyClicks(ui.quoteText, "Nog niet opgeslagen.")
    screen.set_event(2)
    draft = next(q for q in svc.content.quotes(1) if q.text == "Nog niet opgeslagen.")
    assert draft.consent == Consent.ASK and ui.quoteText.toPlainText() == ""
    # the same for a reaction, when the window closes
    from kcdesk.services import Services
    from kcdesk.store import open_store

    ui.tabs.setCurrentWidget(ui.reactionsTab)
    qtbot.keyClicks(ui.reactionText, "Leerzaam.")
    path = svc.store.path
    screen.window().close()
    store = open_store(path)
    try:
        assert [r.text for r in Services(store).content.reactions(2)] == ["Leerzaam."]
    finally:
        store.close()


def test_deleting_the_shown_event_shows_the_one_the_chooser_shows(screen, qtbot):
    # the chooser used to show another event while the screen stayed empty and disabled,
    # and choosing that event did nothing (it was already the current item)
    screen.services.events.delete(1)
    qtbot.waitUntil(lambda: screen.ui.eventCombo.findData(1) < 0)
    left = screen.services.event_list.summaries()[0]["id"]
    assert screen.current_event_id() == screen.ui.eventCombo.currentData() == left
    assert screen.ui.tabs.isEnabled()


def test_after_new_the_quote_or_reaction_shown_before_can_be_chosen_again(screen, qtbot):
    # "New" cleared the selection but left the row current, so choosing it again showed nothing
    # and what was typed next became another quote
    ui = screen.ui
    ui.tabs.setCurrentWidget(ui.quotesTab)
    ui.quotesView.selectRow(0)
    quote = screen.quotes.row(0)
    assert ui.quoteText.toPlainText() == quote.text
    ui.newQuoteButton.click()
    assert ui.quoteText.toPlainText() == ""
    ui.quotesView.selectRow(0)
    assert ui.quoteText.toPlainText() == quote.text and screen.quote_editor.quote.id == quote.id

    ui.tabs.setCurrentWidget(ui.reactionsTab)
    ui.reactionsView.selectRow(0)
    reaction = screen.reactions.row(0)
    assert ui.reactionText.toPlainText() == reaction.text
    ui.newReactionButton.click()
    assert ui.reactionText.toPlainText() == ""
    ui.reactionsView.selectRow(0)
    assert (
        ui.reactionText.toPlainText() == reaction.text and screen.reaction_editor.reaction.id == reaction.id
    )


def test_a_renamed_person_is_renamed_in_the_quotes_and_reactions(screen, qtbot):
    # the tables kept the old name until another event was chosen
    svc = screen.services
    quote = next(q for q in screen.quotes.rows if q.person_id is not None)
    reaction = next(r for r in screen.reactions.rows if r.person_id is not None)
    for person_id in (quote.person_id, reaction.person_id):
        person = svc.people.get(person_id)
        person.given_name = "Samantha"
        svc.people.update(person)
    qtbot.waitUntil(lambda: "Samantha" in screen.quotes.index(screen.quotes.row_of(quote.id), 1).data())
    assert "Samantha" in screen.reactions.index(screen.reactions.row_of(reaction.id), 1).data()


def test_delete_quote_asks_first(screen, qtbot):
    ui = screen.ui
    n = screen.quotes.rowCount()
    ui.quotesView.selectRow(n - 1)
    screen.confirm = lambda _q: False
    ui.deleteQuoteButton.click()
    assert screen.quotes.rowCount() == n
    screen.confirm = lambda _q: True
    ui.deleteQuoteButton.click()
    assert screen.quotes.rowCount() == n - 1


def test_key_figures_add_and_edit_in_place(screen, qtbot):
    ui = screen.ui
    ui.tabs.setCurrentWidget(ui.figuresTab)
    n = screen.figures.rowCount()
    ui.addFigureButton.click()
    assert screen.figures.rowCount() == n + 1
    row = n
    assert screen.figures.setData(screen.figures.index(row, 0), "tafels", Qt.ItemDataRole.EditRole)
    assert screen.figures.setData(screen.figures.index(row, 1), "5", Qt.ItemDataRole.EditRole)
    figures = screen.services.content.figures(1)
    assert (figures[-1].label, figures[-1].value) == ("tafels", 5)
    errors = []
    screen.show_error = errors.append
    assert not screen.figures.setData(screen.figures.index(row, 1), "vijf", Qt.ItemDataRole.EditRole)
    assert errors and "number" in errors[0]
    ui.figuresView.selectRow(row)
    ui.removeFigureButton.click()
    assert screen.figures.rowCount() == n


def test_key_figure_typed_with_a_decimal_comma_in_dutch(screen, qtbot):
    """'2,5' in the table's editor is two and a half, not 25 (an integer spin box dropped the comma)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QLineEdit

    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        ui = screen.ui
        ui.tabs.setCurrentWidget(ui.figuresTab)
        window = screen.window()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        last = lambda: screen.services.content.figures(1)[-1]  # noqa: E731
        ui.addFigureButton.click()  # opens the label's editor
        qtbot.keyClicks(QApplication.focusWidget(), "uur per tafel")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # commits queued, no reset under it
        qtbot.waitUntil(lambda: last().label == "uur per tafel")
        row = screen.figures.rowCount() - 1
        for typed, expected in (("2,5", 2.5), ("1.250", 1250), ("0,75", 0.75)):
            index = screen.figures.index(row, 1)
            ui.figuresView.setCurrentIndex(index)
            ui.figuresView.edit(index)
            editor = QApplication.focusWidget()
            assert isinstance(editor, QLineEdit), typed  # a text field takes a decimal comma
            editor.selectAll()
            qtbot.keyClicks(editor, typed)
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            qtbot.waitUntil(
                lambda: last().value != 0 and ui.figuresView.state() != ui.figuresView.State.EditingState
            )
            assert (last().label, last().value) == ("uur per tafel", expected), typed
        assert screen.figures.index(row, 1).data(Qt.ItemDataRole.EditRole) == "0,75"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_numbers_are_read_as_people_type_them():
    from PySide6.QtCore import QLocale

    from kcdesk.ui.notes.models import format_number, parse_number

    nl, en = QLocale(QLocale.Language.Dutch), QLocale(QLocale.Language.English)
    assert parse_number("2,5", nl) == parse_number("2.5", nl) == parse_number("2.5", en) == 2.5
    assert parse_number("1.250", nl) == 1250 and parse_number("1,250", en) == 1250
    assert parse_number("1.250,5", nl) == parse_number("1,250.5", en) == 1250.5
    assert parse_number(" 15 ", nl) == 15
    assert format_number(2.5, nl) == "2,5" and format_number(15.0, nl) == "15"
    with pytest.raises(ValueError):
        parse_number("vijf", nl)


def test_add_reaction_with_rating(screen, qtbot):
    ui = screen.ui
    ui.tabs.setCurrentWidget(ui.reactionsTab)
    n = screen.reactions.rowCount()
    ui.newReactionButton.click()
    qtbot.keyClicks(ui.reactionText, "Leerzaam en gezellig.")
    choose(ui.reactionPerson, "Noor Hendriks")
    ui.reactionRating.setValue(4)
    ui.saveReactionButton.click()
    assert screen.reactions.rowCount() == n + 1
    r = screen.services.content.reactions(1)[-1]
    assert (r.text, r.rating) == ("Leerzaam en gezellig.", 4)
    assert screen.reactions.index(n, 2).data() == "★★★★"


def test_search_across_the_series(screen, qtbot):
    ui = screen.ui
    ui.tabs.setCurrentWidget(ui.searchTab)
    qtbot.keyClicks(ui.searchEdit, "tafel")
    qtbot.waitUntil(lambda: screen.search_model.rowCount() >= 2)
    kinds = {screen.search_model.index(r, 0).data() for r in range(screen.search_model.rowCount())}
    assert {"note", "quote"} <= kinds
    assert "result" in ui.searchStatus.text()
    row = next(
        r for r in range(screen.search_model.rowCount()) if screen.search_model.index(r, 0).data() == "quote"
    )
    screen.open_search_result(screen.search_model.index(row, 2))
    assert ui.tabs.currentWidget() is ui.quotesTab
    assert "van tafel" in ui.quoteText.toPlainText()
    row = next(
        r for r in range(screen.search_model.rowCount()) if screen.search_model.index(r, 0).data() == "note"
    )
    screen.open_search_result(screen.search_model.index(row, 2))
    assert ui.tabs.currentWidget() is ui.notesTab and "Vijf tafels" in ui.noteEdit.toPlainText()


@pytest.fixture
def dialog(screen, qtbot):
    d = screen.make_export_dialog()
    qtbot.addWidget(d)
    d.opened = []
    d.open_url = lambda url: d.opened.append(url.toLocalFile())
    d.show_error = lambda message: d.opened.append(("error", message))
    return d


def test_export_dialog_previews_and_exports_certificates_with_progress(dialog, qtbot, tmp_path):
    dialog.update_preview()
    qtbot.waitUntil(lambda: not dialog.preview_busy)
    assert dialog.template() == "article"
    assert "Eerst delen, dan duiden, dan doen" in dialog.ui.preview.toPlainText()
    dialog.choose("article", "md", "en")
    dialog.update_preview()
    qtbot.waitUntil(lambda: not dialog.preview_busy)
    assert "The next knowledge café" in dialog.ui.preview.toPlainText()

    dialog.choose("certificates", "pdf", "nl")
    dialog.update_preview()
    qtbot.waitUntil(lambda: not dialog.preview_busy)
    assert "Bewijs van deelname" in dialog.ui.preview.toPlainText()
    target = tmp_path / "bewijzen.pdf"
    dialog.ask_path = lambda: target
    steps = []
    original = dialog._progress
    dialog._progress = lambda done, total: steps.append((done, total)) or original(done, total)
    with qtbot.waitSignal(dialog.exported):
        dialog.ui.exportButton.click()
    assert len(pypdf.PdfReader(str(target)).pages) == 23
    assert steps[-1] == (23, 23)
    assert dialog.opened == [str(target)]
    assert "bewijzen.pdf" in dialog.ui.statusLabel.text()


def test_export_dialog_can_stop_a_long_export(dialog, tmp_path):
    dialog.choose("certificates", "pdf")
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "c.pdf"
    dialog.ask_path = lambda: target
    original = dialog._progress

    def stop_at_five(done, total):
        if done == 5:
            dialog.cancel()
        return original(done, total)

    dialog._progress = stop_at_five
    assert dialog.export() is None
    assert list(tmp_path.iterdir()) == []
    assert "Stopped" in dialog.ui.statusLabel.text()


def test_export_dialog_opens_templates_folder_and_shows_template_errors(dialog, user_templates_dir, qtbot):
    dialog.ui.templatesFolderButton.click()
    assert dialog.opened == [str(user_templates_dir)]
    (user_templates_dir / "article.nl.md").write_text("ok\n{% if %}\n", encoding="utf-8")
    dialog.load_templates()
    dialog.choose("article", "md", "nl")
    dialog.update_preview()
    qtbot.waitUntil(lambda: not dialog.preview_busy)
    assert "article.nl.md, line 2" in dialog.ui.preview.toPlainText()
    assert "(changed)" in dialog.ui.templateList.item(0).text()


def test_report_preview_shows_charts(dialog, qtbot):
    dialog.choose("report", "html")
    dialog.update_preview()
    qtbot.waitUntil(lambda: not dialog.preview_busy)
    text = dialog.ui.preview.toPlainText()
    assert "Aangemeld en aanwezig per sector" in text and "<svg" not in text


def test_screenshot_dialogs(screen, qtbot):
    dialogs = screen.screenshot_dialogs()
    assert [name for name, _ in dialogs] == ["export"]
    for _, d in dialogs:
        qtbot.addWidget(d)
        assert d.ui.preview.toPlainText()


@pytest.fixture
def user_templates_dir():
    from kcdesk import paths

    return paths.user_templates_dir()


def test_export_to_a_folder_one_may_not_write_says_which_file_and_what_to_do(dialog, tmp_path, monkeypatch):
    """Not the OS's English text about a temporary .part file (Dutch comes from the translations)."""
    dialog.choose("article", "md", "nl")
    target = tmp_path / "alleen-lezen" / "artikel.md"
    target.parent.mkdir()
    dialog.ask_path = lambda: target

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(target.parent / ".artikel.md.x.part"))

    monkeypatch.setattr("kcdesk.export.registry.export", refuse)
    assert dialog.export() is None
    kind, message = dialog.opened[-1]
    assert kind == "error" and str(target) in message
    assert ".part" not in message and "Errno" not in message
    assert "read-only" in message and "Choose another folder" in message
    assert list(target.parent.iterdir()) == []


def test_event_choice_shows_the_whole_title_at_1024(screen, qtbot):
    from PySide6.QtGui import QFontMetrics

    window = screen.window()
    window.resize(1024, 768)
    combo = screen.ui.eventCombo
    text = combo.currentText()
    assert "Ontmoeting in de buurt" in text
    needed = QFontMetrics(combo.font()).horizontalAdvance(text) + 30  # text and arrow
    qtbot.waitUntil(lambda: combo.width() >= needed)  # once the layout has settled
    # the event (date and title) gets more of the row than the part ("Whole event")
    assert combo.width() > 1.4 * screen.ui.itemCombo.width()


def test_an_event_chooser_shows_the_whole_title_on_hover(main_window):
    """Where a chooser is narrow (the Mail screen at 1024), the date and title are its tooltip,
    and each event's in the open list."""
    for screen in (main_window.screens[2], main_window.screens[3]):
        combo = screen.ui.eventCombo
        assert combo.toolTip() == combo.currentText() and "Kenniscafé" in combo.toolTip()
        other = (combo.currentIndex() + 1) % combo.count()
        combo.setCurrentIndex(other)
        assert combo.toolTip() == combo.itemText(other) == combo.itemData(other, Qt.ItemDataRole.ToolTipRole)


def test_a_runaway_preview_renders_off_the_gui_thread_and_can_be_cancelled(dialog, qtbot, user_templates_dir):
    """Issue 11, case 6: a slow user template no longer freezes kcdesk; Cancel stops it."""
    import threading

    user_templates_dir.mkdir(parents=True, exist_ok=True)
    (user_templates_dir / "slow.nl.md").write_text(
        "# {{ event.title }}\n{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}\n",
        encoding="utf-8",
    )
    dialog.load_templates()
    dialog.choose("slow", "md", "nl")
    dialog.update_preview()
    job = dialog._job
    assert dialog.preview_busy and job is not None and job.isRunning()
    assert threading.current_thread() is threading.main_thread()  # this test kept running meanwhile
    assert dialog.ui.cancelButton.isVisibleTo(dialog)
    assert "preview" in dialog.ui.statusLabel.text().lower()
    ended = []
    job.finished.connect(lambda: ended.append(True))
    dialog.ui.cancelButton.click()
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    assert not dialog.preview_busy
    assert dialog.ui.statusLabel.text() == "Preview stopped."
    assert not dialog.ui.cancelButton.isVisibleTo(dialog)

    dialog.choose("article", "md", "nl")  # the dialog works on as before
    dialog.update_preview()
    qtbot.waitUntil(lambda: not dialog.preview_busy)
    assert "Eerst delen, dan duiden, dan doen" in dialog.ui.preview.toPlainText()


def test_a_newer_choice_replaces_the_preview_being_made(dialog, qtbot):
    dialog.choose("article", "md", "en")
    dialog.update_preview()
    first = dialog._job
    dialog.choose("article", "md", "nl")
    dialog.update_preview()
    assert first.cancelled.is_set()  # the older render is told to stop; its result is dropped
    qtbot.waitUntil(lambda: not dialog.preview_busy)
    assert "Eerst delen, dan duiden, dan doen" in dialog.ui.preview.toPlainText()


def test_export_dialog_flags_a_note_naming_someone_without_consent_before_writing(dialog, tmp_path, qtbot):
    from kcdesk.domain.models import Note

    demo = dialog.services
    # the demo's Ahmed Yilmaz registered; he does not consent to be named
    ahmed = next(p for p in demo.people.search("Ahmed Yilmaz"))
    ahmed.consent_name = False
    demo.people.update(ahmed)
    demo.content.save_note(Note(event_id=dialog.event_id, body="Ahmed Yilmaz vertelde over de moskee."))
    dialog.choose("article", "md", "nl")
    dialog.update_preview()
    qtbot.waitUntil(lambda: not dialog.preview_busy)
    assert "Ahmed Yilmaz" in dialog.ui.statusLabel.text()
    asked = []
    dialog.confirm_names = lambda names: asked.append(names) or False
    target = tmp_path / "artikel.md"
    dialog.ask_path = lambda: target
    assert dialog.export() is None
    assert asked == [["Ahmed Yilmaz"]] and not target.exists()
    dialog.confirm_names = lambda names: True  # export anyway, knowingly
    assert dialog.export() == target and target.exists()
    # a list that is not published (attendance) is not held up
    dialog.choose("attendance", "pdf", "nl")
    dialog.update_preview()
    qtbot.waitUntil(lambda: not dialog.preview_busy)
    assert "consent" not in dialog.ui.statusLabel.text() and "toestemming" not in dialog.ui.statusLabel.text()


def test_a_note_gets_a_heading_and_an_order_that_the_article_follows(screen, qtbot):
    from kcdesk.export.registry import preview

    svc = screen.services
    choose(screen.ui.itemCombo, "Pauze")
    qtbot.keyClicks(screen.ui.noteHeading, "Koffie en ontmoeting")
    screen.ui.notePosition.setValue(0)
    with qtbot.waitSignal(screen.note_saved, timeout=5000):
        qtbot.keyClicks(screen.ui.noteEdit, "In de pauze ging het gesprek door.")
    pause = next(i for i in svc.events.programme(1) if i.title == "Pauze")
    (note,) = [n for n in svc.content.notes(1) if n.item_id == pause.id]
    assert (note.heading, note.position, note.body) == (
        "Koffie en ontmoeting",
        0,
        "In de pauze ging het gesprek door.",
    )
    article = preview(svc, 1, "article", "md", "nl").text
    assert "## Koffie en ontmoeting\n\nIn de pauze ging het gesprek door." in article
    # shown again when the part is chosen again
    choose(screen.ui.itemCombo, "Whole event")
    choose(screen.ui.itemCombo, "Pauze")
    assert screen.ui.noteHeading.text() == "Koffie en ontmoeting"


def test_a_reactions_verdict_is_saved_and_printed(screen, qtbot):
    from kcdesk.export.registry import preview

    ui = screen.ui
    ui.tabs.setCurrentWidget(ui.reactionsTab)
    ui.newReactionButton.click()
    qtbot.keyClicks(ui.reactionText, "Ik ga volgende keer weer.")
    choose(ui.reactionPerson, "Noor Hendriks")
    qtbot.keyClicks(ui.reactionVerdict, "inspirerend")
    ui.saveReactionButton.click()
    r = screen.services.content.reactions(1)[-1]
    assert r.verdict == "inspirerend"
    ui.newReactionButton.click()
    assert ui.reactionVerdict.text() == ""
    noor = next(p for p in screen.services.people.search("Noor Hendriks"))
    noor.consent_name = noor.consent_quote = True
    screen.services.people.update(noor)
    text = preview(screen.services, 1, "article", "md", "nl").text
    assert "vond de bijeenkomst ‘inspirerend’. “Ik ga volgende keer weer.”" in text
    noor.consent_quote = False  # a reaction is a quote: without consent to be quoted it stays out
    screen.services.people.update(noor)
    assert "Ik ga volgende keer weer." not in preview(screen.services, 1, "article", "md", "nl").text


def test_suggested_file_names_speak_the_interface_language(dialog, qapp):
    from kcdesk.ui.app import install_translations

    dialog.choose("article", "docx", "nl")
    assert dialog.suggested_name().endswith("-article.docx")
    install_translations(qapp, "nl")
    try:
        assert dialog.suggested_name() == f"{dialog.slug}-artikel.docx"
        dialog.choose("certificates", "pdf", "nl")
        assert dialog.suggested_name() == f"{dialog.slug}-deelnamebewijzen.pdf"
    finally:
        install_translations(qapp, "en")


def test_english_beside_each_note_figure_quote_and_reaction_for_the_english_draft(screen, qtbot, monkeypatch):
    """The writer gives the English of a note (In English…), a key figure (its column), a quote
    and a reaction (their forms); the English draft prints them instead of the Dutch."""
    from PySide6.QtWidgets import QDialog

    from kcdesk.export.registry import preview
    from kcdesk.ui.widgets.english import EnglishTextsDialog

    svc, ui = screen.services, screen.ui
    errors = []
    monkeypatch.setattr(screen, "show_error", errors.append)
    choose(ui.itemCombo, "Pauze")  # no note yet: nothing to put the English beside
    ui.noteEnglishButton.click()
    assert errors and "first" in errors[0]
    qtbot.keyClicks(ui.noteHeading, "Koffie en ontmoeting")
    qtbot.keyClicks(ui.noteEdit, "In de pauze ging het gesprek door.")

    def english(dialog):
        assert dialog.ui.bodyEn.placeholderText() == "In de pauze ging het gesprek door."  # the Dutch
        dialog.ui.headingEn.setText("Coffee and meeting")
        dialog.ui.bodyEn.setPlainText("The talk went on in the break.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EnglishTextsDialog, "exec", english)
    ui.noteEnglishButton.click()  # saves what was typed first
    pause = next(i for i in svc.events.programme(1) if i.title == "Pauze")
    (note,) = [n for n in svc.content.notes(1) if n.item_id == pause.id]
    assert (note.body, note.heading_en, note.body_en) == (
        "In de pauze ging het gesprek door.",
        "Coffee and meeting",
        "The talk went on in the break.",
    )
    # a key figure's English, edited in place in its own column
    ui.tabs.setCurrentWidget(ui.figuresTab)
    assert screen.figures.columnCount() == 3
    assert screen.figures.setData(screen.figures.index(0, 2), "tables", Qt.ItemDataRole.EditRole)
    assert svc.content.figures(1)[0].label_en == "tables"
    # a quote's and a reaction's English in their forms
    ui.tabs.setCurrentWidget(ui.quotesTab)
    ui.quotesView.selectRow(0)
    quote_id = screen.quote_editor.quote.id
    ui.quoteTranslation.setText("We should do this more often.")
    ui.saveQuoteButton.click()
    assert (
        next(q for q in svc.content.quotes(1) if q.id == quote_id).translation
        == "We should do this more often."
    )
    ui.tabs.setCurrentWidget(ui.reactionsTab)
    ui.newReactionButton.click()
    qtbot.keyClicks(ui.reactionText, "Ik ga volgende keer weer.")
    qtbot.keyClicks(ui.reactionVerdict, "inspirerend")
    qtbot.keyClicks(ui.reactionTranslation, "I will come again next time.")
    qtbot.keyClicks(ui.reactionVerdictEn, "inspiring")
    ui.saveReactionButton.click()
    r = svc.content.reactions(1)[-1]
    assert (r.translation, r.verdict_en) == ("I will come again next time.", "inspiring")
    ui.newReactionButton.click()
    assert ui.reactionTranslation.text() == "" and ui.reactionVerdictEn.text() == ""
    english_draft = preview(svc, 1, "article", "md", "en").text
    assert "## Coffee and meeting\n\nThe talk went on in the break." in english_draft
    assert "In de pauze ging het gesprek door." not in english_draft
