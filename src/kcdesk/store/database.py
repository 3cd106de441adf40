"""Opening, checking and migrating a kcdesk database file.

Every connection gets foreign keys on, WAL and a busy timeout. The file is
identified by ``PRAGMA application_id``; its schema version is checked before
anything is written, and a backup is taken before any migration.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path

from kcdesk.domain.errors import (
    DatabaseBusy,
    DatabaseCannotOpen,
    DatabaseCheckFailed,
    DatabaseDamaged,
    DatabaseError,
    DatabaseExists,
    DatabaseFileReadOnly,
    DatabaseIsFolder,
    DatabaseProblem,
    DatabaseTooNew,
    DiskError,
    DiskFull,
    FolderMissing,
    NoDatabase,
    NotKcdeskDatabase,
    NoWalMode,
    OpenReadOnly,
    UpgradeNeedsWriting,
)
from kcdesk.domain.errors_safety import (
    DatabaseNotAFile,
    DatabaseVersionDamaged,
    StrayWal,
    UnreadableWal,
    WalFailsCheck,
    WalNotALog,
    WalOtherPageSize,
    WalUncheckable,
)
from kcdesk.store import clean_close, schema
from kcdesk.store.sqlite import Database

TYPE_CHECKING = False  # typing itself is not imported at run time (start-up of the command line)
if TYPE_CHECKING:
    from kcdesk.store import lock
    from kcdesk.store.accreditation import AccreditationQueries
    from kcdesk.store.content import ContentQueries
    from kcdesk.store.door_index import DoorIndexQueries
    from kcdesk.store.event_list import EventListQueries
    from kcdesk.store.events import EventQueries
    from kcdesk.store.journal import JournalQueries
    from kcdesk.store.mail import MailQueries
    from kcdesk.store.people import PeopleQueries
    from kcdesk.store.privacy import PrivacyQueries
    from kcdesk.store.registrations import RegistrationQueries
    from kcdesk.store.search import SearchQueries
    from kcdesk.store.tables import TableQueries

BUSY_TIMEOUT_MS = 5000


def database_error(exc: sqlite3.Error, path: Path | str) -> DatabaseError:
    """Turn an sqlite3 error into a sentence a coordinator understands.

    Each says what happened to the change just made (it was not saved; what was
    saved before stays) and what to do about it.
    """
    text = str(exc).lower()
    name = Path(path).name if path else "the database"
    if "locked" in text or "busy" in text:
        return DatabaseBusy(name=name)
    if "readonly" in text or "read-only" in text:
        return DatabaseFileReadOnly(name=name)
    if "full" in text:
        return DiskFull(name=name)
    if "not a database" in text or "file is encrypted" in text:
        return NotKcdeskDatabase(name=name)
    if "malformed" in text or "corrupt" in text:
        return DatabaseDamaged(name=name)
    if "disk i/o" in text:
        return DiskError(name=name)
    if "unable to open" in text:
        return DatabaseCannotOpen(name=name, detail=exc)
    return DatabaseProblem(name=name, detail=exc)


@contextlib.contextmanager
def friendly_errors(path: Path | str) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        raise database_error(exc, path) from exc


class Store:
    """An open kcdesk database with its query modules attached."""

    def __init__(self, db: Database, path: Path | None, readonly: bool):
        self.db = db
        self.path = path
        self.readonly = readonly
        #: the write lock (store/lock.py) while open for writing from a file
        self.lock: lock.DatabaseLock | None = None
        self._listeners: list[Callable[[str, dict], None]] = []

    # -- the query modules, each loaded when first used (start-up) -------------
    @cached_property
    def event_list(self) -> EventListQueries:
        from kcdesk.store.event_list import EventListQueries

        return EventListQueries(self.db)

    @cached_property
    def events(self) -> EventQueries:
        from kcdesk.store.events import EventQueries

        return EventQueries(self.db)

    @cached_property
    def people(self) -> PeopleQueries:
        from kcdesk.store.people import PeopleQueries

        return PeopleQueries(self.db)

    @cached_property
    def registrations(self) -> RegistrationQueries:
        from kcdesk.store.registrations import RegistrationQueries

        return RegistrationQueries(self.db)

    @cached_property
    def journal(self) -> JournalQueries:
        from kcdesk.store.journal import JournalQueries

        return JournalQueries(self.db)

    @cached_property
    def content(self) -> ContentQueries:
        from kcdesk.store.content import ContentQueries

        return ContentQueries(self.db)

    @cached_property
    def search(self) -> SearchQueries:
        from kcdesk.store.search import SearchQueries

        return SearchQueries(self.db)

    @cached_property
    def tables(self) -> TableQueries:
        from kcdesk.store.tables import TableQueries

        return TableQueries(self.db)

    @cached_property
    def privacy(self) -> PrivacyQueries:
        from kcdesk.store.privacy import PrivacyQueries

        return PrivacyQueries(self.db)

    @cached_property
    def door_index(self) -> DoorIndexQueries:
        from kcdesk.store.door_index import DoorIndexQueries

        return DoorIndexQueries(self.db)

    @cached_property
    def accreditation(self) -> AccreditationQueries:
        from kcdesk.store.accreditation import AccreditationQueries

        return AccreditationQueries(self.db)

    @cached_property
    def mail(self) -> MailQueries:
        from kcdesk.store.mail import MailQueries

        return MailQueries(self.db)

    # -- change notification ------------------------------------------------
    def subscribe(self, listener: Callable[[str, dict], None]) -> None:
        """Call ``listener(topic, info)`` after each committed change.

        Topics: "events", "programme", "people", "registrations", "checkins",
        "content", "settings". The UI turns these into model refreshes.
        """
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[str, dict], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, topic: str, **info: object) -> None:
        if self.db.conn.in_transaction:
            return  # the outermost service call notifies after commit
        for listener in list(self._listeners):
            listener(topic, dict(info))

    @property
    def name(self) -> str:
        return self.path.name if self.path else ":memory:"

    @contextlib.contextmanager
    def write(self) -> Iterator[Database]:
        """One transaction (a savepoint when nested); sqlite errors made friendly."""
        if self.readonly:
            raise OpenReadOnly(name=self.name)
        with friendly_errors(self.path or ""), self.db.atomic():
            yield self.db

    @contextlib.contextmanager
    def read(self) -> Iterator[Database]:
        with friendly_errors(self.path or ""):
            yield self.db

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def setting(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.write() as db:
            db.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def sibling(self) -> Store:
        """A second connection to the same file, for a worker thread (SQLite connections stay in
        the thread that made them). It shares this store's write lock and takes no lock of its own;
        close it before this store. Not for in-memory databases."""
        if self.path is None:
            from kcdesk.domain.errors_mail import NoSecondConnection

            raise NoSecondConnection()
        with friendly_errors(self.path):
            if self.readonly:
                conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            else:
                conn = sqlite3.connect(str(self.path))
            _configure(conn, self.readonly)
        return Store(Database(conn), self.path, self.readonly)

    def integrity_ok(self) -> bool:
        return not self.integrity_problems()

    def integrity_problems(self, limit: int = 20) -> list[str]:
        """What ``PRAGMA integrity_check`` finds (at most ``limit`` lines); empty when the file is whole."""
        with friendly_errors(self.path or ""):
            found = [r[0] for r in self.db.execute(f"PRAGMA integrity_check({int(limit)})")]
        return [] if found == ["ok"] else found

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.readonly:
                self.db.execute("PRAGMA optimize")
        self.db.close()
        if self.path is not None and not self.readonly and self.lock is not None and self.lock.held:
            clean_close.note_clean(self.path)  # the next open may skip the integrity check
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _configure(conn: sqlite3.Connection, readonly: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() not in ("wal", "memory"):
            raise NoWalMode(mode=mode)
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -32000")  # 32 MB: imports touch many index pages


def _is_marked_readonly(path: Path) -> bool:
    """Read-only for us: no write permission, or no write bit at all (even for root)."""
    if not os.access(path, os.W_OK):
        return True
    return not (path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _create_private(path: Path) -> None:
    """Create an empty file readable and writable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def open_store(
    path: str | Path | None,
    *,
    create: bool = False,
    readonly: bool = False,
    migrate: bool = True,
    take_over: bool = False,
) -> Store:
    """Open (or with ``create``, make) a kcdesk database.

    ``path=None`` gives an in-memory database (tests, benchmarks).
    Refuses a file that is missing (unless ``create``), not a kcdesk
    database, damaged, or from a newer kcdesk; in each case the file is left
    exactly as it was. Opening for writing takes the database's write lock
    (store/lock.py): a second writer gets DatabaseInUseError; ``take_over``
    ignores a lock left behind by another computer.
    """
    if path is None or str(path) == ":memory:":
        db = Database.memory()
        _configure(db.conn, readonly=False)
        _migrate(db, None)
        return Store(db, None, readonly=False)

    path = Path(path).expanduser()
    if path.is_dir():
        raise DatabaseIsFolder(path=path)
    exists = path.exists()
    if exists and not path.is_file():  # a pipe would block, a device is no database
        raise DatabaseNotAFile(path=path)
    if not exists and not create:
        raise NoDatabase(path=path)
    if exists and create and path.stat().st_size > 0:
        raise DatabaseExists(path=path)
    if not exists:
        if not path.parent.exists():
            raise FolderMissing(folder=path.parent)
        _create_private(path)
    readonly = readonly or _is_marked_readonly(path)
    if readonly and path.stat().st_size == 0:  # reading cannot make an empty file a database
        raise NoDatabase(path=path)
    if exists and path.stat().st_size == 0:  # an empty file about to become a database: private
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
    held = None
    if not readonly:  # reading takes no lock (kcdesk events stays quick)
        from kcdesk.store.lock import acquire

        held = acquire(path, take_over=take_over)

    try:
        _check_header(path)
        if held is not None:
            check_wal(path)  # before SQLite replays (and removes) a -wal that is not this file's
        if readonly:
            conn = _connect_readonly(path)
        else:
            conn = sqlite3.connect(str(path))
        db = Database(conn)
        with friendly_errors(path):
            version = _check_identity(db, path)
            upgrading = migrate and not readonly and 0 < version < schema.CURRENT_VERSION
            if upgrading or not clean_close.closed_cleanly(path):
                _check_integrity(db, path)  # before anything is written
            if not readonly:
                clean_close.forget(path)  # until this session closes cleanly
            _configure(conn, readonly)
            if migrate:
                if readonly and db.execute("PRAGMA user_version").fetchone()[0] < schema.CURRENT_VERSION:
                    raise UpgradeNeedsWriting(name=path.name)
                if not readonly:
                    _migrate(db, path)
    except BaseException as exc:
        if held is not None:
            held.release()
        if isinstance(exc, sqlite3.Error):
            raise database_error(exc, path) from exc
        raise
    store = Store(db, path, readonly=readonly)
    store.lock = held
    return store


