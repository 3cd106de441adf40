"""Preferences stored in the database itself (they travel with the file).

``retention_months``: how long personal data of a held event is kept; the
privacy commands read the same key.
"""

from __future__ import annotations

from kcdesk.domain.errors import RetentionOutOfRange
from kcdesk.store import Store

RETENTION_KEY = "retention_months"
DEFAULT_RETENTION_MONTHS = 24
RETENTION_RANGE = (1, 120)


class DatabasePreferences:
    def __init__(self, store: Store):
        self.store = store

    @property
    def retention_months(self) -> int:
        raw = self.store.setting(RETENTION_KEY, "")
        try:
            return int(raw) if raw else DEFAULT_RETENTION_MONTHS
        except ValueError:
            return DEFAULT_RETENTION_MONTHS

    def set_retention_months(self, months: int) -> None:
        lo, hi = RETENTION_RANGE
        if not isinstance(months, int) or not lo <= months <= hi:
            raise RetentionOutOfRange(low=lo, high=hi, months=months, field=RETENTION_KEY)
        if months == self.retention_months and self.store.setting(RETENTION_KEY, ""):
            return
        self.store.set_setting(RETENTION_KEY, str(months))
        self.store.notify("settings", key=RETENTION_KEY)
