"""Check-in: staff at the door."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from kcdesk.ui.screen import Screen


class CheckinScreen(Screen):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Check-in"))
        layout.addWidget(self.label)

    def title(self) -> str:
        return self.tr("Check-in")
