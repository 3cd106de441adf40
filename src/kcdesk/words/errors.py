"""Engine refusals in the user's language, by class.

The engine raises one class per refusal (src/kcdesk/domain/errors.py), each
keeping its arguments. Below, every class gets its text for Qt Linguist
(context "Errors", ``%1``, ``%2``... for the arguments named after it), or a
function for the few that need more. :func:`translate_error` looks the class
up; tests/ui/test_errors.py fails when a class has no entry here or no Dutch.

To add a refusal: the class in the domain, one ``text(...)`` line here, then
``make translations`` and the Dutch in the .ts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kcdesk.domain import errors as E
from kcdesk.domain import errors_accreditation as A
from kcdesk.domain import errors_authoring as W
from kcdesk.domain import errors_mail as M
from kcdesk.domain import errors_safety as S
from kcdesk.words.dates import short

CONTEXT = "Errors"
_HOLE = re.compile(r"%(\d)")

#: class -> (English text with %1.., the names of the arguments in that order), or a function.
TEXTS: dict[type[E.KcdeskError], tuple[str, tuple[str, ...]] | Callable[[Any], str]] = {}


def text(cls: type[E.KcdeskError], source: object, *names: str) -> None:
    """Register the text of ``cls``: ``source`` (marked with QT_TRANSLATE_NOOP) and its argument names."""
    TEXTS[cls] = (str(source), names)


def translator(cls: type[E.KcdeskError]) -> Callable[[Callable[[Any], str]], Callable[[Any], str]]:
    """Register a function that words ``cls`` itself (a refusal built from parts)."""

    def register(fn: Callable[[Any], str]) -> Callable[[Any], str]:
        TEXTS[cls] = fn
        return fn

    return register


text(E.EventTitleMissing, QT_TRANSLATE_NOOP("Errors", "An event needs a title."))
text(E.EventDateMissing, QT_TRANSLATE_NOOP("Errors", "An event needs a date."))
text(E.EndBeforeStart, QT_TRANSLATE_NOOP("Errors", "The end time must be after the start time."))
text(E.NegativeCapacity, QT_TRANSLATE_NOOP("Errors", "The capacity cannot be negative."))
text(E.InvalidEmail, QT_TRANSLATE_NOOP("Errors", "'%1' is not a valid email address."), "email")
text(E.PersonNameMissing, QT_TRANSLATE_NOOP("Errors", "A person needs a name."))
text(E.ItemTitleMissing, QT_TRANSLATE_NOOP("Errors", "A programme item needs a title."))
text(E.NegativeDuration, QT_TRANSLATE_NOOP("Errors", "A duration cannot be negative."))
text(E.NegativeTables, QT_TRANSLATE_NOOP("Errors", "The number of tables cannot be negative."))
text(E.QuoteTextMissing, QT_TRANSLATE_NOOP("Errors", "A quote needs text."))
text(E.ReactionTextMissing, QT_TRANSLATE_NOOP("Errors", "A reaction needs text."))
text(E.RatingOutOfRange, QT_TRANSLATE_NOOP("Errors", "A rating is a number from 1 to 5."))
text(E.NoTablesChosen, QT_TRANSLATE_NOOP("Errors", "Choose at least one table."))
text(E.DatabaseProblem, QT_TRANSLATE_NOOP("Errors", "%1: %2."), "name", "detail")
text(
    E.DatabaseBusy,
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 is in use by another program or kcdesk window, so this change was not saved; try again in a moment.",
    ),
    "name",
)
text(E.DatabaseFileReadOnly, QT_TRANSLATE_NOOP("Errors", "%1 is read-only; changes cannot be saved."), "name")
text(
    E.DiskFull,
    QT_TRANSLATE_NOOP(
        "Errors", "The disk holding %1 is full; nothing was saved. Free some space and try again."
    ),
    "name",
)
text(E.NotKcdeskDatabase, QT_TRANSLATE_NOOP("Errors", "%1 is not a kcdesk database."), "name")
text(
    E.DatabaseDamaged,
    QT_TRANSLATE_NOOP("Errors", "%1 is damaged and cannot be read safely; restore a backup."),
    "name",
)
text(
    E.DiskError,
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 could not be read or written (a disk error), so this change was not saved. Check that the disk or USB stick is still connected and has free space, then try again.",
    ),
    "name",
)
text(
    E.DatabaseCannotOpen,
    QT_TRANSLATE_NOOP(
        "Errors", "%1 cannot be opened: the file or its folder may be missing or read-only (%2)."
    ),
    "name",
    "detail",
)
text(E.DatabaseIsFolder, QT_TRANSLATE_NOOP("Errors", "%1 is a folder, not a kcdesk database."), "path")
text(
    E.NoDatabase, QT_TRANSLATE_NOOP("Errors", "No database at %1. Create one with 'kcdesk init %1'."), "path"
)
text(E.DatabaseExists, QT_TRANSLATE_NOOP("Errors", "%1 already exists; not overwriting it."), "path")
text(
    E.DatabaseTooNew,
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 was made by a newer kcdesk (schema %2); this kcdesk reads up to %3. Update kcdesk to open it.",
    ),
    "name",
    "version",
    "supported",
)
text(
    E.DatabaseCheckFailed,
    QT_TRANSLATE_NOOP("Errors", "%1 is damaged (%2); restore a backup."),
    "name",
    "detail",
)
text(E.OpenReadOnly, QT_TRANSLATE_NOOP("Errors", "%1 is open read-only; changes cannot be saved."), "name")
text(E.NoWalMode, QT_TRANSLATE_NOOP("Errors", "cannot switch the database to WAL mode (got %1)"), "mode")
text(E.FolderMissing, QT_TRANSLATE_NOOP("Errors", "The folder %1 does not exist."), "folder")
text(
    E.UpgradeNeedsWriting,
    QT_TRANSLATE_NOOP("Errors", "%1 needs an upgrade but is read-only; make it writable first."),
    "name",
)
text(E.LockUnstable, QT_TRANSLATE_NOOP("Errors", "cannot lock %1: its lock file keeps changing."), "name")
text(
    E.LockNotCreated,
    QT_TRANSLATE_NOOP("Errors", "cannot create %1 beside %2 (%3); open the database read-only."),
    "lock_name",
    "name",
    "detail",
)
text(E.BackupGone, QT_TRANSLATE_NOOP("Errors", "The backup %1 no longer exists."), "name")
text(E.RestoreFromItself, QT_TRANSLATE_NOOP("Errors", "A database cannot be restored from itself."))
text(E.EventNotFound, QT_TRANSLATE_NOOP("Errors", "No event with id %1."), "event_id")
text(E.NoBadgesToPrint, QT_TRANSLATE_NOOP("Errors", "There are no badges to print."))
text(
    E.BadgesNotWritten, QT_TRANSLATE_NOOP("Errors", "Cannot write the badges (is the file open elsewhere?).")
)
text(
    E.NobodyForBadges,
    QT_TRANSLATE_NOOP("Errors", "Nobody is registered for this event yet; there are no badges to make."),
)
text(
    E.CodeNotFound, QT_TRANSLATE_NOOP("Errors", "No registration with code '%1' for this event."), "reg_code"
)
text(E.NotAJournal, QT_TRANSLATE_NOOP("Errors", "%1 is not a kcdesk journal."), "name")
text(
    E.NewerJournal,
    QT_TRANSLATE_NOOP("Errors", "%1 was written by a newer kcdesk; update kcdesk to merge it."),
    "name",
)
text(E.IncompleteJournal, QT_TRANSLATE_NOOP("Errors", "%1 is not a complete kcdesk journal."), "name")
text(
    E.SyncFolderError,
    QT_TRANSLATE_NOOP("Errors", "The sync folder %1 cannot be used: %2."),
    "folder",
    "reason",
)
text(E.RegistrationCancelled, QT_TRANSLATE_NOOP("Errors", "The registration %1 was cancelled."), "reg_code")
text(E.WalkinNameMissing, QT_TRANSLATE_NOOP("Errors", "A walk-in needs a name."))
text(E.NoSuchFile, QT_TRANSLATE_NOOP("Errors", "No such file: %1"), "path")
text(E.JournalUnreadable, QT_TRANSLATE_NOOP("Errors", "%1 is not a kcdesk journal (%2)."), "name", "detail")
text(
    E.JournalEntryDamaged,
    QT_TRANSLATE_NOOP("Errors", "%1: a journal entry is damaged (%2)."),
    "name",
    "detail",
)
text(
    E.CodeOfAnotherEvent,
    QT_TRANSLATE_NOOP("Errors", "Code %1 belongs to another event: %2."),
    "reg_code",
    "event_title",
)
text(
    E.JournalEventMissing,
    QT_TRANSLATE_NOOP("Errors", "%1: the event '%2' is not in this database."),
    "name",
    "slug",
)
text(E.ItemOfAnotherEvent, QT_TRANSLATE_NOOP("Errors", "That programme item belongs to another event."))
text(E.NoteNotFound, QT_TRANSLATE_NOOP("Errors", "No note with id %1."), "note_id")
text(E.KeyFigureLabelMissing, QT_TRANSLATE_NOOP("Errors", "A key figure needs a label."))
text(E.PersonNotInDirectory, QT_TRANSLATE_NOOP("Errors", "That person is not in the directory."))
text(E.CsvEmpty, QT_TRANSLATE_NOOP("Errors", "%1 is empty."), "name")
text(
    E.CsvNoNameColumn,
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1: no name column found. Expected a header such as Voornaam/First Name, Achternaam/Last Name or Naam/Name.",
    ),
    "name",
)
text(
    E.CsvUnreadable,
    QT_TRANSLATE_NOOP("Errors", "%1 could not be read as CSV at line %2: %3."),
    "name",
    "line",
    "detail",
)
text(
    E.CsvRowWidth,
    QT_TRANSLATE_NOOP(
        "Errors", "the row has %1 fields but the header has %2 (a missing quote or an extra separator?)"
    ),
    "fields",
    "columns",
)
text(E.CsvRowNoName, QT_TRANSLATE_NOOP("Errors", "no name"))
text(E.CsvIsFolder, QT_TRANSLATE_NOOP("Errors", "%1 is a folder, not a CSV file."), "path")
text(E.FileUnreadable, QT_TRANSLATE_NOOP("Errors", "%1 cannot be read: %2."), "path", "detail")
text(E.CsvRowBadEmail, QT_TRANSLATE_NOOP("Errors", "invalid email address '%1'"), "email")
text(E.CsvRowBadStatus, QT_TRANSLATE_NOOP("Errors", "unknown status '%1'"), "status")
text(
    E.CsvRowCodeTaken,
    QT_TRANSLATE_NOOP("Errors", "the code %1 is already used by another registration"),
    "reg_code",
)
text(E.CsvRowNotYesNo, QT_TRANSLATE_NOOP("Errors", "'%1' in column %2 is not yes or no"), "value", "column")
text(E.NotAnEventFile, QT_TRANSLATE_NOOP("Errors", "%1 is not a kcdesk event file."), "name")
text(
    E.NewerEventFile,
    QT_TRANSLATE_NOOP("Errors", "%1 was written by a newer kcdesk; update kcdesk to import it."),
    "name",
)
text(E.EventFileIsFolder, QT_TRANSLATE_NOOP("Errors", "%1 is a folder, not an event file."), "path")
text(
    E.EventFileUnreadable,
    QT_TRANSLATE_NOOP("Errors", "%1 is not a kcdesk event file (%2)."),
    "name",
    "detail",
)
text(E.EventAlreadyThere, QT_TRANSLATE_NOOP("Errors", "An event '%1' is already in this database."), "slug")
text(
    E.EventFileDamaged,
    QT_TRANSLATE_NOOP("Errors", "The event file is incomplete or damaged (%1: %2)."),
    "where",
    "what",
)
text(
    E.EventFileCodeTaken,
    QT_TRANSLATE_NOOP("Errors", "The registration code %1 is already used in this database."),
    "reg_code",
)
text(
    E.EventFileDoubleRegistration,
    QT_TRANSLATE_NOOP("Errors", "Two registrations in the file are for the same person (%1)."),
    "reg_code",
)
text(
    E.EventRefNotFound, QT_TRANSLATE_NOOP("Errors", "No event '%1'. 'kcdesk events' lists the events."), "ref"
)
text(E.OrganiserNameMissing, QT_TRANSLATE_NOOP("Errors", "The organiser needs a name."))
text(E.SeriesNameMissing, QT_TRANSLATE_NOOP("Errors", "A series needs a name."))
text(E.EventNotSaved, QT_TRANSLATE_NOOP("Errors", "Save the event first."))
text(E.OwnNextEvent, QT_TRANSLATE_NOOP("Errors", "An event cannot be its own next event."))
text(E.ItemNotFound, QT_TRANSLATE_NOOP("Errors", "No programme item with id %1."), "item_id")
text(E.BadItemOrder, QT_TRANSLATE_NOOP("Errors", "The new order must hold every programme item once."))
text(
    E.CannotUndo,
    QT_TRANSLATE_NOOP(
        "Errors",
        "This step cannot be undone: the people or registrations it changed have changed since (for example at the check-in desk).",
    ),
)
text(E.PersonNotFound, QT_TRANSLATE_NOOP("Errors", "No person with id %1."), "person_id")
text(E.SectorCodeMissing, QT_TRANSLATE_NOOP("Errors", "A sector needs a code."))
text(E.UnknownSector, QT_TRANSLATE_NOOP("Errors", "Unknown sector '%1'."), "sector")
text(E.EmailTaken, QT_TRANSLATE_NOOP("Errors", "%1 already belongs to %2."), "email", "owner")
text(E.PersonNotSaved, QT_TRANSLATE_NOOP("Errors", "Save the person first."))
text(
    E.PersonHasRegistrations,
    QT_TRANSLATE_NOOP("Errors", "%1 is registered for %2 event(s) since; remove those registrations first."),
    "name",
    "count",
)
text(E.MergeSamePerson, QT_TRANSLATE_NOOP("Errors", "Choose two different people to merge."))
text(
    E.RetentionOutOfRange,
    QT_TRANSLATE_NOOP("Errors", "Keep personal data between %1 and %2 months (got %3)."),
    "low",
    "high",
    "months",
)
text(E.PersonRefNotFound, QT_TRANSLATE_NOOP("Errors", "No person with id, email or name '%1'."), "ref")
text(
    E.PersonAmbiguous,
    QT_TRANSLATE_NOOP("Errors", "Several people are called '%1' (ids %2); give the id or email address."),
    "name",
    "ids",
)
text(
    E.BadgesNeedPdf,
    QT_TRANSLATE_NOOP("Errors", "Badges are written as PDF: give %1 the extension .pdf."),
    "path",
)
text(
    E.RetentionMonthsInvalid,
    QT_TRANSLATE_NOOP("Errors", "The retention period is a number of months from 1 to 1200."),
)
text(
    E.ReportFormatUnknown,
    QT_TRANSLATE_NOOP("Errors", "Cannot write '%1': use a file name ending in .json, .html or .pdf."),
    "name",
)
text(E.CannotWrite, QT_TRANSLATE_NOOP("Errors", "Cannot write %1: %2."), "path", "detail")
text(E.RegistrationNotFound, QT_TRANSLATE_NOOP("Errors", "No registration with id %1."), "reg_id")
text(E.AlreadyRegistered, QT_TRANSLATE_NOOP("Errors", "This person is already registered for this event."))
text(E.CodeTaken, QT_TRANSLATE_NOOP("Errors", "The registration code %1 is already in use."), "reg_code")
text(E.NotATableSession, QT_TRANSLATE_NOOP("Errors", "Tables can only be set for a table session."))
text(E.NoSuchTable, QT_TRANSLATE_NOOP("Errors", "There is no table %1."), "table_no")
text(E.NotSeated, QT_TRANSLATE_NOOP("Errors", "Seat this person at a table first."))
text(E.UnknownLanguage, QT_TRANSLATE_NOOP("Errors", "Unknown language '%1'; choose nl or en."), "lang")
text(
    E.CalendarNeedsDate,
    QT_TRANSLATE_NOOP("Errors", "The event has no date; a calendar invitation needs one."),
)
text(E.PdfNotWritten, QT_TRANSLATE_NOOP("Errors", "Cannot write the PDF %1."), "path")
text(E.ExportCancelled, QT_TRANSLATE_NOOP("Errors", "The export was cancelled."))
text(E.TemplateNotFound, QT_TRANSLATE_NOOP("Errors", "No template '%1'. Available: %2."), "name", "available")
text(
    E.ExtensionMissing,
    QT_TRANSLATE_NOOP("Errors", "Give the output file an extension (%1) to choose the format."),
    "formats",
)
text(
    E.FormatNotOffered,
    QT_TRANSLATE_NOOP("Errors", "The template '%1' cannot make .%2 files; choose %3."),
    "name",
    "fmt",
    "formats",
)
text(
    E.NoCertificates,
    QT_TRANSLATE_NOOP("Errors", "Nobody is checked in yet, so there are no certificates to make."),
)
text(
    E.TemplateLanguageMissing,
    QT_TRANSLATE_NOOP("Errors", "The template '%1' has no file for language '%2'."),
    "name",
    "lang",
)
text(
    E.TemplateCannotMake,
    QT_TRANSLATE_NOOP("Errors", "The template '%1' cannot make %2 files."),
    "name",
    "fmt",
)
text(E.BadgesUnavailable, QT_TRANSLATE_NOOP("Errors", "Badges are not available in this version of kcdesk."))

# content entered field by field (kcdesk event set, note add ...; the sectors dialog)
text(W.UnknownField, QT_TRANSLATE_NOOP("Errors", "Unknown field '%1'; the fields are: %2."), "name", "known")
text(W.BadFieldValue, QT_TRANSLATE_NOOP("Errors", "%1: '%2' is not %3."), "name", "value", "expected")
text(W.NotAnAssignment, QT_TRANSLATE_NOOP("Errors", "'%1' is not FIELD=VALUE."), "text")
text(
    W.NoSuchPerson,
    QT_TRANSLATE_NOOP("Errors", "No person '%1' in the directory; 'kcdesk person add' adds one."),
    "ref",
)
text(
    W.AmbiguousPerson,
    QT_TRANSLATE_NOOP("Errors", "'%1' names %2 people; give the id or the email address."),
    "ref",
    "count",
)
text(
    W.NoSuchItem,
    QT_TRANSLATE_NOOP(
        "Errors", "No programme item '%1' in %2; give its number in the programme or its title."
    ),
    "ref",
    "event",
)
text(W.NoSuchSector, QT_TRANSLATE_NOOP("Errors", "No sector '%1'; the sectors are: %2."), "ref", "known")
text(W.SectorLabelMissing, QT_TRANSLATE_NOOP("Errors", "A sector needs a label in Dutch and in English."))
text(
    W.BadMoment,
    QT_TRANSLATE_NOOP("Errors", "'%1' is not a time (HH:MM on the event's day, or YYYY-MM-DDTHH:MM)."),
    "text",
)
text(
    W.NamedWithoutConsent,
    QT_TRANSLATE_NOOP(
        "Errors",
        "The notes name %1, who did not consent to be named; change the notes or their consent "
        "first (or export anyway with --allow-names).",
    ),
    "names",
)
text(
    W.PersonExists,
    QT_TRANSLATE_NOOP("Errors", "%1 is already in the directory (id %2)."),
    "name",
    "person_id",
)
text(W.EmptyNote, QT_TRANSLATE_NOOP("Errors", "A note needs text or a heading."))


# -- issue 11: data safety under faults (domain/errors_safety.py) ----------------------------
text(
    S.LockFileNotRegular,
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 beside the database is a %2, not a lock file; kcdesk left it alone. Remove it, then open the database again (or open it read-only).",
    ),
    "lock_name",
    "kind",
)
text(
    S.DatabaseNotAFile,
    QT_TRANSLATE_NOOP(
        "Errors", "%1 is not a regular file (a pipe or a device), so it cannot be a kcdesk database."
    ),
    "path",
)
text(
    S.DatabaseVersionDamaged,
    QT_TRANSLATE_NOOP(
        "Errors", "%1 is a kcdesk database, but its version number (%2) is damaged; restore a backup."
    ),
    "name",
    "version",
)
text(
    S.JournalCodeUnknown,
    QT_TRANSLATE_NOOP("Errors", "%1: no registration with code %2 in this event; nothing was merged."),
    "name",
    "reg_code",
)
text(
    S.WalkinCodeTaken,
    QT_TRANSLATE_NOOP(
        "Errors", "%1: the walk-in %2 has code %3, which here belongs to %4; nothing was merged."
    ),
    "name",
    "walkin",
    "reg_code",
    "owner",
)
text(S.KindSymlink, QT_TRANSLATE_NOOP("Errors", "symbolic link"))
text(S.KindFolder, QT_TRANSLATE_NOOP("Errors", "folder"))
text(S.KindPipe, QT_TRANSLATE_NOOP("Errors", "named pipe"))
text(S.KindSpecial, QT_TRANSLATE_NOOP("Errors", "special file"))
text(
    S.StrayWal,
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1-wal beside %1 does not belong to it or is damaged (%2); kcdesk left both files as they were. If you copied a backup over the database, move %1-wal and %1-shm to another folder and open it again; otherwise restore a backup.",
    ),
    "name",
    "reason",
)
text(S.WalNotALog, QT_TRANSLATE_NOOP("Errors", "not a write-ahead log"))
text(S.WalOtherPageSize, QT_TRANSLATE_NOOP("Errors", "another page size"))
text(S.WalFailsCheck, QT_TRANSLATE_NOOP("Errors", "the database with it fails the integrity check"))
text(S.WalUncheckable, QT_TRANSLATE_NOOP("Errors", "it cannot be checked: %1"), "detail")
text(
    S.UnreadableWal,
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 cannot be read here: its folder is read-only and %1-wal beside it holds changes not yet written into the database. Copy both files to a writable folder and open the copy.",
    ),
    "name",
)
text(
    S.IncompleteOutput,
    QT_TRANSLATE_NOOP(
        "Errors",
        "%1 could not be written completely (%2), so it was not saved; a file that was there keeps its old contents.",
    ),
    "path",
    "reason",
)
text(S.PdfEmpty, QT_TRANSLATE_NOOP("Errors", "the file is empty"))
text(S.PdfNoHeader, QT_TRANSLATE_NOOP("Errors", "it does not start as a PDF"))
text(S.PdfNoEnd, QT_TRANSLATE_NOOP("Errors", "its end is missing"))
text(S.PdfNoXref, QT_TRANSLATE_NOOP("Errors", "its cross-reference table is missing"))
text(S.PdfBadXref, QT_TRANSLATE_NOOP("Errors", "its cross-reference table is damaged"))
text(S.PdfObjectMissing, QT_TRANSLATE_NOOP("Errors", "an object it lists is missing"))
text(S.PdfNoPages, QT_TRANSLATE_NOOP("Errors", "it has no pages"))
text(S.PdfPageCount, QT_TRANSLATE_NOOP("Errors", "it has %1 pages instead of %2"), "found", "expected")
text(
    S.NotCompacted,
    QT_TRANSLATE_NOOP(
        "Errors",
        "The erasure is saved, but the erased text is still inside %1 (%2); free some space, then run 'kcdesk privacy compact'.",
    ),
    "name",
    "reason",
)
text(S.CompactDiskFull, QT_TRANSLATE_NOOP("Errors", "the disk is full"))
text(S.CompactDiskError, QT_TRANSLATE_NOOP("Errors", "the disk could not be written"))
text(
    S.CsvRowQuoteNotClosed,
    QT_TRANSLATE_NOOP(
        "Errors",
        "a quote opened on line %1 is not closed on that line; lines %1-%2 were read as one row and not imported (close the quote and import again)",
    ),
    "line",
    "end",
)
text(
    S.CsvRowFieldTooLong,
    QT_TRANSLATE_NOOP("Errors", "a field of %1 characters is longer than kcdesk reads (%2)"),
    "length",
    "limit",
)
text(
    S.CsvRowNotUtf8,
    QT_TRANSLATE_NOOP(
        "Errors", "the row holds bytes that are not valid UTF-8 (save the file as UTF-8 and import again)"
    ),
)
text(
    S.CsvRowOtherSeparator,
    QT_TRANSLATE_NOOP("Errors", "the row is separated by '%1' while the file uses '%2'"),
    "found",
    "expected",
)
text(
    S.CsvRowCodeReadsAs,
    QT_TRANSLATE_NOOP("Errors", "the code %1 reads as %2, which is already used by another registration"),
    "written",
    "reg_code",
)
text(
    S.CsvRowSharedEmail,
    QT_TRANSLATE_NOOP(
        "Errors",
        "the email address %1 already belongs to %2; different people are not merged (give each their own address)",
    ),
    "email",
    "owner",
)
# -- mail (domain/errors_mail.py) ----------------------------------------------------------
text(
    M.MailServerMissing,
    QT_TRANSLATE_NOOP(
        "Errors", "The mail settings have no server; set it with 'kcdesk mail settings' or in the app."
    ),
)
text(
    M.MailSenderMissing,
    QT_TRANSLATE_NOOP(
        "Errors",
        "The mail settings have no sender address; set it with 'kcdesk mail settings' or in the app.",
    ),
)
text(M.MailUserMissing, QT_TRANSLATE_NOOP("Errors", "A password needs a user name in the mail settings."))
text(
    M.MailPasswordMissing,
    QT_TRANSLATE_NOOP(
        "Errors", "There is no password for %1 in this computer's keyring; enter it in the mail settings."
    ),
    "user",
)
text(M.MailHostInvalid, QT_TRANSLATE_NOOP("Errors", "'%1' is not a server name or address."), "host")
text(
    M.MailPortOutOfRange, QT_TRANSLATE_NOOP("Errors", "The port is a number from 1 to 65535, not %1."), "port"
)
text(
    M.MailSecurityUnknown,
    QT_TRANSLATE_NOOP("Errors", "Unknown security '%1'; choose none, starttls or ssl."),
    "security",
)
text(
    M.ReminderDaysOutOfRange,
    QT_TRANSLATE_NOOP("Errors", "A reminder goes 0 to 60 days before the event, not %1."),
    "days",
)
text(M.MailUserInvalid, QT_TRANSLATE_NOOP("Errors", "The user name must be one line."))
text(
    M.MailRateOutOfRange,
    QT_TRANSLATE_NOOP("Errors", "Mails per minute is a number from 0 (no limit) to 10000, not %1."),
    "per_minute",
)
text(
    M.KeyringUnavailable,
    QT_TRANSLATE_NOOP(
        "Errors",
        "There is no keyring on this computer to keep the mail password in (%1); "
        "install or unlock one, or send without a password.",
    ),
    "detail",
)
text(
    M.SmtpUnreachable,
    QT_TRANSLATE_NOOP("Errors", "Cannot reach the mail server %1:%2: %3."),
    "host",
    "port",
    "detail",
)
text(
    M.SmtpLoginRefused,
    QT_TRANSLATE_NOOP("Errors", "The mail server %1 refused the login: %2."),
    "host",
    "detail",
)
text(M.UnknownMailKind, QT_TRANSLATE_NOOP("Errors", "There is no mail kind '%1'."), "kind")
text(
    M.UnknownMailGroup,
    QT_TRANSLATE_NOOP("Errors", "Unknown group '%1'; choose %2 or a list of codes."),
    "group",
    "groups",
)
text(
    M.UnknownMailStatus, QT_TRANSLATE_NOOP("Errors", "Unknown status '%1'; choose %2."), "status", "statuses"
)
text(M.MailNotFound, QT_TRANSLATE_NOOP("Errors", "There is no mail %1 in the outbox."), "mail_id")
text(
    M.MailNotRetriable,
    QT_TRANSLATE_NOOP("Errors", "Mail %1 was sent already; it is not queued again."),
    "mail_id",
)
text(
    M.MailNotCancellable,
    QT_TRANSLATE_NOOP("Errors", "Mail %1 is %2; only a mail not sent yet can be cancelled."),
    "mail_id",
    "status",
)
text(
    M.MailNotUnderReview,
    QT_TRANSLATE_NOOP(
        "Errors", "Mail %1 is %2; only a mail whose sending was interrupted can be marked as arrived."
    ),
    "mail_id",
    "status",
)
text(M.OfferTimeOutOfRange, QT_TRANSLATE_NOOP("Errors", "The time to answer an offer is 1 hour to 14 days."))
text(M.NoOpenOffer, QT_TRANSLATE_NOOP("Errors", "There is no open waitlist offer for %1."), "reg_code")
text(
    M.NoCertificateFor,
    QT_TRANSLATE_NOOP("Errors", "%1 was not checked in, so there is no certificate for it."),
    "reg_code",
)
text(
    M.NoSecondConnection, QT_TRANSLATE_NOOP("Errors", "An in-memory database cannot be opened a second time.")
)


@translator(E.DatabaseInUseError)
def in_use_message(exc: E.DatabaseInUseError) -> str:
    """ "demo.kcdesk is in use by kcdesk on HOST since TIME.", in the user's language."""
    name = exc.db_path.name
    holder = exc.holder
    if holder is None:
        return QCoreApplication.translate("InUse", "%1 is in use by another kcdesk.").replace("%1", name)
    try:  # a damaged lock may say year 1 or 9999: out of range in local time
        since = short(holder.since.astimezone())
    except (OverflowError, ValueError):
        since = holder.since.isoformat(sep=" ", timespec="minutes")[:16]
    return (
        QCoreApplication.translate("InUse", "%1 is in use by kcdesk on %2 since %3.")
        .replace("%1", name)
        .replace("%2", holder.host)
        .replace("%3", since)
    )


