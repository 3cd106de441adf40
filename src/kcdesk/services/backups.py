"""Backups of a database: the daily copy when the app opens it, the list, restoring one.

Backups live in ``<name>-backups/`` beside the database (store/backup.py);
their names carry the time and the reason: ``daily``, ``before-v1.0`` (before a
schema upgrade), ``before-restore`` (the contents a restore replaced).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from kcdesk.domain.errors import BackupGone, RestoreFromItself
from kcdesk.store import Store, backup, lock, open_store

KEEP_DAILY = backup.KEEP_DAILY
_NAME = re.compile(r"-(\d{8}-\d{6})-(.+)$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: dt.datetime  # local time, from the name
    reason: str  # "daily", "before-restore", "before-v1.0", ...
    size: int

    @property
    def schema_version(self) -> str | None:
        """ "1.0" for a backup made before upgrading from schema 1.0."""
        m = re.fullmatch(r"before-v(\d+\.\d+)", self.reason)
        return m.group(1) if m else None


def parse_name(path: Path) -> tuple[dt.datetime, str] | None:
    m = _NAME.search(path.stem)
    if not m:
        return None
    try:
        return dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S"), m.group(2)
    except ValueError:
        return None


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first."""
    out = []
    for path in backup.list_backups(Path(db_path)):
        parsed = parse_name(path)
        if parsed is None:
            continue
        out.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(out, key=lambda b: b.made, reverse=True)


def make_daily(store: Store, keep: int = KEEP_DAILY) -> Path | None:
    """Today's backup of an open database, if there is none yet; keeps the newest ``keep``."""
    if store.path is None or store.readonly:
        return None
    return backup.daily_backup(store.db.conn, store.path, keep=max(1, keep))


def restore(db_path: Path, source: Path) -> Path:
    """Replace the database at ``db_path`` with the backup ``source``; returns the
    "before-restore" backup of what was replaced.

    Close your own store first. Refuses a backup that is not a readable kcdesk
    database (or is from a newer kcdesk), and a database another kcdesk has open
    (DatabaseInUseError). Nothing changes when it refuses.
    """
    db_path, source = Path(db_path), Path(source)
    if not source.is_file():
        raise BackupGone(name=source.name)
    if source.resolve() == db_path.resolve():
        raise RestoreFromItself()
    from kcdesk.store.database import check_wal

    check_wal(source)  # a -wal beside the backup would be read with it: it must belong to it
    check = open_store(source, readonly=True, migrate=False)  # identity, integrity, version
    check.close()
    with lock.acquire(db_path):
        check_wal(db_path)  # a stray -wal would be replayed into the database being replaced
        return backup.restore_into(db_path, source)


class BackupService:
    """Backups of the open database: the daily copy, a copy on request, the list."""

    def __init__(self, store: Store):
        self.store = store

    def list(self) -> list[BackupInfo]:
        """This database's backups, newest first (none for an in-memory database)."""
        return list_backups(self.store.path) if self.store.path is not None else []

    def make_daily(self, keep: int = KEEP_DAILY) -> Path | None:
        return make_daily(self.store, keep)

    def save_copy(self, path: Path | str) -> Path:
        """A consistent copy of the open database at ``path`` (readable by its owner only)."""
        return backup.backup_to(self.store.db.conn, Path(path))

    #: Restoring replaces the file under a closed database: see :func:`restore`.
    restore = staticmethod(restore)
