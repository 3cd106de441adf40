"""The door's word index of one event: sorted prefix keys over its registrations, in memory.

A query word finds its registrations by a range of the sorted word list
(every word that starts with it), not by visiting every registration. What a
word finds is kept (the few one- and two-letter prefixes are what staff type
first, and they find the most), so typing on costs an intersection of small
sets. Check-ins only flip a flag; walk-ins add their words; anything else
(imports, edits, erasure, cancellations) rebuilds the event's index on the
next search.

Ranking, best first: cancelled last; found by the name, then by initials
("jh" or "jhof" for Josien Hofs), then by organisation or e-mail; more whole words
typed; particles typed that the name has ("van d"); not checked in yet; and
the store's name order.
"""

from __future__ import annotations

import bisect
import heapq
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kcdesk.domain.names import PARTICLE_WORDS, words
from kcdesk.store.sqlite import Database

#: Where a word was found: the name, the initials, the organisation or e-mail.
NAME, INITIALS, OTHER = 0, 1, 2
#: Cached answers per query word before the cache is emptied (a door types a few thousand).
CACHE_LIMIT = 4096


def door_words(row: dict[str, Any]) -> list[tuple[str, int]]:
    """The words a registration is found by, each with where it comes from.

    The name's words with the particle joined to the family name ("vandijk"),
    the initials of given and family name, or the first initial with the family
    name ("jh", "jhofs"; with a particle also "nvd", "nvandijk"),
    the organisation and the e-mail's local part ("n.vandijk").
    """
    given, particle, family = words(row["given_name"]), words(row["particle"]), words(row["family_name"])
    out = [(w, NAME) for w in given + particle + family]
    if particle and family:
        out.append(("".join(particle + family), NAME))
    if given and family:
        # "jh" or "jhofs" for Josien Hofs; "nvd", "nd", "ndijk" or "nvandijk" for Nicole van Dijk
        first = given[0][0]
        out += [(first + "".join(family), INITIALS), (first + family[0][0], INITIALS)]
        if particle:
            out += [
                (first + "".join(particle + family), INITIALS),
                (first + "".join(w[0] for w in particle) + family[0][0], INITIALS),
            ]
    out += [(w, OTHER) for w in words(row["organisation"] or "")]
    email = row["email"] or ""
    if email:
        out += [(w, OTHER) for w in words(email.split("@", 1)[0])]
    return out


@dataclass
class _Found:
    """What one query word finds: registration position -> (where, whole word)."""

    hits: dict[int, tuple[int, bool]]
    #: for one-word queries: positions by (where, not whole, name order), in groups of equal rank
    groups: list[tuple[tuple[int, bool], list[int]]] = field(default_factory=list)


