"""Checking the open database on demand (File › Check database, `kcdesk check`).

Opening runs the quick check only after an unclean close or before an upgrade
(store/clean_close.py); this is the full ``PRAGMA integrity_check`` whenever asked.
"""

from __future__ import annotations

from kcdesk.domain.errors import DatabaseCheckFailed
from kcdesk.store import Store


class IntegrityService:
    def __init__(self, store: Store):
        self.store = store

    def problems(self) -> list[str]:
        """What the check finds (at most 20 lines); empty when the database is whole."""
        return self.store.integrity_problems()

    def check(self) -> None:
        """Raise DatabaseCheckFailed naming the first problem when the database is damaged."""
        found = self.problems()
        if found:
            raise DatabaseCheckFailed(name=self.store.name, detail=found[0])
