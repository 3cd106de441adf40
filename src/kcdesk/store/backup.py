"""Backup copies made with SQLite's online backup API.

Backups live in a ``<name>-backups`` folder beside the database, so they
travel with it; names carry the time and the reason.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from kcdesk.output.atomic import atomic_write

KEEP_DAILY = 7


def backup_dir(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.stem}-backups")


def backup_to(conn: sqlite3.Connection, dest: Path) -> Path:
    """Copy the open database to ``dest`` (consistent, even while in use)."""
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # backups hold personal data
    with atomic_write(dest, private=True) as tmp:
        target = sqlite3.connect(str(tmp))
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    return dest


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def backup_before_migration(conn: sqlite3.Connection, db_path: Path, version: int) -> Path:
    from kcdesk.store.schema import version_str

    name = f"{db_path.stem}-{_stamp()}-before-v{version_str(version)}{db_path.suffix or '.kcdesk'}"
    return backup_to(conn, backup_dir(db_path) / name)


def daily_backup(conn: sqlite3.Connection, db_path: Path, keep: int = KEEP_DAILY) -> Path | None:
    """Make today's backup if there is none yet; keep the newest ``keep`` dailies."""
    folder = backup_dir(db_path)
    today = dt.date.today().strftime("%Y%m%d")
    suffix = db_path.suffix or ".kcdesk"
    existing = sorted(folder.glob(f"{db_path.stem}-*-daily{suffix}")) if folder.exists() else []
    made = None
    if not any(p.name.startswith(f"{db_path.stem}-{today}") for p in existing):
        made = backup_to(conn, folder / f"{db_path.stem}-{_stamp()}-daily{suffix}")
        existing.append(made)
    for old in sorted(existing)[:-keep]:
        old.unlink(missing_ok=True)
    return made


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_dir(db_path)
    if not folder.exists():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*{db_path.suffix or '.kcdesk'}"), reverse=True)


def restore_into(db_path: Path, source: Path) -> Path:
    """Replace the contents of ``db_path`` with the database ``source``.

    The caller holds the write lock and has no connection of its own open.
    First the current contents are saved as a "before-restore" backup (so a
    restore can itself be undone); then ``source`` is copied in with SQLite's
    backup API, which writes through the database's own journal: a failure
    half-way leaves the database as it was.
    """
    suffix = db_path.suffix or ".kcdesk"
    current = sqlite3.connect(str(db_path))
    try:
        saved = backup_to(current, backup_dir(db_path) / f"{db_path.stem}-{_stamp()}-before-restore{suffix}")
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            src.backup(current)
        finally:
            src.close()
        current.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        current.close()
    return saved
