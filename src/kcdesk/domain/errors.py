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


class BadgesNeedPdfError(ValidationError):
    """Badges written to a name that does not end in .pdf (``badges -o x.png`` would otherwise
    write a PDF called x.png)."""

    code = "badges-need-pdf"

    def __init__(self, *, path: str):
        self.path = path
        super().__init__(f"Badges are written as PDF: give {path} the extension .pdf.", "output")


class AmbiguousPersonError(ValidationError):
    """A name that several people in the directory have: the id or e-mail address tells them apart."""

    code = "person-ambiguous"

    def __init__(self, *, name: str, ids: list[int]):
        self.name, self.ids = name, ids
        listed = ", ".join(str(i) for i in ids)
        super().__init__(
            f"Several people are called '{name}' (ids {listed}); give the id or email address.", "person"
        )
