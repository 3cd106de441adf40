"""Door search: find an event's registrations as staff type or scan.

Names are matched in memory per event (the event's few thousand
registrations), every query word the start of a word; the directory-wide
FTS index serves very large events. A typo-tolerant fallback guesses when
nothing matches.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kcdesk.domain.codes import looks_like_code, normalise_code
from kcdesk.domain.names import PARTICLE_WORDS, query_words, search_text, words
from kcdesk.domain.rows import name_of
from kcdesk.store import Store

#: Events with more registrations than this are searched with the FTS index, not in memory.
IN_MEMORY_LIMIT = 50_000


@dataclass
class _EventNames:
    """An event's registrations' searchable text in memory, for the door search."""

    size: int
    ids: list[int]
    texts: list[str]  # " zoe bakker gemeente zwijndrecht zoe bakker " (folded, space-delimited)
    name_texts: list[str]  # " zoe bakker ", " nicole van dijk vandijk "
    cancelled: list[bool]
    choices: dict[int, str]
    last: tuple[list[str], list[int]] = ([], [])  # the previous query's word starts and hits


def _door_row(r: Mapping[str, Any]) -> dict[str, Any]:
    """A joined registration row in the shape the door search returns."""
    return {
        "registration_id": r["id"],
        "code": r["code"],
        "status": r["status"],
        "checked_in_at": r["checked_in_at"],
        "station": r["station"],
        "booker_id": r["booker_id"],
        "person_id": r["person_id"],
        "given_name": r["given_name"],
        "particle": r["particle"],
        "family_name": r["family_name"],
        "organisation": r["organisation"],
        "sector": r["sector"],
        "email": r["email"],
    }


class DoorSearch:
    """The door search of one open database; keeps each event's names until they change."""

    def __init__(self, store: Store):
        self.store = store
        self._name_cache: dict[int, _EventNames] = {}
        self._subscribed = False

    def search(self, event_id: int, query: str, limit: int = 20, fuzzy: bool = True) -> list[dict[str, Any]]:
        """Registrations matching what was typed or scanned; an exact code first.

        The event's names are matched in memory: every query word must start a
        word of the name, particle-joined name ("vandijk"), organisation or
        email; accents and case do not matter. That is linear in the event's
        registrations (a few thousand at most), where the directory-wide FTS
        index would first find every matching person of a 100k directory.
        Very large events still use the index. A typo-tolerant fallback runs
        when nothing matches (never for code-like text with digits).
        """
        query = query.strip()
        if not query:
            return []
        names = self._names(event_id)
        code = normalise_code(query) if looks_like_code(query) or len(query) >= 4 else None
        if len(names.ids) > IN_MEMORY_LIMIT:
            rows = self.store.search.door(event_id, query, code=code, limit=limit)
        else:
            first = self.store.registrations.by_code(code, event_id) if code else None
            ids: list[int] = [first.id] if first is not None and first.id is not None else []
            ids += [i for i in self._matches(names, query) if i not in ids]
            rows = self._rows(event_id, ids[:limit])
        guessed = False
        if not rows and fuzzy and len(query) >= 3 and not any(c.isdigit() for c in query):
            rows = self._fuzzy(event_id, query, limit)
            guessed = True
        for r in rows:
            r["name"] = name_of(r)
            r["fuzzy"] = guessed  # a typo-tolerant guess, not a match: the door never checks it in unasked
        return rows

    @staticmethod
    def _matches(names: _EventNames, query: str) -> list[int]:
        """Registration ids whose words start with every query word; whole-word hits first."""
        qs = query_words(query)
        if not qs:
            return []
        starts = [" " + q for q in qs]
        whole = [" " + q + " " for q in qs]
        # typing on narrows the last answer: every earlier word grew into one of these
        last_starts, last_hits = names.last
        narrower = last_starts and all(any(n.startswith(o) for n in starts) for o in last_starts)
        pool = last_hits if narrower else range(len(names.texts))
        hits = [i for i in pool if all(w in names.texts[i] for w in starts)]
        names.last = (starts, hits)
        # Rank: cancelled last; found by the name before the organisation; whole words
        # before prefixes; particles typed ("van d": not required) matching; else (the
        # sort is stable) the store's name order. Tuples are built in one comprehension:
        # a key function per hit costs more than the search itself.
        particles = [" " + w + " " for w in words(query) if w in PARTICLE_WORDS and w not in qs]
        texts, name_texts, cancelled = names.texts, names.name_texts, names.cancelled
        if len(starts) == 1 and not particles:
            w, wh = starts[0], whole[0]
            keyed: list[tuple[int, ...]] = [
                (cancelled[i], w not in name_texts[i], wh not in texts[i], k, i) for k, i in enumerate(hits)
            ]
        else:
            keyed = [
                (
                    cancelled[i],
                    not all(w in name_texts[i] for w in starts),
                    -sum(w in texts[i] for w in whole),
                    -sum(w in name_texts[i] for w in particles),
                    k,
                    i,
                )
                for k, i in enumerate(hits)
            ]
        keyed.sort()
        return [names.ids[key[-1]] for key in keyed]

    def prepare(self, event_id: int) -> None:
        """Load what the door search keeps in memory, before the first person arrives."""
        self._names(event_id)

    def _names(self, event_id: int) -> _EventNames:
        """The event's registrations' names, kept until people or registrations change."""
        size = sum(self.store.registrations.counts_by_status(event_id).values())
        cached = self._name_cache.get(event_id)
        if cached is not None and cached.size == size:
            return cached
        if not self._subscribed:
            self.store.subscribe(self._forget_names)
            self._subscribed = True
        regs = self.store.registrations.of_event(event_id)
        names = _EventNames(
            size=size,
            ids=[r["id"] for r in regs],
            texts=[
                " "
                + search_text(r["given_name"], r["particle"], r["family_name"], r["organisation"], r["email"])
                + " "
                for r in regs
            ],
            name_texts=[
                " " + search_text(r["given_name"], r["particle"], r["family_name"]) + " " for r in regs
            ],
            cancelled=[r["status"] == "cancelled" for r in regs],
            choices={i: f"{name_of(r)} {r['organisation']}" for i, r in enumerate(regs)},
        )
        self._name_cache[event_id] = names
        return names

    def _forget_names(self, topic: str, info: dict) -> None:
        if topic in ("people", "registrations", "events"):
            self._name_cache.clear()

    def _rows(self, event_id: int, ids: list[int]) -> list[dict[str, Any]]:
        """Door rows for registration ids, fresh from the store, in the order given."""
        if not ids:
            return []
        found = {r["id"]: r for r in self.store.registrations.of_event_with_ids(event_id, ids)}
        return [_door_row(found[i]) for i in ids if i in found]

    def _fuzzy(self, event_id: int, query: str, limit: int) -> list[dict[str, Any]]:
        """Typo-tolerant fallback ("Hofz" finds "Hofs") when the index finds nothing."""
        from rapidfuzz import fuzz, process, utils

        names = self._names(event_id)
        found = process.extract(
            query,
            names.choices,
            scorer=fuzz.WRatio,
            processor=utils.default_process,
            limit=limit,
            score_cutoff=75,
        )
        return self._rows(event_id, [names.ids[i] for _, _, i in found])
