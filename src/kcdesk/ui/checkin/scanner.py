"""Telling a barcode/QR scanner from a person by how fast the keys come.

Scanners that act as keyboards "type" a whole code within a few
milliseconds per key and end with Enter; people need 80 ms or more between
keys. A burst of at least ``min_chars`` keys, none further apart than
``max_gap_ms``, is taken as a scan.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class ScanDetector:
    def __init__(self, max_gap_ms: float = 35.0, min_chars: int = 4,
                 clock: Callable[[], float] = time.monotonic):
        self.max_gap = max_gap_ms / 1000.0
        self.min_chars = min_chars
        self.clock = clock
        self.stamps: list[float] = []

    def key(self) -> None:
        """A printable key arrived in the search field."""
        self.stamps.append(self.clock())

    def reset(self) -> None:
        self.stamps.clear()

    def is_scan(self) -> bool:
        """True if every key since the last reset came in one fast burst."""
        s = self.stamps
        if len(s) < self.min_chars:
            return False
        return all(b - a <= self.max_gap for a, b in zip(s, s[1:], strict=False))
