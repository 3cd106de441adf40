"""Turns the store's change notifications into a Qt signal the models listen to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kcdesk.store import Store


class StoreBridge(QObject):
    #: changed(topic, info): emitted after a committed change; topic is one of
    #: "events", "programme", "people", "registrations", "checkins", "content",
    #: "settings" (see Store.subscribe).
    changed = Signal(str, dict)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        store.subscribe(self._on_change)

    def _on_change(self, topic: str, info: dict) -> None:
        self.changed.emit(topic, info)

    def detach(self) -> None:
        self.store.unsubscribe(self._on_change)
