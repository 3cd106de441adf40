"""Station journals: exchanging check-ins between laptops with no network between them.

Each station appends its check-ins, undos and walk-ins to its own journal.
Exporting writes that journal to a file; merging adds the entries a database
does not have yet (by uid) and derives the check-in state again, so merging
twice, or in any order, gives the same result and nobody is counted twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kcdesk.domain.enums import JournalAction, RegistrationSource, RegistrationStatus
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
from kcdesk.domain.errors_safety import JournalCodeUnknown, WalkinCodeTaken
from kcdesk.domain.models import JournalEntry
from kcdesk.domain.names import display_name, normalised_key
from kcdesk.output.atomic import check_output, write_text
from kcdesk.services import json_files
from kcdesk.services.checkin import CheckinService
from kcdesk.services.journal_check import check_entries
from kcdesk.store.rows import now, ts

JOURNAL_FORMAT = "kcdesk-journal"
JOURNAL_VERSION = 1


@dataclass
class MergeReport:
    added: int = 0
    known: int = 0
    files: int = 0
    created_walkins: int = 0
    #: codes whose check-in was not applied: the registration is cancelled here
    cancelled: list[str] = field(default_factory=list)


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
        "entries": [entry_document(e) for e in checkin.store.journal.for_event(event_id)],
    }
    if path is not None:
        write_text(path, json_files.dumps(doc, ensure_ascii=False, indent=1), private=True)  # names and codes
        if not checkin.store.readonly:  # other stations know the event by its slug from now on
            with checkin.store.write():
                checkin.store.events.mark_shared(event_id)
    return doc


def entry_document(e: JournalEntry) -> dict[str, Any]:
    """One journal entry as a journal file holds it."""
    return {
        "uid": e.uid,
        "code": e.code,
        "action": e.action,
        "station": e.station,
        "at": ts(e.at),
        "undoes": e.undoes,
        "payload": e.payload,
    }


def merge_journals(checkin: CheckinService, paths: list[Path]) -> MergeReport:
    """Merge other stations' journal files, all in one transaction."""
    return merge_documents(checkin, [(p, _read_journal(p)) for p in paths])


def merge_documents(checkin: CheckinService, docs: list[tuple[Path, dict[str, Any]]]) -> MergeReport:
    """Merge journal documents already read (checked by :func:`read_journal`), in one transaction.

    Every entry passes the one journal check (journal_check.py) first; a code of
    another event, an unknown code, or a walk-in whose code belongs to someone
    else here refuses the whole merge. A check-in of a registration cancelled
    here is not applied (the door would refuse it too) and is reported.
    """
    report = MergeReport(files=len(docs))
    touched: dict[int, set[str]] = {}
    regs = checkin.store.registrations
    with checkin.store.write():
        for path, doc in docs:
            event = checkin.store.events.by_slug(doc["event"])
            if event is None:
                raise JournalEventMissing(name=path.name, slug=doc["event"])
            try:
                entries = check_entries(event.id, doc["entries"], None)  # type: ignore[arg-type]
            except ValueError as exc:
                raise JournalEntryDamaged(name=path.name, detail=exc) from None
            walkins = {e.code: e for e in entries if e.action == JournalAction.WALKIN}
            for e in entries:
                _check_code(checkin, path, e, walkins)
            # walk-ins first, so check-ins and undos find their registration
            for e in sorted(entries, key=lambda e: e.action != JournalAction.WALKIN):
                if e.action == JournalAction.WALKIN and regs.by_code(e.code, e.event_id) is None:
                    reg = checkin.apply_walkin(e)
                    report.created_walkins += reg.code == e.code  # not a person already here
                if e.action == JournalAction.CHECKIN:
                    target = regs.by_code(e.code, e.event_id)
                    if (
                        target is not None
                        and target.status == RegistrationStatus.CANCELLED
                        and target.source != RegistrationSource.WALK_IN  # an undone walk-in revives
                    ):
                        report.cancelled.append(e.code)  # not applied, and said so
                        continue
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


def _check_code(
    checkin: CheckinService, path: Path, e: JournalEntry, walkins: dict[str, JournalEntry]
) -> None:
    """Refuse an entry whose code is another event's, nobody's, or (for a walk-in) someone else's here."""
    regs = checkin.store.registrations
    reg = regs.by_code(e.code, e.event_id)
    if reg is None and e.code not in walkins:
        other = regs.by_code(e.code)
        if other is not None:
            elsewhere = checkin.store.events.get(other.event_id)
            raise CodeOfAnotherEvent(reg_code=e.code, event_title=elsewhere.title if elsewhere else "?")
        raise JournalCodeUnknown(name=path.name, reg_code=e.code)
    if reg is None and e.action == JournalAction.WALKIN:
        other = regs.by_code(e.code)
        if other is not None:
            elsewhere = checkin.store.events.get(other.event_id)
            raise CodeOfAnotherEvent(reg_code=e.code, event_title=elsewhere.title if elsewhere else "?")
    if reg is not None and e.action == JournalAction.WALKIN:
        p = e.payload or {}
        walkin = normalised_key(p.get("given_name", ""), p.get("particle", ""), p.get("family_name", ""), "")
        owner = checkin.store.people.get(reg.person_id)
        if owner is not None and not owner.erased:
            key = normalised_key(owner.given_name, owner.particle, owner.family_name, "")
            if key != walkin:
                raise WalkinCodeTaken(
                    name=path.name,
                    walkin=display_name(
                        p.get("given_name", ""), p.get("particle", ""), p.get("family_name", "")
                    ),
                    reg_code=e.code,
                    owner=owner.name,
                )


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
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NoSuchFile(path=path) from None
    except IsADirectoryError:
        raise NotAJournal(name=Path(path).name) from None
    except OSError as exc:
        raise FileUnreadable(path=Path(path).name, detail=exc.strerror or exc) from None
    except UnicodeDecodeError as exc:
        raise JournalUnreadable(name=Path(path).name, detail=exc) from None
    return read_journal(text, Path(path).name)


def read_journal(text: str, name: str) -> dict[str, Any]:
    """A journal document from its text, checked; ``name`` says which in messages."""
    try:
        doc = json_files.loads(text)
    except ValueError as exc:  # not JSON, NaN/Infinity, nested too deeply
        raise JournalUnreadable(name=name, detail=exc) from None
    if not isinstance(doc, dict) or doc.get("format") != JOURNAL_FORMAT:
        raise NotAJournal(name=name)
    version = doc.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise IncompleteJournal(name=name)
    if version > JOURNAL_VERSION:
        raise NewerJournal(name=name)
    if not isinstance(doc.get("entries"), list) or not isinstance(doc.get("event"), str):
        raise IncompleteJournal(name=name)
    return doc
