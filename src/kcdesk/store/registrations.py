"""Queries on registrations: who comes to which event, and their state."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from kcdesk.domain.models import Registration
from kcdesk.domain.rows import RegistrationRow, with_name
from kcdesk.store import exact_rows, rows
from kcdesk.store.sqlite import Database
from kcdesk.store.status_sql import EXPECTED_SQL

#: Columns of a registration joined with its person, for lists and exports.
_JOINED = """
    SELECT r.id, r.event_id, r.person_id, r.code, r.status, r.source, r.registered_at,
           r.checked_in_at, r.station, r.booker_id,
           p.given_name, p.particle, p.family_name, p.email, p.phone, p.organisation,
           p.job_title, p.sector, p.newsletter, p.consent_photo, p.consent_quote,
           p.consent_name, p.sort_key, p.erased
    FROM registrations r JOIN people p ON p.id = r.person_id
"""


class RegistrationQueries:
    def __init__(self, db: Database):
        self.db = db

    def get(self, reg_id: int) -> Registration | None:
        r = next(self.db.query("SELECT * FROM registrations WHERE id = ?", [reg_id]), None)
        return rows.row_to_registration(r) if r else None

    def by_code(self, code: str, event_id: int | None = None) -> Registration | None:
        sql = "SELECT * FROM registrations WHERE code = ?"
        params: list[Any] = [code]
        if event_id is not None:
            sql += " AND event_id = ?"
            params.append(event_id)
        r = rows.first(self.db, sql, params)
        return rows.row_to_registration(r) if r else None

    def for_person(self, event_id: int, person_id: int) -> Registration | None:
        r = rows.first(
            self.db, "SELECT * FROM registrations WHERE event_id = ? AND person_id = ?", [event_id, person_id]
        )
        return rows.row_to_registration(r) if r else None

    def code_exists(self, code: str) -> bool:
        return self.db.execute("SELECT 1 FROM registrations WHERE code = ?", [code]).fetchone() is not None

    def insert_with_code(self, reg: Registration, make_code: Callable[[], str]) -> int:
        """Insert with a code from ``make_code``; the UNIQUE constraint does the checking.

        A clash (one in a billion) fails only this statement, not the
        transaction, and draws another code.
        """
        while True:
            reg.code = make_code()
            try:
                return self.insert(reg)
            except sqlite3.IntegrityError as exc:
                if "registrations.code" not in str(exc):
                    raise

    #: the columns of :meth:`insert_new`'s rows (the others keep their defaults: not checked in)
    NEW_COLUMNS = ("id", "event_id", "person_id", "code", "status", "source", "registered_at")

    def insert_new(self, values: list[tuple[Any, ...]]) -> None:
        """Insert new registrations in one statement, each a tuple of :attr:`NEW_COLUMNS`."""
        if values:
            self.db.conn.executemany(
                f"INSERT INTO registrations({', '.join(self.NEW_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(self.NEW_COLUMNS))})",
                values,
            )

    def next_id(self) -> int:
        """The id SQLite gives the next registration inserted without one (the highest plus one)."""
        return self.db.execute("SELECT coalesce(max(id), 0) + 1 FROM registrations").fetchone()[0]

    def codes_in_use(self, codes: set[str]) -> set[str]:
        """Those of ``codes`` that a registration (of any event) has."""
        used: set[str] = set()
        for part in exact_rows.chunks(sorted(codes)):
            used.update(
                r[0]
                for r in self.db.conn.execute(
                    f"SELECT code FROM registrations WHERE code IN ({','.join('?' * len(part))})", list(part)
                )
            )
        return used

    def insert(self, reg: Registration) -> int:
        reg.id = self.insert_row(rows.registration_to_row(reg))
        return reg.id

    def update(self, reg: Registration) -> None:
        assert reg.id is not None
        self.db.table("registrations").update(reg.id, rows.registration_to_row(reg))

    def delete(self, reg_id: int) -> None:
        self.db.execute("DELETE FROM registrations WHERE id = ?", [reg_id])

    def set_booker(self, reg_id: int, booker_id: int | None) -> None:
        self.db.execute("UPDATE registrations SET booker_id = ? WHERE id = ?", [booker_id, reg_id])

    def move_companions(self, from_id: int, to_id: int) -> None:
        self.db.execute("UPDATE registrations SET booker_id = ? WHERE booker_id = ?", [to_id, from_id])

    def set_person(self, reg_id: int, person_id: int) -> None:
        self.db.execute("UPDATE registrations SET person_id = ? WHERE id = ?", [person_id, reg_id])

    def insert_row(self, row: dict[str, Any]) -> int:
        """Insert a registration exactly as given (event import keeps times and state)."""
        cols = ", ".join(row)
        marks = ", ".join("?" * len(row))
        cur = self.db.execute(f"INSERT INTO registrations({cols}) VALUES ({marks})", list(row.values()))
        return cur.lastrowid  # type: ignore[return-value]

    # -- undoing a merge or an import (rows exactly as stored) -----------------
    def row(self, reg_id: int) -> dict[str, Any] | None:
        return rows.first(self.db, "SELECT * FROM registrations WHERE id = ?", [reg_id])

    def rows_of(self, ids: list[int]) -> list[dict[str, Any]]:
        return exact_rows.select_in(self.db, "registrations", "id", ids)

    def ids_of_person(self, person_id: int) -> list[int]:
        return [
            r[0] for r in self.db.execute("SELECT id FROM registrations WHERE person_id = ?", [person_id])
        ]

    def companion_ids(self, reg_id: int) -> list[int]:
        """Registrations this one booked (companions), by id."""
        return [r[0] for r in self.db.execute("SELECT id FROM registrations WHERE booker_id = ?", [reg_id])]

    def insert_rows(self, regs: list[dict[str, Any]]) -> None:
        """Put registrations back exactly as they were, ids and codes included."""
        exact_rows.insert(self.db, "registrations", regs)

    def set_columns(self, reg_id: int, values: dict[str, Any]) -> None:
        exact_rows.update(self.db, "registrations", "id", reg_id, values)

    def delete_many(self, ids: list[int]) -> None:
        exact_rows.delete_in(self.db, "registrations", "id", ids)

    def seat_rows(self, reg_id: int) -> list[dict[str, Any]]:
        """The registration's table-session seats (deleted with it)."""
        return exact_rows.select_in(self.db, "table_assignments", "registration_id", [reg_id])

    def insert_seat_rows(self, seats: list[dict[str, Any]]) -> None:
        exact_rows.insert(self.db, "table_assignments", seats)

    def set_checkin(self, reg_id: int, status: str, at: str | None, station: str) -> None:
        self.db.execute(
            "UPDATE registrations SET status = ?, checked_in_at = ?, station = ? WHERE id = ?",
            [status, at, station, reg_id],
        )

    def _joined_rows(
        self, where: str, params: list[Any], order_by: str = "p.sort_key"
    ) -> list[RegistrationRow]:
        return [with_name(r) for r in self.db.query(f"{_JOINED} WHERE {where} ORDER BY {order_by}", params)]

    def of_event(self, event_id: int) -> list[RegistrationRow]:
        """Every registration of an event with its person, by family name."""
        return self._joined_rows("r.event_id = ?", [event_id])

    def of_event_by_code(self, event_id: int) -> list[RegistrationRow]:
        """The same, in code order (stable files)."""
        return self._joined_rows("r.event_id = ?", [event_id], "r.code")

    def of_event_with_ids(self, event_id: int, ids: list[int]) -> list[RegistrationRow]:
        marks = ", ".join("?" * len(ids))
        return self._joined_rows(f"r.event_id = ? AND r.id IN ({marks})", [event_id, *ids])

    def not_arrived(self, event_id: int) -> list[RegistrationRow]:
        """Registered and not checked in: the no-shows, at the end of the day."""
        return self._joined_rows(
            "r.event_id = ? AND r.status = 'registered' AND r.checked_in_at IS NULL", [event_id]
        )

    def waiting(self, event_id: int) -> list[RegistrationRow]:
        """Not checked in yet, cancelled and waitlisted left out, in registration order."""
        return self._joined_rows(
            f"r.event_id = ? AND r.checked_in_at IS NULL AND {EXPECTED_SQL}",
            [event_id],
            "r.id",
        )

    def joined(self, reg_id: int) -> RegistrationRow | None:
        row = next(self.db.query(f"{_JOINED} WHERE r.id = ?", [reg_id]), None)
        return with_name(row) if row else None

    def companions(self, reg_id: int) -> list[RegistrationRow]:
        return self._joined_rows("r.booker_id = ?", [reg_id])

    def counts_by_status(self, event_id: int) -> dict[str, int]:
        return {
            r["status"]: r["n"]
            for r in self.db.query(
                "SELECT status, count(*) AS n FROM registrations WHERE event_id = ? GROUP BY status",
                [event_id],
            )
        }

    def counts_by_sector(self, event_id: int) -> list[dict[str, Any]]:
        """Expected and present per sector (cancelled and waitlisted left out)."""
        return list(
            self.db.query(
                f"""SELECT p.sector AS sector,
                          count(*) AS expected,
                          sum(r.checked_in_at IS NOT NULL) AS present
                   FROM registrations r JOIN people p ON p.id = r.person_id
                   WHERE r.event_id = ? AND {EXPECTED_SQL}
                   GROUP BY p.sector ORDER BY p.sector""",
                [event_id],
            )
        )

    def first_waitlisted(self, event_id: int) -> Registration | None:
        r = next(
            self.db.query(
                """SELECT * FROM registrations WHERE event_id = ? AND status = 'waitlisted'
                   ORDER BY registered_at, id LIMIT 1""",
                [event_id],
            ),
            None,
        )
        return rows.row_to_registration(r) if r else None
