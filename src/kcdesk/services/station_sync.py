"""Stations that share check-ins live, through a folder that something else replicates.

Syncthing between laptops on the venue Wi-Fi, a network share, a cloud folder:
kcdesk only reads and writes files in one folder. The layout::

    FOLDER/<event slug>/<station>@<computer>/00000001.json   journal segments, numbered
    FOLDER/<event slug>/<station>@<computer>/station.json    "still here" (name, time)

Each station writes only its own sub-folder, so no file ever has two writers.
As check-ins commit, the entries not yet in the folder are written as the next
complete segment (a journal document, the same format as an exported journal,
with a checksum): temporary file, fsync, rename. Half-copied or unfinished
files are never read: only names of the final form are, and a segment whose
checksum or JSON does not hold is left until it is complete. Other stations'
segments are merged with the order-free, idempotent journal merge
(:mod:`kcdesk.services.station_journal`), so reading one twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kcdesk.domain.errors import EventNotFound, KcdeskError, SyncFolderError
from kcdesk.output.atomic import write_text
from kcdesk.services.checkin import CheckinService
from kcdesk.services.station_journal import (
    JOURNAL_FORMAT,
    JOURNAL_VERSION,
    MergeReport,
    entry_document,
    merge_documents,
    read_journal,
)
from kcdesk.store.rows import now, row_to_journal, ts

SEGMENT = re.compile(r"^(\d{8})\.json$")
HEARTBEAT = "station.json"
#: How often a station says it is still there when nobody is checked in.
HEARTBEAT_SECONDS = 30


def _folder_error(folder: Path, reason: str) -> SyncFolderError:
    return SyncFolderError(folder=str(folder), reason=reason)


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name.strip()).strip("-.") or "station"


def writer_name(station: str, computer: str | None = None) -> str:
    """This station's sub-folder: its name and the computer's, so two laptops never share one."""
    return f"{_safe(station)}@{_safe(computer or socket.gethostname())}"


def _checksum(entries: list[dict[str, Any]]) -> str:
    text = json.dumps(entries, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Heard:
    """Another station, as the folder shows it."""

    writer: str
    station: str
    last_heard: dt.datetime | None = None  # the newest time it wrote (a segment or "still here")
    entries: int = 0  # its entries read so far


@dataclass
class SyncReport:
    written: int = 0  # entries this station wrote to the folder
    segments_read: int = 0
    added: int = 0  # entries of other stations new to this database
    walkins: int = 0
    waiting: list[str] = field(default_factory=list)  # segments not complete yet (read again later)


class StationSync:
    """One station's side of the shared folder, for one event."""

    def __init__(
        self, checkin: CheckinService, event_id: int, folder: Path | str, computer: str | None = None
    ):
        self.checkin = checkin
        self.store = checkin.store
        self.event_id = event_id
        event = self.store.events.get(event_id)
        if event is None:
            raise EventNotFound(event_id=event_id)
        self.slug = event.slug
        self.root = Path(folder).expanduser()
        if not self.root.is_dir():
            raise _folder_error(self.root, "it is not a folder that exists")
        self.computer = computer
        self.known: set[str] = set()  # uids in the folder (any station's) or written by us
        self.read: set[str] = set()  # "writer/segment" read completely
        self.heard: dict[str, Heard] = {}
        self._high_water: int | None = None
        self._next = 1
        self._beat: dt.datetime | None = None

    # -- where ------------------------------------------------------------------------
    @property
    def event_dir(self) -> Path:
        return self.root / _safe(self.slug)

    @property
    def writer(self) -> str:
        return writer_name(self.checkin.station, self.computer)

    @property
    def own_dir(self) -> Path:
        return self.event_dir / self.writer

    # -- one round ----------------------------------------------------------------------
    def sync(self) -> SyncReport:
        """Read the other stations' new segments, merge them, then write ours; one round."""
        report = SyncReport()
        self.pull(report)
        self.push(report)
        return report

    def push(self, report: SyncReport | None = None) -> int:
        """Write this station's entries that the folder does not have yet, as one new segment."""
        report = report or SyncReport()
        try:
            self.own_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _folder_error(self.root, exc.strerror or str(exc)) from None
        if self._high_water is None:
            self._scan_own()
            fresh = self.store.journal.for_event(self.event_id)
        else:
            fresh = [
                row_to_journal(r) for r in self.store.journal.written_since(self.event_id, self._high_water)
            ]
        high_water = self.store.journal.high_water()
        entries = [entry_document(e) for e in fresh if e.uid not in self.known]
        if entries:
            doc = {
                "format": JOURNAL_FORMAT,
                "version": JOURNAL_VERSION,
                "event": self.slug,
                "station": self.checkin.station,
                "exported_at": ts(now()),
                "entries": entries,
                "sha256": _checksum(entries),
            }
            name = f"{self._next:08d}.json"
            write_text(self.own_dir / name, json.dumps(doc, ensure_ascii=False), private=True)
            self._next += 1
            self.known.update(e["uid"] for e in entries)
            report.written += len(entries)
            self._beat = now()
        self._high_water = high_water
        if self._beat is None or (now() - self._beat).total_seconds() >= HEARTBEAT_SECONDS:
            self.heartbeat()
        return len(entries)

    def heartbeat(self) -> None:
        """Say "still here" (so the other stations see this one when nobody arrives for a while)."""
        self._beat = now()
        doc = {"format": "kcdesk-station", "station": self.checkin.station, "at": ts(self._beat)}
        try:
            self.own_dir.mkdir(parents=True, exist_ok=True)
            write_text(self.own_dir / HEARTBEAT, json.dumps(doc, ensure_ascii=False), private=True)
        except OSError as exc:
            raise _folder_error(self.root, exc.strerror or str(exc)) from None

    def _scan_own(self) -> None:
        """What this station wrote before (an earlier session): known, and numbered on from there."""
        for path in sorted(self.own_dir.iterdir()):
            m = SEGMENT.match(path.name)
            if not m:
                continue
            self._next = max(self._next, int(m.group(1)) + 1)
            doc = self._segment(path)
            if doc is not None:
                self.known.update(str(e.get("uid")) for e in doc["entries"] if isinstance(e, dict))

    def pull(self, report: SyncReport | None = None) -> SyncReport:
        """Merge the other stations' complete segments not read yet."""
        report = report or SyncReport()
        if not self.event_dir.is_dir():
            return report
        docs: list[tuple[Path, dict[str, Any]]] = []
        for writer_dir in sorted(p for p in self.event_dir.iterdir() if p.is_dir()):
            if writer_dir.name == self.writer:
                continue
            heard = self.heard.get(writer_dir.name)
            if heard is None:
                heard = self.heard[writer_dir.name] = Heard(writer_dir.name, writer_dir.name.split("@")[0])
            self._hear(heard, writer_dir / HEARTBEAT)
            for path in sorted(writer_dir.iterdir()):
                key = f"{writer_dir.name}/{path.name}"
                if not SEGMENT.match(path.name) or key in self.read:
                    continue
                doc = self._segment(path)
                if doc is None:
                    report.waiting.append(key)
                    continue
                if doc["event"] != self.slug:
                    self.read.add(key)  # another event's file in the wrong place: never ours
                    continue
                docs.append((path, doc))
                self.read.add(key)
                heard.station = doc.get("station") or heard.station
                heard.entries += len(doc["entries"])
                self._heard_at(heard, doc.get("exported_at"))
        if docs:
            merged: MergeReport = merge_documents(self.checkin, docs)
            report.added += merged.added
            report.walkins += merged.created_walkins
            report.segments_read += len(docs)
            for _, doc in docs:
                self.known.update(e["uid"] for e in doc["entries"])
        return report

    @staticmethod
    def _segment(path: Path) -> dict[str, Any] | None:
        """A complete segment, or None while it is not (still copying, cut off, damaged)."""
        try:
            doc = read_journal(path.read_text(encoding="utf-8"), path.name)
        except (OSError, UnicodeDecodeError, KcdeskError):
            return None
        if doc.get("sha256") != _checksum(doc["entries"]):
            return None
        return doc

    def _hear(self, heard: Heard, path: Path) -> None:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            return
        if isinstance(doc, dict) and isinstance(doc.get("station"), str):
            heard.station = doc["station"]
            self._heard_at(heard, doc.get("at"))

    @staticmethod
    def _heard_at(heard: Heard, at: Any) -> None:
        try:
            when = dt.datetime.fromisoformat(at) if isinstance(at, str) else None
        except ValueError:
            return
        if (
            when is not None
            and when.tzinfo is not None
            and (heard.last_heard is None or when > heard.last_heard)
        ):
            heard.last_heard = when

    def stations(self) -> list[Heard]:
        """The other stations heard from, by name."""
        return sorted(self.heard.values(), key=lambda h: (h.station.casefold(), h.writer))


class Stations:
    """Live station sync, as the app and the command line reach it (``Services.stations``)."""

    def __init__(self, checkin: CheckinService):
        self.checkin = checkin

    def open(self, event_id: int, folder: Path | str, computer: str | None = None) -> StationSync:
        """This station's side of ``folder`` for one event (the folder must exist)."""
        return StationSync(self.checkin, event_id, folder, computer)
