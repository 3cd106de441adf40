"""Engine messages in the user's language.

The engine (domain, store, services, export) raises KcdeskError with complete
English sentences; the CLI prints them as they are. The UI passes every such
message through :func:`translate_error`, which recognises it by one of the
templates below (``{0}``, ``{1}``… stand for the values the engine filled in),
translates the template and puts the values back.

The templates are marked with QT_TRANSLATE_NOOP so pyside6-lupdate extracts
them into the "EngineMessages" context; tests/ui/test_errors.py fails when the
engine raises a message that has no template here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "EngineMessages"

#: Every message the engine raises, as a template.
TEMPLATES = cast(
    tuple[str, ...],
    (  # QT_TRANSLATE_NOOP gives back its text
        QT_TRANSLATE_NOOP("EngineMessages", "An event needs a title."),
        QT_TRANSLATE_NOOP("EngineMessages", "An event needs a date."),
        QT_TRANSLATE_NOOP("EngineMessages", "The end time must be after the start time."),
        QT_TRANSLATE_NOOP("EngineMessages", "The capacity cannot be negative."),
        QT_TRANSLATE_NOOP("EngineMessages", "'{0}' is not a valid email address."),
        QT_TRANSLATE_NOOP("EngineMessages", "A person needs a name."),
        QT_TRANSLATE_NOOP("EngineMessages", "A programme item needs a title."),
        QT_TRANSLATE_NOOP("EngineMessages", "A duration cannot be negative."),
        QT_TRANSLATE_NOOP("EngineMessages", "The number of tables cannot be negative."),
        QT_TRANSLATE_NOOP("EngineMessages", "A quote needs text."),
        QT_TRANSLATE_NOOP("EngineMessages", "A reaction needs text."),
        QT_TRANSLATE_NOOP("EngineMessages", "A rating is a number from 1 to 5."),
        QT_TRANSLATE_NOOP("EngineMessages", "Choose at least one table."),
        QT_TRANSLATE_NOOP("EngineMessages", "{0}: {1}."),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "{0} is in use by another program or kcdesk window, so this change was not saved; try again in a moment.",
        ),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} is read-only; changes cannot be saved."),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "The disk holding {0} is full; nothing was saved. Free some space and try again.",
        ),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} is not a kcdesk database."),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} is damaged and cannot be read safely; restore a backup."),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "{0} could not be read or written (a disk error), so this change was not saved. Check that the disk or USB stick is still connected and has free space, then try again.",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "{0} cannot be opened: the file or its folder may be missing or read-only ({1}).",
        ),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} is a folder, not a kcdesk database."),
        QT_TRANSLATE_NOOP("EngineMessages", "No database at {0}. Create one with 'kcdesk init {1}'."),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} already exists; not overwriting it."),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "{0} was made by a newer kcdesk (schema {1}); this kcdesk reads up to {2}. Update kcdesk to open it.",
        ),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} is damaged ({1}); restore a backup."),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} is open read-only; changes cannot be saved."),
        QT_TRANSLATE_NOOP("EngineMessages", "cannot switch the database to WAL mode (got {0})"),
        QT_TRANSLATE_NOOP("EngineMessages", "The folder {0} does not exist."),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} needs an upgrade but is read-only; make it writable first."),
        QT_TRANSLATE_NOOP("EngineMessages", "cannot lock {0}: its lock file keeps changing."),
        QT_TRANSLATE_NOOP(
            "EngineMessages", "cannot create {0} beside {1} ({2}); open the database read-only."
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "{0} beside the database is a {1}, not a lock file; kcdesk left it alone. Remove it, then open the database again (or open it read-only).",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "{0}-wal beside {1} does not belong to it or is damaged ({2}); kcdesk left both files as they were. If you copied a backup over the database, move {3}-wal and {4}-shm to another folder and open it again; otherwise restore a backup.",
        ),
        QT_TRANSLATE_NOOP("EngineMessages", "not a write-ahead log"),
        QT_TRANSLATE_NOOP("EngineMessages", "another page size"),
        QT_TRANSLATE_NOOP("EngineMessages", "the database with it fails the integrity check"),
        QT_TRANSLATE_NOOP("EngineMessages", "it cannot be checked: {0}"),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "a field of {0} characters is longer than kcdesk reads ({1})",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "a quote opened on line {0} is not closed on that line; lines {1}-{2} were read as one row and not imported (close the quote and import again)",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "the code {0} reads as {1}, which is already used by another registration",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "the email address {0} already belongs to {1}; different people are not merged (give each their own address)",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "the row holds bytes that are not valid UTF-8 (save the file as UTF-8 and import again)",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "the row is separated by '{0}' while the file uses '{1}'",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "{0} could not be written completely ({1}), so it was not saved; a file that was there keeps its old contents.",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "the file is empty",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "it does not start as a PDF",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "its end is missing",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "its cross-reference table is missing",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "its cross-reference table is damaged",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "an object it lists is missing",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "it has no pages",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "it has {0} pages instead of {1}",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "the output would not fit in memory",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "the template includes or calls itself without end",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "the template took longer than {0} seconds",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "The erasure is saved, but the erased text is still inside {0} ({1}); free some space, then run 'kcdesk privacy compact'.",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "the disk is full",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "the disk could not be written",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "{0} cannot be read here: its folder is read-only and {1}-wal beside it holds changes not yet written into the database. Copy both files to a writable folder and open the copy.",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "it is nested too deeply",
        ),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "{0} is not a number in standard JSON",
        ),
        QT_TRANSLATE_NOOP("EngineMessages", "symbolic link"),
        QT_TRANSLATE_NOOP("EngineMessages", "named pipe"),
        QT_TRANSLATE_NOOP("EngineMessages", "special file"),
        QT_TRANSLATE_NOOP("EngineMessages", "folder"),
        QT_TRANSLATE_NOOP("EngineMessages", "The backup {0} no longer exists."),
        QT_TRANSLATE_NOOP("EngineMessages", "A database cannot be restored from itself."),
        QT_TRANSLATE_NOOP("EngineMessages", "No event with id {0}."),
        QT_TRANSLATE_NOOP("EngineMessages", "There are no badges to print."),
        QT_TRANSLATE_NOOP("EngineMessages", "Cannot write the badges (is the file open elsewhere?)."),
        QT_TRANSLATE_NOOP(
            "EngineMessages", "Nobody is registered for this event yet; there are no badges to make."
        ),
        QT_TRANSLATE_NOOP("EngineMessages", "No registration with code '{0}' for this event."),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} is not a kcdesk journal."),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} was written by a newer kcdesk; update kcdesk to merge it."),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} is not a complete kcdesk journal."),
        QT_TRANSLATE_NOOP("EngineMessages", "The registration {0} was cancelled."),
        QT_TRANSLATE_NOOP("EngineMessages", "A walk-in needs a name."),
        QT_TRANSLATE_NOOP("EngineMessages", "No such file: {0}"),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} is not a kcdesk journal ({1})."),
        QT_TRANSLATE_NOOP("EngineMessages", "{0}: a journal entry is damaged ({1})."),
        QT_TRANSLATE_NOOP("EngineMessages", "Code {0} belongs to another event: {1}."),
        QT_TRANSLATE_NOOP("EngineMessages", "{0}: the event '{1}' is not in this database."),
        QT_TRANSLATE_NOOP("EngineMessages", "That programme item belongs to another event."),
        QT_TRANSLATE_NOOP("EngineMessages", "No note with id {0}."),
        QT_TRANSLATE_NOOP("EngineMessages", "A key figure needs a label."),
        QT_TRANSLATE_NOOP("EngineMessages", "That person is not in the directory."),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} is empty."),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "{0}: no name column found. Expected a header such as Voornaam/First Name, Achternaam/Last Name or Naam/Name.",
        ),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} could not be read as CSV at line {1}: {2}."),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "the row has {0} fields but the header has {1} (a missing quote or an extra separator?)",
        ),
        QT_TRANSLATE_NOOP("EngineMessages", "no name"),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} is a folder, not a CSV file."),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} cannot be read: {1}."),
        QT_TRANSLATE_NOOP("EngineMessages", "invalid email address '{0}'"),
        QT_TRANSLATE_NOOP("EngineMessages", "unknown status '{0}'"),
        QT_TRANSLATE_NOOP("EngineMessages", "the code {0} is already used by another registration"),
        QT_TRANSLATE_NOOP("EngineMessages", "'{0}' in column {1} is not yes or no"),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} is not a kcdesk event file."),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} was written by a newer kcdesk; update kcdesk to import it."),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} is a folder, not an event file."),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} is not a kcdesk event file ({1})."),
        QT_TRANSLATE_NOOP("EngineMessages", "An event '{0}' is already in this database."),
        QT_TRANSLATE_NOOP("EngineMessages", "The event file is incomplete or damaged ({0}: {1})."),
        QT_TRANSLATE_NOOP("EngineMessages", "The registration code {0} is already used in this database."),
        QT_TRANSLATE_NOOP("EngineMessages", "Two registrations in the file are for the same person ({0})."),
        QT_TRANSLATE_NOOP("EngineMessages", "No event '{0}'. 'kcdesk events' lists the events."),
        QT_TRANSLATE_NOOP("EngineMessages", "The organiser needs a name."),
        QT_TRANSLATE_NOOP("EngineMessages", "A series needs a name."),
        QT_TRANSLATE_NOOP("EngineMessages", "Save the event first."),
        QT_TRANSLATE_NOOP("EngineMessages", "An event cannot be its own next event."),
        QT_TRANSLATE_NOOP("EngineMessages", "No programme item with id {0}."),
        QT_TRANSLATE_NOOP("EngineMessages", "The new order must hold every programme item once."),
        QT_TRANSLATE_NOOP("EngineMessages", "No person with id {0}."),
        QT_TRANSLATE_NOOP("EngineMessages", "A sector needs a code."),
        QT_TRANSLATE_NOOP("EngineMessages", "Unknown sector '{0}'."),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} already belongs to {1}."),
        QT_TRANSLATE_NOOP("EngineMessages", "Save the person first."),
        QT_TRANSLATE_NOOP("EngineMessages", "Choose two different people to merge."),
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "This step cannot be undone: the people or registrations it changed have changed since "
            "(for example at the check-in desk).",
        ),
        QT_TRANSLATE_NOOP("EngineMessages", "Keep personal data between {0} and {1} months (got {2})."),
        QT_TRANSLATE_NOOP("EngineMessages", "No person with id or email '{0}'."),
        QT_TRANSLATE_NOOP("EngineMessages", "The retention period is a number of months from 1 to 1200."),
        QT_TRANSLATE_NOOP(
            "EngineMessages", "Cannot write '{0}': use a file name ending in .json, .html or .pdf."
        ),
        QT_TRANSLATE_NOOP("EngineMessages", "Cannot write {0}: {1}."),
        QT_TRANSLATE_NOOP("EngineMessages", "No registration with id {0}."),
        QT_TRANSLATE_NOOP("EngineMessages", "This person is already registered for this event."),
        QT_TRANSLATE_NOOP("EngineMessages", "The registration code {0} is already in use."),
        QT_TRANSLATE_NOOP("EngineMessages", "Tables can only be set for a table session."),
        QT_TRANSLATE_NOOP("EngineMessages", "There is no table {0}."),
        QT_TRANSLATE_NOOP("EngineMessages", "Seat this person at a table first."),
        QT_TRANSLATE_NOOP("EngineMessages", "Unknown language '{0}'; choose nl or en."),
        QT_TRANSLATE_NOOP("EngineMessages", "The event has no date; a calendar invitation needs one."),
        QT_TRANSLATE_NOOP("EngineMessages", "Cannot write the PDF {0}."),
        QT_TRANSLATE_NOOP("EngineMessages", "No template '{0}'. Available: {1}."),
        QT_TRANSLATE_NOOP("EngineMessages", "Give the output file an extension ({0}) to choose the format."),
        QT_TRANSLATE_NOOP("EngineMessages", "The template '{0}' cannot make .{1} files; choose {2}."),
        QT_TRANSLATE_NOOP(
            "EngineMessages", "Nobody is checked in yet, so there are no certificates to make."
        ),
        QT_TRANSLATE_NOOP("EngineMessages", "The template '{0}' has no file for language '{1}'."),
        QT_TRANSLATE_NOOP("EngineMessages", "The template '{0}' cannot make {1} files."),
        QT_TRANSLATE_NOOP("EngineMessages", "Badges are not available in this version of kcdesk."),
        # raised from the error classes themselves
        QT_TRANSLATE_NOOP(
            "EngineMessages",
            "{0} is in use by {1}; close it there first (commands that only read still work).",
        ),
        QT_TRANSLATE_NOOP("EngineMessages", "template {0}: {1}"),
        QT_TRANSLATE_NOOP("EngineMessages", "{0}: {1}"),
        QT_TRANSLATE_NOOP("EngineMessages", "template {0}, line {1}: {2}"),
        QT_TRANSLATE_NOOP("EngineMessages", "The export was cancelled."),
        # parts that end up inside another message
        QT_TRANSLATE_NOOP("EngineMessages", "another kcdesk"),
        QT_TRANSLATE_NOOP("EngineMessages", "{0} on {1} since {2}"),
        QT_TRANSLATE_NOOP("EngineMessages", "the database"),
        QT_TRANSLATE_NOOP("EngineMessages", "no such template file"),
        QT_TRANSLATE_NOOP("EngineMessages", "no template named {0}"),
        QT_TRANSLATE_NOOP("EngineMessages", "syntax error"),
        QT_TRANSLATE_NOOP("EngineMessages", "undefined value"),
        QT_TRANSLATE_NOOP("EngineMessages", "not allowed in a template: {0}"),
    ),
)

_HOLE = re.compile(r"\{(\d+)\}")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each template as an anchored regex with one group per hole; the most literal text first."""
    compiled = []
    for template in TEMPLATES:
        parts = _HOLE.split(template)  # literal, hole, literal, hole, …
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<h{p}>.+?)" for i, p in enumerate(parts))
        literal = sum(len(p) for p in parts[::2])
        compiled.append((literal, re.compile(regex + r"\Z", re.DOTALL), template))
    compiled.sort(key=lambda c: -c[0])
    return tuple((regex, template) for _, regex, template in compiled)


def match(text: str) -> tuple[str, dict[int, str]] | None:
    """The English template ``text`` was made from and the values in its holes, or None."""
    for regex, template in _patterns():
        m = regex.match(text)
        if m:
            return template, {int(k[1:]): v for k, v in m.groupdict().items()}
    return None


def template_of(exc_or_text: BaseException | str) -> str | None:
    """The English template of an engine message (to tell messages apart without parsing English)."""
    found = match(str(exc_or_text))
    return found[0] if found else None


def translate_error(exc_or_text: BaseException | str, _depth: int = 0) -> str:
    """An engine message (an exception or its text) in the user's language; unknown text unchanged."""
    text = str(exc_or_text)
    found = match(text)
    if found is None:
        return text
    template, values = found
    translated = QCoreApplication.translate("EngineMessages", template)  # marked above
    if _depth < 2:  # a value may itself be a message part ("another kcdesk")
        values = {k: translate_error(v, _depth + 1) for k, v in values.items()}
    return _HOLE.sub(lambda m: values.get(int(m.group(1)), m.group(0)), translated)


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
