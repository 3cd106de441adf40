"""Queries on table sessions: who sits at which table of a table-session item."""

from __future__ import annotations

from typing import Any

from kcdesk.store.sqlite import Database
from kcdesk.store.status_sql import SEATED_SQL


class TableQueries:
    def __init__(self, db: Database):
        self.db = db

    def participants(self, event_id: int, present_only: bool = False) -> list[dict[str, Any]]:
        """Registrations that take part: registered (or, with ``present_only``, checked in)."""
        cond = "r.checked_in_at IS NOT NULL" if present_only else SEATED_SQL
        return list(
            self.db.query(
                f"""SELECT r.id AS registration_id, p.id AS person_id, p.given_name, p.particle,
                           p.family_name, p.organisation, p.sector, p.sort_key
                    FROM registrations r JOIN people p ON p.id = r.person_id
                    WHERE r.event_id = ? AND {cond} ORDER BY p.sort_key, r.id""",
                [event_id],
            )
        )

    def assignments(self, item_id: int) -> list[dict[str, Any]]:
        """Seated people of an item, by table, hosts first, then by name."""
        return list(
            self.db.query(
                """SELECT t.table_no, t.is_host, r.id AS registration_id, r.code,
                          p.id AS person_id, p.given_name, p.particle, p.family_name,
                          p.organisation, p.sector, p.sort_key
                   FROM table_assignments t
                   JOIN registrations r ON r.id = t.registration_id
                   JOIN people p ON p.id = r.person_id
                   WHERE t.item_id = ? ORDER BY t.table_no, t.is_host DESC, p.sort_key""",
                [item_id],
            )
        )

    def replace(self, item_id: int, seats: list[tuple[int, int, bool]]) -> None:
        """Replace all seats of an item with (registration_id, table_no, is_host)."""
        self.db.execute("DELETE FROM table_assignments WHERE item_id = ?", [item_id])
        for reg_id, table_no, is_host in seats:
            self.db.execute(
                "INSERT INTO table_assignments(item_id, registration_id, table_no, is_host) VALUES (?, ?, ?, ?)",
                [item_id, reg_id, table_no, int(is_host)],
            )

    def move(self, item_id: int, registration_id: int, table_no: int) -> None:
        self.db.execute(
            """INSERT INTO table_assignments(item_id, registration_id, table_no) VALUES (?, ?, ?)
               ON CONFLICT(item_id, registration_id) DO UPDATE SET table_no = excluded.table_no""",
            [item_id, registration_id, table_no],
        )

    def set_host(self, item_id: int, registration_id: int, is_host: bool) -> None:
        self.db.execute(
            "UPDATE table_assignments SET is_host = ? WHERE item_id = ? AND registration_id = ?",
            [int(is_host), item_id, registration_id],
        )

    def clear(self, item_id: int) -> None:
        self.db.execute("DELETE FROM table_assignments WHERE item_id = ?", [item_id])
