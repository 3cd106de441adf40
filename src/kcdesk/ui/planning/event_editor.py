"""The event editor: every field of one event, saved at once, errors shown next to the field."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from kcdesk.domain.enums import EventStatus
from kcdesk.domain.errors import KcdeskError, ValidationError
from kcdesk.domain.models import Event, Series, Venue
from kcdesk.domain.rules import validate_event
from kcdesk.services import Services
from kcdesk.ui.forms.ui_english_dialog import Ui_EnglishDialog
from kcdesk.ui.forms.ui_event_editor import Ui_EventEditor
from kcdesk.ui.models.events import status_label
from kcdesk.words.dates import pydate, qdate, qtime
from kcdesk.words.errors import translate_error

NO_DATE = QDate(2000, 1, 1)
NO_TIME = QTime(0, 0)


class UndoPassThrough(QObject):
    """Ctrl+Z / Ctrl+Shift+Z in a field with nothing of its own to undo goes to Edit > Undo.

    A line edit claims the undo keys even when it has no typing to take back, so after Tab
    (the edit saved) Ctrl+Z did nothing although the hint promises it undoes the change.
    """

    KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if any(event.matches(k) for k in self.KEYS) and not self._has_own_undo(watched, event):
                event.ignore()  # not claimed: the window's undo/redo action gets the keys
                return True
        return False

    @staticmethod
    def _has_own_undo(widget: QObject, event: QKeyEvent) -> bool:
        undo = event.matches(QKeySequence.StandardKey.Undo)
        if isinstance(widget, QAbstractSpinBox):
            widget = widget.lineEdit()
        if isinstance(widget, QLineEdit):
            return widget.isUndoAvailable() if undo else widget.isRedoAvailable()
        if isinstance(widget, QPlainTextEdit):
            doc = widget.document()
            return doc.isUndoAvailable() if undo else doc.isRedoAvailable()
        return False


class EnglishDialog(QDialog):
    """The English versions of an event's texts (empty: the English draft marks the Dutch)."""

    def __init__(self, event: Event, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_EnglishDialog()
        self.ui.setupUi(self)
        self.original = event
        u = self.ui
        u.titleEn.setText(event.title_en)
        u.titleEn.setPlaceholderText(event.title)
        u.themeEn.setText(event.theme_en)
        u.themeEn.setPlaceholderText(event.theme)
        u.headlineEn.setText(event.headline_en)
        u.headlineEn.setPlaceholderText(event.headline)
        u.editionEn.setText(event.edition_phrase_en)
        u.descriptionEn.setPlainText(event.description_en)

    def edited_event(self) -> Event:
        u = self.ui
        return dataclasses.replace(
            self.original,
            title_en=u.titleEn.text().strip(),
            theme_en=u.themeEn.text().strip(),
            headline_en=u.headlineEn.text().strip(),
            edition_phrase_en=u.editionEn.text().strip(),
            description_en=u.descriptionEn.toPlainText().strip(),
        )


class EventEditor(QWidget):
    #: edited(before, after, field): the user changed a field; the screen saves it (undoably).
    edited = Signal(object, object, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_EventEditor()
        self.ui.setupUi(self)
        self.services: Services | None = None
        self.shown_event: Event | None = None
        self._loading = False
        self._emitting = False
        u = self.ui
        for d in (u.date, u.publishedOn):
            d.setMinimumDate(NO_DATE)
            d.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        for t in (u.startTime, u.endTime):
            t.setMinimumTime(NO_TIME)
            t.setDisplayFormat("HH:mm")
        for s in EventStatus:
            u.status.addItem(status_label(s), str(s))
        # "17-12-2026  Kenniscafé Leren van verschillen" takes the room the form has, like the series
        u.nextEvent.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.errors: dict[str, QLabel] = {
            "title": u.titleError,
            "date": u.dateError,
            "end_time": u.endError,
            "capacity": u.capacityError,
        }
        for w, name in (
            (u.title, "title"),
            (u.theme, "theme"),
            (u.tagline, "tagline"),
            (u.headline, "headline"),
            (u.editionPhrase, "edition_phrase"),
            (u.venueName, "venue"),
            (u.venueRoom, "venue"),
            (u.venueAddress, "venue"),
            (u.capacity, "capacity"),
        ):
            w.editingFinished.connect(lambda name=name: self._changed(name))
        u.date.dateChanged.connect(lambda _d: self._changed("date"))
        u.publishedOn.dateChanged.connect(lambda _d: self._changed("published_on"))
        u.startTime.timeChanged.connect(lambda _t: self._changed("start_time"))
        u.endTime.timeChanged.connect(lambda _t: self._changed("end_time"))
        u.edition.valueChanged.connect(lambda _v: self._changed("edition"))
        for combo, name in ((u.status, "status"), (u.series, "series_id"), (u.nextEvent, "next_event_id")):
            combo.currentIndexChanged.connect(lambda _i, name=name: self._changed(name))
        u.newSeries.clicked.connect(self.new_series)
        u.englishButton.clicked.connect(self.edit_english)
        self._undo_keys = UndoPassThrough(self)
        for field in (*self.findChildren(QLineEdit), *self.findChildren(QAbstractSpinBox), u.description):
            field.installEventFilter(self._undo_keys)
        self._desc_timer = QTimer(self, singleShot=True, interval=700)
        self._desc_timer.timeout.connect(lambda: self._changed("description"))
        u.description.textChanged.connect(lambda: None if self._loading else self._desc_timer.start())
        self.setEnabled(False)

    # -- loading --------------------------------------------------------------------
    def set_event(self, services: Services | None, event_id: int | None) -> None:
        if self._emitting:
            QTimer.singleShot(0, lambda: self.set_event(services, event_id))
            return
        self.flush()
        self.services = services
        self.shown_event = None
        if services is not None and event_id is not None:
            try:
                self.shown_event = services.events.get(event_id)
            except KcdeskError:
                self.shown_event = None
        self.setEnabled(self.shown_event is not None)
        self._load()

    def reload(self) -> None:
        """Show the stored event again (after an undo), keeping the focus where it is."""
        if self._emitting:
            QTimer.singleShot(0, self.reload)
            return
        if self.services and self.shown_event and self.shown_event.id is not None:
            try:
                stored = self.services.events.get(self.shown_event.id)
            except KcdeskError:
                stored = None
            if stored == self.shown_event:
                return  # our own save coming back: leave the fields (and the cursor) alone
            self.shown_event = stored
            self.setEnabled(stored is not None)
            self._load()

    def _load(self) -> None:
        u, e = self.ui, self.shown_event
        self._loading = True
        try:
            u.series.clear()
            u.series.addItem(self.tr("(no series)"), None)
            u.nextEvent.clear()
            u.nextEvent.addItem(self.tr("(none)"), None)
            if self.services:
                for s in self.services.events.all_series():
                    u.series.addItem(f"{s.name} {s.season}".strip(), s.id)
                for r in self.services.event_list.summaries():
                    if e is None or r["id"] != e.id:
                        when = (
                            QLocale().toString(
                                QDate.fromString(r["date"], "yyyy-MM-dd"), QLocale.FormatType.ShortFormat
                            )
                            if r["date"]
                            else ""
                        )
                        u.nextEvent.addItem(f"{when}  {r['title']}".strip(), r["id"])
            e = e or Event(title="")
            u.title.setText(e.title)
            u.theme.setText(e.theme)
            u.tagline.setText(e.tagline)
            u.headline.setText(e.headline)
            u.editionPhrase.setText(e.edition_phrase)
            u.publishedOn.setDate(qdate(e.published_on) if e.published_on else NO_DATE)
            u.date.setDate(qdate(e.date) if e.date else NO_DATE)
            u.startTime.setTime(qtime(e.start_time) if e.start_time else NO_TIME)
            u.endTime.setTime(qtime(e.end_time) if e.end_time else NO_TIME)
            u.status.setCurrentIndex(max(0, u.status.findData(str(e.status))))
            u.series.setCurrentIndex(max(0, u.series.findData(e.series_id)))
            u.edition.setValue(e.edition or 0)
            u.venueName.setText(e.venue.name)
            u.venueRoom.setText(e.venue.room)
            u.venueAddress.setText(e.venue.address)
            u.capacity.setText("" if e.capacity is None else str(e.capacity))
            u.nextEvent.setCurrentIndex(max(0, u.nextEvent.findData(e.next_event_id)))
            u.description.setPlainText(e.description)
            for label in self.errors.values():
                label.hide()
        finally:
            self._loading = False

    # -- saving ---------------------------------------------------------------------
    def form_event(self) -> Event:
        """The event as the form shows it (not validated)."""
        u = self.ui
        assert self.shown_event is not None
        cap_text = u.capacity.text().strip()
        try:
            capacity = int(cap_text) if cap_text else None
        except ValueError:
            raise ValidationError(
                self.tr("The capacity is a whole number, or empty for no limit."), "capacity"
            ) from None
        start = u.startTime.time()
        end = u.endTime.time()
        return dataclasses.replace(
            self.shown_event,
            title=u.title.text().strip(),
            theme=u.theme.text().strip(),
            tagline=u.tagline.text().strip(),
            headline=u.headline.text().strip(),
            edition_phrase=u.editionPhrase.text().strip(),
            published_on=None if u.publishedOn.date() == NO_DATE else pydate(u.publishedOn.date()),
            date=None if u.date.date() == NO_DATE else pydate(u.date.date()),
            start_time=None if start == NO_TIME else dt.time(start.hour(), start.minute()),
            end_time=None if end == NO_TIME else dt.time(end.hour(), end.minute()),
            status=EventStatus(u.status.currentData()),
            series_id=u.series.currentData(),
            edition=u.edition.value() or None,
            venue=Venue(
                u.venueName.text().strip(), u.venueRoom.text().strip(), u.venueAddress.text().strip()
            ),
            capacity=capacity,
            next_event_id=u.nextEvent.currentData(),
            description=u.description.toPlainText(),
        )

    def _message(self, exc: ValidationError) -> str:
        return translate_error(exc)

    def validate(self) -> Event | None:
        """Check the form; show each problem next to its field. The event, or None when invalid."""
        for label in self.errors.values():
            label.hide()
        try:
            after = self.form_event()
            validate_event(after)
        except ValidationError as exc:
            label = self.errors.get(exc.field or "", self.errors["title"])
            label.setText(self._message(exc))
            label.show()
            return None
        return after

    def _changed(self, field: str) -> None:
        if self._loading or self.shown_event is None:
            return
        after = self.validate()
        if after is None or after == self.shown_event:
            return
        before = self.shown_event
        self.shown_event = after
        self._emitting = True  # a reload now would refill the very widget whose signal we are in
        try:
            self.edited.emit(before, after, field)
        finally:
            self._emitting = False

    def ask_series(self) -> tuple[str, str] | None:
        """Name and season of a new series (patched in tests)."""
        name, ok = QInputDialog.getText(self, self.tr("New series"), self.tr("Name of the series:"))
        if not ok or not name.strip():
            return None
        season, ok = QInputDialog.getText(
            self, self.tr("New series"), self.tr("Season (optional, e.g. spring 2027):")
        )
        return (name.strip(), season.strip() if ok else "")

    def new_series(self) -> None:
        if self.services is None or self.shown_event is None:
            return
        answer = self.ask_series()
        if answer is None:
            return
        try:
            series = self.services.events.save_series(Series(answer[0], answer[1]))
        except KcdeskError as exc:
            self.ui.titleError.setText(translate_error(exc))
            self.ui.titleError.show()
            return
        self._loading = True
        self.ui.series.addItem(f"{series.name} {series.season}".strip(), series.id)
        self._loading = False
        self.ui.series.setCurrentIndex(self.ui.series.findData(series.id))

    def english_dialog(self) -> EnglishDialog:
        assert self.shown_event is not None
        return EnglishDialog(self.shown_event, self)

    def edit_english(self) -> None:
        """English versions of the event's texts, for the English draft (saved undoably on Save)."""
        if self.shown_event is None:
            return
        dialog = self.english_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = dialog.edited_event()
        if after == self.shown_event:
            return
        before, self.shown_event = self.shown_event, after
        self._emitting = True
        try:
            self.edited.emit(before, after, "english")
        finally:
            self._emitting = False

    def set_readonly(self, readonly: bool) -> None:
        """A database opened read-only: the fields can be read and copied, not changed."""
        u = self.ui
        for line in (
            u.title,
            u.theme,
            u.tagline,
            u.headline,
            u.editionPhrase,
            u.venueName,
            u.venueRoom,
            u.venueAddress,
            u.capacity,
        ):
            line.setReadOnly(readonly)
        u.description.setReadOnly(readonly)
        for w in (
            u.date,
            u.publishedOn,
            u.startTime,
            u.endTime,
            u.status,
            u.series,
            u.newSeries,
            u.edition,
            u.nextEvent,
            u.englishButton,
        ):
            w.setEnabled(not readonly)
        u.savedHint.setText(
            self.tr("This database is open read-only: you can look things up, not change them.")
            if readonly
            else self.tr("Changes are saved as you go; Ctrl+Z undoes them.")
        )

    def flush(self) -> None:
        """Save a pending description edit now (before switching events)."""
        if self._desc_timer.isActive():
            self._desc_timer.stop()
            self._changed("description")
