"""The interface's language: kcdesk's own translations and Qt's (its dialogs and buttons)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from kcdesk.words.language import install_ours, use_locale


def ui_language(setting: str = "") -> str:
    """'nl' or 'en': the setting if given, else Dutch unless the system speaks English."""
    if setting in ("nl", "en"):
        return setting
    return "en" if QLocale.system().language() == QLocale.Language.English else "nl"


_installed: list[QTranslator] = []


class MnemonicFallback(QTranslator):
    """Qt's own strings whose shortcut letter moved since its Dutch was made (the file dialog's
    "&Look in:", "Files of &type:"): translated without the ``&``, with the shortcut put back
    on the translation's first letter, so no English is left in Qt's dialogs."""

    def __init__(self, qt: QTranslator, parent=None):
        super().__init__(parent)
        self.qt = qt

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source or "&" not in source or not context or not context.startswith("Q"):
            return None  # no translation here (an empty string would be taken as one)
        plain = self.qt.translate(context, source.replace("&", ""), disambiguation, n)
        return "&" + plain if plain else None


def install_translations(app: QApplication, lang: str) -> None:
    """Load kcdesk's and Qt's own translations for ``lang``.

    English is the source language: kcdesk_en.qm holds only its plural forms, and Qt
    needs no translation.
    """
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    use_locale(lang)
    # Qt asks the translator installed last first: ours, then Qt's own, then the fallback.
    qt = QTranslator(app)
    if lang != "en" and qt.load(
        f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        fallback = MnemonicFallback(qt, app)
        app.installTranslator(fallback)
        app.installTranslator(qt)
        _installed.extend([fallback, qt])
    ours = install_ours(app, lang)
    if ours is not None:
        _installed.append(ours)
