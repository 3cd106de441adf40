"""Door mode: a full-screen window for one event, one search field, no training needed.

Keys: type or scan, Enter checks in the highlighted person (a scanned code
checks in at once), Up/Down choose, F2 walk-in, Ctrl+Z undo the last
check-in, Ctrl+G the whole group, Ctrl+P a badge, Ctrl++/Ctrl+- text size,
Esc clears the field and, when it is empty, asks to leave.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QMessageBox, QPushButton, QWidget

from kcdesk.domain.codes import looks_like_code, parse_code
from kcdesk.domain.errors import KcdeskError, NotFoundError, RegistrationCancelled
from kcdesk.domain.rows import name_of
from kcdesk.services import Services
from kcdesk.services.checkin import CheckinResult
from kcdesk.ui.bridge import StoreBridge, stop_listening
from kcdesk.ui.checkin.columns import ColumnFitter, Fit
from kcdesk.ui.checkin.models import CountsModel, RecentModel, ResultsModel, clock
from kcdesk.ui.checkin.scanner import ScanDetector
from kcdesk.ui.checkin.stations import StationWatcher, ago
from kcdesk.ui.checkin.walkin import WalkinDialog
from kcdesk.ui.forms.ui_door_window import Ui_DoorWindow
from kcdesk.ui.models.labels import ui_lang
from kcdesk.ui.settings import DOOR_FONT_SIZE
from kcdesk.ui.timers import single_shot
from kcdesk.words.dates import long_date, titled
from kcdesk.words.errors import translate_error

#: Confirmation colours (background, text): green welcome, amber repeat, red error, grey info.
STYLES = {
    "ok": ("#1b7f3b", "white"),
    "repeat": ("#f2b705", "black"),
    "error": ("#b00020", "white"),
    "info": ("#e3e7ee", "#1d1d1d"),
}
RESULTS_STYLE = "QTableView::item:selected { background: #1f5fbf; color: white; }"
#: From this text size on, the last check-ins list leaves out the organisation.
LARGE_TEXT = 30
#: How many of the last check-ins (of all stations) Ctrl+Z looks through for this station's last one.
UNDO_LOOKBACK = 500
#: Keys that move the highlight in the results, and by how many rows.
MOVES: dict[int, int] = {
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_PageUp: -5,
    Qt.Key.Key_PageDown: 5,
}


def sector_labels(services: Services) -> dict[str, str]:

    lang = ui_lang()
    return {s.code: s.label(lang) for s in services.people.sectors()}


def _cancelled(exc: KcdeskError) -> bool:
    return isinstance(exc, RegistrationCancelled)


class DoorWindow(QWidget):
    """The door for one event. Close it only on purpose: Esc (on an empty field) asks."""

    #: checked_in(result): someone was checked in, or turned out to be already (result.already).
    checked_in = Signal(object)
    #: confirmation_shown(state, title): the big confirmation changed ("ok", "repeat", "error", "info").
    confirmation_shown = Signal(str, str)
    #: font_size_changed(points): Ctrl++ / Ctrl+- changed the text size.
    font_size_changed = Signal(int)

    def __init__(
        self,
        services: Services,
        bridge: StoreBridge | None,
        event_id: int,
        font_size: int = DOOR_FONT_SIZE[2],
        parent: QWidget | None = None,
        sync_folder: str = "",
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_DoorWindow()
        self.ui.setupUi(self)
        self.services = services
        self.event_id = event_id
        self.scan = ScanDetector()
        self.walkin_dialog: WalkinDialog | None = None
        self.last_result: CheckinResult | None = None
        self._group_code: str | None = None
        self._nobody = False  # the confirmation says nobody matches what is typed
        self._leaving = False
        self.font_size = font_size  # the shortcuts below step from it; set_font_size applies it

        self.results_model = ResultsModel(self)
        self.recent_model = RecentModel(self)
        self.counts_model = CountsModel(self)
        self.ui.results.setModel(self.results_model)
        self.ui.recent.setModel(self.recent_model)
        self.ui.counts.setModel(self.counts_model)
        self.columns = ColumnFitter(self)
        # the name gets the room it needs, the organisation what is left; the code column as wide as the codes
        self.columns.add(self.ui.results, (Fit(leave=4), 1.0, Fit(leave=4, bold=False), "✓ 88:88"))
        self.columns.add(self.ui.recent, ("88:88", Fit(leave=3, bold=False), 1.0, self.tr("Undo") + "WW"))
        self.columns.add(self.ui.counts, (1.0, "8888", "8888"))
        for view in (self.ui.recent, self.ui.counts):
            view.setMinimumWidth(340)
        self.ui.results.setStyleSheet(RESULTS_STYLE)
        for button in (self.ui.groupButton, self.ui.badgeButton):
            button.setMinimumWidth(1)  # the window fits a 1024-wide screen at any text size ...
        self.ui.confirmation.installEventFilter(self)  # ... the buttons stack when side by side is too wide
        self.ui.confirmation.setAutoFillBackground(True)
        self.ui.confirmationLayout.addStretch(1)  # a short confirmation sits at the top of its fixed height

        event = services.events.get(event_id)
        self.door_event = event
        self.ui.eventLabel.setTextFormat(Qt.TextFormat.RichText)
        self.show_event_header()
        self.setWindowTitle(self.tr("Door: %1").replace("%1", titled(event.title, event.date)))
        self.ui.search.installEventFilter(self)
        self.ui.search.textEdited.connect(self._text_edited)
        self.ui.results.doubleClicked.connect(self._double_clicked)
        self.ui.groupButton.clicked.connect(self.check_in_group)
        self.ui.badgeButton.clicked.connect(self.print_last_badge)
        self.ui.numbersButton.clicked.connect(self.open_missing_numbers)

        for keys, slot in (
            ("F2", self.open_walkin),
            ("Ctrl+N", self.open_walkin),
            ("Ctrl+G", self.check_in_group),
            ("Ctrl+P", self.print_last_badge),
            ("F3", self.open_missing_numbers),
            ("Ctrl++", lambda: self.set_font_size(self.font_size + 2)),
            ("Ctrl+=", lambda: self.set_font_size(self.font_size + 2)),
            ("Ctrl+-", lambda: self.set_font_size(self.font_size - 2)),
        ):
            QShortcut(QKeySequence(keys), self, slot)

        # after the confirmation is painted; a burst refreshes once
        self._refresh_timer = single_shot(self, 120, self.refresh_panels)
        self._search_timer = single_shot(self, 60, self.update_results)  # a scanner's keys: once it is over
        self._idle_timer = single_shot(self, 20_000, self.show_ready)
        self._warm_timer = single_shot(self, 30, self._warm)  # idle slices: two-letter answers ready

        services.checkin.prepare(event_id)
        self._warm_timer.start()
        self.set_font_size(font_size)
        self.update_station()
        self.show_ready()
        self.refresh_panels()
        self.bridge = bridge
        if bridge is not None:
            bridge.changed.connect(self._on_change)
        self.stations: StationWatcher | None = None
        self._stations_error = ""
        if sync_folder:
            try:
                self.stations = StationWatcher(services, bridge, event_id, sync_folder, self)
                self.stations.changed.connect(self.update_stations)
            except KcdeskError as exc:
                self._stations_error = translate_error(exc)
        self.update_stations()
        self.ui.search.setFocus()

    def _warm(self) -> None:
        if self.services.checkin.warm_more(self.event_id, 0.005):
            self._warm_timer.start()

    # -- appearance ---------------------------------------------------------------
    def show_event_header(self, today: dt.date | None = None) -> None:
        """The event's title and date; a warning when the event is not today (the wrong event chosen?)."""
        event = self.door_event
        today = today or dt.date.today()
        text = html.escape(event.title)
        if event.date is not None:
            small = max(10, int(self.font_size * 0.6))
            text += f"<br><span style='font-weight:normal; font-size:{small}pt'>{html.escape(long_date(event.date))}"
            if event.date != today:
                warning = self.tr("not today")
                text += f" <span style='background:#f2b705; color:black'>&nbsp;{html.escape(warning)}&nbsp;</span>"
            text += "</span>"
        self.not_today = event.date is not None and event.date != today
        self.ui.eventLabel.setText(text)

    def set_font_size(self, points: int) -> None:
        low, high, _ = DOOR_FONT_SIZE
        points = max(low, min(high, int(points)))
        changed = points != self.font_size
        self.font_size = points
        ui = self.ui

        def font(size: float, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPointSizeF(size)
            f.setBold(bold)
            return f

        ui.search.setFont(font(points))
        ui.results.setFont(font(min(24, points * 0.8)))
        ui.confirmTitle.setFont(font(min(40, points * 1.4), bold=True))
        ui.confirmDetail.setFont(font(min(30, points)))
        ui.eventLabel.setFont(font(min(26, points * 0.9), bold=True))
        ui.totalLabel.setFont(font(min(34, points * 1.2), bold=True))
        ui.stationLabel.setFont(font(min(16, max(11, points * 0.6))))
        ui.stationsLabel.setFont(font(min(15, max(10, points * 0.55))))
        small = font(min(15, max(10, points * 0.55)))
        for w in (
            ui.recent,
            ui.counts,
            ui.recentHeading,
            ui.countsHeading,
            ui.keysLabel,
            ui.groupButton,
            ui.badgeButton,
        ):
            w.setFont(small)
        ui.groupButton.setFont(font(min(16, max(11, points * 0.7)), bold=True))
        for view in (ui.results, ui.recent, ui.counts):
            view.verticalHeader().setDefaultSectionSize(QFontMetrics(view.font()).height() + 10)
        # large text: the last check-ins show whole names rather than two cut-off columns
        ui.recent.setColumnHidden(2, points >= LARGE_TEXT)
        self.columns.fit_all()
        if hasattr(self, "door_event"):
            self.show_event_header()
        self.fix_confirmation_height()
        if changed:
            self.font_size_changed.emit(points)

    def fix_confirmation_height(self) -> None:
        """One height for the confirmation whatever it says (a title, three lines, the buttons), so
        the list below never jumps as people are checked in."""
        ui = self.ui
        margins = ui.confirmationLayout.contentsMargins()
        spacing = ui.confirmationLayout.spacing()
        title = QFontMetrics(ui.confirmTitle.font()).lineSpacing()
        detail = QFontMetrics(ui.confirmDetail.font()).lineSpacing()
        buttons = max(ui.groupButton.sizeHint().height(), ui.badgeButton.sizeHint().height())
        if self.font_size >= LARGE_TEXT:  # the group and badge buttons may stack
            buttons = 2 * buttons + ui.confirmButtons.spacing()
        height = margins.top() + title + spacing + 3 * detail + spacing + buttons + margins.bottom() + 4
        ui.confirmation.setFixedHeight(height)

    def arrange_buttons(self) -> None:
        """The group and badge buttons side by side when they fit, else one above the other."""
        ui = self.ui
        shown = [b for b in (ui.groupButton, ui.badgeButton) if not b.isHidden()]
        margins = ui.confirmationLayout.contentsMargins()
        room = ui.confirmation.width() - margins.left() - margins.right()
        wanted = sum(b.sizeHint().width() for b in shown) + ui.confirmButtons.spacing() * len(shown)
        direction = QBoxLayout.Direction.LeftToRight if wanted <= room else QBoxLayout.Direction.TopToBottom
        if ui.confirmButtons.direction() != direction:
            ui.confirmButtons.setDirection(direction)

    def update_station(self) -> None:
        self.ui.stationLabel.setText(self.tr("Station: %1").replace("%1", self.services.checkin.station))

    def update_stations(self) -> None:
        """The header line: each other station sharing the folder, and when it was last heard from."""
        label = self.ui.stationsLabel
        watcher = self.stations
        if watcher is None and not self._stations_error:
            label.hide()
            return
        label.show()
        problem = self._stations_error if watcher is None else watcher.error
        if watcher is None or problem:
            label.setText(self.tr("Not sharing check-ins: %1").replace("%1", problem))
            return
        heard = watcher.stations()
        if not heard:
            label.setText(self.tr("Sharing check-ins; no other station heard from yet."))
            return
        parts = []
        for h in heard:
            seconds = ago(h.last_heard)
            if seconds is None:
                when = self.tr("not heard from yet")
            elif seconds < 60:
                when = self.tr("heard just now")
            else:
                when = self.tr("heard %n min ago", "", seconds // 60)
            parts.append(f"{h.station} ({when})")
        label.setText(self.tr("Stations: %1").replace("%1", ", ".join(parts)))

    # -- keyboard -------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.ui.confirmation and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.arrange_buttons()
        if obj is self.ui.search:
            if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
                if event.matches(QKeySequence.StandardKey.Undo):
                    event.accept()  # ours, not the line edit's text undo
                    return True
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._key(event)
        return super().eventFilter(obj, event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_last()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return True
        if key == Qt.Key.Key_Tab:  # scanners end with Enter or Tab; staff's Tab stays in the field
            if self.scanned_code(self.ui.search.text()) is not None:
                self.submit()
            return True
        if key == Qt.Key.Key_Escape:
            if self.ui.search.text():
                self.clear_search()
            else:
                self.leave()
            return True
        if key in MOVES:
            self.move_highlight(MOVES[key])
            return True
        if event.text() and event.text().isprintable():
            if not self.ui.search.text():
                self.scan.reset()
            self.scan.key()
        return False

    def move_highlight(self, step: int) -> None:
        """Up/Down/PageUp/PageDown: highlight another result (``QWidget.move`` places the window)."""
        n = self.results_model.rowCount()
        if not n:
            return
        row = min(n - 1, max(0, self.highlighted_row() + step))
        self.ui.results.selectRow(row)

    def _double_clicked(self, index) -> None:
        row = self.results_model.row(index.row())
        if row is not None:
            self.check_in_code(row["code"])
        self.ui.search.setFocus()

    def highlighted_row(self) -> int:
        rows = self.ui.results.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    # -- search ---------------------------------------------------------------------
    def _text_edited(self, text: str) -> None:
        if getattr(self, "confirmation_state", "") == "error" or self._nobody:
            self.show_ready()  # typing starts anew: the old error has had its say
        if self.scan.burst() >= 2:
            self._search_timer.start(60)  # keys a scanner sends: no search per key
        elif len(text.strip()) == 1:
            # the first key searches once the keys already waiting are in: a scanner's burst
            # (or a name queued while the door was busy) is not searched letter by letter
            self._search_timer.start(0)
        else:
            self._search_timer.stop()
            self.update_results(text)

    def update_results(self, text: str | None = None) -> None:
        """Swap in the rows matching the field's text, the best one highlighted."""
        text = self.ui.search.text() if text is None else text
        if not text.strip():
            self.scan.reset()
        rows = self.services.checkin.search(self.event_id, text) if text.strip() else []
        self.results_model.set_rows(rows)
        if rows and not rows[0].get("fuzzy"):
            self.ui.results.selectRow(0)  # a guess for a typo is shown, not highlighted: ↓ chooses it
        if text.strip() and not rows and not looks_like_code(text.strip()):
            # said while typing, not only after Enter: staff see at once that it is a walk-in
            self.confirm(
                "info",
                self.tr("Nobody found"),
                self.tr("Nobody found for “%1”. Press F2 for a walk-in.").replace("%1", text.strip()),
            )
            self._nobody = True
        elif self._nobody:
            self.show_ready()

    def clear_search(self) -> None:
        self.ui.search.clear()
        self.scan.reset()
        self.results_model.set_rows([])
        self.ui.search.setFocus()

    # -- checking in ----------------------------------------------------------------
    def submit(self) -> None:
        """Enter: a scanned or typed code checks in at once; else the highlighted person."""
        pending = self._search_timer.isActive()
        self._search_timer.stop()
        field = self.ui.search.text()
        text = field.strip()
        if not text:
            return
        code = self.scanned_code(field)
        if code is not None or looks_like_code(text):  # scanned, or typed by hand ("ABC123")
            candidate = code or text
            try:
                self.show_result(self.services.checkin.check_in(self.event_id, candidate))
            except KcdeskError as exc:
                self.show_error(self.message(exc, candidate))
                self.clear_search()
            return
        if pending:
            self.update_results()  # the list must show this text, not an earlier one
        row = self.results_model.row(self.highlighted_row())
        if row is None:
            if self.results_model.rowCount():
                self.show_error(
                    self.tr(
                        "No exact match for “%1”. Choose a suggestion with ↓ and press Enter,"
                        " or press F2 for a walk-in."
                    ).replace("%1", text)
                )
            else:
                self.show_error(self.tr("Nobody found for “%1”. Press F2 for a walk-in.").replace("%1", text))
            self.ui.search.selectAll()  # the next name or scan replaces it
            return
        self.check_in_code(row["code"])

    def scanned_code(self, field: str) -> str | None:
        """The code a scanner just sent: the fast burst of keys at the end of the field, or None.

        A burst is a scan only when it parses as a registration code (alphabet and
        length) and has a digit or is a code some registration has. Keys that queued
        while the door was busy arrive as a burst too: a name typed then ("peeters")
        stays a name, never "no registration with code eters".
        """
        burst = self.scan.scanned(field)
        if burst is None or parse_code(burst) is None:
            return None
        if any(c.isdigit() for c in burst) or self.services.checkin.known_code(burst):
            return burst
        return None

    def message(self, exc: KcdeskError, code: str) -> str:
        """The engine's error for a code, in the user's language (and what to do, where staff can)."""
        text = translate_error(exc)
        if _cancelled(exc):
            text += "\n" + self.tr("Came anyway? Press F2 to let them in as a walk-in.")
        return text

    def check_in_code(self, code: str) -> CheckinResult | None:
        try:
            result = self.services.checkin.check_in(self.event_id, code)
        except KcdeskError as exc:
            self.show_error(self.message(exc, code))
            typed = self.ui.search.text().strip()
            if _cancelled(exc) and typed and not looks_like_code(typed):
                self.ui.search.selectAll()  # F2 takes the typed name; typing on replaces it
                self.results_model.set_rows([])
            else:
                self.clear_search()
            return None
        self.show_result(result)
        return result

    def check_in_group(self) -> None:
        if not self._group_code:
            return
        try:
            results = self.services.checkin.check_in_group(self.event_id, self._group_code)
        except KcdeskError as exc:
            self.show_error(self.message(exc, self._group_code))
            return
        new = [r for r in results if not r.already]
        self._group_code = None
        self.ui.groupButton.hide()
        self.confirm(
            "ok",
            self.tr("Group checked in: %1").replace("%1", str(len(results))),
            ", ".join(r.name for r in results)
            + (
                ""
                if len(new) == len(results)
                else " " + self.tr("(%n were already in)", "", len(results) - len(new))
            ),
        )
        self.clear_search()
        self._schedule_refresh()

    def show_result(self, result: CheckinResult) -> None:
        """The big confirmation; the field is cleared for the next person at once."""
        self.last_result = result
        self._group_code = None
        org = result.organisation or ""
        if result.already:
            detail = (
                self.tr("Already checked in at %1 at station %2")
                .replace("%1", clock(result.checked_in_at))
                .replace("%2", result.station or "?")
            )
            self.confirm("repeat", result.name, f"{detail}\n{org}".strip())
        else:
            self.confirm("ok", self.tr("Welcome, %1!").replace("%1", result.name), org)
        waiting = [c for c in result.companions if not c["checked_in_at"]]
        if waiting:
            names = ", ".join(name_of(c) for c in waiting)
            self._group_code = result.code
            self.ui.confirmDetail.setText(
                self.ui.confirmDetail.text() + "\n" + self.tr("Booked for: %1").replace("%1", names)
            )
            self.ui.groupButton.setText(
                self.tr("Check in the whole group: %1 more (Ctrl+G)").replace("%1", str(len(waiting)))
            )
            self.ui.groupButton.show()
        self.ui.badgeButton.show()
        self.clear_search()
        self.checked_in.emit(result)
        self._schedule_refresh()

    def confirm(self, state: str, title: str, detail: str = "") -> None:
        self._nobody = False
        bg, fg = STYLES[state]
        self.ui.confirmation.setStyleSheet(
            f"QFrame#confirmation {{ background: {bg}; border-radius: 8px; }}"
            f" QLabel {{ color: {fg}; background: transparent; }}"
        )
        self.ui.confirmTitle.setText(title)
        self.ui.confirmDetail.setText(detail)
        self.ui.groupButton.hide()
        self.ui.badgeButton.hide()
        self.confirmation_state = state
        self._idle_timer.start()
        self.confirmation_shown.emit(state, title)

    def show_error(self, message: str) -> None:
        self._group_code = None
        self.confirm("error", self.tr("Not checked in"), message)

    def show_ready(self) -> None:
        self._group_code = None
        self._nobody = False
        self.confirm(
            "info",
            self.tr("Ready for the next person"),
            self.tr("Type a name or scan the code on the ticket."),
        )
        self._idle_timer.stop()

    # -- undo -----------------------------------------------------------------------
    def undo_last(self) -> None:
        """Ctrl+Z: undo this station's most recent check-in still standing."""
        station = self.services.checkin.station
        mine = next((r for r in self.recent_model.rows if r["station"] == station), None)
        if mine is None:  # the list shows the last few only, maybe all from other stations
            earlier = self.services.checkin.recent(self.event_id, UNDO_LOOKBACK)
            mine = next((r for r in earlier if r["station"] == station), None)
        if mine is not None:
            self.undo(mine["code"], mine["name"])
            return
        self._group_code = None
        self.confirm("info", self.tr("Nothing to undo"), self.tr("No check-in of this station to undo."))

    def undo(self, code: str, name: str = "") -> None:
        try:
            done = self.services.checkin.undo(self.event_id, code)
        except KcdeskError as exc:
            self.show_error(self.message(exc, code))
            return
        if done:
            self._group_code = None
            self.confirm(
                "info",
                self.tr("Undone: %1").replace("%1", name or code),
                self.tr("%1 is no longer checked in.").replace("%1", name or code),
            )
        self.refresh_panels()
        self.ui.search.setFocus()

    # -- walk-ins and badges --------------------------------------------------------------
    def open_walkin(self) -> WalkinDialog:
        """F2: the short walk-in form, prefilled with a typed name."""
        dialog = WalkinDialog(
            self.services.people.sectors(), self._save_walkin, self, self._is_code, self.registers()
        )
        text = self.ui.search.text().strip()
        if text and not looks_like_code(text):
            dialog.ui.name.setText(text)
        for w in dialog.findChildren(QWidget):
            w.setFont(QFont(w.font().family(), max(11, int(self.font_size * 0.6))))
        dialog.finished.connect(lambda _=0: self.ui.search.setFocus())
        width = min(int(self.font_size * 30), max(dialog.sizeHint().width(), self.width() - 80))
        dialog.resize(width, dialog.sizeHint().height())  # never wider than the door on a small screen
        self.walkin_dialog = dialog
        dialog.open()
        return dialog

    def registers(self) -> list[str]:
        """The registers that accredited this event (the walk-in form asks for a number then)."""
        return [a.register for a in self.services.accreditation.accreditations(self.event_id)]

    def open_missing_numbers(self):
        """F3: who came without a register number yet, to add it while they are here."""
        if not self.registers():
            return None
        from kcdesk.ui.checkin.missing_numbers import MissingNumbersDialog

        dialog = MissingNumbersDialog(self.services, self.event_id, self)
        dialog.finished.connect(self._missing_numbers_closed)
        self.missing_numbers_dialog = dialog
        dialog.open()
        return dialog

    def _missing_numbers_closed(self, _result: int = 0) -> None:
        self.refresh_panels()
        self.ui.search.setFocus()

    def _is_code(self, text: str) -> bool:
        try:
            self.services.registrations.by_code(self.event_id, text)
        except NotFoundError:
            return False
        return True

    def _save_walkin(self, values: dict[str, Any]) -> CheckinResult:
        values = dict(values)
        name = values.pop("name")
        result = self.services.checkin.walk_in(self.event_id, name, **values)
        self.show_result(result)
        return result

    def print_last_badge(self) -> None:
        if self.last_result is None:
            return
        from kcdesk.ui.checkin.printing import print_badges

        print_badges(self, self.services, self.event_id, [self.last_result.code])
        self.ui.search.setFocus()

    # -- panels ---------------------------------------------------------------------
    def _schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def _on_change(self, topic: str, info: dict) -> None:
        if topic in ("checkins", "registrations", "people"):
            self._schedule_refresh()

    def refresh_panels(self) -> None:
        svc = self.services.checkin
        counts = svc.counts(self.event_id)
        self.counts_model.set_counts(counts, sector_labels(self.services))
        self.ui.totalLabel.setText(
            self.tr("%1 / %2 in")
            .replace("%1", str(counts["checked_in"]))
            .replace("%2", str(counts["expected"]))
        )
        self.recent_model.set_rows(svc.recent(self.event_id, 12))
        if self.registers():
            missing = self.services.accreditation.count_without_number(self.event_id)
            self.ui.numbersButton.setText(
                self.tr("Without register number: %1 (F3)").replace("%1", str(missing))
            )
            self.ui.numbersButton.setFont(self.ui.badgeButton.font())  # the small text of the door
            self.ui.numbersButton.show()
        else:
            self.ui.numbersButton.hide()
        for r, row in enumerate(self.recent_model.rows):
            button = QPushButton(self.tr("Undo"))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(self.tr("Undo check-in of %1").replace("%1", row["name"]))
            button.clicked.connect(lambda _=False, c=row["code"], n=row["name"]: self.undo(c, n))
            self.ui.recent.setIndexWidget(self.recent_model.index(r, 3), button)
        if self.ui.search.text().strip():
            selected = self.highlighted_row()
            self.update_results()
            if 0 <= selected < self.results_model.rowCount():
                self.ui.results.selectRow(selected)

    # -- leaving --------------------------------------------------------------------
    def ask_leave(self) -> bool:
        """Asked before door mode closes (patched in tests)."""
        answer = QMessageBox.question(
            self,
            self.tr("Leave door mode?"),
            self.tr("Leave door mode? Check-ins are saved; the door stops taking people."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def leave(self) -> bool:
        if self.ask_leave():
            self._leaving = True
            self.close()
            return True
        self.ui.search.setFocus()
        return False

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._leaving and not self.ask_leave():
            event.ignore()
            return
        self._leaving = True
        self.shut()
        event.accept()

    def shut(self) -> None:
        """Stop timers and listening: the database may close after the window."""
        for timer in (self._refresh_timer, self._search_timer, self._idle_timer, self._warm_timer):
            timer.stop()
        if self.stations is not None:
            self.stations.stop()
        stop_listening(self.bridge, self._on_change)
        self.bridge = None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.ui.search.setFocus()
