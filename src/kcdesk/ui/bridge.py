"""Turns the database's change notifications into a Qt signal the models listen to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kcdesk.services import Services


class StoreBridge(QObject):
    #: changed(topic, info): emitted after a committed change; topic is one of
    #: "events", "programme", "people", "registrations", "checkins", "content",
    #: "settings" (see Services.subscribe).
    changed = Signal(str, dict)

    def __init__(self, services: Services, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        services.subscribe(self._on_change)

    def _on_change(self, topic: str, info: dict) -> None:
        self.changed.emit(topic, info)

    def detach(self) -> None:
        self.services.unsubscribe(self._on_change)


def stop_listening(bridge: StoreBridge | None, slot) -> None:
    """Disconnect ``slot`` from the bridge's changes (safe when it is gone or not connected)."""
    if bridge is None:
        return
    try:
        bridge.changed.disconnect(slot)
    except (RuntimeError, TypeError):
        pass
