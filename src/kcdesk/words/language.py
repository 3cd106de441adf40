"""The command line's language: Dutch where the locale asks for it, else English.

The command line's own output is English (scripts read it); a refusal — the one line on stderr
that tells a person what to fix — is worded as in the app, in the locale's language.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

TYPE_CHECKING = False
if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from kcdesk.domain.errors import KcdeskError

_speaking: list[object] = []  # the QCoreApplication and translator, kept alive


def cli_language(environ: Mapping[str, str] = os.environ) -> str:
    """'nl' or 'en', read as gettext reads the locale: LC_ALL, LC_MESSAGES, LANG (the first set),
    with LANGUAGE's first choice before them unless the locale is C/POSIX."""
    locale = next((environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(v)), "")
    if locale.split(".")[0] in ("C", "POSIX"):
        return "en"
    wanted = (environ.get("LANGUAGE") or "").split(":")[0] or locale
    return "nl" if wanted.lower().startswith("nl") else "en"


def use_locale(lang: str) -> None:
    """Dates and numbers as in ``lang``: Dutch of the Netherlands or British English."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
        if lang == "nl"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )


def install_ours(app: QCoreApplication, lang: str) -> QTranslator | None:
    """kcdesk's own translations for ``lang`` installed in ``app`` (None when there is no .qm)."""
    from PySide6.QtCore import QTranslator

    from kcdesk import paths

    translator = QTranslator(app)
    if not translator.load(str(paths.translations_dir() / f"kcdesk_{lang}.qm")):
        return None
    app.installTranslator(translator)
    return translator


def speak(lang: str) -> None:
    """Translate this process's texts (QCoreApplication.translate) into ``lang``."""
    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler

    app = QCoreApplication.instance()
    if app is None:  # a command's own: Qt's notes (a locale that is not installed) are not for its reader
        qInstallMessageHandler(lambda *_args: None)
        app = QCoreApplication([])
    use_locale(lang)
    _speaking.extend([app, install_ours(app, lang)])


def refusal_text(exc: KcdeskError, environ: Mapping[str, str] = os.environ) -> str:
    """A refusal in the locale's language: the app's words for it in Dutch, else its own English."""
    lang = cli_language(environ)
    if lang == "en":
        return str(exc)
    from kcdesk.words.errors import translate_error

    if not _speaking:
        speak(lang)
    text = translate_error(exc)
    from kcdesk.domain.errors import DatabaseInUseError

    if isinstance(exc, DatabaseInUseError):  # the app asks what to do; a command says it
        from PySide6.QtCore import QCoreApplication

        text += " " + QCoreApplication.translate(
            "InUse", "Close it there first (commands that only read still work)."
        )
    return text
