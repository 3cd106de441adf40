"""Every row of the tables a merge or an import touches: compare a database before and after."""

from __future__ import annotations

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
