"""The base of the three screens the main window navigates between."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QWidget

from kcdesk.services import Services
from kcdesk.ui.bridge import StoreBridge


class Screen(QWidget):
    """A screen gets the open database through ``attach`` and lets go in ``detach``."""

    services: Services | None = None
    bridge: StoreBridge | None = None

    def title(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def icon(self) -> QIcon:
        return QIcon()

    def attach(self, services: Services, bridge: StoreBridge) -> None:
        self.services = services
        self.bridge = bridge

    def detach(self) -> None:
        pass

    def release_bridge(self, slot) -> None:
        """Stop listening to the store's changes (safe to call twice)."""
        bridge, self.bridge = getattr(self, "bridge", None), None
        if bridge is not None:
            bridge.changed.disconnect(slot)

    def set_event(self, event_id: int | None) -> None:
        """The event the user is working on (shared by the screens)."""

    def screenshot_dialogs(self) -> list[tuple[str, QWidget]]:
        """Dialogs of this screen, filled and ready, for `kcdesk screenshots` (not shown modally)."""
        return []


def fill_event_combo(combo: QComboBox, rows: list[dict]) -> None:
    """The events (``services.event_list.summaries()``) as "date  title" items with the id as data."""
    from kcdesk.words.dates import short

    combo.clear()
    for r in rows:
        date = short(dt.date.fromisoformat(r["date"])) if r["date"] else ""
        text = f"{date}  {r['title']}".strip()
        combo.addItem(text, r["id"])
        combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
    if not combo.property("titleTip"):  # a narrow chooser shows the start: the whole title on hover
        combo.setProperty("titleTip", True)
        combo.currentTextChanged.connect(combo.setToolTip)
    combo.setToolTip(combo.currentText())


def compact_combos(widget: QWidget, chars: int = 18) -> None:
    """Let combo boxes shrink: long programme titles or names must not widen the window.

    By default a QComboBox asks for the width of its longest item, which made a
    screen 1,100 pixels wide; the full text stays visible in the open list.
    """
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)
