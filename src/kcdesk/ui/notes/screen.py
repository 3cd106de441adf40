"""Notes & export: writers record notes, key figures, quotes and reactions, then export reports.

Notes are Markdown with a live preview and are saved as you type (debounced).
Quotes and reactions are edited in a small form under their table; the
figures table edits in place. Everything goes through ``services.content``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QTableView, QWidget

from kcdesk.domain.errors import KcdeskError
from kcdesk.domain.models import Note
from kcdesk.services import Services
from kcdesk.ui.bridge import StoreBridge
from kcdesk.ui.forms.ui_notes import Ui_NotesScreen
from kcdesk.ui.notes.editors import QuoteEditor, ReactionEditor
from kcdesk.ui.notes.models import FiguresModel, QuotesModel, ReactionsModel, SearchModel
from kcdesk.ui.screen import Screen, fill_event_combo
from kcdesk.ui.widgets.english import EnglishTextsDialog
from kcdesk.words.errors import translate_error

if TYPE_CHECKING:  # pragma: no cover
    from kcdesk.ui.notes.export_dialog import ExportDialog

#: Quiet time after the last keystroke before a note is saved.
AUTOSAVE_MS = 800
PREVIEW_MS = 150
SEARCH_MS = 250


def _setup_table(view: QTableView, stretch: int = 0) -> None:
    view.verticalHeader().hide()
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class NotesScreen(Screen):
    #: note_saved(note_id): a note was written to the database by autosave or a flush
    note_saved = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NotesScreen()
        self.ui.setupUi(self)
        self.services: Services | None = None
        self.bridge: StoreBridge | None = None
        self._event_id: int | None = None
        self._series_id: int | None = None
        self._note: Note | None = None
        self._note_item: int | None = None  # the event part the editor's text belongs to
        self._dirty = False
        self._loading = False

        self.figures = FiguresModel(self)
        self.quotes = QuotesModel(self)
        self.reactions = ReactionsModel(self)
        self.search_model = SearchModel(self)
        for view, model, stretch in (
            (self.ui.figuresView, self.figures, 0),
            (self.ui.quotesView, self.quotes, 0),
            (self.ui.reactionsView, self.reactions, 0),
            (self.ui.searchView, self.search_model, 2),
        ):
            view.setModel(model)
            _setup_table(view, stretch)
        self.ui.searchView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for view in (self.ui.quotesView, self.ui.reactionsView):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # the figure's label and its English both get room
        self.ui.figuresView.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        item_column = self.ui.quotesView.horizontalHeader()
        item_column.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        item_column.resizeSection(2, 240)
        self.ui.quotesView.setTextElideMode(Qt.TextElideMode.ElideRight)
        for view in (self.ui.quotesView, self.ui.reactionsView, self.ui.searchView):
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.searchView.doubleClicked.connect(self.open_search_result)
        self.ui.noteSplitter.setSizes([500, 500])
        self.ui.noteSplitter.setStretchFactor(0, 1)
        self.ui.noteSplitter.setStretchFactor(1, 1)

        self.quote_editor = QuoteEditor(self)
        self.reaction_editor = ReactionEditor(self)

        self._save_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._save_timer.timeout.connect(self.save_note)
        self._preview_stale = self._people_stale = False
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_MS)
        self._search_timer.timeout.connect(self.run_search)

        self.ui.eventCombo.currentIndexChanged.connect(self._event_chosen)
        self.ui.itemCombo.currentIndexChanged.connect(self._item_chosen)
        self.ui.noteEdit.textChanged.connect(self._note_edited)
        self.ui.noteHeading.textEdited.connect(lambda _text: self._note_edited())
        self.ui.notePosition.valueChanged.connect(lambda _value: self._note_edited())
        self.ui.noteEnglishButton.clicked.connect(self.edit_note_english)
        self.ui.addFigureButton.clicked.connect(self.add_figure)
        self.ui.removeFigureButton.clicked.connect(self.remove_figure)
        self.figures.error.connect(self.show_error)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        self.ui.exportButton.clicked.connect(self.open_export_dialog)
        self._set_enabled(False)

    def title(self) -> str:
        return self.tr("Notes & export")

    # -- database -----------------------------------------------------------
    def attach(self, services: Services, bridge: StoreBridge) -> None:
        super().attach(services, bridge)
        bridge.changed.connect(self._on_change)
        self.reload_events()

    def detach(self) -> None:
        self.save_note()
        self.quote_editor.flush()
        self.reaction_editor.flush()
        self.release_bridge(self._on_change)
        self.services = None
        self._event_id = None
        for model in (self.figures, self.quotes, self.reactions):
            model.set_event(None, None)
        self.search_model.search(None, None, "")
        self._set_enabled(False)

    def _on_change(self, topic: str, info: dict) -> None:
        if topic == "events":
            self.reload_events()
        elif topic == "programme" and info.get("event_id") in (None, self._event_id):
            self.reload_items()
        elif topic == "content" and info.get("event_id") in (None, self._event_id):
            self.reload_content()
        elif topic in ("people", "registrations", "checkins"):
            self.reload_people()
            if topic == "people":
                self.reload_content()  # who said a quote or reacted: renamed or erased

    def _set_enabled(self, on: bool) -> None:
        for w in (self.ui.tabs, self.ui.itemCombo, self.ui.exportButton):
            w.setEnabled(on)

    # -- event and programme item ---------------------------------------------
    def reload_events(self) -> None:
        if self.services is None:
            return
        current = self._event_id
        rows = self.services.event_list.summaries()
        combo = self.ui.eventCombo
        self._loading = True
        fill_event_combo(combo, rows)
        self._loading = False
        if current not in (r["id"] for r in rows):  # none yet, or it was just deleted
            today = dt.date.today().isoformat()
            past = [r for r in rows if r["date"] and r["date"] <= today]
            current = (past[0] if past else rows[0])["id"] if rows else None
        self.set_event(current)

    def current_event_id(self) -> int | None:
        return self._event_id

    def set_event(self, event_id: int | None) -> None:
        combo = self.ui.eventCombo
        index = combo.findData(event_id) if event_id is not None else -1
        if index >= 0 and index != combo.currentIndex():
            combo.setCurrentIndex(index)  # -> _event_chosen
        elif index >= 0:
            self._event_chosen(index)
        else:
            self._event_chosen(-1)

    def _event_chosen(self, index: int) -> None:
        if self._loading:
            return
        self.save_note()
        self.quote_editor.flush()  # a quote or reaction being typed stays with its event
        self.reaction_editor.flush()
        event_id = self.ui.eventCombo.itemData(index) if index >= 0 else None
        self._event_id = event_id
        self._set_enabled(event_id is not None and self.services is not None)
        if event_id is None or self.services is None:
            return
        event = self.services.events.get(event_id)
        self._series_id = event.series_id
        self.reload_items()
        self.reload_content()
        self.reload_people()
        self.quote_editor.clear()
        self.reaction_editor.clear()
        self.run_search()

    def reload_items(self) -> None:
        if self.services is None or self._event_id is None:
            return
        combo = self.ui.itemCombo
        keep = combo.currentData()
        self._loading = True
        combo.clear()
        combo.addItem(self.tr("Whole event"), None)
        items = self.services.events.programme(self._event_id)
        for item in items:
            start = item.start_time.strftime("%H:%M") + "  " if item.start_time else ""
            combo.addItem(f"{start}{item.title}", item.id)
        found = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(0, found))
        self._loading = False
        self.quote_editor.reload_items(items)
        self._item_chosen(combo.currentIndex())

    def current_item_id(self) -> int | None:
        return self.ui.itemCombo.currentData()

    def _item_chosen(self, _index: int) -> None:
        if self._loading:
            return
        self.save_note()
        self.load_note()

    # -- notes ------------------------------------------------------------------
    def load_note(self) -> None:
        """Show the note of the chosen event part (the first one if there are several)."""
        if self.services is None or self._event_id is None:
            return
        item_id = self.current_item_id()
        self._note_item = item_id
        notes = [n for n in self.services.content.notes(self._event_id) if n.item_id == item_id]
        self._note = notes[0] if notes else None
        self._loading = True
        self.ui.noteEdit.setPlainText(self._note.body if self._note else "")
        self.ui.noteHeading.setText(self._note.heading if self._note else "")
        self.ui.notePosition.setValue(self._note.position if self._note else 0)
        self._loading = False
        self._dirty = False
        self.ui.saveStatus.setText("")
        self.update_preview()

    def _note_edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.ui.saveStatus.setText(self.tr("Editing…"))
        self._save_timer.start()
        self._preview_timer.start()

    def update_preview(self) -> None:
        """Render the note as it will be published; while the screen is hidden, when it is shown
        (the Markdown and export libraries are imported on first use, not at start)."""
        if not self.isVisible():
            self._preview_stale = True
            return
        self._preview_stale = False
        text = self.ui.noteEdit.toPlainText()
        if not text.strip():
            self.ui.notePreview.setHtml("")
            return
        from kcdesk.export.filters import markdown_html

        self.ui.notePreview.setHtml(str(markdown_html(text)))

    def reload_people(self) -> None:
        """Fill the quote and reaction editors' person choosers (everyone registered: 5,000 at a
        big event); while the screen is hidden, when it is shown."""
        if not self.isVisible():
            self._people_stale = True
            return
        self._people_stale = False
        self.quote_editor.reload_people()
        self.reaction_editor.reload_people()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._people_stale:
            self.reload_people()
        if self._preview_stale:
            self.update_preview()

    def save_note(self) -> None:
        """Write the note now if it changed (autosave calls this after a quiet moment)."""
        self._save_timer.stop()
        if not self._dirty or self.services is None or self._event_id is None:
            return
        body = self.ui.noteEdit.toPlainText()
        heading = self.ui.noteHeading.text().strip()
        try:
            if self._note is None:
                if not body.strip() and not heading:
                    self._dirty = False
                    return
                # the part the text was written for, not the one just chosen (its item may be gone)
                item = self._note_item if self.ui.itemCombo.findData(self._note_item) >= 0 else None
                self._note = Note(self._event_id, body, item_id=item)
            else:
                self._note.body = body
            self._note.heading = heading
            self._note.position = self.ui.notePosition.value()
            self.services.content.save_note(self._note)
        except KcdeskError as exc:
            self.ui.saveStatus.setText(self.tr("Not saved: %1").replace("%1", translate_error(exc)))
            return
        self._dirty = False
        self.ui.saveStatus.setText(
            self.tr("Saved at %1").replace(
                "%1", QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            )
        )
        self.note_saved.emit(self._note.id or 0)

    def note_english_dialog(self) -> EnglishTextsDialog:
        note = self._note
        assert note is not None
        dialog = EnglishTextsDialog(
            (self.tr("&Heading"), self.tr("&Text")),
            (note.heading, note.body),
            (note.heading_en, note.body_en),
            self,
        )
        dialog.setWindowTitle(self.tr("The note in English"))
        return dialog

    def edit_note_english(self) -> None:
        """The note's heading and text in English, for the English draft (saved on OK)."""
        self.save_note()  # what is typed first: the English sits beside a saved note
        if self.services is None or self._note is None:
            self.show_error(self.tr("Write the note first; its English goes beside it."))
            return
        dialog = self.note_english_dialog()
        if dialog.exec() != EnglishTextsDialog.DialogCode.Accepted:
            return
        self._note.heading_en, self._note.body_en = dialog.texts()
        try:
            self.services.content.save_note(self._note)
        except KcdeskError as exc:
            self.show_error(translate_error(exc))

    # -- figures, quotes, reactions -----------------------------------------------
    def reload_content(self) -> None:
        for model, view in (
            (self.figures, self.ui.figuresView),
            (self.quotes, self.ui.quotesView),
            (self.reactions, self.ui.reactionsView),
        ):
            if view.state() == QAbstractItemView.State.EditingState and model.event_id == self._event_id:
                continue  # our own edit being committed: a reset now would pull the editor away
            selected = view.currentIndex().data(model.IdRole) if view.currentIndex().isValid() else None
            model.set_event(self.services, self._event_id)
            row = model.row_of(selected) if selected is not None else -1
            if row >= 0:
                view.selectRow(row)

    def add_figure(self) -> None:
        if self.services is None or self._event_id is None:
            return
        try:
            figure = self.figures.add(self.tr("new figure"))
        except KcdeskError as exc:
            self.show_error(translate_error(exc))
            return
        row = self.figures.row_of(figure.id)
        if row >= 0:
            index = self.figures.index(row, 0)
            self.ui.figuresView.setCurrentIndex(index)
            self.ui.figuresView.edit(index)

    def remove_figure(self) -> None:
        index = self.ui.figuresView.currentIndex()
        figure = self.figures.row(index.row()) if index.isValid() else None
        if figure is None or self.services is None:
            return
        self.services.content.delete_figure(figure.id, figure.event_id)

    # -- search -------------------------------------------------------------------
    def run_search(self) -> None:
        text = self.ui.searchEdit.text()
        self.search_model.search(self.services, self._series_id, text)
        n = self.search_model.rowCount()
        self.ui.searchStatus.setText(self.tr("%n result(s)", "", n) if text.strip() else "")

    def open_search_result(self, index) -> None:
        """Go to the event and tab of a search result."""
        row = self.search_model.row(index.row()) if index.isValid() else None
        if row is None or self.services is None:
            return
        self.set_event(row["event_id"])
        tab = {"note": self.ui.notesTab, "quote": self.ui.quotesTab, "reaction": self.ui.reactionsTab}[
            row["kind"]
        ]
        self.ui.tabs.setCurrentWidget(tab)
        if row["kind"] == "quote":
            self.ui.quotesView.selectRow(self.quotes.row_of(row["id"]))
        elif row["kind"] == "reaction":
            self.ui.reactionsView.selectRow(self.reactions.row_of(row["id"]))
        elif row["kind"] == "note":
            note = next((n for n in self.services.content.notes(row["event_id"]) if n.id == row["id"]), None)
            if note is not None:
                self.ui.itemCombo.setCurrentIndex(max(0, self.ui.itemCombo.findData(note.item_id)))

    # -- dialogs --------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Notes"), message)

    def confirm(self, question: str) -> bool:
        return QMessageBox.question(self, self.tr("Notes"), question) == QMessageBox.StandardButton.Yes

    def make_export_dialog(self) -> ExportDialog:
        """The export dialog for the chosen event (its callers check that there is one)."""
        from kcdesk.ui.notes.export_dialog import ExportDialog

        assert self.services is not None and self._event_id is not None
        self.save_note()
        return ExportDialog(self.services, self._event_id, self)

    def open_export_dialog(self) -> None:
        if self.services is None or self._event_id is None:
            return
        dialog = self.make_export_dialog()
        dialog.exec()
        dialog.deleteLater()

    def screenshot_dialogs(self) -> list[tuple[str, Any]]:
        if self.services is None or self._event_id is None:
            return []
        dialog = self.make_export_dialog()
        dialog.resize(1040, 700)
        dialog.update_preview()
        dialog.finish_preview()
        return [("export", dialog)]
