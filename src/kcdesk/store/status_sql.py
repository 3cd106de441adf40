"""SQL made from the status rules of domain/enums.py (EXPECTED, SEATED): one place for both."""

from __future__ import annotations

from kcdesk.domain.enums import EXPECTED, SEATED, RegistrationStatus


def status_in(statuses: frozenset[RegistrationStatus], column: str = "r.status") -> str:
    """SQL for "``column`` is one of ``statuses``" (the rules are domain/enums.py's EXPECTED, SEATED)."""
    return f"{column} IN ({', '.join(repr(str(s)) for s in sorted(statuses))})"


EXPECTED_SQL = status_in(EXPECTED)
SEATED_SQL = status_in(SEATED)
