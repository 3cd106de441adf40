"""Numbers for the planning screen's charts (SQL aggregates from the store)."""

from __future__ import annotations

from kcdesk.store import Store


class ChartService:
    def __init__(self, store: Store):
        self.store = store

    def by_sector(self, event_id: int, lang: str = "en") -> list[tuple[str, int, int]]:
        """(sector label, expected, present) per sector of one event, in sector order."""
        sectors = self.store.people.sectors()
        counts = {r["sector"] or "": r for r in self.store.registrations.counts_by_sector(event_id)}
        out = []
        for s in sectors:
            r = counts.pop(s.code, None)
            if r:
                out.append((s.label(lang), r["expected"], r["present"] or 0))
        for code, r in counts.items():
            out.append((code or "?", r["expected"], r["present"] or 0))
        return out

    def series_attendance(self, event_id: int) -> list[tuple[str, int, int]]:
        """(event title, registered, attended) for every event in the series of ``event_id``."""
        event = self.store.events.get(event_id)
        if event is None or event.series_id is None:
            return []
        return [
            (r["title"], r["registered"], r["attended"])
            for r in self.store.events.series_attendance(event.series_id)
        ]

    def series_events(self, event_id: int) -> list[dict]:
        """Every event in the series of ``event_id`` (id, title, date as text, registered,
        attended), oldest first; empty when it has no series."""
        event = self.store.events.get(event_id)
        if event is None or event.series_id is None:
            return []
        return self.store.events.series_attendance(event.series_id)
