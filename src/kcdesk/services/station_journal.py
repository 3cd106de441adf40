"""Station journals: exchanging check-ins between laptops with no network between them.

Each station appends its check-ins, undos and walk-ins to its own journal.
Exporting writes that journal to a file; merging adds the entries a database
does not have yet (by uid) and derives the check-in state again, so merging
twice, or in any order, gives the same result and nobody is counted twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kcdesk.domain.codes import normalise_code
from kcdesk.domain.enums import JournalAction
from kcdesk.domain.errors import (
    CodeOfAnotherEvent,
    EventNotFound,
    FileUnreadable,
    IncompleteJournal,
    JournalEntryDamaged,
    JournalEventMissing,
    JournalUnreadable,
    NewerJournal,
    NoSuchFile,
    NotAJournal,
)
from kcdesk.domain.models import JournalEntry
from kcdesk.output.atomic import check_output, write_text
from kcdesk.services import json_files
from kcdesk.services.checkin import CheckinService
from kcdesk.store.rows import now, ts

JOURNAL_FORMAT = "kcdesk-journal"
JOURNAL_VERSION = 1


@dataclass
class MergeReport:
    added: int = 0
    known: int = 0
    files: int = 0
    created_walkins: int = 0


def export_journal(checkin: CheckinService, event_id: int, path: Path | None = None) -> dict[str, Any]:
    """This station's journal of an event, as a document (and a file when ``path`` is given)."""
    event = checkin.store.events.get(event_id)
    if event is None:
        raise EventNotFound(event_id=event_id)
    if path is not None:
        check_output(path)
    doc = {
        "format": JOURNAL_FORMAT,
        "version": JOURNAL_VERSION,
        "event": event.slug,
        "station": checkin.station,
        "exported_at": ts(now()),
        "entries": [
            {
                "uid": e.uid,
                "code": e.code,
                "action": e.action,
                "station": e.station,
                "at": ts(e.at),
                "undoes": e.undoes,
                "payload": e.payload,
            }
            for e in checkin.store.journal.for_event(event_id)
        ],
    }
    if path is not None:
        write_text(path, json_files.dumps(doc, ensure_ascii=False, indent=1), private=True)  # names and codes
    return doc


def merge_journals(checkin: CheckinService, paths: list[Path]) -> MergeReport:
    """Merge other stations' journal files, all in one transaction."""
    docs = [(p, _read_journal(p)) for p in paths]
    report = MergeReport(files=len(docs))
    touched: dict[int, set[str]] = {}
    with checkin.store.write():
        for path, doc in docs:
            event = checkin.store.events.by_slug(doc["event"])
            if event is None:
                raise JournalEventMissing(name=path.name, slug=doc["event"])
            entries = [_entry(event.id, raw, path) for raw in doc["entries"]]  # type: ignore[arg-type]
            # walk-ins first, so check-ins and undos find their registration
            for e in sorted(entries, key=lambda e: e.action != JournalAction.WALKIN):
                if (
                    e.action == JournalAction.WALKIN
                    and checkin.store.registrations.by_code(e.code, e.event_id) is None
                ):
                    other = checkin.store.registrations.by_code(e.code)
                    if other is not None:
                        elsewhere = checkin.store.events.get(other.event_id)
                        title = elsewhere.title if elsewhere else "?"
                        raise CodeOfAnotherEvent(reg_code=e.code, event_title=title)
                    reg = checkin.apply_walkin(e)
                    report.created_walkins += reg.code == e.code  # not a person already here
                if checkin.store.journal.append(e):
                    report.added += 1
                    touched.setdefault(e.event_id, set()).add(e.code)
                else:
                    report.known += 1
        for event_id, codes in touched.items():
            for code in codes:
                checkin.derive(event_id, code)
    for event_id in touched:
        checkin.store.notify("checkins", event_id=event_id)
    return report


class JournalService:
    """This station's journal out to a file, and the other stations' journals in."""

    def __init__(self, checkin: CheckinService):
        self.checkin = checkin

    def export(self, event_id: int, path: Path | None = None) -> dict[str, Any]:
        """This station's journal of an event (written to ``path`` when given; holds names)."""
        return export_journal(self.checkin, event_id, path)

    def merge(self, paths: list[Path]) -> MergeReport:
        """Merge other stations' journal files, all in one transaction."""
        return merge_journals(self.checkin, paths)


def _read_journal(path: Path) -> dict[str, Any]:
    try:
        doc = json_files.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NoSuchFile(path=path) from None
    except IsADirectoryError:
        raise NotAJournal(name=Path(path).name) from None
    except OSError as exc:
        raise FileUnreadable(path=Path(path).name, detail=exc.strerror or exc) from None
    except ValueError as exc:  # not UTF-8, not JSON, NaN/Infinity, nested too deeply
        raise JournalUnreadable(name=Path(path).name, detail=exc) from None
    if not isinstance(doc, dict) or doc.get("format") != JOURNAL_FORMAT:
        raise NotAJournal(name=Path(path).name)
    version = doc.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise IncompleteJournal(name=Path(path).name)
    if version > JOURNAL_VERSION:
        raise NewerJournal(name=Path(path).name)
    if not isinstance(doc.get("entries"), list) or not isinstance(doc.get("event"), str):
        raise IncompleteJournal(name=Path(path).name)
    return doc


_PAYLOAD_TEXT = ("given_name", "particle", "family_name", "organisation", "email", "sector")


def _entry(event_id: int, raw: dict[str, Any], path: Path) -> JournalEntry:
    try:
        action = JournalAction(raw["action"])
        uid, code, at = raw["uid"], raw["code"], raw["at"]
        station, undoes, payload = raw.get("station", ""), raw.get("undoes"), raw.get("payload")
        if not (isinstance(uid, str) and uid.strip()):
            raise ValueError("no uid")
        if not (isinstance(code, str) and code.strip()):
            raise ValueError("no registration code")
        if not isinstance(station, str) or not (undoes is None or isinstance(undoes, str)):
            raise ValueError("station and undoes must be text")
        if action == JournalAction.UNDO and not undoes:
            raise ValueError("an undo that undoes nothing")
        if payload is not None and not isinstance(payload, dict):
            raise ValueError("the details must be an object")
        if action == JournalAction.WALKIN:
            details = payload or {}
            if any(not isinstance(details.get(k, ""), str) for k in _PAYLOAD_TEXT):
                raise ValueError("the walk-in's name, organisation, email and sector must be text")
            if not (details.get("given_name", "").strip() or details.get("family_name", "").strip()):
                raise ValueError("a walk-in without a name")
        when = dt.datetime.fromisoformat(at)
        if when.tzinfo is None:  # compared with every other station's times: it must say its zone
            raise ValueError(f"the time {at} has no time zone")
        return JournalEntry(
            uid=uid,
            event_id=event_id,
            code=normalise_code(code),  # the one reading of a code (domain/codes.py)
            action=action,
            station=station,
            at=when,
            undoes=undoes,
            payload=payload,
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise JournalEntryDamaged(name=Path(path).name, detail=exc) from None
