"""The store's connection: reads on :mod:`sqlite3` itself (rows as dicts), nested transactions,
and row writes through sqlite-utils.

sqlite-utils' import (click, dateutil, pluggy) costs about 100 ms, so it is imported on the first
write (``table()``), not on every start of the app or of a read-only command such as
``kcdesk events``. Writes outside ``atomic()`` commit at once (the connection runs in autocommit
mode); ``atomic()`` is one transaction, a savepoint when nested — sqlite-utils' own ``atomic()``
sees the open transaction and nests as a savepoint too.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterator

TYPE_CHECKING = False  # typing itself is not imported at run time (start-up of the command line)
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    import sqlite_utils
    import sqlite_utils.db

    Params = Sequence[Any] | dict[str, Any] | None
_savepoints = itertools.count(1)


class Database:
    """An sqlite3 connection with ``execute``, ``query`` (rows as dicts), ``atomic`` and ``table``."""

    def __init__(self, conn: sqlite3.Connection):
        conn.isolation_level = None  # autocommit: BEGIN and COMMIT are ours (atomic)
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None

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

    def table(self, name: str) -> sqlite_utils.db.Table:
        """Row writes on one table (``insert``, ``update``, ``upsert``) and its ``columns``, through
        sqlite-utils, which is imported on the first write, not on every start."""
        return self.utils.table(name)

    def __getitem__(self, name: str) -> sqlite_utils.db.Table:
        """``db["people"]``, as in sqlite-utils."""
        return self.table(name)

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils over this same connection (so its writes join ``atomic()``)."""
        if self._utils is None:
            import sqlite_utils

            # no plugins; recursive triggers stay as SQLite has them (off), the same before and
            # after the first write
            self._utils = sqlite_utils.Database(self.conn, execute_plugins=False, recursive_triggers=False)
        return self._utils

    def close(self) -> None:
        self.conn.close()
