"""Rows read and written exactly as stored: what undo needs to put a change back.

Table and column names come from our own code (never from user input); they are
checked all the same. Long id lists are split so a query never has more
parameters than SQLite allows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from kcdesk.store.sqlite import Database

_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
#: Parameters per statement (SQLite's default limit is 32,766; older builds 999).
CHUNK = 900


def _name(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"not a column or table name: {name!r}")
    return name


def chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """``values`` in parts small enough for one statement's parameters."""
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def select_in(db: Database, table: str, column: str, values: Sequence[Any], **equal: Any) -> list[dict]:
    """Every row of ``table`` whose ``column`` is one of ``values`` (and ``equal`` columns match)."""
    out: list[dict] = []
    extra = "".join(f" AND {_name(c)} = ?" for c in equal)
    for part in chunks(list(values)):
        cur = db.conn.execute(
            f"SELECT * FROM {_name(table)} WHERE {_name(column)} IN ({','.join('?' * len(part))}){extra}",
            [*part, *equal.values()],
        )
        names = [c[0] for c in cur.description]
        out += [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    return out


def delete_in(db: Database, table: str, column: str, values: Sequence[Any]) -> None:
    for part in chunks(list(values)):
        db.conn.execute(
            f"DELETE FROM {_name(table)} WHERE {_name(column)} IN ({','.join('?' * len(part))})",
            list(part),
        )


def insert(db: Database, table: str, rows: Iterable[dict[str, Any]]) -> None:
    """Insert rows exactly as given (ids included)."""
    for row in rows:
        insert_one(db, table, row)


def insert_one(db: Database, table: str, row: dict[str, Any]) -> int:
    """Insert one row as given; returns its rowid (the id SQLite chose when ``row`` has none)."""
    cols = ", ".join(_name(c) for c in row)
    cur = db.conn.execute(
        f"INSERT INTO {_name(table)}({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values())
    )
    return cur.lastrowid  # type: ignore[return-value]


def update(db: Database, table: str, key: str, key_value: Any, values: dict[str, Any]) -> None:
    """Set the given columns of one row back to ``values``."""
    if not values:
        return
    sets = ", ".join(f"{_name(c)} = ?" for c in values)
    db.conn.execute(f"UPDATE {_name(table)} SET {sets} WHERE {_name(key)} = ?", [*values.values(), key_value])
