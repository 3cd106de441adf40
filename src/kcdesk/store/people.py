"""Queries on the people directory and sectors."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from kcdesk.domain.models import Person, Sector
from kcdesk.domain.rows import DirectoryRow, PersonRow, with_name
from kcdesk.store import exact_rows, rows
from kcdesk.store.sqlite import Database

#: SQLite's lower() folds ASCII letters only (no ICU): the same in Python, to compare addresses as the
#: unique index on lower(email) does
_SQL_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def email_key(email: str) -> str:
    """An address as the unique index and :meth:`PeopleQueries.by_email` compare it."""
    email = email.strip()
    return email.lower() if email.isascii() else email.translate(_SQL_LOWER)


class PeopleQueries:
    def __init__(self, db: Database):
        self.db = db
        #: while the search index is deferred: the first id not yet in it, and the trigger's SQL
        self._deferred: tuple[int, str] | None = None

    # -- the search index during bulk inserts -------------------------------------
    @contextlib.contextmanager
    def search_index_deferred(self) -> Iterator[None]:
        """Inside the caller's transaction: people inserted here enter the search index in one
        ``INSERT … SELECT`` at the end, not one trigger run each (an import of 10k rows spent a
        fifth of its time there). The index ends up exactly as the trigger would have left it;
        a rollback undoes the dropped trigger with everything else."""
        if self._deferred is not None or not self.db.conn.in_transaction:
            yield
            return
        row = self.db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'people_ai'"
        ).fetchone()
        if row is None:
            yield
            return
        self.db.execute("DROP TRIGGER people_ai")
        self._deferred = (self.next_id(), row[0])
        try:
            yield
        finally:
            self._end_deferral()

    def next_id(self) -> int:
        """The id SQLite gives the next person inserted without one (the highest plus one)."""
        return self.db.execute("SELECT coalesce(max(id), 0) + 1 FROM people").fetchone()[0]

    def _index_pending(self) -> None:
        """Put the people inserted since the deferral began into the search index."""
        if self._deferred is None:
            return
        first, sql = self._deferred
        self.db.execute(
            "INSERT INTO people_fts(rowid, search_text) SELECT id, search_text FROM people WHERE id >= ?",
            [first],
        )
        self._deferred = (self.next_id(), sql)

    def _end_deferral(self) -> None:
        if self._deferred is None:
            return
        try:
            if self.db.conn.in_transaction:
                self._index_pending()
                self.db.execute(self._deferred[1])
        finally:
            self._deferred = None

    def get(self, person_id: int) -> Person | None:
        r = rows.first(self.db, "SELECT * FROM people WHERE id = ?", [person_id])
        return rows.row_to_person(r) if r else None

    def many(self, ids: list[int]) -> dict[int, Person]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return {
            r["id"]: rows.row_to_person(r)
            for r in self.db.query(f"SELECT * FROM people WHERE id IN ({marks})", ids)
        }

    def by_email(self, email: str) -> Person | None:
        if not email.strip():
            return None
        r = rows.first(
            self.db, "SELECT * FROM people WHERE lower(email) = lower(?) AND email != ''", [email.strip()]
        )
        return rows.row_to_person(r) if r else None

    def by_match_key(self, key: str) -> Person | None:
        r = rows.first(self.db, "SELECT * FROM people WHERE match_key = ? ORDER BY id LIMIT 1", [key])
        return rows.row_to_person(r) if r else None

    def insert(self, p: Person) -> int:
        now = rows.ts(rows.now())
        data = rows.person_to_row(p) | {"created_at": now, "updated_at": now}
        # plain INSERT: sqlite3 caches the prepared statement (imports insert thousands)
        cur = self.db.execute(
            f"INSERT INTO people({', '.join(data)}) VALUES ({', '.join('?' * len(data))})",
            list(data.values()),
        )
        p.id = cur.lastrowid
        return p.id  # type: ignore[return-value]

    #: the columns of :meth:`insert_new`'s rows: a person's row (``rows.person_to_row``), then these
    NEW_ROW_TAIL = ("id", "created_at", "updated_at")

    def insert_new(self, values: list[tuple[Any, ...]]) -> None:
        """Insert new people in one statement: each tuple the values of ``rows.person_to_row``
        followed by id, created_at and updated_at (ids chosen by the caller, from :meth:`next_id`)."""
        if not values:
            return
        cols = (*rows.PERSON_COLUMNS, *self.NEW_ROW_TAIL)
        self.db.conn.executemany(
            f"INSERT INTO people({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", values
        )

    def match_candidates(self, emails: set[str], keys: set[str]) -> list[tuple[int, str, str]]:
        """(id, email, match_key) of whom an import's rows can match (``by_email``, ``by_match_key``):
        the person with each of ``emails`` (each an :func:`email_key`), and the first person (lowest
        id) with each of ``keys``. A few queries for a whole file."""
        found: list[tuple[int, str, str]] = []
        for sql, values in (
            ("SELECT id, email, match_key FROM people WHERE email != '' AND lower(email) IN ({})", emails),
            # SQLite takes the bare columns from the row of min(id)
            ("SELECT min(id), email, match_key FROM people WHERE match_key IN ({}) GROUP BY match_key", keys),
        ):
            for part in exact_rows.chunks(sorted(values)):
                found += self.db.conn.execute(sql.format(",".join("?" * len(part))), list(part)).fetchall()
        return found

    def insert_many(self, people: list[Person]) -> None:
        for p in people:
            self.insert(p)

    def update(self, p: Person) -> None:
        assert p.id is not None
        self._index_pending()
        self.db.table("people").update(p.id, rows.person_to_row(p) | {"updated_at": rows.ts(rows.now())})

    def delete(self, person_id: int) -> None:
        self._end_deferral()
        self.db.execute("DELETE FROM people WHERE id = ?", [person_id])

    def count(self, *, erased: bool = True) -> int:
        """Every person row; with ``erased=False`` only those the directory lists (no erased stubs)."""
        where = "" if erased else " WHERE erased = 0"
        return self.db.execute(f"SELECT count(*) FROM people{where}").fetchone()[0]

    def listing(self) -> list[PersonRow]:
        """Everyone in the directory (erased stubs left out), by family name,
        with the number of events each person attended."""
        return [
            with_name(r)
            for r in self.db.query(
                """SELECT p.*,
                     (SELECT count(*) FROM registrations r WHERE r.person_id = p.id
                        AND r.checked_in_at IS NOT NULL) AS attended
                   FROM people p WHERE p.erased = 0 ORDER BY p.sort_key"""
            )
        ]

    def events_of(self, person_id: int) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                """SELECT e.id, e.slug, e.title, e.date, r.status, r.checked_in_at, r.code
                   FROM registrations r JOIN events e ON e.id = r.event_id
                   WHERE r.person_id = ? ORDER BY e.date DESC""",
                [person_id],
            )
        )

    def programme_parts(self, person_id: int) -> int:
        return self.db.execute(
            "SELECT count(*) FROM programme_people WHERE person_id = ?", [person_id]
        ).fetchone()[0]

    def reassign(self, from_id: int, to_id: int) -> None:
        """Move registrations, quotes, reactions and programme parts to another person."""
        self.db.execute("UPDATE registrations SET person_id = ? WHERE person_id = ?", [to_id, from_id])
        self.db.execute("UPDATE quotes SET person_id = ? WHERE person_id = ?", [to_id, from_id])
        self.db.execute("UPDATE reactions SET person_id = ? WHERE person_id = ?", [to_id, from_id])
        self.db.execute(
            "UPDATE OR IGNORE programme_people SET person_id = ? WHERE person_id = ?", [to_id, from_id]
        )

    # -- undoing a merge or an import (rows exactly as stored) -----------------
    def row(self, person_id: int) -> dict[str, Any] | None:
        return rows.first(self.db, "SELECT * FROM people WHERE id = ?", [person_id])

    def rows_of(self, ids: list[int]) -> list[dict[str, Any]]:
        return exact_rows.select_in(self.db, "people", "id", ids)

    def insert_rows(self, people: list[dict[str, Any]]) -> None:
        """Put people back exactly as they were, ids included."""
        self._end_deferral()  # rows as stored (ids of their own): the trigger again
        exact_rows.insert(self.db, "people", people)

    def insert_row(self, row: dict[str, Any]) -> int:
        """Put one person back as stored (with its id, unless ``row`` has none); returns the id."""
        self._end_deferral()  # rows as stored (ids of their own): the trigger again
        return exact_rows.insert_one(self.db, "people", row)

    def set_columns(self, person_id: int, values: dict[str, Any]) -> None:
        self._end_deferral()  # rows as stored (ids of their own): the trigger again
        exact_rows.update(self.db, "people", "id", person_id, values)

    def delete_many(self, ids: list[int]) -> None:
        self._end_deferral()  # rows as stored (ids of their own): the trigger again
        exact_rows.delete_in(self.db, "people", "id", ids)

    def referenced(self, ids: list[int]) -> set[int]:
        """Those of ``ids`` that a registration, quote, reaction or programme part names."""
        found: set[int] = set()
        for table in ("registrations", "quotes", "reactions", "programme_people"):
            for part in range(0, len(ids), exact_rows.CHUNK):
                chunk = ids[part : part + exact_rows.CHUNK]
                found.update(
                    r[0]
                    for r in self.db.execute(
                        f"SELECT DISTINCT person_id FROM {table} "
                        f"WHERE person_id IN ({','.join('?' * len(chunk))})",
                        chunk,
                    )
                )
        return found

    def quote_ids(self, person_id: int) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM quotes WHERE person_id = ?", [person_id])]

    def reaction_ids(self, person_id: int) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM reactions WHERE person_id = ?", [person_id])]

    def set_quotes_person(self, quote_ids: list[int], person_id: int) -> None:
        for qid in quote_ids:
            self.db.execute("UPDATE quotes SET person_id = ? WHERE id = ?", [person_id, qid])

    def set_reactions_person(self, reaction_ids: list[int], person_id: int) -> None:
        for rid in reaction_ids:
            self.db.execute("UPDATE reactions SET person_id = ? WHERE id = ?", [person_id, rid])

    def programme_rows(self, person_id: int) -> list[dict[str, Any]]:
        """The person's programme parts (item, part, position) as stored."""
        return exact_rows.select_in(self.db, "programme_people", "person_id", [person_id])

    def move_programme_parts(self, parts: list[tuple[int, str]], from_id: int, to_id: int) -> None:
        """Give the (item, part) programme parts of one person to another."""
        for item_id, part in parts:
            self.db.execute(
                "UPDATE programme_people SET person_id = ? WHERE item_id = ? AND part = ? AND person_id = ?",
                [to_id, item_id, part, from_id],
            )

    def insert_programme_rows(self, parts: list[dict[str, Any]]) -> None:
        exact_rows.insert(self.db, "programme_people", parts)

    # -- sectors --------------------------------------------------------------
    def sectors(self) -> list[Sector]:
        return [
            Sector(r["code"], r["label_nl"], r["label_en"], r["position"])
            for r in self.db.query("SELECT * FROM sectors ORDER BY position, code")
        ]

    def save_sector(self, s: Sector) -> None:
        self.db.table("sectors").upsert(
            {"code": s.code, "label_nl": s.label_nl, "label_en": s.label_en, "position": s.position},
            pk="code",
        )

    #: Columns the directory may be sorted by (never user text in ORDER BY).
    DIRECTORY_ORDER = {
        "name": "p.sort_key",
        "organisation": "lower(p.organisation)",
        "sector": "p.sector",
        "email": "lower(p.email)",
        "events": "events",
        "attended": "attended",
        "newsletter": "p.newsletter",
        "consent_photo": "p.consent_photo",
        "consent_quote": "p.consent_quote",
        "consent_name": "p.consent_name",
    }

    def directory(
        self,
        ids: list[int] | None = None,
        order: str = "name",
        descending: bool = False,
        limit: int = 5000,
        offset: int = 0,
    ) -> list[DirectoryRow]:
        """Directory rows (optionally only ``ids``, e.g. search hits) with event counts, sorted in SQL.

        OFFSET paging: a page deep in 100k people costs a scan of all before it; the directory
        model pages by key instead (``directory_keys`` once, then ``directory_rows``).
        """
        where, params = self._directory_where(ids)
        if where is None:
            return []
        col = self.DIRECTORY_ORDER.get(order, "p.sort_key")
        direction = "DESC" if descending else "ASC"
        return [
            with_name(r)
            for r in self.db.query(
                f"""SELECT p.*, {self._COUNTS}
                    FROM people p WHERE {where}
                    ORDER BY {col} {direction}, p.sort_key, p.id LIMIT ? OFFSET ?""",
                [*params, int(limit), int(offset)],
            )
        ]

    _COUNTS = """(SELECT count(*) FROM registrations r WHERE r.person_id = p.id) AS events,
                 (SELECT count(*) FROM registrations r WHERE r.person_id = p.id
                    AND r.checked_in_at IS NOT NULL) AS attended"""

    @staticmethod
    def _directory_where(ids: list[int] | None) -> tuple[str | None, list[int]]:
        if ids is None:
            return "p.erased = 0", []
        if not ids:
            return None, []
        return f"p.erased = 0 AND p.id IN ({','.join('?' * len(ids))})", list(ids)

    def directory_keys(
        self, ids: list[int] | None = None, order: str = "name", descending: bool = False
    ) -> list[int]:
        """The ids of the directory in the order ``directory`` lists them: the keys to page by.

        Sorting by name reads the name index; the event counts are grouped once over the
        registrations instead of counted per person.
        """
        where, params = self._directory_where(ids)
        if where is None:
            return []
        col = self.DIRECTORY_ORDER.get(order, "p.sort_key")
        direction = "DESC" if descending else "ASC"
        if order in ("events", "attended"):
            sql = f"""SELECT p.id FROM people p
                      LEFT JOIN (SELECT person_id, count(*) AS events,
                                        count(checked_in_at) AS attended
                                 FROM registrations GROUP BY person_id) c ON c.person_id = p.id
                      WHERE {where}
                      ORDER BY coalesce(c.{order}, 0) {direction}, p.sort_key, p.id"""
        elif col == "p.sort_key" and not descending:
            sql = f"SELECT p.id FROM people p WHERE {where} ORDER BY p.sort_key, p.id"
        else:
            sql = f"SELECT p.id FROM people p WHERE {where} ORDER BY {col} {direction}, p.sort_key, p.id"
        return [r[0] for r in self.db.execute(sql, params)]

    def directory_rows(self, ids: list[int]) -> list[DirectoryRow]:
        """The directory rows of ``ids`` (a page of keys), in the order of ``ids``."""
        if not ids:
            return []
        found = {
            r["id"]: with_name(r)
            for r in self.db.query(
                f"SELECT p.*, {self._COUNTS} FROM people p WHERE p.id IN ({','.join('?' * len(ids))})",
                list(ids),
            )
        }
        return [found[i] for i in ids if i in found]
