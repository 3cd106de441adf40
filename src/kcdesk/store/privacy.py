"""Queries for privacy requests: all that is linked to one person, erasure, retention.

Erasure keeps a person's row as an anonymous stub (sector kept, ``erased = 1``)
so counts per sector of past events stay right; everything that names or
reaches the person is wiped. :meth:`PrivacyQueries.compact` then removes the
old text from the file itself (FTS segments, free pages, the WAL).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from kcdesk.store import rows
from kcdesk.store.sqlite import Database


class PrivacyQueries:
    def __init__(self, db: Database):
        self.db = db

    # -- access request -------------------------------------------------------
    def person_row(self, person_id: int) -> dict[str, Any] | None:
        return next(self.db.query("SELECT * FROM people WHERE id = ?", [person_id]), None)

    def registrations(self, person_id: int) -> list[dict[str, Any]]:
        """The person's registrations with their event, oldest event first."""
        return list(
            self.db.query(
                """SELECT r.id, r.event_id, r.code, r.status, r.source, r.registered_at,
                          r.checked_in_at, r.station, r.booker_id,
                          e.slug AS event_slug, e.title AS event_title, e.date AS event_date,
                          e.venue_name AS event_venue
                   FROM registrations r JOIN events e ON e.id = r.event_id
                   WHERE r.person_id = ? ORDER BY e.date, e.id""",
                [person_id],
            )
        )

    def journal(self, event_id: int, code: str) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                """SELECT uid, action, station, at, undoes, payload FROM checkin_journal
                   WHERE event_id = ? AND code = ? ORDER BY at, uid""",
                [event_id, code],
            )
        )

    def table_assignments(self, registration_id: int) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                """SELECT i.title AS item_title, t.table_no, t.is_host
                   FROM table_assignments t JOIN programme_items i ON i.id = t.item_id
                   WHERE t.registration_id = ? ORDER BY i.position""",
                [registration_id],
            )
        )

    def programme_parts(self, person_id: int) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                """SELECT pp.part, i.title AS item_title, i.kind AS item_kind,
                          e.slug AS event_slug, e.title AS event_title, e.date AS event_date
                   FROM programme_people pp
                   JOIN programme_items i ON i.id = pp.item_id
                   JOIN events e ON e.id = i.event_id
                   WHERE pp.person_id = ? ORDER BY e.date, i.position""",
                [person_id],
            )
        )

    def quotes(self, person_id: int) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                """SELECT q.*, e.slug AS event_slug, e.title AS event_title, e.date AS event_date
                   FROM quotes q JOIN events e ON e.id = q.event_id
                   WHERE q.person_id = ? ORDER BY e.date, q.id""",
                [person_id],
            )
        )

    def reactions(self, person_id: int) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                """SELECT x.*, e.slug AS event_slug, e.title AS event_title, e.date AS event_date
                   FROM reactions x JOIN events e ON e.id = x.event_id
                   WHERE x.person_id = ? ORDER BY e.date, x.id""",
                [person_id],
            )
        )

    def texts(self) -> list[dict[str, Any]]:
        """Every free text that is not linked to a person (to look for mentions of a name)."""
        return list(
            self.db.query(
                """SELECT 'note' AS kind, n.id, n.event_id, e.title AS event_title, n.author,
                          n.body AS text
                     FROM notes n JOIN events e ON e.id = n.event_id
                   UNION ALL
                   SELECT 'quote', q.id, q.event_id, e.title, q.attribution_name, q.text
                     FROM quotes q JOIN events e ON e.id = q.event_id WHERE q.person_id IS NULL
                   UNION ALL
                   SELECT 'reaction', x.id, x.event_id, e.title, '', x.text
                     FROM reactions x JOIN events e ON e.id = x.event_id WHERE x.person_id IS NULL
                   ORDER BY 3, 1, 2"""
            )
        )

    # -- erasure --------------------------------------------------------------
    def erase_person(self, person_id: int, remove_quotes: bool, anonymous: str = "een deelnemer") -> None:
        """Wipe one person everywhere, keeping an anonymous stub (inside a transaction).

        Kept quotes lose the link and are attributed to ``anonymous``.
        """
        self.db.execute(
            """UPDATE people SET given_name = '', particle = '', family_name = '', email = '',
                  phone = '', organisation = '', job_title = '', notes = '', newsletter = 0,
                  consent_photo = 0, consent_quote = 0, consent_name = 0, erased = 1,
                  sort_key = '', match_key = '', search_text = '', updated_at = ?
               WHERE id = ?""",
            [rows.ts(rows.now()), person_id],
        )
        self.db.execute("DELETE FROM programme_people WHERE person_id = ?", [person_id])
        self.db.execute("DELETE FROM register_memberships WHERE person_id = ?", [person_id])
        if remove_quotes:
            self.db.execute("DELETE FROM quotes WHERE person_id = ?", [person_id])
        else:
            self.db.execute(
                """UPDATE quotes SET person_id = NULL, attribution_name = ?, attribution_role = '',
                      attribution_org = '' WHERE person_id = ?""",
                [anonymous, person_id],
            )
        self.db.execute("UPDATE reactions SET person_id = NULL WHERE person_id = ?", [person_id])
        # walk-in entries carry the name typed at the door: keep only what counts need
        for r in list(
            self.db.query(
                """SELECT j.uid, j.payload, p.sector FROM checkin_journal j
                   JOIN registrations r ON r.event_id = j.event_id AND r.code = j.code
                   JOIN people p ON p.id = r.person_id
                   WHERE r.person_id = ? AND j.payload IS NOT NULL""",
                [person_id],
            )
        ):
            scrubbed = {"erased": True, "sector": r["sector"]}
            self.db.execute(
                "UPDATE checkin_journal SET payload = ? WHERE uid = ?",
                [json.dumps(scrubbed, sort_keys=True), r["uid"]],
            )

    def clear_note_author(self, note_id: int) -> None:
        self.db.execute("UPDATE notes SET author = '' WHERE id = ?", [note_id])

    def counts_by_sector(self) -> list[dict[str, Any]]:
        """Attendance per event and sector (the anonymous counts erasure must keep)."""
        return list(
            self.db.query(
                """SELECT r.event_id, p.sector, count(*) AS registered,
                          sum(r.checked_in_at IS NOT NULL) AS present
                   FROM registrations r JOIN people p ON p.id = r.person_id
                   GROUP BY r.event_id, p.sector ORDER BY r.event_id, p.sector"""
            )
        )

    def compact(self) -> bool:
        """Remove erased text from the file: FTS merge, statistics, VACUUM, WAL truncation.

        Must run outside a transaction. False when another connection kept
        SQLite from finishing (the erasure itself is committed either way).
        """
        try:
            self.db.execute("PRAGMA secure_delete = ON")
            self.db.execute("INSERT INTO people_fts(people_fts) VALUES ('rebuild')")
            has_stat4 = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4'").fetchone()
            if has_stat4:  # sample index keys (emails, names) live here
                self.db.execute("ANALYZE")
            if self.db.conn.in_transaction:
                self.db.conn.commit()
            self.db.execute("VACUUM")
            busy, _, _ = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError as exc:
            if self.db.conn.in_transaction:
                self.db.conn.rollback()
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                return False
            raise
        return busy == 0

    # -- retention ------------------------------------------------------------
    def last_seen(self) -> list[dict[str, Any]]:
        """Every person not yet erased with the date of their last event (None: no events)
        and whether they take part in the programme of an event from ``today`` on."""
        return list(
            self.db.query(
                """SELECT p.id, p.given_name, p.particle, p.family_name, p.organisation,
                          p.email, p.created_at,
                          (SELECT max(coalesce(e.date, '9999-12-31')) FROM registrations r
                             JOIN events e ON e.id = r.event_id WHERE r.person_id = p.id) AS last_event,
                          (SELECT max(coalesce(e.date, '9999-12-31')) FROM programme_people pp
                             JOIN programme_items i ON i.id = pp.item_id
                             JOIN events e ON e.id = i.event_id
                             WHERE pp.person_id = p.id) AS last_programme
                   FROM people p WHERE p.erased = 0 ORDER BY p.sort_key"""
            )
        )
