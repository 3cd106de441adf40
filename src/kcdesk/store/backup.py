"""Backup copies made with SQLite's online backup API.

Backups live in a ``<name>-backups`` folder beside the database, so they
travel with it; names carry the time and the reason.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

KEEP_DAILY = 7


def backup_dir(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.stem}-backups")


def backup_to(conn: sqlite3.Connection, dest: Path) -> Path:
    """Copy the open database to ``dest`` (consistent, even while in use)."""
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # backups hold personal data
    tmp = dest.with_suffix(dest.suffix + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    target = sqlite3.connect(str(tmp))
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    os.replace(tmp, dest)
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
