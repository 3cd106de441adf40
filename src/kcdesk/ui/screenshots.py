"""Screenshots of every screen and dialog, made offscreen (`kcdesk screenshots`).

The database is never changed: the window works on a temporary copy of it
(or on a fresh demo database) with temporary settings.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with open_window(db, lang, size) as (app, window):
        for name, widget in views(app, window, size, tabs=False):
            written.append(_grab(app, widget, out / f"{name}.png"))
    return written


@contextlib.contextmanager
def open_window(db: Path | None, lang: str = "nl", size: tuple[int, int] = SIZE) -> Iterator[tuple[Any, Any]]:
    """(app, main window) in ``lang`` on a temporary copy of ``db`` (a demo database without one)."""
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QLocale, QSettings

    from kcdesk.ui.app import ensure_app, install_translations
    from kcdesk.ui.main_window import MainWindow
    from kcdesk.ui.settings import Settings

    app = ensure_app()
    saved_locale = QLocale()
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
            yield app, window
        finally:
            window.close()
            window.deleteLater()
            _settle(app)
            install_translations(app, "en")  # leave a shared application as it was
            QLocale.setDefault(saved_locale)


def views(app, window, size: tuple[int, int], tabs: bool = True) -> Iterator[tuple[str, Any]]:
    """Each screen (and with ``tabs``, each tab of it) and each dialog, shown at ``size`` or smaller.

    Yields (file name, widget) with the widget shown and laid out. Dialogs keep their own size
    where it fits ``size``, else they are made as small as ``size`` (as a window manager would).
    """
    from PySide6.QtWidgets import QTabWidget

    for i, screen in enumerate(window.screens, start=1):
        window.show_screen(i - 1)
        window.resize(*size)
        _settle(app)
        slug = screen_slug(screen)
        yield f"{i:02d}-{slug}", window
        if tabs:
            for t, tab_widget in enumerate(screen.findChildren(QTabWidget)):
                before = tab_widget.currentIndex()
                for index in range(tab_widget.count()):
                    if index == before or not tab_widget.isVisibleTo(window):
                        continue
                    tab_widget.setCurrentIndex(index)
                    _settle(app)
                    yield f"{i:02d}-{slug}-tab{t}-{index}", window
                tab_widget.setCurrentIndex(before)
        for name, dialog in screen.screenshot_dialogs():
            _fit(app, dialog, size)
            yield f"{i:02d}-{slug}-{name}", dialog
            dialog.close()
    for n, (name, dialog) in enumerate(window.screenshot_dialogs(), start=WINDOW_DIALOGS_FROM):
        _fit(app, dialog, size)
        yield f"{n:02d}-{name}", dialog
        dialog.close()


def _fit(app, widget, size: tuple[int, int]) -> None:
    widget.show()
    _settle(app)
    if widget.width() > size[0] or widget.height() > size[1]:
        widget.resize(min(widget.width(), size[0]), min(widget.height(), size[1]))
        _settle(app)


def layout_problems(window, size: tuple[int, int]) -> list[str]:
    """What does not fit: the window larger than ``size``, or a visible child widget lying
    (partly) outside the window or outside its parent (so it is cut off).

    Content of a scroll area may extend beyond it (it scrolls); windows of their own are
    checked on their own.
    """
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QAbstractScrollArea, QWidget

    problems = []
    name = window.objectName() or type(window).__name__
    if window.width() > size[0] or window.height() > size[1]:
        problems.append(f"{name} is {window.width()}x{window.height()}, larger than {size[0]}x{size[1]}")
    frame = window.rect()
    for child in window.findChildren(QWidget):
        if child.isWindow() or not child.isVisibleTo(window) or _scrolled(child, window, QAbstractScrollArea):
            continue
        rect = QRect(child.mapTo(window, QPoint(0, 0)), child.size())
        parent = child.parentWidget()
        where = ""
        if not frame.contains(rect):
            where = f"outside the window {frame.width()}x{frame.height()}"
        elif parent is not None and parent is not window and not parent.rect().contains(child.geometry()):
            where = f"outside its parent {type(parent).__name__} {parent.width()}x{parent.height()}"
        if where:
            label = child.objectName() or type(child).__name__
            text = getattr(child, "text", None)
            if callable(text) and isinstance(text(), str) and text():
                label += f" '{text()}'"
            problems.append(
                f"{name}: {label} at {rect.x()},{rect.y()} {rect.width()}x{rect.height()} {where}"
            )
    return problems


def _scrolled(widget, window, scroll_area_type) -> bool:
    """Whether ``widget`` is (inside) the content of a scroll area, which may extend beyond it."""
    node = widget
    while node is not None and node is not window:
        parent = node.parentWidget()
        if isinstance(parent, scroll_area_type) and node is parent.viewport():
            return node is not widget
        node = parent
    return False


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
