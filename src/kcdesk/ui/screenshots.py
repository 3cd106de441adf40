"""Screenshots of every screen and dialog, made offscreen (`kcdesk screenshots`).

The database is never changed: the window works on a temporary copy of it
(or on a fresh demo database) with temporary settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from kcdesk.domain.errors import KcdeskError, NotFoundError

SIZE = (1280, 800)
HELD_DEMO_EVENT = "ontmoeting-in-de-buurt"
#: numbers of the main window's own dialogs, after the screens' numbers
WINDOW_DIALOGS_FROM = 90


def _working_copy(db: Path | None, folder: Path) -> Path:
    """A copy of ``db`` (or a new demo database) in ``folder``; the original stays untouched."""
    from kcdesk.services import Services
    from kcdesk.services.demo import load_demo

    target = folder / (db.name if db else "demo.kcdesk")
    if db is None:
        services = Services.open(target, create=True)
        try:
            load_demo(services)
        finally:
            services.close()
        return target
    source = Services.open(db, readonly=True, migrate=False)
    try:
        source.backups.save_copy(target)
    finally:
        source.close()
    return target


def screen_slug(screen) -> str:
    """ "planning" for kcdesk.ui.planning.screen.PlanningScreen: stable, language-free file names."""
    parts = type(screen).__module__.split(".")
    return parts[-2] if len(parts) >= 2 and parts[-1] == "screen" else type(screen).__name__.lower()


def _settle(app, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()


def _grab(app, widget, path: Path) -> Path:
    widget.show()
    _settle(app)
    if not widget.grab().save(str(path)):
        raise KcdeskError(f"cannot write {path}")
    return path


def take_screenshots(
    out: Path, db: Path | None, lang: str = "nl", size: tuple[int, int] = SIZE
) -> list[Path]:
    """Open the main window on a copy of ``db`` and grab every screen and dialog into ``out``."""
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QLocale, QSettings

    from kcdesk.ui.app import ensure_app, install_translations
    from kcdesk.ui.main_window import MainWindow
    from kcdesk.ui.settings import Settings

    out.mkdir(parents=True, exist_ok=True)
    app = ensure_app()
    saved_locale = QLocale()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kcdesk-shots-") as tmp:
        folder = Path(tmp)
        copy = _working_copy(db, folder)
        install_translations(app, lang)
        settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        settings.language = lang
        window = MainWindow(settings)
        try:
            window.resize(*size)
            window.open_database(copy)
            _select_held_event(window)
            window.show()
            _settle(app)
            for i, screen in enumerate(window.screens, start=1):
                window.show_screen(i - 1)
                window.resize(*size)
                _settle(app)
                slug = screen_slug(screen)
                written.append(_grab(app, window, out / f"{i:02d}-{slug}.png"))
                for name, dialog in screen.screenshot_dialogs():
                    written.append(_grab(app, dialog, out / f"{i:02d}-{slug}-{name}.png"))
                    dialog.close()
            for n, (name, dialog) in enumerate(window.screenshot_dialogs(), start=WINDOW_DIALOGS_FROM):
                written.append(_grab(app, dialog, out / f"{n:02d}-{name}.png"))
                dialog.close()
        finally:
            window.close()
            window.deleteLater()
            _settle(app)
            install_translations(app, "en")  # leave a shared application as it was
            QLocale.setDefault(saved_locale)
    return written


def _select_held_event(window) -> None:
    """Show the held demo event where it exists, else leave the screens' own choice."""
    if window.services is None:
        return
    try:
        event = window.services.events.resolve(HELD_DEMO_EVENT)
    except NotFoundError:
        return
    if hasattr(window, "set_event"):
        window.set_event(event.id)
        return
    for screen in window.screens:
        screen.set_event(event.id)


def quiet_offscreen_messages() -> None:
    """Drop what the offscreen platform says about every window (noise in a screenshot run)."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        return  # inside someone else's application (tests): leave its handler alone
    previous = None

    def handler(mode, context, message):
        if message.startswith("This plugin does not support"):
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
