"""The list of events with their counts: the planning screen's list, the event choosers of the
other screens, ``kcdesk events``. Reading only; events are made and changed in services/events.py."""

from __future__ import annotations

from kcdesk.store import Store

TYPE_CHECKING = False  # typing itself is not imported at run time (start-up of the command line)
if TYPE_CHECKING:
    from typing import Any


class EventListService:
    def __init__(self, store: Store):
        self.store = store

    def summaries(self) -> list[dict[str, Any]]:
        """Every event with its series, venue and counts (registered, checked in, waitlisted), newest first."""
        return self.store.event_list.summaries()

    def summaries_filtered(
        self, text: str = "", status: str = "", year: int | None = None
    ) -> list[dict[str, Any]]:
        """The event list filtered by title/theme/series/venue text, status and year."""
        return self.store.event_list.summaries_filtered(text, status, year)

    def years(self) -> list[int]:
        """The years that have events, newest first."""
        return self.store.event_list.years()
