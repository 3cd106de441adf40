"""The list of events with their counts (the planning screen, ``kcdesk events``): SQL only,
no records made, so listing the events needs neither the models nor the rest of the store."""

from __future__ import annotations

from kcdesk.store.sqlite import Database
from kcdesk.store.status_sql import EXPECTED_SQL

TYPE_CHECKING = False  # typing itself is not imported at run time (start-up of the command line)
if TYPE_CHECKING:
    from typing import Any


class EventListQueries:
    def __init__(self, db: Database):
        self.db = db

    def summaries(self) -> list[dict[str, Any]]:
        """Every event with its series and counts, newest first."""
        return self.summaries_filtered()

    def summaries_filtered(
        self, text: str = "", status: str = "", year: int | None = None
    ) -> list[dict[str, Any]]:
        """Like :meth:`summaries`, filtered in SQL by title/theme/series text, status and year."""
        where, params = ["1"], []
        if text.strip():
            like = f"%{text.strip()}%"
            where.append("(e.title LIKE ? OR e.theme LIKE ? OR s.name LIKE ? OR e.venue_name LIKE ?)")
            params += [like, like, like, like]
        if status:
            where.append("e.status = ?")
            params.append(status)
        if year:
            where.append("substr(e.date, 1, 4) = ?")
            params.append(f"{int(year):04d}")
        return list(
            self.db.query(
                f"""
                SELECT e.*, s.name AS series_name, s.season AS series_season,
                  (SELECT count(*) FROM registrations r WHERE r.event_id = e.id
                     AND {EXPECTED_SQL}) AS registered,
                  (SELECT count(*) FROM registrations r WHERE r.event_id = e.id
                     AND r.checked_in_at IS NOT NULL) AS checked_in,
                  (SELECT count(*) FROM registrations r WHERE r.event_id = e.id
                     AND r.status = 'waitlisted') AS waitlisted
                FROM events e LEFT JOIN series s ON s.id = e.series_id
                WHERE {" AND ".join(where)}
                ORDER BY e.date DESC, e.id DESC
                """,
                params,
            )
        )

    def years(self) -> list[int]:
        return [
            int(r[0])
            for r in self.db.execute(
                "SELECT DISTINCT substr(date, 1, 4) FROM events WHERE date IS NOT NULL ORDER BY 1 DESC"
            )
            if r[0]
        ]
