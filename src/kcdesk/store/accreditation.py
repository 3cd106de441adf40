"""Queries on register memberships (people's register numbers) and event accreditations."""

from __future__ import annotations

from typing import Any

from kcdesk.domain.accreditation import Accreditation, AccreditationStatus, RegisterMembership
from kcdesk.store import exact_rows, rows
from kcdesk.store.sqlite import Database


def _membership(r: dict[str, Any]) -> RegisterMembership:
    return RegisterMembership(r["person_id"], r["register"], r["number"], bool(r["consent"]), r["id"])


def _accreditation(r: dict[str, Any]) -> Accreditation:
    return Accreditation(
        r["event_id"],
        r["register"],
        r["activity_id"],
        r["points"],
        r["hours"],
        AccreditationStatus(r["status"]),
        r["id"],
    )


#: Insert a person's number in a register, or change the one they have (person_id, register,
#: number, consent, created_at, updated_at).
_SAVE_MEMBERSHIP = """INSERT INTO register_memberships(person_id, register, number, consent, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT(person_id, register) DO UPDATE SET number = excluded.number,
        consent = excluded.consent, updated_at = excluded.updated_at"""


class AccreditationQueries:
    def __init__(self, db: Database):
        self.db = db

    # -- memberships ----------------------------------------------------------
    def memberships(self, person_id: int) -> list[RegisterMembership]:
        return [
            _membership(r)
            for r in self.db.query(
                "SELECT * FROM register_memberships WHERE person_id = ? ORDER BY register COLLATE NOCASE",
                [person_id],
            )
        ]

    def membership(self, person_id: int, register: str) -> RegisterMembership | None:
        r = rows.first(
            self.db,
            "SELECT * FROM register_memberships WHERE person_id = ? AND register = ?",
            [person_id, register],
        )
        return _membership(r) if r else None

    def membership_row(self, person_id: int, register: str) -> dict[str, Any] | None:
        return rows.first(
            self.db,
            "SELECT * FROM register_memberships WHERE person_id = ? AND register = ?",
            [person_id, register],
        )

    def save_membership(self, m: RegisterMembership) -> None:
        """Insert or update the person's number in the register."""
        now = rows.ts(rows.now())
        m.id = self.db.execute(
            f"{_SAVE_MEMBERSHIP} RETURNING id", [m.person_id, m.register, m.number, int(m.consent), now, now]
        ).fetchall()[0][0]

    def insert_new(self, values: list[tuple[Any, ...]]) -> None:
        """Numbers of people an import adds, in one statement: (person_id, register, number,
        consent, created_at, updated_at) each, as :meth:`save_membership` stores them."""
        self.db.conn.executemany(_SAVE_MEMBERSHIP, values)

    def delete_membership(self, person_id: int, register: str) -> None:
        self.db.execute(
            "DELETE FROM register_memberships WHERE person_id = ? AND register = ?", [person_id, register]
        )

    def delete_memberships_of(self, person_id: int) -> None:
        self.db.execute("DELETE FROM register_memberships WHERE person_id = ?", [person_id])

    def membership_rows(self, person_id: int) -> list[dict[str, Any]]:
        """The person's memberships exactly as stored (undo of a merge or an import)."""
        return exact_rows.select_in(self.db, "register_memberships", "person_id", [person_id])

    def insert_membership_rows(self, memberships: list[dict[str, Any]]) -> None:
        exact_rows.insert(self.db, "register_memberships", memberships)

    def delete_membership_ids(self, ids: list[int]) -> None:
        exact_rows.delete_in(self.db, "register_memberships", "id", ids)

    def move_memberships(self, from_id: int, to_id: int) -> list[int]:
        """Give one person's memberships to another, except registers the other already has; the moved ids."""
        moved = [
            r[0]
            for r in self.db.execute(
                """SELECT id FROM register_memberships WHERE person_id = ? AND register NOT IN
                     (SELECT register FROM register_memberships WHERE person_id = ?)""",
                [from_id, to_id],
            )
        ]
        for mid in moved:
            self.db.execute("UPDATE register_memberships SET person_id = ? WHERE id = ?", [to_id, mid])
        return moved

    def set_membership_person(self, ids: list[int], person_id: int) -> None:
        for mid in ids:
            self.db.execute("UPDATE register_memberships SET person_id = ? WHERE id = ?", [person_id, mid])

    def register_names(self) -> list[str]:
        """Every register named in a membership or an accreditation."""
        return [
            r[0]
            for r in self.db.execute(
                """SELECT register FROM register_memberships UNION SELECT register FROM accreditations
                   ORDER BY 1 COLLATE NOCASE"""
            )
        ]

    # -- accreditations -------------------------------------------------------
    def accreditations(self, event_id: int) -> list[Accreditation]:
        return [
            _accreditation(r)
            for r in self.db.query(
                "SELECT * FROM accreditations WHERE event_id = ? ORDER BY register COLLATE NOCASE", [event_id]
            )
        ]

    def accreditation(self, event_id: int, register: str) -> Accreditation | None:
        r = rows.first(
            self.db, "SELECT * FROM accreditations WHERE event_id = ? AND register = ?", [event_id, register]
        )
        return _accreditation(r) if r else None

    def save_accreditation(self, a: Accreditation) -> None:
        a.id = self.db.execute(
            """INSERT INTO accreditations(event_id, register, activity_id, points, hours, status)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT(event_id, register) DO UPDATE SET activity_id = excluded.activity_id,
                   points = excluded.points, hours = excluded.hours, status = excluded.status
               RETURNING id""",
            [a.event_id, a.register, a.activity_id, a.points, a.hours, str(a.status)],
        ).fetchall()[0][0]

    def delete_accreditation(self, event_id: int, register: str) -> None:
        self.db.execute(
            "DELETE FROM accreditations WHERE event_id = ? AND register = ?", [event_id, register]
        )

    # -- attendance -----------------------------------------------------------
    def attendees(self, event_id: int, register: str) -> list[dict[str, Any]]:
        """Everyone checked in at the event, by family name, with their number in ``register``
        (``number`` NULL when they have none; ``consent`` 0 when they did not agree to its use)."""
        return list(
            self.db.query(
                """SELECT p.id AS person_id, p.given_name, p.particle, p.family_name, p.organisation,
                          p.job_title, p.erased, r.code, r.checked_in_at, m.number, m.consent
                   FROM registrations r JOIN people p ON p.id = r.person_id
                   LEFT JOIN register_memberships m ON m.person_id = p.id AND m.register = ?
                   WHERE r.event_id = ? AND r.checked_in_at IS NOT NULL
                   ORDER BY p.sort_key, p.id""",
                [register, event_id],
            )
        )

    def numbers_of_event(self, event_id: int) -> list[dict[str, Any]]:
        """Every membership of everyone registered for the event (person, register, number, consent)."""
        return list(
            self.db.query(
                """SELECT m.person_id, m.register, m.number, m.consent
                   FROM register_memberships m JOIN registrations r ON r.person_id = m.person_id
                   WHERE r.event_id = ? ORDER BY m.register COLLATE NOCASE""",
                [event_id],
            )
        )

    _WITHOUT_NUMBER = """FROM registrations r JOIN people p ON p.id = r.person_id
        WHERE r.event_id = ? AND r.checked_in_at IS NOT NULL AND p.erased = 0
          AND NOT EXISTS (
            SELECT 1 FROM register_memberships m
              JOIN accreditations a ON a.register = m.register AND a.event_id = r.event_id
            WHERE m.person_id = p.id AND m.consent = 1)"""

    def without_number(self, event_id: int) -> list[dict[str, Any]]:
        """Checked-in attendees with no consented number in any register that accredited the event."""
        return list(
            self.db.query(
                "SELECT p.id AS person_id, p.given_name, p.particle, p.family_name, p.organisation, r.code "
                f"{self._WITHOUT_NUMBER} ORDER BY p.sort_key, p.id",
                [event_id],
            )
        )

    def count_without_number(self, event_id: int) -> int:
        return self.db.execute(f"SELECT count(*) {self._WITHOUT_NUMBER}", [event_id]).fetchone()[0]
