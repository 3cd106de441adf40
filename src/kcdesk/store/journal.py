"""The append-only check-in journal (one per station, merged across stations)."""

from __future__ import annotations

import json

from kcdesk.domain.models import JournalEntry
from kcdesk.store import exact_rows, rows
from kcdesk.store.sqlite import Database


class JournalQueries:
    def __init__(self, db: Database):
        self.db = db

    def append(self, entry: JournalEntry) -> bool:
        """Add an entry; False if an entry with this uid is already there."""
        cur = self.db.execute(
            """INSERT OR IGNORE INTO checkin_journal(uid, event_id, code, action, station, at, undoes, payload)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                entry.uid,
                entry.event_id,
                entry.code,
                entry.action,
                entry.station,
                rows.ts(entry.at),
                entry.undoes,
                json.dumps(entry.payload, ensure_ascii=False, sort_keys=True) if entry.payload else None,
            ],
        )
        return cur.rowcount == 1

    def for_code(self, event_id: int, code: str) -> list[JournalEntry]:
        return [
            rows.row_to_journal(r)
            for r in self.db.query(
                "SELECT * FROM checkin_journal WHERE event_id = ? AND code = ? ORDER BY at, uid",
                [event_id, code],
            )
        ]

    def for_event(self, event_id: int) -> list[JournalEntry]:
        return [
            rows.row_to_journal(r)
            for r in self.db.query(
                "SELECT * FROM checkin_journal WHERE event_id = ? ORDER BY at, uid", [event_id]
            )
        ]

    def recent(self, event_id: int, limit: int = 20) -> list[JournalEntry]:
        return [
            rows.row_to_journal(r)
            for r in self.db.query(
                "SELECT * FROM checkin_journal WHERE event_id = ? ORDER BY at DESC, rowid DESC LIMIT ?",
                [event_id, limit],
            )
        ]

    def undone_uids(self, event_id: int) -> set[str]:
        return {
            r[0]
            for r in self.db.execute(
                "SELECT undoes FROM checkin_journal WHERE event_id = ? AND action = 'undo'", [event_id]
            )
        }

    # -- undoing an import (rows exactly as stored) -------------------------------
    def rows_of(self, uids: list[str]) -> list[dict]:
        return exact_rows.select_in(self.db, "checkin_journal", "uid", uids)

    def insert_rows(self, entries: list[dict]) -> None:
        exact_rows.insert(self.db, "checkin_journal", entries)

    def delete_uids(self, uids: list[str]) -> None:
        exact_rows.delete_in(self.db, "checkin_journal", "uid", uids)

    def high_water(self) -> int:
        """The newest entry's rowid: entries written later have a higher one."""
        return self.db.execute("SELECT coalesce(max(rowid), 0) FROM checkin_journal").fetchone()[0]

    def written_since(self, event_id: int, high_water: int) -> list[dict]:
        """Entries of the event written after ``high_water`` (see :meth:`high_water`)."""
        return list(
            self.db.query(
                "SELECT * FROM checkin_journal WHERE rowid > ? AND event_id = ?", [high_water, event_id]
            )
        )
