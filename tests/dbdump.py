"""Every row of the tables a merge or an import touches: compare a database before and after."""

from __future__ import annotations

import os

TABLES = (
    "people",
    "registrations",
    "quotes",
    "reactions",
    "programme_people",
    "table_assignments",
    "checkin_journal",
)


def dump(store, tables=TABLES) -> dict[str, list[tuple]]:
    """{table: sorted rows}; also checks that the people search index matches the table."""
    db = store.db
    db.execute("INSERT INTO people_fts(people_fts) VALUES ('integrity-check')")
    return {t: sorted((tuple(r) for r in db.execute(f"SELECT * FROM {t}")), key=repr) for t in tables}


def changed(before: dict, after: dict) -> dict[str, tuple[list, list]]:
    """{table: (rows only before, rows only after)} for the tables that differ (readable asserts)."""
    out = {}
    for t in before:
        a, b = set(before[t]), set(after[t])
        if a != b:
            out[t] = (sorted(a - b, key=repr), sorted(b - a, key=repr))
    return out


def scribble(path) -> None:
    """Overwrite bytes of the pages behind the first few (the schema page stays readable)."""
    data = bytearray(path.read_bytes())
    for i in range(4096 * 2 + 100, min(len(data), 4096 * 6), 7):
        data[i] = 0xFF
    path.write_bytes(bytes(data))


def rot_in_place(path) -> None:
    """Damage the file without changing its time, so opening does not notice."""
    st = path.stat()
    scribble(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def mismatch_an_index(path) -> None:
    """Make an index disagree with its table (the quick check at open misses that; the full check does not)."""
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("PRAGMA writable_schema = ON")
    con.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX registrations_booker ON registrations(station)' "
        "WHERE name = 'registrations_booker'"
    )
    con.commit()
    con.close()