class DoorIndex:
    """One event's registrations, searchable by the start of any of their words."""

    def __init__(self, event_id: int, rows: Iterable[dict[str, Any]]):
        self.event_id = event_id
        self.ids: list[int] = []
        self.codes: dict[str, int] = {}
        self.positions: dict[int, int] = {}
        self.cancelled: list[bool] = []
        self.arrived: list[bool] = []
        self.order: list[tuple[str, int]] = []  # the store's name order, the same however the index grew
        self.name_words: list[frozenset[str]] = []
        self.posts: dict[str, list[tuple[int, int]]] = {}
        self.keys: list[str] = []
        self._cache: dict[str, _Found] = {}
        self._to_warm: list[str] | None = None  # two-letter starts not found yet
        for row in rows:
            self._add(row)
        self.keys = sorted(self.posts)

    def __len__(self) -> int:
        return len(self.ids)

    # -- keeping current --------------------------------------------------------------
    def _add(self, row: dict[str, Any]) -> list[str]:
        """Index one registration; the words it brought that were not there yet."""
        pos = len(self.ids)
        self.ids.append(row["id"])
        self.codes[row["code"]] = pos
        self.positions[row["id"]] = pos
        self.cancelled.append(row["status"] == "cancelled")
        self.arrived.append(row["checked_in_at"] is not None)
        self.order.append((row["sort_key"], row["id"]))
        ws = door_words(row)
        self.name_words.append(frozenset(w for w, where in ws if where == NAME))
        new = []
        for w, where in dict.fromkeys(ws):
            post = self.posts.get(w)
            if post is None:
                self.posts[w] = post = []
                new.append(w)
            post.append((pos, where))
        return new

    def add(self, row: dict[str, Any]) -> None:
        """A registration made at the door (a walk-in): its words join the index."""
        if row["id"] in self.positions:
            self.set_state(row["id"], row["status"] == "cancelled", row["checked_in_at"] is not None)
            return
        for w in self._add(row):
            bisect.insort(self.keys, w)
        words_of_row = [w for w, _ in door_words(row)]
        for q in [q for q in self._cache if any(w.startswith(q) for w in words_of_row)]:
            del self._cache[q]

    def set_state(self, reg_id: int, cancelled: bool, arrived: bool) -> None:
        pos = self.positions.get(reg_id)
        if pos is None:
            return
        self.arrived[pos] = arrived
        if self.cancelled[pos] != cancelled:
            self.cancelled[pos] = cancelled
            self._cache.clear()  # one-word answers are grouped with cancelled last

    # -- finding ------------------------------------------------------------------------
    def code(self, code: str) -> int | None:
        """The registration id with this code, if it is this event's."""
        pos = self.codes.get(code)
        return self.ids[pos] if pos is not None else None

    def _found(self, q: str) -> _Found:
        found = self._cache.get(q)
        if found is not None:
            return found
        hits: dict[int, tuple[int, bool]] = {}
        keys = self.keys
        lo = bisect.bisect_left(keys, q)
        hi = bisect.bisect_left(keys, q + "\x7f", lo)
        for w in keys[lo:hi]:
            whole = w == q
            for pos, where in self.posts[w]:
                if where == INITIALS and len(q) < 2:
                    continue  # one letter is never taken for initials
                rank = (where, not whole)
                old = hits.get(pos)
                if old is None or rank < old:
                    hits[pos] = rank
        found = _Found({pos: (where, not notwhole) for pos, (where, notwhole) in hits.items()})
        cancelled, order = self.cancelled, self.order
        keyed = sorted(
            (cancelled[pos], where, notwhole, order[pos], pos) for pos, (where, notwhole) in hits.items()
        )
        groups: list[tuple[tuple[int, bool], list[int]]] = []
        last: tuple[bool, int, bool] | None = None
        for c, where, notwhole, _, pos in keyed:
            if (c, where, notwhole) != last:
                groups.append(((where, notwhole), []))
                last = (c, where, notwhole)
            groups[-1][1].append(pos)
        found.groups = groups
        if len(self._cache) >= CACHE_LIMIT:
            self._cache.clear()
        self._cache[q] = found
        return found

    def warm(self) -> None:
        """Find every one-letter start once, before the first person arrives."""
        for q in sorted({w[0] for w in self.keys}):
            self._found(q)

    def warm_more(self, budget_s: float) -> bool:
        """Find two-letter starts (the next most found) for about ``budget_s``; False when all are."""
        deadline = time.perf_counter() + budget_s
        if self._to_warm is None:
            self._to_warm = sorted({w[:2] for w in self.keys if len(w) >= 2}, reverse=True)
        while self._to_warm:
            self._found(self._to_warm.pop())  # at least one per slice
            if self._to_warm and time.perf_counter() > deadline:
                return True
        return False

    def search(self, query_words: list[str], particles: list[str], limit: int) -> list[int]:
        """Registration ids whose words start with every query word, best first."""
        if not query_words:
            return []
        if len(query_words) == 1 and not particles:
            return self._one_word(self._found(query_words[0]), limit)
        founds = sorted((self._found(q) for q in query_words), key=lambda f: len(f.hits))
        first, rest = founds[0].hits, [f.hits for f in founds[1:]]
        cancelled, arrived, names, order = self.cancelled, self.arrived, self.name_words, self.order
        keyed = []
        for pos, (where, whole) in first.items():
            worst, wholes = where, int(whole)
            for other in rest:
                hit = other.get(pos)
                if hit is None:
                    break
                worst = max(worst, hit[0])
                wholes += hit[1]
            else:
                typed = sum(p in names[pos] for p in particles) if particles else 0
                keyed.append((cancelled[pos], worst, -wholes, -typed, arrived[pos], order[pos], pos))
        return [self.ids[k[-1]] for k in heapq.nsmallest(limit, keyed)]

    def _one_word(self, found: _Found, limit: int) -> list[int]:
        """Group by group (already in rank and name order): who has not arrived yet comes first."""
        arrived, out = self.arrived, list[int]()
        for _, group in found.groups:
            waiting = [pos for pos in group if not arrived[pos]]
            out += waiting[: limit - len(out)]
            if len(out) < limit and len(waiting) < len(group):
                out += [pos for pos in group if arrived[pos]][: limit - len(out)]
            if len(out) >= limit:
                break
        return [self.ids[pos] for pos in out]

    def similar(self, query_words: list[str], limit: int) -> list[int]:
        """Typo-tolerant guesses: each word the start of a word or close to a whole word; most alike first."""
        from rapidfuzz import fuzz, process

        scores: dict[int, float] = {}
        for q in query_words:
            mine: dict[int, float] = {pos: 100.0 for pos in self._found(q).hits} if len(q) >= 2 else {}
            if len(q) >= 3:
                for w, score, _ in process.extract(
                    q, self.keys, scorer=fuzz.ratio, score_cutoff=75, limit=50
                ):
                    for pos, where in self.posts[w]:
                        if where != INITIALS and score > mine.get(pos, 0):
                            mine[pos] = score
            for pos, score in mine.items():
                scores[pos] = scores.get(pos, 0.0) + score
        ranked = heapq.nsmallest(
            limit,
            ((self.cancelled[pos], -s, self.arrived[pos], self.order[pos], pos) for pos, s in scores.items()),
        )
        return [self.ids[k[-1]] for k in ranked]


