"""Refusals that keep data safe under faults (issue 11): each its own class, as in errors.py.

Where a refusal says *why* (``reason``, ``kind``), the why is itself one of
the small classes below, so the app words it in the user's language too
(words/errors.py translates a KcdeskError found among the arguments).
"""

from __future__ import annotations

from kcdesk.domain.errors import (
    CorruptDatabaseError,
    DatabaseError,
    KcdeskError,
    ReadOnlyDatabaseError,
    ValidationError,
)

# -- the lock file --------------------------------------------------------------------


class LockFileNotRegular(DatabaseError):
    """The lock file's name is taken by a link, folder or pipe: never followed, left alone."""

    code = "lock-not-a-file"
    template = (
        "{lock_name} beside the database is a {kind}, not a lock file; kcdesk left it alone. "
        "Remove it, then open the database again (or open it read-only)."
    )


class KindSymlink(KcdeskError):
    code = "kind-symlink"
    template = "symbolic link"


class KindFolder(KcdeskError):
    code = "kind-folder"
    template = "folder"


class KindPipe(KcdeskError):
    code = "kind-pipe"
    template = "named pipe"


class KindSpecial(KcdeskError):
    code = "kind-special"
    template = "special file"


# -- write-ahead logs -------------------------------------------------------------------


class StrayWal(CorruptDatabaseError):
    """A ``-wal`` beside the database that does not belong to it (both left byte-for-byte)."""

    code = "database-stray-wal"
    template = (
        "{name}-wal beside {name} does not belong to it or is damaged ({reason}); kcdesk left both files "
        "as they were. If you copied a backup over the database, move {name}-wal and {name}-shm to another "
        "folder and open it again; otherwise restore a backup."
    )


class WalNotALog(KcdeskError):
    code = "wal-not-a-log"
    template = "not a write-ahead log"


class WalOtherPageSize(KcdeskError):
    code = "wal-other-page-size"
    template = "another page size"


class WalFailsCheck(KcdeskError):
    code = "wal-fails-check"
    template = "the database with it fails the integrity check"


class WalUncheckable(KcdeskError):
    code = "wal-uncheckable"
    template = "it cannot be checked: {detail}"


class UnreadableWal(ReadOnlyDatabaseError):
    """A database in a read-only folder whose ``-wal`` holds changes SQLite cannot read there."""

    code = "database-readonly-wal"
    template = (
        "{name} cannot be read here: its folder is read-only and {name}-wal beside it holds changes not yet "
        "written into the database. Copy both files to a writable folder and open the copy."
    )


# -- output files -----------------------------------------------------------------------


class IncompleteOutput(KcdeskError):
    """A file came out incomplete (read back before it replaced anything)."""

    code = "output-incomplete"
    template = (
        "{path} could not be written completely ({reason}), so it was not saved; "
        "a file that was there keeps its old contents."
    )


class PdfProblem(KcdeskError):
    """What is wrong with a PDF read back (the kind; each problem below has its words)."""


class PdfEmpty(PdfProblem):
    code = "pdf-empty"
    template = "the file is empty"


class PdfNoHeader(PdfProblem):
    code = "pdf-no-header"
    template = "it does not start as a PDF"


class PdfNoEnd(PdfProblem):
    code = "pdf-no-end"
    template = "its end is missing"


class PdfNoXref(PdfProblem):
    code = "pdf-no-xref"
    template = "its cross-reference table is missing"


class PdfBadXref(PdfProblem):
    code = "pdf-bad-xref"
    template = "its cross-reference table is damaged"


class PdfObjectMissing(PdfProblem):
    code = "pdf-object-missing"
    template = "an object it lists is missing"


class PdfNoPages(PdfProblem):
    code = "pdf-no-pages"
    template = "it has no pages"


class PdfPageCount(PdfProblem):
    code = "pdf-page-count"
    template = "it has {found} pages instead of {expected}"


# -- erasure ------------------------------------------------------------------------------


class NotCompacted(KcdeskError):
    """An erasure was saved, but removing the old text from the file (VACUUM) failed."""

    code = "erase-not-compacted"
    template = (
        "The erasure is saved, but the erased text is still inside {name} ({reason}); "
        "free some space, then run 'kcdesk privacy compact'."
    )


class CompactDiskFull(KcdeskError):
    code = "compact-disk-full"
    template = "the disk is full"


class CompactDiskError(KcdeskError):
    code = "compact-disk-error"
    template = "the disk could not be written"


# -- CSV rows -----------------------------------------------------------------------------


class CsvRowQuoteNotClosed(ValidationError):
    code = "csv-row-quote-not-closed"
    template = (
        "a quote opened on line {line} is not closed on that line; lines {line}-{end} were read as one row "
        "and not imported (close the quote and import again)"
    )


class CsvRowFieldTooLong(ValidationError):
    code = "csv-row-field-too-long"
    template = "a field of {length} characters is longer than kcdesk reads ({limit})"


class CsvRowNotUtf8(ValidationError):
    code = "csv-row-not-utf"
    template = "the row holds bytes that are not valid UTF-8 (save the file as UTF-8 and import again)"


class CsvRowOtherSeparator(ValidationError):
    code = "csv-row-other-separator"
    template = "the row is separated by '{found}' while the file uses '{expected}'"


class CsvRowCodeReadsAs(ValidationError):
    code = "csv-row-code-reads-as"
    template = "the code {written} reads as {reg_code}, which is already used by another registration"


class CsvRowSharedEmail(ValidationError):
    code = "csv-row-shared-email"
    template = (
        "the email address {email} already belongs to {owner}; different people are not merged "
        "(give each their own address)"
    )


# -- odd database files -------------------------------------------------------------------


class DatabaseNotAFile(DatabaseError):
    code = "database-not-a-file"
    template = "{path} is not a regular file (a pipe or a device), so it cannot be a kcdesk database."


class DatabaseVersionDamaged(CorruptDatabaseError):
    code = "database-version-damaged"
    template = "{name} is a kcdesk database, but its version number ({version}) is damaged; restore a backup."


# -- journals -----------------------------------------------------------------------------


class JournalCodeUnknown(KcdeskError):
    code = "journal-code-unknown"
    template = "{name}: no registration with code {reg_code} in this event; nothing was merged."


class WalkinCodeTaken(KcdeskError):
    code = "walkin-code-taken"
    template = (
        "{name}: the walk-in {walkin} has code {reg_code}, which here belongs to {owner}; nothing was merged."
    )
