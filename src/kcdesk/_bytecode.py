"""Compiled bytecode for kcdesk's own modules, also where PYTHONDONTWRITEBYTECODE is set.

Without cached bytecode every start compiles each module from source again, and PySide6's
import hook reads the source of every module imported after it. pip compiles an installed
wheel and PyInstaller a bundle; an editable install (a checkout) is compiled here, once
after each change, by the first kcdesk process that starts.
"""

from __future__ import annotations

import os
import sys

PACKAGE = os.path.dirname(os.path.abspath(__file__))


def _pyc(folder: str, name: str) -> str:
    opt = f".opt-{sys.flags.optimize}" if sys.flags.optimize else ""
    return os.path.join(folder, "__pycache__", f"{name[:-3]}.{sys.implementation.cache_tag}{opt}.pyc")


def stale_modules(root: str = PACKAGE) -> list[str]:
    """The modules under ``root`` whose bytecode is missing or older than their source."""
    out = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in ("__pycache__", "_data")]
        for name in files:
            if not name.endswith(".py"):
                continue
            source = os.path.join(folder, name)
            try:
                pyc, src = _pyc(folder, name), os.stat(source)
                fresh = os.stat(pyc).st_mtime >= src.st_mtime or _records(pyc, src)
            except OSError:
                fresh = False
            if not fresh:
                out.append(source)
    return out


def _records(pyc: str, source: os.stat_result) -> bool:
    """Whether the bytecode says it was made from this source (the mtime and size it keeps, as
    Python's import checks): a source dated in the future (a clock that was wrong, files copied
    from another machine) is then not compiled again at every start."""
    with open(pyc, "rb") as f:
        header = f.read(16)
    if len(header) < 16 or int.from_bytes(header[4:8], "little") != 0:  # 0: checked by mtime
        return False
    mtime = int.from_bytes(header[8:12], "little")
    size = int.from_bytes(header[12:16], "little")
    return mtime == int(source.st_mtime) & 0xFFFFFFFF and size == source.st_size & 0xFFFFFFFF


def ensure_compiled(root: str = PACKAGE) -> None:
    """Write the missing bytecode (quietly nothing where the package folder is read-only)."""
    if (
        sys.dont_write_bytecode is False
        or getattr(sys, "frozen", False)
        or sys.implementation.cache_tag is None
    ):
        return
    stale = stale_modules(root)
    if not stale:
        return
    import py_compile

    for source in stale:
        try:
            py_compile.compile(
                source, cfile=_pyc(os.path.dirname(source), os.path.basename(source)), doraise=True
            )
        except (OSError, py_compile.PyCompileError):
            continue