def _check_header(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as fh:
        head = fh.read(16)
    if head != b"SQLite format 3\x00":
        raise NotKcdeskDatabase(name=path.name)
    if size < 512:
        raise DatabaseDamaged(name=path.name)


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection, also in a read-only folder or on a read-only mount.

    SQLite reads a WAL database through its ``-shm`` index, which it must be able
    to create; where it cannot (a read-only folder, a CD, a write-protected USB
    stick) a database without pending changes is opened as immutable. Pending
    changes in a ``-wal`` cannot be read there: UnreadableWal says so.
    """
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if "unable to open" not in str(exc).lower() or os.access(path.parent, os.W_OK):
            raise
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise UnreadableWal(name=path.name)
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)


_WAL_MAGIC = (0x377F0682, 0x377F0683)


def check_wal(path: Path) -> None:
    """Refuse a ``-wal`` left beside ``path`` that would damage it when replayed.

    Runs while holding the write lock (so no other kcdesk writes meanwhile) and
    before any connection to the real file: the WAL's header must match the
    database's page size, and a copy of both must pass ``integrity_check``.
    """
    wal = path.with_name(path.name + "-wal")
    try:
        size = wal.stat().st_size
    except OSError:
        return
    if size == 0 or path.stat().st_size == 0:
        return
    with wal.open("rb") as fh:
        head = fh.read(32)
    with path.open("rb") as fh:
        fh.seek(16)
        db_page = int.from_bytes(fh.read(2), "big")
    if len(head) < 32 or int.from_bytes(head[:4], "big") not in _WAL_MAGIC:
        raise StrayWal(name=path.name, reason=WalNotALog())
    wal_page = int.from_bytes(head[8:12], "big")
    if wal_page != (65536 if db_page == 1 else db_page):
        raise StrayWal(name=path.name, reason=WalOtherPageSize())
    import shutil
    import tempfile

    try:
        with tempfile.TemporaryDirectory(prefix="kcdesk-wal-") as tmp:
            copy = Path(tmp) / "check.kcdesk"
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
            conn = sqlite3.connect(str(copy))
            try:
                result = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
            except sqlite3.DatabaseError as exc:
                result = str(exc)
            finally:
                conn.close()
    except OSError as exc:
        raise StrayWal(name=path.name, reason=WalUncheckable(detail=exc.strerror or str(exc))) from exc
    if result != "ok":
        raise StrayWal(name=path.name, reason=WalFailsCheck())


def _check_identity(db: Database, path: Path) -> int:
    """Refuse a foreign or newer file before touching it; returns its schema version."""
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    version = db.execute("PRAGMA user_version").fetchone()[0]
    tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id == 0 and version == 0 and tables == 0:
        return 0  # a fresh, empty file: ours to initialise
    if app_id != schema.APPLICATION_ID:
        raise NotKcdeskDatabase(name=path.name)
    if version <= 0:  # ours, with tables, but no (or a negative) schema version: migrating would clash
        raise DatabaseVersionDamaged(name=path.name, version=version)
    if schema.major(version) > schema.major(schema.CURRENT_VERSION):
        raise DatabaseTooNew(
            name=path.name,
            version=schema.version_str(version),
            supported=schema.version_str(schema.CURRENT_VERSION),
        )
    return version


def _check_integrity(db: Database, path: Path) -> None:
    """Refuse a damaged file (run after an unclean close and before an upgrade)."""
    check = db.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        raise DatabaseCheckFailed(name=path.name, detail=check)


def _migrate(db: Database, path: Path | None) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    pending = [(v, fn) for v, fn in schema.MIGRATIONS if v > version]
    if not pending:
        return
    if path is not None and version > 0:
        from kcdesk.store import backup  # only before an upgrade: keeps every start quick

        backup.backup_before_migration(db.conn, path, version)
    for target, fn in pending:
        with db.atomic():
            fn(db)
            db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {target}")
