"""Queries of the mail outbox, the mail settings, waitlist offers and each person's mail language."""

from __future__ import annotations

import json
from typing import Any

from kcdesk.store import rows
from kcdesk.store.sqlite import Database

#: Settings keys of the mail settings (in the ``settings`` table); never a password.
SETTING_PREFIX = "mail."
#: Outbox statuses that count as "this kind went (or goes) to this person".
DONE_OR_PENDING = ("queued", "sending", "sent", "saved")

_OUTBOX_COLUMNS = """o.id, o.event_id, o.person_id, o.code, o.kind, o.lang, o.to_addr, o.to_name,
    o.subject, o.status, o.attempts, o.last_reply, o.message_id, o.next_attempt_at,
    o.created_at, o.updated_at, o.sent_at"""


_OFFERS = """SELECT w.*, r.code, r.person_id, r.status AS registration_status
    FROM waitlist_offers w JOIN registrations r ON r.id = w.registration_id"""


class MailQueries:
    def __init__(self, db: Database):
        self.db = db

    # -- settings --------------------------------------------------------------
    def settings(self) -> dict[str, str]:
        return {
            r["key"][len(SETTING_PREFIX) :]: r["value"]
            for r in self.db.query("SELECT key, value FROM settings WHERE key LIKE 'mail.%'")
        }

    def save_settings(self, values: dict[str, str]) -> None:
        for key, value in values.items():
            self.db.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [SETTING_PREFIX + key, value],
            )

    # -- languages -------------------------------------------------------------
    def languages(self, person_ids: list[int]) -> dict[int, str]:
        if not person_ids:
            return {}
        out: dict[int, str] = {}
        for start in range(0, len(person_ids), 500):
            chunk = person_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            out |= {
                r["person_id"]: r["lang"]
                for r in self.db.query(
                    f"SELECT person_id, lang FROM mail_language WHERE person_id IN ({marks})", chunk
                )
            }
        return out

    def set_language(self, person_id: int, lang: str | None) -> None:
        if lang is None:
            self.db.execute("DELETE FROM mail_language WHERE person_id = ?", [person_id])
            return
        self.db.execute(
            "INSERT INTO mail_language(person_id, lang) VALUES (?, ?) "
            "ON CONFLICT(person_id) DO UPDATE SET lang = excluded.lang",
            [person_id, lang],
        )

    # -- recipients ------------------------------------------------------------
    def invitation_candidates(self, event_id: int) -> list[dict[str, Any]]:
        """People who attended an earlier event, opted in to the newsletter, and are not
        registered for this one; each with the code of their latest attendance."""
        return list(
            self.db.query(
                """SELECT p.id AS person_id, p.given_name, p.particle, p.family_name, p.email,
                          p.newsletter, p.erased,
                          (SELECT r2.code FROM registrations r2 JOIN events e2 ON e2.id = r2.event_id
                            WHERE r2.person_id = p.id AND r2.checked_in_at IS NOT NULL
                            ORDER BY e2.date DESC, r2.id DESC LIMIT 1) AS code
                   FROM people p
                   WHERE p.erased = 0 AND p.newsletter = 1
                     AND EXISTS (SELECT 1 FROM registrations r JOIN events e ON e.id = r.event_id
                                 WHERE r.person_id = p.id AND r.checked_in_at IS NOT NULL
                                   AND r.event_id != :event
                                   AND coalesce(e.date, '') <= coalesce(
                                       (SELECT date FROM events WHERE id = :event), '9999-12-31'))
                     AND NOT EXISTS (SELECT 1 FROM registrations r WHERE r.person_id = p.id
                                     AND r.event_id = :event)
                   ORDER BY p.sort_key""",
                {"event": event_id},
            )
        )

    # -- outbox ----------------------------------------------------------------
    def already(self, event_id: int | None, kind: str) -> set[int]:
        """People who were sent (or have queued) mail of ``kind`` for the event."""
        marks = ",".join("?" * len(DONE_OR_PENDING))
        return {
            r[0]
            for r in self.db.execute(
                f"SELECT person_id FROM outbox WHERE event_id IS ? AND kind = ? AND status IN ({marks})"
                " AND person_id IS NOT NULL",
                [event_id, kind, *DONE_OR_PENDING],
            )
        }

    def insert(self, data: dict[str, Any]) -> int:
        now = rows.ts(rows.now())
        data = dict(data)
        data["attachments"] = json.dumps(data.get("attachments", []))
        data |= {"created_at": now, "updated_at": now}
        cur = self.db.execute(
            f"INSERT INTO outbox({', '.join(data)}) VALUES ({', '.join('?' * len(data))})",
            list(data.values()),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def get(self, mail_id: int) -> dict[str, Any] | None:
        r = rows.first(self.db, "SELECT * FROM outbox WHERE id = ?", [mail_id])
        if r is not None:
            r["attachments"] = json.loads(r["attachments"])
        return r

    def listing(
        self, event_id: int | None = None, status: str | None = None, person_id: int | None = None
    ) -> list[dict[str, Any]]:
        """Outbox rows without their bodies, oldest first."""
        where: list[str] = ["1 = 1"]
        params: list[Any] = []
        if event_id is not None:
            where.append("o.event_id = ?")
            params.append(event_id)
        if status is not None:
            where.append("o.status = ?")
            params.append(status)
        if person_id is not None:
            where.append("o.person_id = ?")
            params.append(person_id)
        return list(
            self.db.query(
                f"""SELECT {_OUTBOX_COLUMNS}, e.slug AS event_slug, e.title AS event_title
                    FROM outbox o LEFT JOIN events e ON e.id = o.event_id
                    WHERE {" AND ".join(where)} ORDER BY o.id""",
                params,
            )
        )

    def due(self, event_id: int | None, now: str, limit: int | None) -> list[int]:
        """Ids of queued mails whose time has come, oldest first."""
        sql = "SELECT id FROM outbox WHERE status = 'queued' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
        params: list[Any] = [now]
        if event_id is not None:
            sql += " AND event_id = ?"
            params.append(event_id)
        sql += " ORDER BY id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [r[0] for r in self.db.execute(sql, params)]

    def later(self, event_id: int | None, now: str) -> int:
        """Queued mails waiting for their next attempt (after a temporary failure)."""
        sql = "SELECT count(*) FROM outbox WHERE status = 'queued' AND next_attempt_at > ?"
        params: list[Any] = [now]
        if event_id is not None:
            sql += " AND event_id = ?"
            params.append(event_id)
        return self.db.execute(sql, params).fetchone()[0]

    def claim(self, mail_id: int) -> bool:
        """Mark a queued mail as being sent (the commit comes before the server sees it)."""
        cur = self.db.execute(
            "UPDATE outbox SET status = 'sending', attempts = attempts + 1, updated_at = ? "
            "WHERE id = ? AND status = 'queued'",
            [rows.ts(rows.now()), mail_id],
        )
        return cur.rowcount == 1

    def set_status(
        self,
        mail_id: int,
        status: str,
        *,
        reply: str | None = None,
        next_attempt_at: str | None = None,
        sent_at: str | None = None,
        expect: tuple[str, ...] | None = None,
    ) -> bool:
        sets = ["status = ?", "updated_at = ?", "next_attempt_at = ?"]
        params: list[Any] = [status, rows.ts(rows.now()), next_attempt_at]
        if reply is not None:
            sets.append("last_reply = ?")
            params.append(reply)
        if sent_at is not None:
            sets.append("sent_at = ?")
            params.append(sent_at)
        sql = f"UPDATE outbox SET {', '.join(sets)} WHERE id = ?"
        params.append(mail_id)
        if expect:
            sql += f" AND status IN ({','.join('?' * len(expect))})"
            params += list(expect)
        return self.db.execute(sql, params).rowcount == 1

    def counts(self, event_id: int | None = None) -> dict[str, int]:
        sql = "SELECT status, count(*) FROM outbox"
        params: list[Any] = []
        if event_id is not None:
            sql += " WHERE event_id = ?"
            params.append(event_id)
        return {r[0]: r[1] for r in self.db.execute(sql + " GROUP BY status", params)}

    def of_person(self, person_id: int) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                """SELECT o.kind, o.to_addr, o.subject, o.status, o.created_at, o.sent_at, o.body_text,
                          e.slug AS event_slug, e.title AS event_title, e.date AS event_date
                   FROM outbox o LEFT JOIN events e ON e.id = o.event_id
                   WHERE o.person_id = ? ORDER BY o.id""",
                [person_id],
            )
        )

    def delete_person(self, person_id: int) -> int:
        """Remove a person's mails and mail language (erasure)."""
        self.db.execute("DELETE FROM mail_language WHERE person_id = ?", [person_id])
        return self.db.execute("DELETE FROM outbox WHERE person_id = ?", [person_id]).rowcount

    # -- waitlist offers ---------------------------------------------------------
    def offers(self, event_id: int, status: str | None = None) -> list[dict[str, Any]]:
        sql = f"{_OFFERS} WHERE w.event_id = ?"
        params: list[Any] = [event_id]
        if status is not None:
            sql += " AND w.status = ?"
            params.append(status)
        return list(self.db.query(sql + " ORDER BY w.id", params))

    def offers_by_id(self, ids: list[int]) -> list[dict[str, Any]]:
        marks = ",".join("?" * len(ids))
        return list(self.db.query(f"{_OFFERS} WHERE w.id IN ({marks})", ids))

    def waitlist_order(self, event_id: int) -> list[int]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM registrations WHERE event_id = ? AND status = 'waitlisted' "
                "ORDER BY registered_at, id",
                [event_id],
            )
        ]

    def insert_offer(self, event_id: int, registration_id: int, offered_at: str, reply_by: str) -> int:
        cur = self.db.execute(
            "INSERT INTO waitlist_offers(event_id, registration_id, offered_at, reply_by) VALUES (?, ?, ?, ?)",
            [event_id, registration_id, offered_at, reply_by],
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def set_offer(self, offer_id: int, status: str, at: str) -> None:
        self.db.execute(
            "UPDATE waitlist_offers SET status = ?, answered_at = ? WHERE id = ? AND status = 'open'",
            [status, at, offer_id],
        )

    def expired_offers(self, event_id: int, now: str) -> list[int]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM waitlist_offers WHERE event_id = ? AND status = 'open' AND reply_by <= ?",
                [event_id, now],
            )
        ]
