"""Notes & export: writers record notes, quotes and reactions, then export reports."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from kcdesk.ui.screen import Screen


class NotesScreen(Screen):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Notes & export"))
        layout.addWidget(self.label)

    def title(self) -> str:
        return self.tr("Notes & export")
