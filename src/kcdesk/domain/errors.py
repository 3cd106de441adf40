"""Every refusal the engine can give, each its own class.

A class has a stable ``code``, an English ``template`` whose ``{holes}`` are
its arguments, and keeps those arguments as attributes (``EventNotFound(event_id=3)``
has ``.event_id == 3``; ``.params`` holds them all). ``str(err)`` is the English
sentence the CLI prints; the app shows the class's Dutch or English text
(src/kcdesk/words/errors.py registers one per class; a test fails when a class
has none). To add a refusal: a subclass here (or in ``domain/errors_<topic>.py``)
with ``code`` and ``template``, and one ``text(...)`` line in words/errors.py.
"""

from __future__ import annotations

from pathlib import Path

TYPE_CHECKING = False  # typing itself is not imported at run time (start-up of the command line)
if TYPE_CHECKING:
    from typing import Any

    from kcdesk.domain.holder import Holder


class KcdeskError(Exception):
    """A problem caused by the user's input or data, not a bug."""

    code = "error"
    #: The English sentence, with ``{name}`` holes for the arguments.
    template = ""

    def __init__(self, message: str | None = None, /, **params: Any):
        self.params = params
        for key, value in params.items():
            setattr(self, key, value)
        super().__init__(self.template.format(**params) if message is None else message)


class ValidationError(KcdeskError):
    """Input that breaks a rule; ``field`` names the offending field."""

    code = "invalid"

    def __init__(self, message: str | None = None, /, field: str | None = None, **params: Any):
        super().__init__(message, **params)
        self.field = field


class NotFoundError(KcdeskError):
    code = "not-found"


class DatabaseError(KcdeskError):
    """The database file cannot be used (newer, foreign, corrupt, locked...)."""

    code = "database"


class DatabaseInUseError(DatabaseError):
    """Another kcdesk has the database open for writing.

    ``holder`` says who; ``can_take_over`` is true when the lock comes from
    another computer, where kcdesk cannot check whether it still runs.
    """

    code = "database-in-use"

    def __init__(self, db_path: Path, holder: Holder | None, can_take_over: bool):
        who = holder.describe() if holder else "another kcdesk"
        super().__init__(
            f"{db_path.name} is in use by {who}; close it there first (commands that only read still work)."
        )
        self.db_path = db_path
        self.holder = holder
        self.can_take_over = can_take_over


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
    template = "The export was cancelled."


# -- the refusals, by kind ---------------------------------------------------------


class EventTitleMissing(ValidationError):
    code = "event-title-missing"
    template = "An event needs a title."


class EventDateMissing(ValidationError):
    code = "event-date-missing"
    template = "An event needs a date."


class EndBeforeStart(ValidationError):
    code = "end-before-start"
    template = "The end time must be after the start time."


class NegativeCapacity(ValidationError):
    code = "negative-capacity"
    template = "The capacity cannot be negative."


class InvalidEmail(ValidationError):
    code = "invalid-email"
    template = "'{email}' is not a valid email address."


class PersonNameMissing(ValidationError):
    code = "person-name-missing"
    template = "A person needs a name."


class ItemTitleMissing(ValidationError):
    code = "item-title-missing"
    template = "A programme item needs a title."


class NegativeDuration(ValidationError):
    code = "negative-duration"
    template = "A duration cannot be negative."


class NegativeTables(ValidationError):
    code = "negative-tables"
    template = "The number of tables cannot be negative."


class QuoteTextMissing(ValidationError):
    code = "quote-text-missing"
    template = "A quote needs text."


class ReactionTextMissing(ValidationError):
    code = "reaction-text-missing"
    template = "A reaction needs text."


class RatingOutOfRange(ValidationError):
    code = "rating-out-of-range"
    template = "A rating is a number from 1 to 5."


class NoTablesChosen(ValidationError):
    code = "no-tables-chosen"
    template = "Choose at least one table."


class RegistrationCancelled(ValidationError):
    code = "registration-cancelled"
    template = "The registration {reg_code} was cancelled."


class WalkinNameMissing(ValidationError):
    code = "walkin-name-missing"
    template = "A walk-in needs a name."


class ItemOfAnotherEvent(ValidationError):
    code = "item-of-another-event"
    template = "That programme item belongs to another event."


