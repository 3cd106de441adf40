"""Did the last session close a database cleanly? Then opening it needs no integrity check.

When a store that was open for writing closes (and SQLite has folded its write-ahead log
back into the file), the file's identity, size and modification time are noted in the
user data folder. The next open compares them: the same file, untouched since, with no
write-ahead log left over, was last seen whole by kcdesk and opens without
``PRAGMA quick_check`` (0.9 s at a million people). Anything else (a crash, a power
cut, another program or a copy writing to it, a file from another computer) gets the
check before anything is written. Opening for writing forgets the note first, so a
session that does not end cleanly leaves none behind.
"""

from __future__ import annotations

import contextlib
import os
import time
import zlib
from pathlib import Path

from kcdesk import paths


def _note(db_path: Path) -> Path:
    name = str(db_path.resolve())
    key = zlib.crc32(name.encode("utf-8", "surrogateescape"))
    return paths.data_dir() / "closed" / f"{key:08x}-{len(name)}.txt"


def _fingerprint(db_path: Path) -> str | None:
    """One line: the file's device, inode, size and modification time, then its path."""
    try:
        st = db_path.stat()
    except OSError:
        return None
    return f"{st.st_dev} {st.st_ino} {st.st_size} {st.st_mtime_ns} {db_path.resolve()}"


def _wal_left(db_path: Path) -> bool:
    try:
        return Path(f"{db_path}-wal").stat().st_size > 0
    except OSError:
        return False


def closed_cleanly(db_path: Path) -> bool:
    """True when ``db_path`` is exactly as kcdesk left it at its last clean close."""
    if _wal_left(db_path):
        return False
    try:
        noted = _note(db_path).read_text(encoding="utf-8", errors="surrogateescape")
    except OSError:
        return False
    return noted == _fingerprint(db_path)


def forget(db_path: Path) -> None:
    """The database is open for writing now: until it closes cleanly, the next open checks it."""
    with contextlib.suppress(OSError):
        _note(db_path).unlink(missing_ok=True)


def note_clean(db_path: Path) -> None:
    """Remember the closed file as whole (when no write-ahead log is left behind).

    File times tick in steps of a few milliseconds, so a write just after ours could leave
    the same modification time. The file's time is therefore set to a random moment within
    the second before: any later write stamps the present, which is never that moment.
    """
    if _wal_left(db_path):
        return
    with contextlib.suppress(OSError):
        st = db_path.stat()
        jitter = int.from_bytes(os.urandom(4), "big") % 999_999_999 + 1
        mark = (time.time_ns() // 1_000_000_000 - 1) * 1_000_000_000 + jitter
        os.utime(db_path, ns=(st.st_atime_ns, mark))
        fingerprint = _fingerprint(db_path)
        if fingerprint is None:
            return
        note = _note(db_path)
        note.parent.mkdir(parents=True, exist_ok=True)
        part = note.with_name(f"{note.name}.{os.getpid()}.part")
        part.write_text(fingerprint, encoding="utf-8", errors="surrogateescape")
        os.replace(part, note)