#: What went wrong in a template, when kcdesk itself words it (Jinja's own text: ui/notes/template_errors.py).
TEMPLATE_REASONS = cast(
    dict[str, str],
    {
        "syntax error": QT_TRANSLATE_NOOP("Errors", "syntax error"),
        "undefined value": QT_TRANSLATE_NOOP("Errors", "undefined value"),
        "no such template file": QT_TRANSLATE_NOOP("Errors", "no such template file"),
        "the template includes or calls itself without end": QT_TRANSLATE_NOOP(
            "Errors", "the template includes or calls itself without end"
        ),
        "the output would not fit in memory": QT_TRANSLATE_NOOP(
            "Errors", "the output would not fit in memory"
        ),
    },
)
TEMPLATE_REASON_PREFIXES = cast(
    dict[str, str],
    {
        "no template named ": QT_TRANSLATE_NOOP("Errors", "no template named %1"),
        "not allowed in a template: ": QT_TRANSLATE_NOOP("Errors", "not allowed in a template: %1"),
        "the template took longer than ": QT_TRANSLATE_NOOP("Errors", "the template took longer than %1"),
    },
)


def template_reason(message: str) -> str:
    if message in TEMPLATE_REASONS:
        return QCoreApplication.translate("Errors", TEMPLATE_REASONS[message])
    for prefix, source in TEMPLATE_REASON_PREFIXES.items():
        if message.startswith(prefix):
            return QCoreApplication.translate("Errors", source).replace("%1", message[len(prefix) :])
    return message