class KeyFigureLabelMissing(ValidationError):
    code = "key-figure-label-missing"
    template = "A key figure needs a label."


class PersonNotInDirectory(ValidationError):
    code = "person-not-in-directory"
    template = "That person is not in the directory."


class CsvRowWidth(ValidationError):
    code = "csv-row-width"
    template = (
        "the row has {fields} fields but the header has {columns} (a missing quote or an extra separator?)"
    )


class CsvRowNoName(ValidationError):
    code = "csv-row-no-name"
    template = "no name"


class CsvRowBadEmail(ValidationError):
    code = "csv-row-bad-email"
    template = "invalid email address '{email}'"


class CsvRowBadStatus(ValidationError):
    code = "csv-row-bad-status"
    template = "unknown status '{status}'"


class CsvRowCodeTaken(ValidationError):
    code = "csv-row-code-taken"
    template = "the code {reg_code} is already used by another registration"


class CsvRowNotYesNo(ValidationError):
    code = "csv-row-not-yes-no"
    template = "'{value}' in column {column} is not yes or no"


class OrganiserNameMissing(ValidationError):
    code = "organiser-name-missing"
    template = "The organiser needs a name."


class SeriesNameMissing(ValidationError):
    code = "series-name-missing"
    template = "A series needs a name."


class EventNotSaved(ValidationError):
    code = "event-not-saved"
    template = "Save the event first."


class OwnNextEvent(ValidationError):
    code = "own-next-event"
    template = "An event cannot be its own next event."


class BadItemOrder(ValidationError):
    code = "bad-item-order"
    template = "The new order must hold every programme item once."


class CannotUndo(ValidationError):
    code = "cannot-undo"
    template = "This step cannot be undone: the people or registrations it changed have changed since (for example at the check-in desk)."


class SectorCodeMissing(ValidationError):
    code = "sector-code-missing"
    template = "A sector needs a code."


class UnknownSector(ValidationError):
    code = "unknown-sector"
    template = "Unknown sector '{sector}'."


class EmailTaken(ValidationError):
    code = "email-taken"
    template = "{email} already belongs to {owner}."


class PersonNotSaved(ValidationError):
    code = "person-not-saved"
    template = "Save the person first."


class PersonHasRegistrations(ValidationError):
    code = "person-has-registrations"
    template = "{name} is registered for {count} event(s) since; remove those registrations first."


class MergeSamePerson(ValidationError):
    code = "merge-same-person"
    template = "Choose two different people to merge."


class RetentionOutOfRange(ValidationError):
    code = "retention-out-of-range"
    template = "Keep personal data between {low} and {high} months (got {months})."


class RetentionMonthsInvalid(ValidationError):
    code = "retention-months-invalid"
    template = "The retention period is a number of months from 1 to 1200."


class AlreadyRegistered(ValidationError):
    code = "already-registered"
    template = "This person is already registered for this event."


class CodeTaken(ValidationError):
    code = "code-taken"
    template = "The registration code {reg_code} is already in use."


class NotATableSession(ValidationError):
    code = "not-a-table-session"
    template = "Tables can only be set for a table session."


class NoSuchTable(ValidationError):
    code = "no-such-table"
    template = "There is no table {table_no}."


class NotSeated(ValidationError):
    code = "not-seated"
    template = "Seat this person at a table first."


class UnknownLanguage(ValidationError):
    code = "unknown-language"
    template = "Unknown language '{lang}'; choose nl or en."


class CalendarNeedsDate(ValidationError):
    code = "calendar-needs-date"
    template = "The event has no date; a calendar invitation needs one."


class ExtensionMissing(ValidationError):
    code = "extension-missing"
    template = "Give the output file an extension ({formats}) to choose the format."


class FormatNotOffered(ValidationError):
    code = "format-not-offered"
    template = "The template '{name}' cannot make .{fmt} files; choose {formats}."


class NoCertificates(ValidationError):
    code = "no-certificates"
    template = "Nobody is checked in yet, so there are no certificates to make."


class TemplateLanguageMissing(ValidationError):
    code = "template-language-missing"
    template = "The template '{name}' has no file for language '{lang}'."


class TemplateCannotMake(ValidationError):
    code = "template-cannot-make"
    template = "The template '{name}' cannot make {fmt} files."


class EventNotFound(NotFoundError):
    code = "event-not-found"
    template = "No event with id {event_id}."


