"""Starting the desktop app: QApplication, translations, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kcdesk import APP_NAME, ORG_NAME, __version__, paths
from kcdesk.ui.errors import translate_error
from kcdesk.ui.translations import install_translations, ui_language

__all__ = ["ensure_app", "install_translations", "run_app", "ui_language"]


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        if (
            not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")
            and sys.platform.startswith("linux")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(sys.argv[:1])
        app.setOrganizationName(ORG_NAME)
        app.setApplicationName(APP_NAME)
        app.setApplicationVersion(__version__)
        app.setApplicationDisplayName("kcdesk")
        icon = paths.icons_dir() / "kcdesk.svg"
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


def run_app(db_path: Path | None) -> int:
    from kcdesk.domain.errors import KcdeskError
    from kcdesk.ui.language import ask_language_once
    from kcdesk.ui.main_window import MainWindow
    from kcdesk.ui.settings import Settings

    app = ensure_app()
    settings = Settings()
    install_translations(app, ui_language(ask_language_once(settings)))
    window = MainWindow(settings)
    target = db_path or (
        Path(settings.last_db) if settings.last_db and Path(settings.last_db).exists() else None
    )
    try:
        window.open_database(target or paths.default_db(), create=target is None)
    except KcdeskError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("MainWindow", "Cannot open the database"), translate_error(exc)
        )
    window.show()
    return app.exec()