def _template_problem(exc: Any) -> str:
    reason = template_reason(exc.message)
    if exc.line:
        where = QCoreApplication.translate(
            "Errors", str(QT_TRANSLATE_NOOP("Errors", "template %1, line %2: %3"))
        )
        return where.replace("%1", exc.name).replace("%2", str(exc.line)).replace("%3", reason)
    where = QCoreApplication.translate("Errors", str(QT_TRANSLATE_NOOP("Errors", "template %1: %2")))
    return where.replace("%1", exc.name).replace("%2", reason)


def _register_template_problem() -> None:
    """TemplateProblem lives in kcdesk.export (Jinja); registered on first use to keep start-up quick."""
    from kcdesk.export.environment import TemplateProblem

    TEXTS.setdefault(TemplateProblem, _template_problem)


# -- accreditation points (domain/errors_accreditation.py) -------------------------------------
text(
    A.RegisterNameMissing,
    QT_TRANSLATE_NOOP("Errors", "Name the register (for example Registerplein, SKJ or BIG)."),
)
text(A.RegisterNumberMissing, QT_TRANSLATE_NOOP("Errors", "Give the %1 number."), "register")
text(
    A.BigNumberNotDigits,
    QT_TRANSLATE_NOOP("Errors", "'%1' is not a BIG number: it may hold only digits."),
    "number",
)
text(
    A.BigNumberLength,
    QT_TRANSLATE_NOOP("Errors", "'%1' is not a BIG number: it has %2 digits, not 11."),
    "number",
    "digits",
)
text(
    A.BigNumberCheckDigit,
    QT_TRANSLATE_NOOP(
        "Errors", "'%1' is not a BIG number: its check digit does not match (a typing error?)."
    ),
    "number",
)
text(
    A.RegisterNumberLineBreak,
    QT_TRANSLATE_NOOP("Errors", "The %1 number '%2' holds a line break or tab."),
    "register",
    "number",
)
text(
    A.RegisterNumberTooLong,
    QT_TRANSLATE_NOOP("Errors", "The %1 number '%2' is longer than %3 characters."),
    "register",
    "number",
    "limit",
)
text(
    A.ActivityIdInvalid,
    QT_TRANSLATE_NOOP("Errors", "An activity ID is one line of at most %1 characters."),
    "limit",
)
text(
    A.ActivityIdMissing,
    QT_TRANSLATE_NOOP("Errors", "A granted accreditation needs the register's activity ID."),
)
text(
    A.PointsOutOfRange,
    QT_TRANSLATE_NOOP("Errors", "Points must be between 0 and %1, not %2."),
    "limit",
    "points",
)
text(
    A.HoursOutOfRange,
    QT_TRANSLATE_NOOP("Errors", "Net hours must be between 0 and %1, not %2."),
    "limit",
    "hours",
)
text(
    A.AccreditationStatusUnknown,
    QT_TRANSLATE_NOOP("Errors", "The status of an accreditation is applied or granted, not '%1'."),
    "status",
)
text(
    A.AccreditationMissing,
    QT_TRANSLATE_NOOP("Errors", "%1 has no accreditation for %2."),
    "event",
    "register",
)
text(A.MembershipMissing, QT_TRANSLATE_NOOP("Errors", "%1 has no %2 number."), "person", "register")
text(
    A.AccreditationExportFormat,
    QT_TRANSLATE_NOOP(
        "Errors", "An accreditation export is a .txt paste list, a .csv or a .pdf file, not .%1."
    ),
    "extension",
)
text(
    A.AccreditationExportNoExtension,
    QT_TRANSLATE_NOOP(
        "Errors", "Give the file an extension: .txt for the paste list, .csv or .pdf for the attendance list."
    ),
)
text(A.RegisterNumberSkipped, QT_TRANSLATE_NOOP("Errors", "%1 The rest of the row was imported."), "problem")
text(
    A.RegisterNumberWithoutRegister,
    QT_TRANSLATE_NOOP(
        "Errors",
        "The register number '%1' was not imported: no column says which register it is in (add a column Register, or name the column e.g. SKJ-nummer).",
    ),
    "number",
)


