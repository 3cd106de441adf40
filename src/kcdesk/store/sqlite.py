"""The few things the store needs on top of :mod:`sqlite3`: rows as dicts, nested transactions,
and updating a row by its id.

This replaces sqlite-utils, whose import (click, dateutil, pluggy) cost 100 ms of every start
of the app and of every command. Writes outside ``atomic()`` commit at once (the connection
runs in autocommit mode); ``atomic()`` is one transaction, a savepoint when nested.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

Params = Sequence[Any] | dict[str, Any] | None
_savepoints = itertools.count(1)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _value(value: Any) -> Any:
    return json.dumps(value, default=str) if isinstance(value, dict | list | tuple) else value


class Database:
    """An sqlite3 connection with ``execute``, ``query`` (rows as dicts), ``atomic`` and ``table``."""

    def __init__(self, conn: sqlite3.Connection):
        conn.isolation_level = None  # autocommit: BEGIN and COMMIT are ours (atomic)
        self.conn = conn

    @classmethod
    def memory(cls) -> Database:
        return cls(sqlite3.connect(":memory:"))

    def execute(self, sql: str, params: Params = None) -> sqlite3.Cursor:
        return self.conn.execute(sql) if params is None else self.conn.execute(sql, params)

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        """The rows of ``sql`` as dicts, fetched as they are iterated."""
        cur = self.execute(sql, params)
        keys = [d[0] for d in cur.description or ()]
        return (dict(zip(keys, row, strict=True)) for row in cur)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; inside another, a savepoint that rolls back alone."""
        conn = self.conn
        if conn.in_transaction:
            name = f"kcdesk_{next(_savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                # an error such as a full disk can end the whole transaction, savepoint included
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def table(self, name: str) -> Table:
        return Table(self, name)

    def close(self) -> None:
        self.conn.close()


class Table:
    """Row writes by id on one table (``update``, ``insert``, ``upsert``)."""

    def __init__(self, db: Database, name: str):
        self.db = db
        self.name = name
        self.last_pk: Any = None

    def update(self, pk: Any, values: dict[str, Any], pk_column: str = "id") -> Table:
        """Set ``values`` on the row whose ``pk_column`` is ``pk``; LookupError when there is none."""
        if values:
            sets = ", ".join(f"{_quote(k)} = ?" for k in values)
            cur = self.db.execute(
                f"UPDATE {_quote(self.name)} SET {sets} WHERE {_quote(pk_column)} = ?",
                [*map(_value, values.values()), pk],
            )
            found = cur.rowcount > 0
        else:
            found = (
                self.db.execute(
                    f"SELECT 1 FROM {_quote(self.name)} WHERE {_quote(pk_column)} = ?", [pk]
                ).fetchone()
                is not None
            )
        if not found:
            raise LookupError(f"no row {pk} in {self.name}")
        self.last_pk = pk
        return self

    def insert(self, values: dict[str, Any]) -> Table:
        cols = ", ".join(map(_quote, values))
        cur = self.db.execute(
            f"INSERT INTO {_quote(self.name)} ({cols}) VALUES ({', '.join('?' * len(values))})",
            [_value(v) for v in values.values()],
        )
        self.last_pk = cur.lastrowid
        return self

    def upsert(self, values: dict[str, Any], pk: str) -> Table:
        cols = ", ".join(map(_quote, values))
        sets = ", ".join(f"{_quote(k)} = excluded.{_quote(k)}" for k in values if k != pk)
        self.db.execute(
            f"INSERT INTO {_quote(self.name)} ({cols}) VALUES ({', '.join('?' * len(values))}) "
            f"ON CONFLICT({_quote(pk)}) DO " + (f"UPDATE SET {sets}" if sets else "NOTHING"),
            [_value(v) for v in values.values()],
        )
        self.last_pk = values[pk]
        return self
