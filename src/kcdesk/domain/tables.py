"""Table sessions: seat participants so each table mixes sectors and colleagues sit apart.

A pure function, deterministic for a given seed: the same people and seed give
the same tables. Hosts are spread first, one per table; everyone else is placed
greedily, biggest sector first, at the table where they meet the fewest
colleagues (same organisation), then the fewest people of their own sector,
then the fewest people — never above the even share ``ceil(n / tables)``.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass

from kcdesk.domain.errors import NoTablesChosen
from kcdesk.domain.names import fold


@dataclass(frozen=True)
class Seat:
    """A participant to seat: ``key`` is the registration id."""

    key: int
    sector: str = ""
    organisation: str = ""
    is_host: bool = False

    @property
    def org_key(self) -> str:
        return " ".join(fold(self.organisation).split())


def assign_tables(people: list[Seat], tables: int, seed: int = 0) -> dict[int, int]:
    """``{key: table_no}`` with tables numbered from 1."""
    if tables < 1:
        raise NoTablesChosen(field="tables")
    if not people:
        return {}
    rnd = random.Random(seed)
    cap = math.ceil(len(people) / tables)
    at: list[list[Seat]] = [[] for _ in range(tables)]
    out: dict[int, int] = {}

    hosts = sorted((p for p in people if p.is_host), key=lambda p: p.key)
    rest = sorted((p for p in people if not p.is_host), key=lambda p: p.key)
    rnd.shuffle(rest)
    # biggest sector first: the scarce sectors then fill the gaps evenly
    size = Counter(p.sector for p in rest)
    orgs = Counter(p.org_key for p in rest if p.org_key)
    rest.sort(key=lambda p: (-orgs.get(p.org_key, 0) if p.org_key else 0, -size[p.sector]))

    orgs_at: list[Counter[str]] = [Counter() for _ in range(tables)]
    sectors_at: list[Counter[str]] = [Counter() for _ in range(tables)]

    def seat(p: Seat, t: int) -> None:
        at[t].append(p)
        if p.org_key:
            orgs_at[t][p.org_key] += 1
        sectors_at[t][p.sector] += 1
        out[p.key] = t + 1

    for i, h in enumerate(hosts):
        if i < tables:
            seat(h, i)
        else:
            rest.insert(0, h)
    for p in rest:
        open_tables = [t for t in range(tables) if len(at[t]) < cap] or list(range(tables))
        best = min(
            open_tables,
            key=lambda t: (orgs_at[t][p.org_key] if p.org_key else 0, sectors_at[t][p.sector], len(at[t]), t),
        )
        seat(p, best)
    return out


def colleague_conflicts(people: list[Seat], assignment: dict[int, int]) -> list[tuple[int, str]]:
    """(table_no, organisation) for every table where two people of one organisation sit."""
    seen: Counter[tuple[int, str]] = Counter()
    names: dict[str, str] = {}
    for p in people:
        if p.key in assignment and p.org_key:
            seen[(assignment[p.key], p.org_key)] += 1
            names.setdefault(p.org_key, p.organisation.strip())
    return sorted((t, names[o]) for (t, o), n in seen.items() if n > 1)


def colleague_surplus(people: list[Seat], assignment: dict[int, int]) -> int:
    """How many people sit at a table with a colleague, beyond the first of each organisation."""
    seen: Counter[tuple[int, str]] = Counter(
        (assignment[p.key], p.org_key) for p in people if p.key in assignment and p.org_key
    )
    return sum(n - 1 for n in seen.values())


def unavoidable_conflicts(people: list[Seat], tables: int) -> int:
    """The fewest colleague pairs any seating must have: an organisation with more people than tables."""
    orgs = Counter(p.org_key for p in people if p.org_key)
    return sum(max(0, n - tables) for n in orgs.values())
