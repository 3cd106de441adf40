"""Door search: find an event's registrations as staff type or scan.

Each event has a word index in memory (:mod:`kcdesk.store.door_index`):
sorted prefix keys, so a query visits only the registrations its words
find, never every registration. The index is kept current by the store's
change notifications: a check-in flips one flag, a walk-in adds its words,
a merge of other stations' journals refreshes the flags (and adds their
walk-ins); imports, edits and erasure rebuild it on the next search. A
typo-tolerant fallback guesses only when nothing matched.
"""

from __future__ import annotations

from typing import Any

from kcdesk.domain.codes import looks_like_code, normalise_code
from kcdesk.domain.names import query_words
from kcdesk.domain.rows import name_of
from kcdesk.store import Store
from kcdesk.store.door_index import DoorIndex, query_particles


class DoorSearch:
    """The door search of one open database; keeps each event's index current."""

    def __init__(self, store: Store):
        self.store = store
        self._indexes: dict[int, DoorIndex] = {}
        self._codes: dict[int, set[str]] = {}  # codes whose state changed, per event
        self._stale: set[int] = set()  # events whose every state may have changed
        self._subscribed = False

    def search(self, event_id: int, query: str, limit: int = 20, fuzzy: bool = True) -> list[dict[str, Any]]:
        """Registrations matching what was typed or scanned; an exact code first.

        Every query word must start a word of the name, the particle-joined
        name ("vandijk"), the initials ("jh"), organisation or e-mail; accents
        and case do not matter. Cancelled registrations come last, and who has
        not arrived yet comes before who has, for the same match. A
        typo-tolerant fallback runs when nothing matches (never for text with
        digits).
        """
        query = query.strip()
        if not query:
            return []
        index = self.index(event_id)
        ids: list[int] = []
        if looks_like_code(query) or len(query) >= 4:
            first = index.code(normalise_code(query))
            if first is not None:
                ids.append(first)
        qs = query_words(query)
        ids += [i for i in index.search(qs, query_particles(query, qs), limit) if i not in ids]
        rows = self._rows(event_id, ids[:limit])
        guessed = False
        if not rows and fuzzy and len(query) >= 3 and not any(c.isdigit() for c in query):
            rows = self._rows(event_id, index.similar(qs, limit))
            guessed = True
        for r in rows:
            r["name"] = name_of(r)
            r["fuzzy"] = guessed  # a typo-tolerant guess, not a match: the door never checks it in unasked
        return rows

    def prepare(self, event_id: int) -> None:
        """Build the event's index before the first person arrives."""
        self.index(event_id).warm()

    def warm_more(self, event_id: int, budget_s: float = 0.01) -> bool:
        """Prepare more answers while the door is idle (a slice of ``budget_s``); False when done."""
        return self.index(event_id).warm_more(budget_s)

    def index(self, event_id: int) -> DoorIndex:
        """The event's index, brought up to date with the changes notified since the last search."""
        index = self._indexes.get(event_id)
        if index is None:
            if not self._subscribed:
                self.store.subscribe(self._changed)
                self._subscribed = True
            index = DoorIndex(event_id, self.store.door_index.rows(event_id))
            self._indexes[event_id] = index
            self._codes.pop(event_id, None)
            self._stale.discard(event_id)
        elif event_id in self._stale:
            self._stale.discard(event_id)
            self._codes.pop(event_id, None)
            for reg_id, code, status, arrived in self.store.door_index.states(event_id):
                if reg_id in index.positions:
                    index.set_state(reg_id, status == "cancelled", arrived)
                else:  # a walk-in another station made, merged from its journal
                    self._refresh(index, code)
        else:
            for code in self._codes.pop(event_id, ()):
                self._refresh(index, code)
        return index

    def _refresh(self, index: DoorIndex, code: str) -> None:
        row = self.store.door_index.row(index.event_id, code)
        if row is not None:
            index.add(row)

    def _changed(self, topic: str, info: dict) -> None:
        event_id = info.get("event_id")
        if topic == "checkins" or (topic == "people" and info.get("walkin")):
            code = info.get("code")
            if event_id is None:
                self._stale.update(self._indexes)
            elif code:
                self._codes.setdefault(event_id, set()).add(code)
            else:
                self._stale.add(event_id)
        elif topic == "registrations" and event_id is not None:
            self._indexes.pop(event_id, None)
        elif topic in ("people", "registrations", "events"):
            self._indexes.clear()

    def _rows(self, event_id: int, ids: list[int]) -> list[dict[str, Any]]:
        """Door rows for registration ids, fresh from the store, in the order given."""
        if not ids:
            return []
        found = {r["registration_id"]: r for r in self.store.door_index.found(event_id, ids)}
        return [found[i] for i in ids if i in found]