class CodeNotFound(NotFoundError):
    code = "code-not-found"
    template = "No registration with code '{reg_code}' for this event."


class CodeOfAnotherEvent(NotFoundError):
    code = "code-of-another-event"
    template = "Code {reg_code} belongs to another event: {event_title}."


class JournalEventMissing(NotFoundError):
    code = "journal-event-missing"
    template = "{name}: the event '{slug}' is not in this database."


class NoteNotFound(NotFoundError):
    code = "note-not-found"
    template = "No note with id {note_id}."


class EventRefNotFound(NotFoundError):
    code = "event-ref-not-found"
    template = "No event '{ref}'. 'kcdesk events' lists the events."


class ItemNotFound(NotFoundError):
    code = "item-not-found"
    template = "No programme item with id {item_id}."


class PersonNotFound(NotFoundError):
    code = "person-not-found"
    template = "No person with id {person_id}."


class PersonRefNotFound(NotFoundError):
    code = "person-ref-not-found"
    template = "No person with id, email or name '{ref}'."


class PersonAmbiguous(ValidationError):
    """A name several people in the directory have: their ids (``ids``, "3, 17") tell them apart."""

    code = "person-ambiguous"
    template = "Several people are called '{name}' (ids {ids}); give the id or email address."


class RegistrationNotFound(NotFoundError):
    code = "registration-not-found"
    template = "No registration with id {reg_id}."


class TemplateNotFound(NotFoundError):
    code = "template-not-found"
    template = "No template '{name}'. Available: {available}."


class DatabaseProblem(DatabaseError):
    code = "database-problem"
    template = "{name}: {detail}."


class DiskFull(DatabaseError):
    code = "disk-full"
    template = "The disk holding {name} is full; nothing was saved. Free some space and try again."


class DiskError(DatabaseError):
    code = "disk-error"
    template = "{name} could not be read or written (a disk error), so this change was not saved. Check that the disk or USB stick is still connected and has free space, then try again."


class DatabaseCannotOpen(DatabaseError):
    code = "database-cannot-open"
    template = "{name} cannot be opened: the file or its folder may be missing or read-only ({detail})."


class DatabaseIsFolder(DatabaseError):
    code = "database-is-folder"
    template = "{path} is a folder, not a kcdesk database."


class NoDatabase(DatabaseError):
    code = "no-database"
    template = "No database at {path}. Create one with 'kcdesk init {path}'."


class DatabaseExists(DatabaseError):
    code = "database-exists"
    template = "{path} already exists; not overwriting it."


class NoWalMode(DatabaseError):
    code = "no-wal-mode"
    template = "cannot switch the database to WAL mode (got {mode})"


class LockUnstable(DatabaseError):
    code = "lock-unstable"
    template = "cannot lock {name}: its lock file keeps changing."


class LockNotCreated(DatabaseError):
    code = "lock-not-created"
    template = "cannot create {lock_name} beside {name} ({detail}); open the database read-only."


class BackupGone(DatabaseError):
    code = "backup-gone"
    template = "The backup {name} no longer exists."


class RestoreFromItself(DatabaseError):
    code = "restore-from-itself"
    template = "A database cannot be restored from itself."


class DatabaseBusy(LockedDatabaseError):
    code = "database-busy"
    template = "{name} is in use by another program or kcdesk window, so this change was not saved; try again in a moment."


class DatabaseFileReadOnly(ReadOnlyDatabaseError):
    code = "database-file-readonly"
    template = "{name} is read-only; changes cannot be saved."


class OpenReadOnly(ReadOnlyDatabaseError):
    code = "database-open-readonly"
    template = "{name} is open read-only; changes cannot be saved."


class UpgradeNeedsWriting(ReadOnlyDatabaseError):
    code = "upgrade-needs-writing"
    template = "{name} needs an upgrade but is read-only; make it writable first."


class NotKcdeskDatabase(NotADatabaseError):
    code = "database-not-kcdesk"
    template = "{name} is not a kcdesk database."


class DatabaseDamaged(CorruptDatabaseError):
    code = "database-damaged"
    template = "{name} is damaged and cannot be read safely; restore a backup."


class DatabaseCheckFailed(CorruptDatabaseError):
    code = "database-check-failed"
    template = "{name} is damaged ({detail}); restore a backup."