def query_particles(query: str, query_words: list[str]) -> list[str]:
    """Particles typed beside a name ("van d"): names that have them rank higher."""
    return [w for w in words(query) if w in PARTICLE_WORDS and w not in query_words]


class DoorIndexQueries:
    """What the door index is built from and kept current with."""

    def __init__(self, db: Database):
        self.db = db

    def rows(self, event_id: int) -> list[dict[str, Any]]:
        """Every registration of an event with the words it is found by, in name order."""
        return list(
            self.db.query(
                """SELECT r.id, r.code, r.status, r.checked_in_at, p.sort_key,
                          p.given_name, p.particle, p.family_name, p.organisation, p.email
                   FROM registrations r JOIN people p ON p.id = r.person_id
                   WHERE r.event_id = ? ORDER BY p.sort_key, r.id""",
                [event_id],
            )
        )

    def row(self, event_id: int, code: str) -> dict[str, Any] | None:
        return next(
            self.db.query(
                """SELECT r.id, r.code, r.status, r.checked_in_at, p.sort_key,
                          p.given_name, p.particle, p.family_name, p.organisation, p.email
                   FROM registrations r JOIN people p ON p.id = r.person_id
                   WHERE r.event_id = ? AND r.code = ?""",
                [event_id, code],
            ),
            None,
        )

    def found(self, event_id: int, ids: list[int]) -> list[dict[str, Any]]:
        """The door's rows for registration ids (fetched by id, never by scanning the event)."""
        marks = ", ".join("?" * len(ids))
        return list(
            self.db.query(
                f"""SELECT r.id AS registration_id, r.code, r.status, r.checked_in_at, r.station,
                          r.booker_id, r.person_id, p.given_name, p.particle, p.family_name,
                          p.organisation, p.sector, p.email
                   FROM registrations r JOIN people p ON p.id = r.person_id
                   WHERE r.id IN ({marks}) AND +r.event_id = ?""",
                [*ids, event_id],
            )
        )

    def states(self, event_id: int) -> list[tuple[int, str, str, bool]]:
        """(id, code, status, checked in) of every registration of the event."""
        return [
            (r[0], r[1], r[2], bool(r[3]))
            for r in self.db.execute(
                "SELECT id, code, status, checked_in_at IS NOT NULL FROM registrations WHERE event_id = ?",
                [event_id],
            )
        ]
