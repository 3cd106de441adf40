"""The one atomic writer: a failed write leaves the old file as it was and no temporary behind.

Problems come out as ``OSError`` naming the file the user chose (never the
temporary one), so the app's file-error messages and the CLI both name it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

#: Suffix of the temporary file beside the target while it is being written.
TEMP_SUFFIX = ".part"


def check_output(path: Path | str) -> Path:
    """``path`` as a file that can be written: not a folder, in a folder that exists.

    Call it before any slow work, so a wrong choice is refused at once.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path))
    return path


def _fsync(path: Path, directory: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        if directory:  # not every system opens folders (Windows): the rename is still atomic
            return
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not directory:
            raise
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_write(
    path: Path | str,
    *,
    private: bool,
    check: Callable[[Path], None] | None = None,
) -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder; on success it replaces ``path``.

    The caller writes the temporary file (by name: Qt writers, SQLite backups
    and exporters all take a path). Then ``check`` (if given) may inspect it
    and raise to refuse it; the file is flushed to disk (fsync) and renamed
    over ``path`` in one step. On any failure the temporary file is removed and
    an existing ``path`` is left intact. ``private`` files (anything holding
    personal data) are readable by their owner only (mode 0600); others get the
    usual mode (0666 minus the umask).
    """
    path = check_output(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    except OSError as exc:
        raise type(exc)(exc.errno, exc.strerror, str(path)) from None
    os.close(fd)
    tmp = Path(name)
    try:
        if not private:  # mkstemp makes 0600
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        yield tmp
        if check is not None:
            check(tmp)
        _fsync(tmp)
        os.replace(tmp, path)
        _fsync(path.parent, directory=True)
    except OSError as exc:
        if str(tmp) in (exc.filename, exc.filename2) or (exc.filename is None and exc.errno is not None):
            raise type(exc)(exc.errno, exc.strerror, str(path)) from None
        raise
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_bytes(path: Path | str, data: bytes, *, private: bool) -> Path:
    """Write ``data`` to ``path`` atomically."""
    with atomic_write(path, private=private) as tmp:
        tmp.write_bytes(data)
    return Path(path).expanduser()


def write_text(path: Path | str, text: str, *, private: bool, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` atomically (no newline translation)."""
    return write_bytes(path, text.encode(encoding), private=private)
