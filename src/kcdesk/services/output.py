"""Files the engine writes (event and journal exports, badges): checked before any work.

Problems come out as OSError with the target's name (never the temporary
``.part`` file's), so the app's file-error messages and the CLI both name the
file the user chose.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path


def check_output(path: Path | str) -> Path:
    """``path`` as a file that can be written: not a folder, in a folder that exists."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path))
    return path


def write_text_atomic(path: Path | str, text: str) -> None:
    """Write ``text`` beside ``path`` first, then rename: a failed write leaves no half file."""
    path = check_output(path)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise type(exc)(exc.errno, exc.strerror, str(path)) from None
