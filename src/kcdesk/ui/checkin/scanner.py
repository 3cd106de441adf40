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
    def __init__(
        self, max_gap_ms: float = 35.0, min_chars: int = 4, clock: Callable[[], float] = time.monotonic
    ):
        self.max_gap = max_gap_ms / 1000.0
        self.min_chars = min_chars
        self.clock = clock
        self.stamps: list[float] = []

    def key(self) -> None:
        """A printable key arrived in the search field."""
        self.stamps.append(self.clock())

    def reset(self) -> None:
        self.stamps.clear()

    def burst(self) -> int:
        """How many of the last keys came in one fast burst (a scan typed after a name is one too)."""
        s = self.stamps
        if not s:
            return 0
        n = 1
        while n < len(s) and s[-n] - s[-n - 1] <= self.max_gap:
            n += 1
        return n

    def scanned(self, text: str) -> str | None:
        """The scanned code at the end of ``text``, or None if the keys were typed by a person."""
        n = self.burst()
        if n < self.min_chars or n > len(text):
            return None
        return text[-n:].strip() or None