def _value(value: object) -> str:
    if isinstance(value, E.KcdeskError):
        return translate_error(value)
    if isinstance(value, Path):
        return str(value)
    return "" if value is None else str(value)


def translate_error(exc: BaseException | str) -> str:
    """A refusal in the user's language; anything else (an OSError, plain text) as it is."""
    if not isinstance(exc, E.KcdeskError):
        return str(exc)
    entry = TEXTS.get(type(exc))
    if entry is None and type(exc).__name__ == "TemplateProblem":
        _register_template_problem()
        entry = TEXTS.get(type(exc))
    if entry is None:
        return str(exc)  # a class without an entry (the test fails for it): English rather than nothing
    if callable(entry):
        return entry(exc)
    source, names = entry
    values = [_value(exc.params.get(name)) for name in names]
    return _HOLE.sub(
        lambda m: values[int(m.group(1)) - 1] if int(m.group(1)) <= len(values) else m.group(0),
        QCoreApplication.translate("Errors", source),
    )


_READ_ONLY = QT_TRANSLATE_NOOP(
    "FileErrors", "Cannot save %1: the folder is read-only or you may not write there. Choose another folder."
)
#: Why a file could not be written, by errno (the operating system's own text is English).
_FILE_REASONS = {
    "EACCES": _READ_ONLY,
    "EPERM": _READ_ONLY,
    "EROFS": _READ_ONLY,
    "ENOENT": QT_TRANSLATE_NOOP(
        "FileErrors", "Cannot save %1: the folder does not exist. Choose another folder."
    ),
    "ENOSPC": QT_TRANSLATE_NOOP("FileErrors", "Cannot save %1: the disk is full."),
    "EISDIR": QT_TRANSLATE_NOOP("FileErrors", "Cannot save %1: that is a folder."),
}


def file_error(exc: OSError, path: object) -> str:
    """Why the file the user chose could not be written, in the user's language.

    The operating system's message is English and names a temporary file; the
    user needs the file they chose and what to do about it.
    """
    import errno

    reason = _FILE_REASONS.get(errno.errorcode.get(exc.errno or 0, ""))
    if reason is None and isinstance(exc, PermissionError):
        reason = _READ_ONLY
    if reason is not None:
        return QCoreApplication.translate("FileErrors", str(reason)).replace("%1", str(path))
    return (
        QCoreApplication.translate("FileErrors", "Cannot save %1 (%2).")
        .replace("%1", str(path))
        .replace("%2", exc.strerror or str(exc))
    )
