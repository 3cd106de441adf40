"""Door stations sharing check-ins live: the shared folder watched from the door window.

The engine (:mod:`kcdesk.services.station_sync`) writes and reads the files;
this object only decides when. A check-in that commits is written at once
(after the confirmation: a zero timer); the folder is read when it changes
(QFileSystemWatcher) and every 2 seconds anyway, because network shares and
some sync tools do not notify.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from kcdesk.domain.errors import KcdeskError
from kcdesk.services import Services
from kcdesk.ui.bridge import StoreBridge, stop_listening
from kcdesk.ui.timers import single_shot
from kcdesk.words.errors import file_error, translate_error

if TYPE_CHECKING:  # the engine loads when a station folder is chosen
    from kcdesk.services.station_sync import Heard, StationSync

#: How often the folder is read even when nothing said it changed (milliseconds).
POLL_MS = 2000


class StationWatcher(QObject):
    """This station's side of the shared folder while the door is open."""

    #: changed(): other stations were heard from, or the folder became (un)usable.
    changed = Signal()

    def __init__(
        self,
        services: Services,
        bridge: StoreBridge | None,
        event_id: int,
        folder: str | Path,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.sync: StationSync = services.stations.open(
            event_id, folder
        )  # SyncFolderError: told by the caller
        self.error = ""
        self.bridge = bridge
        self.files = QFileSystemWatcher(self)
        self.files.directoryChanged.connect(self._soon)
        self.files.fileChanged.connect(self._soon)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.round)
        self._read_soon = single_shot(self, 100, self.round)  # a copy in progress changes a folder often
        self._write_soon = single_shot(self, 0, self.push)
        if bridge is not None:
            bridge.changed.connect(self._on_change)
        self.round()
        self._poll.start()

    def stations(self) -> list[Heard]:
        return self.sync.stations()

    def _on_change(self, topic: str, info: dict) -> None:
        if topic in ("checkins", "people"):
            self._write_soon.start()

    def _soon(self, _path: str = "") -> None:
        self._read_soon.start()

    def round(self) -> None:
        """Read the other stations' new check-ins, write ours."""
        self._run(self.sync.sync)

    def push(self) -> None:
        self._run(self.sync.push)

    def _run(self, step) -> None:
        before = self.error
        try:
            step()
            self.error = ""
        except KcdeskError as exc:
            self.error = translate_error(exc)
        except OSError as exc:
            self.error = file_error(exc, str(self.sync.root))
        self._watch()
        if self.error or before or step == self.sync.sync:
            self.changed.emit()

    def _watch(self) -> None:
        folders = [self.sync.root, self.sync.event_dir]
        if self.sync.event_dir.is_dir():
            folders += [p for p in self.sync.event_dir.iterdir() if p.is_dir() and p.name != self.sync.writer]
        watched = set(self.files.directories())
        new = [str(p) for p in folders if str(p) not in watched and p.is_dir()]
        if new:
            self.files.addPaths(new)

    def stop(self) -> None:
        for timer in (self._poll, self._read_soon, self._write_soon):
            timer.stop()
        stop_listening(self.bridge, self._on_change)
        self.bridge = None


def ago(when: dt.datetime | None, now: dt.datetime | None = None) -> int | None:
    """Whole seconds since ``when`` (None: never)."""
    if when is None:
        return None
    now = now or dt.datetime.now(dt.UTC)
    return max(0, int((now - when).total_seconds()))