class DatabaseTooNew(NewerDatabaseError):
    code = "database-too-new"
    template = "{name} was made by a newer kcdesk (schema {version}); this kcdesk reads up to {supported}. Update kcdesk to open it."


class FolderMissing(KcdeskError):
    code = "folder-missing"
    template = "The folder {folder} does not exist."


class NoBadgesToPrint(KcdeskError):
    code = "no-badges-to-print"
    template = "There are no badges to print."


class BadgesNotWritten(KcdeskError):
    code = "badges-not-written"
    template = "Cannot write the badges (is the file open elsewhere?)."


class BadgesNeedPdf(ValidationError):
    """Badges written to a name that does not end in .pdf (``badges -o x.png`` would otherwise
    write a PDF called x.png)."""

    code = "badges-need-pdf"
    template = "Badges are written as PDF: give {path} the extension .pdf."


class NobodyForBadges(KcdeskError):
    code = "nobody-for-badges"
    template = "Nobody is registered for this event yet; there are no badges to make."


class NotAJournal(KcdeskError):
    code = "not-a-journal"
    template = "{name} is not a kcdesk journal."


class NewerJournal(KcdeskError):
    code = "journal-newer"
    template = "{name} was written by a newer kcdesk; update kcdesk to merge it."


class IncompleteJournal(KcdeskError):
    code = "journal-incomplete"
    template = "{name} is not a complete kcdesk journal."


class NoSuchFile(KcdeskError):
    code = "no-such-file"
    template = "No such file: {path}"


class JournalUnreadable(KcdeskError):
    code = "journal-unreadable"
    template = "{name} is not a kcdesk journal ({detail})."


class JournalEntryDamaged(KcdeskError):
    code = "journal-entry-damaged"
    template = "{name}: a journal entry is damaged ({detail})."


class CsvEmpty(KcdeskError):
    code = "csv-empty"
    template = "{name} is empty."


class CsvNoNameColumn(KcdeskError):
    code = "csv-no-name-column"
    template = "{name}: no name column found. Expected a header such as Voornaam/First Name, Achternaam/Last Name or Naam/Name."


class CsvUnreadable(KcdeskError):
    code = "csv-unreadable"
    template = "{name} could not be read as CSV at line {line}: {detail}."


class CsvIsFolder(KcdeskError):
    code = "csv-is-folder"
    template = "{path} is a folder, not a CSV file."


class FileUnreadable(KcdeskError):
    code = "file-unreadable"
    template = "{path} cannot be read: {detail}."


class NotAnEventFile(KcdeskError):
    code = "not-an-event-file"
    template = "{name} is not a kcdesk event file."


class NewerEventFile(KcdeskError):
    code = "event-file-newer"
    template = "{name} was written by a newer kcdesk; update kcdesk to import it."


class EventFileIsFolder(KcdeskError):
    code = "event-file-is-folder"
    template = "{path} is a folder, not an event file."


class EventFileUnreadable(KcdeskError):
    code = "event-file-unreadable"
    template = "{name} is not a kcdesk event file ({detail})."


class EventAlreadyThere(KcdeskError):
    code = "event-already-there"
    template = "An event '{slug}' is already in this database."


class EventFileDamaged(KcdeskError):
    code = "event-file-damaged"
    template = "The event file is incomplete or damaged ({where}: {what})."


class EventFileCodeTaken(KcdeskError):
    code = "event-file-code-taken"
    template = "The registration code {reg_code} is already used in this database."


class EventFileDoubleRegistration(KcdeskError):
    code = "event-file-double-registration"
    template = "Two registrations in the file are for the same person ({reg_code})."


class ReportFormatUnknown(KcdeskError):
    code = "report-format-unknown"
    template = "Cannot write '{name}': use a file name ending in .json, .html or .pdf."


class CannotWrite(KcdeskError):
    code = "cannot-write"
    template = "Cannot write {path}: {detail}."


class PdfNotWritten(KcdeskError):
    code = "pdf-not-written"
    template = "Cannot write the PDF {path}."


class BadgesUnavailable(KcdeskError):
    code = "badges-unavailable"
    template = "Badges are not available in this version of kcdesk."


class SyncFolderError(KcdeskError):
    """The folder door stations share check-ins through cannot be used (missing, not writable)."""

    code = "sync-folder"
    template = "The sync folder {folder} cannot be used: {reason}."
