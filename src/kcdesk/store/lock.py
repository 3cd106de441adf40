"""One writer per database: a lock file beside the database.

``<name>.kcdesk.lock`` holds who has the database open for writing (program,
host, process id, since when) as JSON. The file is also locked with the
operating system (``fcntl.flock`` on Linux/macOS, ``msvcrt.locking`` on
Windows), which the system releases when a process dies, so a crash never
leaves a lock that blocks the next start on the same computer.

A lock written by another computer (a database on a shared folder) cannot be
checked; the user is told who holds it and may open the database read-only,
or take it over when sure that kcdesk no longer runs there.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import stat
import sys
from pathlib import Path

from kcdesk.domain.errors import DatabaseInUseError, KcdeskError, LockNotCreated, LockUnstable
from kcdesk.domain.errors_safety import KindFolder, KindPipe, KindSpecial, KindSymlink, LockFileNotRegular
from kcdesk.domain.holder import Holder, this_host

_WOULD_BLOCK = {errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK}


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _os_lock(fd: int) -> bool | None:
    """Lock ``fd`` without waiting: True when locked, False when held by someone else,
    None when the file system cannot lock (then the pid check decides)."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows
            import msvcrt

            os.lseek(fd, 1 << 20, os.SEEK_SET)  # lock a byte past the text, so others can read it
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError as exc:
        if exc.errno in _WOULD_BLOCK:
            return False
        return None


def _os_unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":  # pragma: no cover - Windows
            import msvcrt

            os.lseek(fd, 1 << 20, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def read_holder(db_path: Path) -> Holder | None:
    """Who the lock file names, if anyone (no check whether it still runs)."""
    path = lock_path(db_path)
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None  # never read through a symlink or block on a pipe
        return Holder.from_text(path.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None


class DatabaseLock:
    """The write lock of one database; ``release()`` (or closing the store) lets go."""

    def __init__(self, db_path: Path, fd: int, holder: Holder):
        self.db_path = db_path
        self.path = lock_path(db_path)
        self.holder = holder
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            # Remove the file while still holding the OS lock; a waiting opener then
            # notices its file was replaced (see acquire) instead of sharing it.
            if sys.platform != "win32":
                self.path.unlink()
            os.ftruncate(fd, 0)
        _os_unlock(fd)
        os.close(fd)
        if sys.platform == "win32":  # pragma: no cover - Windows cannot unlink an open file
            with contextlib.suppress(OSError):
                self.path.unlink()

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # a forgotten lock must not outlive its store
        with contextlib.suppress(Exception):
            self.release()


def acquire(db_path: Path, program: str = "kcdesk", take_over: bool = False) -> DatabaseLock:
    """Take the write lock of ``db_path`` or raise DatabaseInUseError.

    ``take_over`` ignores a lock written by another computer (only after the
    user confirmed that kcdesk no longer runs there). A live holder on this
    computer is never taken over.
    """
    db_path = Path(db_path)
    path = lock_path(db_path)
    for _attempt in range(5):
        fd = _open_lock_file(db_path, path)
        locked = _os_lock(fd)
        if locked is False:
            holder = read_holder(db_path)
            os.close(fd)
            raise DatabaseInUseError(db_path, holder, can_take_over=False)
        if sys.platform != "win32" and not _same_file(fd, path):
            os.close(fd)  # the holder released and removed the file meanwhile: try again
            continue
        holder = _read_fd(fd)
        if holder is not None and not take_over and _still_held(holder, os_locked=locked is True):
            _os_unlock(fd)
            os.close(fd)
            raise DatabaseInUseError(db_path, holder, can_take_over=not holder.same_host)
        me = Holder(program, this_host(), os.getpid(), dt.datetime.now(dt.UTC).replace(microsecond=0))
        _write_fd(fd, me)
        return DatabaseLock(db_path, fd, me)
    raise LockUnstable(name=db_path.name)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def _kind(mode: int) -> KcdeskError:
    if stat.S_ISLNK(mode):
        return KindSymlink()
    if stat.S_ISDIR(mode):
        return KindFolder()
    if stat.S_ISFIFO(mode):
        return KindPipe()
    return KindSpecial()


def _open_lock_file(db_path: Path, path: Path) -> int:
    """Open the lock file for reading and writing without ever following a symlink.

    A new lock file is created exclusively with mode 0600; an existing one is
    opened only when it is a regular file (a leftover of a crash, or of another
    computer, that acquire() then judges). Anything else in its place (a link
    that would make the lock truncate its target, a folder, a pipe) is refused
    and left alone.
    """
    flags = os.O_RDWR | _NOFOLLOW | _NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    for _attempt in range(5):
        try:
            return os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        except OSError as exc:
            _refuse_open(db_path, path, exc)
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            continue  # removed meanwhile: create it
        if not stat.S_ISREG(st.st_mode):
            raise LockFileNotRegular(lock_name=path.name, kind=_kind(st.st_mode))
        try:
            fd = os.open(path, flags)
        except FileNotFoundError:
            continue
        except OSError as exc:
            if exc.errno == errno.ELOOP:  # replaced by a symlink between lstat and open
                raise LockFileNotRegular(lock_name=path.name, kind=KindSymlink()) from exc
            _refuse_open(db_path, path, exc)
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            os.close(fd)
            raise LockFileNotRegular(lock_name=path.name, kind=_kind(mode))
        return fd
    raise LockUnstable(name=db_path.name)


def _refuse_open(db_path: Path, path: Path, exc: OSError) -> None:
    if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
        raise LockNotCreated(lock_name=path.name, name=db_path.name, detail=exc.strerror) from exc
    raise exc


def _still_held(holder: Holder, os_locked: bool) -> bool:
    """Is a lock named in the file (but not OS-locked by anyone) still valid?"""
    if not holder.same_host:
        return True  # cannot check another computer
    if holder.pid == os.getpid():
        return False  # our own leftover (a store that was never closed)
    if os_locked:
        return False  # the OS would have refused us if that process still held it
    return _pid_alive(holder.pid)


def _same_file(fd: int, path: Path) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _read_fd(fd: int) -> Holder | None:
    os.lseek(fd, 0, os.SEEK_SET)
    data = b""
    while chunk := os.read(fd, 4096):
        data += chunk
        if len(data) > 65536:
            break
    return Holder.from_text(data.decode("utf-8", "replace")) if data.strip() else None


def _write_fd(fd: int, holder: Holder) -> None:
    import json

    data = json.dumps(holder.as_dict()).encode("utf-8")
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, data)
    with contextlib.suppress(OSError):
        os.fsync(fd)
