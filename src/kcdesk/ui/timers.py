"""Small Qt timer helpers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def single_shot(parent: QObject, ms: int, slot: Callable[[], object]) -> QTimer:
    """A reusable single-shot timer: ``start()`` (again) runs ``slot`` once, ``ms`` later."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer
