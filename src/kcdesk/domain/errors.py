"""Exceptions the engine raises for the user to read.

Every message is a complete sentence in English; the UI translates the
``code`` (a stable key) where it has a translation, else shows ``str(err)``.
"""

from __future__ import annotations


class KcdeskError(Exception):
    """A problem caused by the user's input or data, not a bug."""

    code = "error"


class ValidationError(KcdeskError):
    """Input that breaks a rule; ``field`` names the offending field."""

    code = "invalid"

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFoundError(KcdeskError):
    code = "not-found"


class DatabaseError(KcdeskError):
    """The database file cannot be used (newer, foreign, corrupt, locked...)."""

    code = "database"


class NewerDatabaseError(DatabaseError):
    code = "database-newer"


class NotADatabaseError(DatabaseError):
    code = "database-foreign"


class CorruptDatabaseError(DatabaseError):
    code = "database-corrupt"


class ReadOnlyDatabaseError(DatabaseError):
    code = "database-readonly"


class LockedDatabaseError(DatabaseError):
    code = "database-locked"


class ExportCancelled(KcdeskError):
    """The user stopped an export half-way (nothing was written)."""

    code = "cancelled"


class IncompleteOutputError(KcdeskError):
    """A file kcdesk wrote came out incomplete (read back before it replaced anything).

    ``path`` is the file the user chose, ``reason`` what is wrong with the attempt.
    """

    code = "output-incomplete"

    def __init__(self, path: object, reason: str):
        super().__init__(
            f"{path} could not be written completely ({reason}), so it was not saved; "
            "a file that was there keeps its old contents."
        )
        self.path = path
        self.reason = reason


class NotCompactedError(KcdeskError):
    """An erasure was saved, but removing the old text from the file (VACUUM) failed.

    ``name`` is the database, ``reason`` why (the disk is full, a disk error).
    """

    code = "erase-not-compacted"

    def __init__(self, name: str, reason: str):
        super().__init__(
            f"The erasure is saved, but the erased text is still inside {name} ({reason}); "
            "free some space, then run 'kcdesk privacy compact'."
        )
        self.name = name
        self.reason = reason
