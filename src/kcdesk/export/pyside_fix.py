"""A guard against a PySide6 bug on Python 3.11 that makes kcdesk abort.

PySide6 6.12 on Python 3.11 returns ``None`` from void methods
(``QPainter.drawRect``, ``QTextDocument.setHtml``, ``QLabel.setText``...)
without a new reference, so every such call takes one reference away from
``None``. After a few thousand calls (500 certificate pages, or a long
session in the app) Python aborts with "Fatal Python error: none_dealloc:
deallocating None". Python 3.12 made ``None`` immortal (PEP 683), which hides
the bug there; on 3.11 we give ``None`` a large reserve of references once,
which is what immortality amounts to.

Called when kcdesk.export is imported (the CLI export and the app's notes
screen); the app should call it at start-up too (``kcdesk.ui.app.ensure_app``).
"""

from __future__ import annotations

import sys

_RESERVE = 1 << 40


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every object
    if refcount.value < _RESERVE:
        refcount.value += _RESERVE
