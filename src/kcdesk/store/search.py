"""Full-text search over people (FTS5, accent- and case-insensitive, prefix per word).

The indexed text is folded in Python (``domain.names.search_text``) and the
FTS5 tokenizer removes diacritics again, so "zoe" finds "Zoë" and "celik"
finds "Çelik". Name particles are dropped from queries, and "vandijk" is
indexed as one extra word.
"""

from __future__ import annotations

from typing import Any

from kcdesk.domain.names import query_words
from kcdesk.store.sqlite import Database


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression: every word a prefix, all words required."""
    ws = query_words(query)
    if not ws:
        return None
    return " ".join(f'"{w}"*' for w in ws)


def _exact_words(query: str, column: str = "p.search_text") -> tuple[str, list[str]]:
    """An SQL expression counting the query words that match a whole indexed word.

    Ranks "van Dijk" above "Dijkstra" when "dijk" is typed.
    """
    ws = query_words(query)
    if not ws:
        return "0", []
    expr = " + ".join(f"(instr(' ' || {column} || ' ', ?) > 0)" for _ in ws)
    return f"({expr})", [f" {w} " for w in ws]


_DOOR_COLUMNS = """
    r.id AS registration_id, r.code, r.status, r.checked_in_at, r.station, r.booker_id,
    p.id AS person_id, p.given_name, p.particle, p.family_name, p.organisation, p.sector,
    p.email
"""


class SearchQueries:
    def __init__(self, db: Database):
        self.db = db

    def door(
        self, event_id: int, query: str, code: str | None = None, limit: int = 20
    ) -> list[dict[str, Any]]:
        """Registrations of one event matching ``query``; an exact code comes first."""
        results: list[dict[str, Any]] = []
        if code:
            results = list(
                self.db.query(
                    f"""SELECT {_DOOR_COLUMNS} FROM registrations r JOIN people p ON p.id = r.person_id
                        WHERE r.event_id = ? AND r.code = ?""",
                    [event_id, code],
                )
            )
        match = fts_query(query)
        if match:
            seen = {r["registration_id"] for r in results}
            exact, exact_params = _exact_words(query)
            for row in self.db.query(
                f"""SELECT {_DOOR_COLUMNS} FROM people_fts
                    JOIN registrations r ON r.person_id = people_fts.rowid AND r.event_id = ?
                    JOIN people p ON p.id = r.person_id
                    WHERE people_fts MATCH ?
                    ORDER BY r.status IN ('cancelled'), {exact} DESC, people_fts.rank, p.sort_key
                    LIMIT ?""",
                [event_id, match, *exact_params, limit],
            ):
                if row["registration_id"] not in seen:
                    results.append(row)
        return results[:limit]

    def people(self, query: str, limit: int = 200) -> list[int]:
        """Ids of people in the directory matching ``query``, best first."""
        match = fts_query(query)
        if not match:
            return []
        exact, exact_params = _exact_words(query, "people_fts.search_text")
        return [
            r[0]
            for r in self.db.execute(
                f"""SELECT rowid FROM people_fts WHERE people_fts MATCH ?
                   ORDER BY {exact} DESC, rank LIMIT ?""",
                [match, *exact_params, limit],
            )
        ]

    def substring_scan(self, event_id: int, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """The naive way (pretixSCAN's offline search): LIKE '%q%' over name and email.

        Kept only as the benchmark's point of comparison.
        """
        like = f"%{query}%"
        return list(
            self.db.query(
                f"""SELECT {_DOOR_COLUMNS} FROM registrations r JOIN people p ON p.id = r.person_id
                    WHERE r.event_id = ? AND (
                      (p.given_name || ' ' || p.particle || ' ' || p.family_name) LIKE ?
                      OR p.email LIKE ?)
                    LIMIT ?""",
                [event_id, like, like, limit],
            )
        )
