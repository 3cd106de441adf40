"""Starting the desktop app: QApplication, translations, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kcdesk import APP_NAME, ORG_NAME, __version__, paths
from kcdesk.ui.translations import install_translations, ui_language
from kcdesk.words.errors import translate_error

__all__ = ["ensure_app", "install_translations", "run_app", "ui_language"]


def _no_feature_source_scan() -> None:
    """PySide6 reads the source file of every module imported after it (some 170 at start),
    looking for ``from __feature__ import ...``. kcdesk selects no such feature, so every module
    counts as Qt code without features, which is what the scan would decide for kcdesk's own."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda module: True  # type: ignore[attr-defined]


_no_feature_source_scan()


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
    # however the app ends (the window closed, the session ending), the database closes cleanly:
    # the next start opens it without an integrity check
    app.aboutToQuit.connect(window.close_database)
    window.show()
    if os.environ.get("KCDESK_QUIT_AFTER_PAINT"):
        quit_after_first_paint(app, window)
    return app.exec()


def quit_after_first_paint(app: QApplication, window: QWidget) -> None:
    """Quit once ``window`` has painted and the event loop is idle again (start-up measurements:
    bench/startup.py sets KCDESK_QUIT_AFTER_PAINT and times the whole process)."""

    class _FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    probe = _FirstPaint(window)
    window.installEventFilter(probe)
