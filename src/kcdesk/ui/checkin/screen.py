"""Check-in: choose the event, open door mode, badges, station journals, counts and no-shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from kcdesk.domain.errors import KcdeskError
from kcdesk.services import Services
from kcdesk.ui.bridge import StoreBridge
from kcdesk.ui.checkin.door import DoorWindow, sector_labels
from kcdesk.ui.checkin.models import CountsModel, NoShowsModel
from kcdesk.ui.forms.ui_checkin_screen import Ui_CheckinScreen
from kcdesk.ui.models.labels import file_word
from kcdesk.ui.screen import Screen
from kcdesk.ui.settings import DOOR_FONT_SIZE, Settings
from kcdesk.words.dates import short
from kcdesk.words.errors import file_error, translate_error

T = TypeVar("T")


class CheckinScreen(Screen):
    #: door_opened(window): door mode started for the chosen event.
    door_opened = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_CheckinScreen()
        self.ui.setupUi(self)
        self.services: Services | None = None
        self.bridge: StoreBridge | None = None
        self.door: DoorWindow | None = None
        self._settings: Settings | None = None
        self.counts_model = CountsModel(self)
        self.no_shows_model = NoShowsModel(self)
        self.ui.counts.setModel(self.counts_model)
        self.ui.noShows.setModel(self.no_shows_model)
        self.ui.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.noShows.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.noShows.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.noShows.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.noShows.horizontalHeader().setStretchLastSection(False)
        self.ui.noShows.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.ui.eventCombo.currentIndexChanged.connect(self._event_chosen)
        self.ui.doorButton.clicked.connect(self.open_door)
        self.ui.station.editingFinished.connect(self._station_edited)
        self.ui.fontSize.setRange(DOOR_FONT_SIZE[0], DOOR_FONT_SIZE[1])
        self.ui.fontSize.valueChanged.connect(self._font_size_changed)
        self.ui.exportJournal.clicked.connect(self.export_journal)
        self.ui.mergeJournals.clicked.connect(self.merge_journals)
        self.ui.badgesPdf.clicked.connect(self.save_badges_pdf)
        self.ui.badgesPrint.clicked.connect(self.print_badges)
        self.ui.markNoShows.clicked.connect(self.mark_no_shows)
        QShortcut(QKeySequence("F11"), self, self.open_door)
        self._enable(False)

    def title(self) -> str:
        return self.tr("Check-in")

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = getattr(self.window(), "settings", None) or Settings()
        return self._settings

    # -- database -------------------------------------------------------------------
    def attach(self, services: Services, bridge: StoreBridge) -> None:
        super().attach(services, bridge)
        bridge.changed.connect(self._on_change)
        self.ui.station.setText(services.checkin.station)
        self.ui.fontSize.setValue(self.settings.door_font_size)
        self.reload_events()
        self._enable(True)

    def detach(self) -> None:
        if self.door is not None:
            self.door._leaving = True
            self.door.close()
            self.door.shut()
            self.door = None
        self.release_bridge(self._on_change)
        self.services = self.bridge = None
        self.ui.eventCombo.clear()
        self.counts_model.set_rows([])
        self.no_shows_model.set_rows([])
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for w in (
            self.ui.doorButton,
            self.ui.exportJournal,
            self.ui.mergeJournals,
            self.ui.badgesPdf,
            self.ui.badgesPrint,
            self.ui.markNoShows,
            self.ui.station,
        ):
            w.setEnabled(on)

    def reload_events(self) -> None:
        """Events in the chooser, the next one coming (or today's) selected."""
        if self.services is None:
            return
        current = self.event_id()
        combo = self.ui.eventCombo
        combo.blockSignals(True)
        combo.clear()
        rows = self.services.event_list.summaries()
        today = dt.date.today().isoformat()
        for r in rows:
            when = short(dt.date.fromisoformat(r["date"])) if r["date"] else ""
            combo.addItem(f"{when}  {r['title']}".strip(), r["id"])
        combo.blockSignals(False)
        index = combo.findData(current) if current is not None else -1
        if index < 0:
            upcoming = [i for i, r in enumerate(rows) if (r["date"] or "") >= today]
            index = upcoming[-1] if upcoming else 0  # summaries are newest first
        combo.setCurrentIndex(index)
        self._event_chosen()

    def event_id(self) -> int | None:
        data = self.ui.eventCombo.currentData()
        return int(data) if data is not None else None

    current_event_id = event_id

    def set_event(self, event_id: int | None) -> None:
        index = self.ui.eventCombo.findData(event_id)
        if index >= 0:
            self.ui.eventCombo.setCurrentIndex(index)

    def _event_chosen(self, *_args) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh()

    def _on_change(self, topic: str, info: dict) -> None:
        if topic == "events":
            self.reload_events()
        elif topic in ("checkins", "registrations", "people"):
            self.refresh()

    def refresh(self) -> None:
        event_id = self.event_id()
        if self.services is None or event_id is None:
            self.counts_model.set_rows([])
            self.no_shows_model.set_rows([])
            self.ui.totalLabel.clear()
            return
        if not self.isVisible():  # the lists of 5,000 registrations load when the screen is shown
            self._stale = True
            return
        self._stale = False
        counts = self.services.checkin.counts(event_id)
        self.counts_model.set_counts(counts, sector_labels(self.services))
        self.ui.totalLabel.setText(
            self.tr("Checked in: %1 of %2 expected")
            .replace("%1", str(counts["checked_in"]))
            .replace("%2", str(counts["expected"]))
        )

        self.no_shows_model.set_rows([dict(r) for r in self.services.checkin.no_shows(event_id)])
        self.ui.noShowsHeading.setText(
            self.tr("Not checked in (yet): %1").replace("%1", str(self.no_shows_model.rowCount()))
        )

    # -- door mode ------------------------------------------------------------------
    def open_door(self, full_screen: bool = True) -> DoorWindow | None:
        event_id = self.event_id()
        if self.services is None or event_id is None:
            return None
        if self.door is not None and self.door.isVisible():
            self.door.activateWindow()
            return self.door
        self.door = DoorWindow(
            self.services,
            self.bridge,
            event_id,
            self.settings.door_font_size,
            self,
            sync_folder=self.settings.sync_folder,
        )
        self.door.font_size_changed.connect(self._door_font_changed)
        if full_screen:
            self.door.showFullScreen()
        else:
            self.door.show()
        self.door_opened.emit(self.door)
        return self.door

    def _door_font_changed(self, points: int) -> None:
        self.settings.door_font_size = points
        self.ui.fontSize.blockSignals(True)
        self.ui.fontSize.setValue(points)
        self.ui.fontSize.blockSignals(False)

    def _font_size_changed(self, points: int) -> None:
        self.settings.door_font_size = points
        if self.door is not None:
            self.door.set_font_size(points)

    def _station_edited(self) -> None:
        name = self.ui.station.text().strip()
        if self.services is None:
            return
        if not name:  # a station needs a name: show the one check-ins still get
            self.ui.station.setText(self.services.checkin.station)
            return
        self.settings.station = name
        self.services.checkin.station = name
        if self.door is not None:
            self.door.update_station()

    # -- files (dialogs patched in tests) ---------------------------------------------------
    def ask_save(self, title: str, name: str, filter_: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, name, filter_)
        return path

    def ask_open_many(self, title: str, filter_: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(self, title, "", filter_)
        return paths

    def inform(self, title: str, text: str, error: bool = False) -> None:
        if error:
            QMessageBox.warning(self, title, text)
        else:
            QMessageBox.information(self, title, text)

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def export_journal(self) -> Path | None:
        event_id = self.event_id()
        services = self.services
        if services is None or event_id is None:
            return None
        title = self.tr("Export this station's journal")
        station = services.checkin.station.replace(" ", "-")
        slug = services.events.get(event_id).slug
        name = self.ask_save(
            title, f"{slug}-{station}.{file_word('journal')}.json", self.tr("Journals (*.json)")
        )
        if not name:
            return None
        doc = self._write(title, name, lambda path: services.journals.export(event_id, path))
        if doc is None:
            return None
        self.inform(
            title,
            self.tr("Saved %n journal entries to %1.", "", len(doc["entries"])).replace("%1", name),
        )
        return Path(name)

    def _write(self, title: str, name: str, write: Callable[[Path], T]) -> T | None:
        """``write(Path(name))``; a refusal or a file problem is told under ``title`` (None)."""
        try:
            return write(Path(name))
        except OSError as exc:
            self.inform(title, file_error(exc, name), error=True)
        except KcdeskError as exc:
            self.inform(title, translate_error(exc), error=True)
        return None

    def merge_journals(self) -> None:
        if self.services is None:
            return
        title = self.tr("Merge other stations' journals")
        paths = self.ask_open_many(title, self.tr("Journals (*.json)"))
        if not paths:
            return
        try:
            report = self.services.journals.merge([Path(p) for p in paths])
        except (KcdeskError, OSError) as exc:
            self.inform(title, translate_error(exc), error=True)
            return
        self.inform(
            title,
            self.tr("Merged %n file(s).", "", report.files)
            + " "
            + self.tr("New entries: %1; already known: %2; walk-ins added: %3.")
            .replace("%1", str(report.added))
            .replace("%2", str(report.known))
            .replace("%3", str(report.created_walkins))
            + (
                " "
                + self.tr(
                    "Not checked in, cancelled here: %1 (register them again at the door if they came)."
                ).replace("%1", ", ".join(sorted(set(report.cancelled))))
                if report.cancelled
                else ""
            ),
        )

    def save_badges_pdf(self) -> Path | None:
        event_id = self.event_id()
        services = self.services
        if services is None or event_id is None:
            return None
        title = self.tr("Save badges as PDF")
        slug = services.events.get(event_id).slug
        name = self.ask_save(title, f"{slug}-{file_word('badges')}.pdf", self.tr("PDF files (*.pdf)"))
        if not name:
            return None
        pages = self._write(title, name, lambda path: services.badges.write_pdf(event_id, path))
        if pages is None:
            return None
        self.inform(title, self.tr("Saved %n page(s) of badges to %1.", "", pages).replace("%1", name))
        return Path(name)

    def print_badges(self) -> None:
        event_id = self.event_id()
        if self.services is None or event_id is None:
            return
        from kcdesk.ui.checkin.printing import print_badges

        print_badges(self, self.services, event_id)

    def mark_no_shows(self) -> int:
        event_id = self.event_id()
        if self.services is None or event_id is None:
            return 0
        n = self.no_shows_model.rowCount()
        if not n or not self.confirm(
            self.tr("Mark no-shows"),
            self.tr(
                "Mark the %n people who did not come as no-show? Late arrivals can still be checked in.",
                "",
                n,
            ),
        ):
            return 0
        return self.services.checkin.mark_no_shows(event_id)

    # -- screenshots ----------------------------------------------------------------
    def screenshot_dialogs(self) -> list[tuple[str, QWidget]]:
        """Door mode with a confirmation showing, and the walk-in form, filled."""
        event_id = self.event_id()
        if self.services is None or event_id is None:
            return []
        if not self.services.checkin.counts(event_id)["checked_in"]:
            held = [r["id"] for r in self.services.event_list.summaries() if r["checked_in"]]
            event_id = held[0] if held else event_id
        door = DoorWindow(self.services, self.bridge, event_id, self.settings.door_font_size, self)
        door._leaving = True
        door.resize(1280, 800)
        # a confirmation as it would look, without writing to the database
        rows = self.services.registrations.of_event(door.event_id)
        done = [r for r in rows if r["checked_in_at"]]
        if done:
            from kcdesk.services.checkin import CheckinResult

            door.show_result(CheckinResult.from_row(done[0], already=True))
        door.ui.search.setText("van d")
        door.update_results()
        walkin = door.open_walkin()
        walkin.ui.name.setText("Nicole van Dijk")
        walkin.ui.organisation.setText("Buurtteam Noord")
        walkin.ui.sector.setCurrentIndex(min(3, walkin.ui.sector.count() - 1))
        walkin.ui.email.setText("nicole@example.org")
        walkin.ui.consentName.setChecked(True)
        walkin.hide()
        shots: list[tuple[str, QWidget]] = [("checkin-door", door), ("checkin-walkin", walkin)]
        missing = door.open_missing_numbers()  # only at an accredited event
        if missing is not None:
            missing.hide()
            shots.append(("checkin-missing-numbers", missing))
        return shots
