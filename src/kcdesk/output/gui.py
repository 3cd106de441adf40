"""The one way to get a QGuiApplication for painting and text layout without widgets.

The app has one already; the CLI and the services' PDF writers have none, so
one is made (offscreen when there is no display) and shut down before Python
finalises.
"""

from __future__ import annotations

import atexit
import os
import sys

from PySide6.QtGui import QGuiApplication

_app: QGuiApplication | None = None


def gui_app() -> QGuiApplication:
    """The running (Gui)Application, or a new one: fonts, painting and QTextDocument need it."""
    global _app
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "kcdesk"])
    atexit.register(_release)
    return _app


def _release() -> None:
    """Shut our application down before Python finalises (avoids a crash at exit)."""
    global _app
    import gc

    gc.collect()
    if _app is not None and hasattr(_app, "shutdown"):
        _app.shutdown()
    _app = None
