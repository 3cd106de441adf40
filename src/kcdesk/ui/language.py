"""The first start's question: which language (Nederlands preselected); and switching while running."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kcdesk.ui.settings import Settings

#: Each language is named in itself, so the question reads in either language before one is chosen.
CHOICES = (("nl", "Nederlands"), ("en", "English"))


class LanguageDialog(QDialog):
    """Asked once, on the first start: the choice is remembered in the settings."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("kcdesk")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Kies de taal van kcdesk\nChoose the language of kcdesk"))
        self.buttons: dict[str, QRadioButton] = {}
        for code, name in CHOICES:
            button = QRadioButton(name)
            button.setObjectName(f"language_{code}")
            self.buttons[code] = button
            layout.addWidget(button)
        self.buttons["nl"].setChecked(True)
        self.buttons["nl"].setFocus()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        box.accepted.connect(self.accept)
        layout.addWidget(box)

    def language(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())


def ask_language_once(settings: Settings, ask=None) -> str:
    """The language to start in: the remembered one, else asked now (and remembered).

    ``ask`` returns the chosen code or None (closed without choosing: Dutch, unremembered).
    """
    if settings.language_chosen:
        return settings.language
    if ask is None and (
        os.environ.get("KCDESK_QUIT_AFTER_PAINT")
        or QGuiApplication.platformName() in ("offscreen", "minimal")
    ):
        return "nl"  # nobody can answer (start-up measurements, no display): Dutch, asked next time
    if ask is None:

        def ask() -> str | None:
            dialog = LanguageDialog()
            return dialog.language() if dialog.exec() else None

    chosen = ask()
    if chosen is None:
        return "nl"
    settings.language = chosen
    return chosen


def switch_language(window, lang: str):
    """Show the app in ``lang`` at once: a new main window in the new language replaces ``window``,
    on the same database, screen, event, place and size. Returns the new window."""
    from kcdesk.ui.translations import install_translations, ui_language

    app = QApplication.instance()
    install_translations(app, ui_language(lang))  # type: ignore[arg-type]
    path = window.services.path if window.services is not None else None
    readonly = bool(window.services is not None and window.services.readonly)
    event_id = window.current_event_id()
    screen = window.ui.navigation.currentRow()
    window.remember_window()
    window.close_database()
    new = type(window)(window.settings)
    if path is not None:
        new.open_database(path, readonly=readonly)
    if event_id is not None:
        new.follow_event(event_id)  # each screen on the same event, made now or later
    new.show_screen(screen)
    new.show()
    app._kcdesk_window = new  # type: ignore[union-attr]  # keeps the new window alive
    window.hide()
    window.deleteLater()
    return new
