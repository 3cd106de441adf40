"""CSV import of registrations from registration forms and ticketing tools.

Reading the file (encodings, separators, headers) is csv_read.py. Valid rows are imported, every invalid row is
reported with its line number and reason, and importing the same file again
changes nothing. A dry run does all the work in a transaction it rolls back.
New people and their registrations are written a batch at a time (csv_batch.py); a row that
touches what is stored goes the per-row way, with the same outcome.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from kcdesk.domain.codes import normalise_code
from kcdesk.domain.enums import JournalAction, RegistrationSource, RegistrationStatus
from kcdesk.domain.errors import (
    CsvIsFolder,
    CsvRowBadEmail,
    CsvRowBadStatus,
    CsvRowCodeTaken,
    CsvRowNoName,
    CsvRowNotYesNo,
    CsvRowWidth,
    EventNotFound,
    FileUnreadable,
    KcdeskError,
    NoSuchFile,
    ValidationError,
)
from kcdesk.domain.errors_safety import CsvRowCodeReadsAs, CsvRowSharedEmail
from kcdesk.domain.models import PERSON_DETAILS, JournalEntry, Person, Registration, Sector
from kcdesk.domain.names import normalised_key, split_name, words
from kcdesk.domain.rules import validate_email
from kcdesk.services.csv_batch import Matches, NewRows
from kcdesk.services.csv_read import (
    FIELDS,
    HEADERS,
    REGISTER_FIELDS,
    ParsedCsv,
    decode,
    header_field,
    parse,
)
from kcdesk.services.import_undo import ImportChanges
from kcdesk.store import Store
from kcdesk.store.people import email_key
from kcdesk.store.rows import now

if TYPE_CHECKING:
    from kcdesk.services.accreditation import AccreditationService

__all__ = [
    "FIELDS",
    "HEADERS",
    "CsvImporter",
    "ImportResult",
    "ParsedCsv",
    "RowFixes",
    "decode",
    "header_field",
    "parse",
]

STATUS_WORDS: dict[str, RegistrationStatus] = {
    "attending": RegistrationStatus.REGISTERED,
    "registered": RegistrationStatus.REGISTERED,
    "aangemeld": RegistrationStatus.REGISTERED,
    "ingeschreven": RegistrationStatus.REGISTERED,
    "bevestigd": RegistrationStatus.REGISTERED,
    "confirmed": RegistrationStatus.REGISTERED,
    "checked in": RegistrationStatus.ATTENDED,
    "attended": RegistrationStatus.ATTENDED,
    "aanwezig": RegistrationStatus.ATTENDED,
    "not attending": RegistrationStatus.CANCELLED,
    "cancelled": RegistrationStatus.CANCELLED,
    "canceled": RegistrationStatus.CANCELLED,
    "refunded": RegistrationStatus.CANCELLED,
    "deleted": RegistrationStatus.CANCELLED,
    "afgemeld": RegistrationStatus.CANCELLED,
    "geannuleerd": RegistrationStatus.CANCELLED,
    "waitlist": RegistrationStatus.WAITLISTED,
    "waitlisted": RegistrationStatus.WAITLISTED,
    "wachtlijst": RegistrationStatus.WAITLISTED,
}

#: the fields of register numbers: a row with none of them has no numbers to check
_REGISTER_KEYS = frozenset(REGISTER_FIELDS) | {"register_number", "register", "register_consent"}

YES = {"ja", "yes", "y", "j", "1", "true", "waar", "x", "akkoord", "agree", "ok"}
NO = {"nee", "no", "n", "0", "false", "onwaar", ""}


@dataclass
class ImportError_:
    line: int
    message: str
    #: the refusal itself (the app shows it in the user's language); None when read back from JSON
    error: KcdeskError | None = field(default=None, compare=False, repr=False)

    @property
    def field(self) -> str:
        """The field at fault where it is one ("email"), so the wizard can offer to correct it."""
        return "email" if isinstance(self.error, CsvRowBadEmail) else ""


@dataclass
class RowFixes:
    """What the coordinator decided in the import wizard, applied as the rows are imported.

    ``emails``: line -> the address to use instead of the file's ('' imports the row without
    one); ``notes``: line -> a note added to that row's person (why the address is missing);
    ``sectors``: a sector as written in the file -> the code of an existing sector, or of one in
    ``new_sectors`` (code -> Dutch label), which the import creates (a trial run creates nothing).
    """

    emails: dict[int, str] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)
    new_sectors: dict[str, str] = field(default_factory=dict)


@dataclass
class ImportResult:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[ImportError_] = field(default_factory=list)
    dry_run: bool = False
    #: what the import changed, for undo (import_undo.undo_import); None after a dry run
    changes: ImportChanges | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "errors": [{"line": e.line, "message": e.message} for e in self.errors],
        }


class _Rollback(Exception):
    pass


@dataclass(slots=True)
class _Checked:
    """A row read and checked; what is left is whom it matches and whether its code is free."""

    line: int
    incoming: Person
    #: the incoming person's address as the database compares it (``email_key``), and match key
    address: str
    key: str
    #: the file gives a status (else a known registration keeps its own)
    has_status: bool
    status: RegistrationStatus
    #: a note for the person (why an address is missing), from the wizard's fixes
    note: str
    #: yes/no columns given: field -> value
    flags: dict[str, bool]
    #: register numbers that passed their check: (register, number, consent)
    numbers: list[tuple[str, str, bool]]
    #: register numbers that did not (the rest of the row is still imported)
    number_problems: list[ValidationError]
    #: the code as the file writes it, and as the door reads it ("" when the row gives none)
    written: str
    code: str


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _collector_paused(method: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``method`` with Python's cycle collector paused, as it was before afterwards.

    An import makes a few objects per row that all live until it ends (reference counting frees
    them, there are no cycles to find); the collector's passes over them cost about a tenth of
    a 10k-row import.
    """

    @functools.wraps(method)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        was = gc.isenabled()
        gc.disable()
        try:
            return method(*args, **kwargs)
        finally:
            if was:
                gc.enable()

    return run


def _yes(value: str) -> bool | None:
    v = " ".join(words(value))
    if v in YES:
        return True
    if v in NO:
        return False
    return None


def _same_person(known: Person, incoming: Person) -> bool:
    """Can a row with ``known``'s e-mail address be ``known``? A corrected given or family
    name still is; a wholly different name is another person sharing the address."""
    if not (incoming.given_name or incoming.family_name):
        return True

    def key(*parts: str) -> str:
        return " ".join(words(" ".join(parts)))

    return (
        key(known.given_name, known.particle, known.family_name)
        == key(incoming.given_name, incoming.particle, incoming.family_name)
        or (bool(incoming.given_name) and key(known.given_name) == key(incoming.given_name))
        or (bool(incoming.family_name) and key(known.family_name) == key(incoming.family_name))
    )


class CsvImporter:
    def __init__(self, store: Store):
        self.store = store
        from kcdesk.services.people import PeopleService

        self.people = PeopleService(store)
        self._registers: dict[str, str] = {}  # register as written in the file -> as stored
        self._progress: Callable[[int, int], None] | None = None
        self._total = 0
        self._sector_cache: dict[str, str] = {}
        self._changes: ImportChanges | None = None
        self._fixes = RowFixes()

    @_collector_paused
    def import_file(
        self,
        path: str | Path,
        event_id: int,
        *,
        dry_run: bool = False,
        mapping: dict[int, str] | None = None,
        progress: Callable[[int, int], None] | None = None,
        batch_size: int | None = None,
        committed: Callable[[int], None] | None = None,
    ) -> ImportResult:
        path = Path(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise NoSuchFile(path=path) from None
        except IsADirectoryError:
            raise CsvIsFolder(path=path) from None
        except OSError as exc:
            raise FileUnreadable(path=path, detail=exc.strerror) from None
        parsed = parse(data, path.name)
        if mapping is not None:
            parsed.mapping = mapping
        return self.import_parsed(
            parsed, event_id, dry_run=dry_run, progress=progress, batch_size=batch_size, committed=committed
        )

    @_collector_paused
    def import_parsed(
        self,
        parsed: ParsedCsv,
        event_id: int,
        *,
        dry_run: bool = False,
        progress: Callable[[int, int], None] | None = None,
        batch_size: int | None = None,
        committed: Callable[[int], None] | None = None,
        fixes: RowFixes | None = None,
    ) -> ImportResult:
        """Import the rows: one transaction, or with ``batch_size`` one per that many rows.

        Batches keep a crash from costing more than the batch in progress (importing
        the file again adds the rest, changing nothing twice); ``committed(n)`` is
        called after each commit with the number of rows done. A dry run is always
        one transaction, rolled back.

        ``result.changes`` records what the import did, for
        :func:`~kcdesk.services.import_undo.undo_import` and ``redo_import``. A
        batched import that finishes is undone as a whole; one that fails half-way
        returns no result, so its committed batches have no undo record (import
        the file again to complete it).
        """
        if self.store.events.get(event_id) is None:
            raise EventNotFound(event_id=event_id)
        result = ImportResult(dry_run=dry_run)
        result.errors.extend(ImportError_(line, str(why), why) for line, why in parsed.problems)
        changes = self._changes = None if dry_run else ImportChanges(event_id)
        self._fixes = fixes or RowFixes()
        sectors = {s.code for s in self.people.sectors()}
        new_sectors = {c: label for c, label in self._fixes.new_sectors.items() if c not in sectors}
        total = self._total = len(parsed.rows)
        self._progress = progress
        size = total if dry_run or not batch_size or batch_size < 1 else batch_size
        n = 0
        try:
            for start in range(0, max(total, 1), max(size, 1)):
                # new people enter the search index once at the end of the batch, not a row at a time
                with self.store.write(), self.store.people.search_index_deferred():
                    for position, (code, label) in enumerate(new_sectors.items(), start=len(sectors)):
                        self.store.people.save_sector(Sector(code, label, label, position))
                    sectors |= set(new_sectors)
                    new_sectors = {}
                    n = self._batch(parsed, parsed.rows[start : start + size], event_id, sectors, result, n)
                    if progress and total:
                        progress(n, total)
                    if dry_run:
                        raise _Rollback
                if committed:
                    committed(n)
        except _Rollback:
            pass
        finally:
            self._changes = None
            self._fixes = RowFixes()
            self._progress = None
        result.errors.sort(key=lambda e: e.line)
        if changes is not None:
            changes.journal_high_water = self.store.journal.high_water()
            result.changes = changes
        if not dry_run:
            self.store.notify("people")
            self.store.notify("registrations", event_id=event_id)
        return result

    def unknown_sectors(self, parsed: ParsedCsv) -> list[tuple[str, int]]:
        """Sectors as written in the file that match no known sector, with how many rows have each
        (the import would file them under "other" unless the wizard maps them)."""
        columns = [i for i, f in sorted(parsed.mapping.items()) if f == "sector"]
        known = {s.code for s in self.people.sectors()}
        counts: dict[str, int] = {}
        for _line, record in parsed.rows:
            value = next(
                (" ".join(record[i].split()) for i in columns if i < len(record) and record[i].strip()), ""
            )
            if value and self.people.recognised_sector(value) not in known:
                counts[value] = counts.get(value, 0) + 1
        return sorted(counts.items(), key=lambda item: (-item[1], item[0].lower()))

    def _batch(
        self,
        parsed: ParsedCsv,
        batch: list[tuple[int, list[str]]],
        event_id: int,
        sectors: set[str],
        result: ImportResult,
        n: int,
    ) -> int:
        """Import one batch's rows inside the caller's transaction; returns ``n`` plus the rows done.

        Every row is checked first; then whom the rows can match is read in a few queries, and new
        people with their registrations are collected and written in bulk (``csv_batch``). A row that
        matches someone or checks in takes the per-row way (:meth:`_write`).
        """
        checked: list[_Checked] = []
        columns = sorted(parsed.mapping.items())
        for line, record in batch:
            try:
                checked.append(self._check(parsed, columns, record, sectors, line))
            except ValidationError as exc:
                result.errors.append(ImportError_(line, str(exc), exc))
        bulk = NewRows(self.store, event_id, {c.code for c in checked if c.code}, len(checked))
        matches = Matches(self.store, {c.address for c in checked if c.address}, {c.key for c in checked})
        end = n + len(batch)
        done = end - len(checked)  # the rows refused by their check count as done
        for c in checked:
            done += 1
            try:
                outcome = self._apply(c, event_id, bulk, matches)
                setattr(result, outcome, getattr(result, outcome) + 1)
            except ValidationError as exc:
                result.errors.append(ImportError_(c.line, str(exc), exc))
            else:
                result.errors += [ImportError_(c.line, str(e), e) for e in c.number_problems]
            if self._progress and done % 200 == 0 and done < end:
                self._progress(done, self._total)
        bulk.write()
        return end

    def _apply(self, c: _Checked, event_id: int, bulk: NewRows, matches: Matches) -> str:
        """Import one checked row: a new person in bulk, anything else the per-row way."""
        incoming = c.incoming
        if c.status == RegistrationStatus.ATTENDED or matches.anyone(c.address, c.key):
            bulk.write()  # the per-row way reads the database: it must hold the rows collected so far
            outcome, person = self._write(c, event_id, bulk)
            matches.put(person.id, email_key(person.email), self._key(person))  # type: ignore[arg-type]
            if outcome == "imported":
                bulk.renumber()
            return outcome
        if c.code in bulk.used:
            raise self._code_refusal(c)
        for f, yes in c.flags.items():
            setattr(incoming, f, yes)
        incoming.notes = c.note
        bulk.add_person(incoming, c.key)
        matches.put(incoming.id, c.address, c.key)  # type: ignore[arg-type]
        for register, number, consent in c.numbers:
            bulk.add_membership(incoming.id, register, number, consent)  # type: ignore[arg-type]
        reg_id = bulk.add_registration(incoming.id, c.code, str(c.status), str(RegistrationSource.IMPORT))  # type: ignore[arg-type]
        if self._changes is not None:
            self._changes.people_created.add(incoming.id)  # type: ignore[arg-type]
            self._changes.registrations_created.add(reg_id)
        return "imported"

    @staticmethod
    def _key(p: Person) -> str:
        return normalised_key(p.given_name, p.particle, p.family_name, p.organisation)

    @staticmethod
    def _code_refusal(c: _Checked) -> ValidationError:
        if c.written != c.code:
            return CsvRowCodeReadsAs(written=c.written, reg_code=c.code)
        return CsvRowCodeTaken(reg_code=c.code)

    def _check(
        self,
        parsed: ParsedCsv,
        columns: list[tuple[int, str]],
        record: list[str],
        sectors: set[str],
        line: int = 0,
    ) -> _Checked:
        """Read a row and check all of it that needs no look-up of people or codes (no writes).

        ``columns``: the file's mapping as (column, field), by column.
        """
        if len(record) > len(parsed.header) and any(c.strip() for c in record[len(parsed.header) :]):
            raise CsvRowWidth(fields=len(record), columns=len(parsed.header))
        # every field is one line: a newline or tab inside quotes (forms allow them) becomes a space
        # two columns mapped to one field: the first that is filled in counts, an empty one erases nothing
        v: dict[str, str] = {}
        width = len(record)
        for i, f in columns:
            if i < width and f not in v and (text := " ".join(record[i].split())):
                v[f] = text
        given, particle, family = v.get("given_name", ""), v.get("particle", ""), v.get("family_name", "")
        if not (given or family) and v.get("full_name"):
            given, particle, family = split_name(v["full_name"])
        if not particle and " " in family:  # "van Dijk" in the family name column
            g2, p2, f2 = split_name(f"x {family}")
            if p2:
                particle, family = p2, f2
        if not (given or family):
            raise CsvRowNoName()
        email = self._fixes.emails.get(line, v.get("email", "")).strip()
        try:
            validate_email(email)
        except ValidationError as exc:
            raise CsvRowBadEmail(email=email) from exc
        sector = ""
        if v.get("sector") in self._fixes.sectors:
            sector = self._fixes.sectors[v["sector"]]
        elif v.get("sector"):
            sector = self._sector_cache.get(v["sector"]) or ""
            if not sector:
                sector = self.people.sector_code(v["sector"])
                if sector not in sectors:
                    sector = "other"
                self._sector_cache[v["sector"]] = sector
        status = RegistrationStatus.REGISTERED
        if v.get("status"):
            key = " ".join(words(v["status"]))
            if key not in STATUS_WORDS:
                raise CsvRowBadStatus(status=v["status"])
            status = STATUS_WORDS[key]
        incoming = Person(
            given_name=given,
            particle=particle,
            family_name=family,
            email=email,
            phone=v.get("phone", ""),
            organisation=v.get("organisation", ""),
            job_title=v.get("job_title", ""),
            sector=sector,
        )
        note = self._fixes.notes.get(line, "")
        flags = {}
        for f in ("newsletter", "consent_photo", "consent_quote", "consent_name"):
            if f in v:
                yes = _yes(v[f])
                if yes is None:
                    raise CsvRowNotYesNo(value=v[f], column=f)
                flags[f] = yes

        numbers, problems = self._register_numbers(v) if not _REGISTER_KEYS.isdisjoint(v) else ([], [])

        written = v.get("code", "").strip()
        return _Checked(
            line=line,
            incoming=incoming,
            address=email_key(email),
            key=self._key(incoming),
            has_status=bool(v.get("status")),
            status=status,
            note=note,
            flags=flags,
            numbers=numbers,
            number_problems=problems,
            written=written,
            code=normalise_code(written),  # as the door reads it: abc-123 is ABC123
        )

    def _write(self, c: _Checked, event_id: int, bulk: NewRows) -> tuple[str, Person]:
        """Import a checked row the per-row way: match, update or add, register, check in.

        Returns the outcome and the person the row is."""
        incoming, flags, note, numbers, status, code = (
            c.incoming,
            c.flags,
            c.note,
            c.numbers,
            c.status,
            c.code,
        )
        email = incoming.email
        person = self.people.find_match(incoming)
        if person is not None and email and not _same_person(person, incoming):
            raise CsvRowSharedEmail(email=email, owner=person.name)
        if code:
            owner = self.store.registrations.by_code(code)
            if owner is not None and (
                person is None or owner.person_id != person.id or owner.event_id != event_id
            ):
                raise self._code_refusal(c)
        changed = False
        if person is None:
            for f, yes in flags.items():
                setattr(incoming, f, yes)
            incoming.notes = note
            self.store.people.insert(incoming)
            person = incoming
            created = True
            if self._changes is not None:
                self._changes.people_created.add(person.id)  # type: ignore[arg-type]
        else:
            created = False
            for f in PERSON_DETAILS:
                new = getattr(incoming, f)
                if new and new != getattr(person, f):
                    setattr(person, f, new)
                    changed = True
            for f, yes in flags.items():
                if getattr(person, f) != yes:
                    setattr(person, f, yes)
                    changed = True
            if note and note not in person.notes:
                person.notes = f"{person.notes}\n{note}".strip()
                changed = True
            if changed:
                self._remember_person(person.id)  # type: ignore[arg-type]
                self.store.people.update(person)

        for register, number, consent in numbers:
            if self._save_membership(person.id, register, number, consent, created):  # type: ignore[arg-type]
                changed = True

        # a person just added cannot have a registration yet: one query less per new row
        reg = None if created else self.store.registrations.for_person(event_id, person.id)  # type: ignore[arg-type]
        if reg is None:
            checked_in = status == RegistrationStatus.ATTENDED
            reg = Registration(
                event_id=event_id,
                person_id=person.id,  # type: ignore[arg-type]
                code=code,
                status=RegistrationStatus.REGISTERED if checked_in else status,
                source=RegistrationSource.IMPORT,
            )
            if code:
                self.store.registrations.insert(reg)
                bulk.used.add(code)
            else:
                self.store.registrations.insert_with_code(reg, bulk.draw)
            if self._changes is not None:
                self._changes.registrations_created.add(reg.id)  # type: ignore[arg-type]
            if checked_in:
                self._import_checkin(event_id, reg.code)
            return "imported", person
        if c.has_status:
            current_present = reg.checked_in_at is not None
            if status == RegistrationStatus.ATTENDED and not current_present:
                self._remember_registration(reg.id)  # type: ignore[arg-type]
                self._import_checkin(event_id, reg.code)
                changed = True
            elif (
                status not in (RegistrationStatus.ATTENDED,) and status != reg.status and not current_present
            ):
                self._remember_registration(reg.id)  # type: ignore[arg-type]
                reg.status = status
                self.store.registrations.update(reg)
                changed = True
        return ("updated" if changed else "unchanged"), person

    def _register_numbers(
        self, v: dict[str, str]
    ) -> tuple[list[tuple[str, str, bool]], list[ValidationError]]:
        """The row's register numbers that pass their register's check: (register, number, consent),
        and the problems of those that do not (reported with the row's line; the rest of the row is
        still imported).
        """
        # here, not at the top: most files have no register numbers (start-up is measured)
        from kcdesk.domain.accreditation import normalise_number
        from kcdesk.domain.errors_accreditation import RegisterNumberSkipped, RegisterNumberWithoutRegister

        problems: list[ValidationError] = []
        wanted = [(register, v[f]) for f, register in REGISTER_FIELDS.items() if f in v]
        if v.get("register_number"):
            if v.get("register"):
                wanted.append((v["register"], v["register_number"]))
            else:
                problems.append(RegisterNumberWithoutRegister(number=v["register_number"]))
        consent = True
        if v.get("register_consent"):
            yes = _yes(v["register_consent"])
            if yes is None:
                raise CsvRowNotYesNo(value=v["register_consent"], column="register_consent")
            consent = yes
        good = []
        for register, number in wanted:
            try:
                name = self._registers.get(register) or self._registers.setdefault(
                    register, self.accreditation.resolve_register(register)
                )
                good.append((name, normalise_number(name, number), consent))
            except ValidationError as exc:
                problems.append(RegisterNumberSkipped(problem=exc))
        return good, problems

    @functools.cached_property
    def accreditation(self) -> AccreditationService:
        """Registers and their number checks (made when a file first has register numbers)."""
        from kcdesk.services.accreditation import AccreditationService

        return AccreditationService(self.store)

    def _save_membership(
        self, person_id: int, register: str, number: str, consent: bool, created: bool
    ) -> bool:
        """Record a register number from the file; True when it changed what was stored."""
        acc = self.store.accreditation
        before = None if created else acc.membership_row(person_id, register)
        if before is not None and before["number"] == number and bool(before["consent"]) == consent:
            return False
        ch = self._changes
        if ch is not None and not created and (person_id, register) not in ch.memberships_before:
            ch.memberships_before[(person_id, register)] = before
        from kcdesk.domain.accreditation import RegisterMembership

        acc.save_membership(RegisterMembership(person_id, register, number, consent))
        return True

    def _remember_person(self, person_id: int) -> None:
        """Keep a person's row as it was before this import first changes it (for undo)."""
        ch = self._changes
        if ch is not None and person_id not in ch.people_before and person_id not in ch.people_created:
            ch.people_before[person_id] = self.store.people.row(person_id)  # type: ignore[assignment]

    def _remember_registration(self, reg_id: int) -> None:
        ch = self._changes
        if (
            ch is not None
            and reg_id not in ch.registrations_before
            and reg_id not in ch.registrations_created
        ):
            ch.registrations_before[reg_id] = self.store.registrations.row(reg_id)  # type: ignore[assignment]

    def _import_checkin(self, event_id: int, code: str) -> None:
        import uuid  # here, not at the top: only check-ins need it (start-up is measured)

        from kcdesk.services.checkin import CheckinService

        svc = CheckinService(self.store, station="import")
        uid = uuid.uuid5(uuid.NAMESPACE_URL, f"kcdesk-import:{event_id}:{code}").hex
        added = self.store.journal.append(
            JournalEntry(
                uid=uid,
                event_id=event_id,
                code=code,
                action=JournalAction.CHECKIN,
                station="import",
                at=now(),
            )
        )
        if added and self._changes is not None:
            self._changes.journal_added.append(uid)
        svc.derive(event_id, code)


class CsvImportService:
    """Registrations from CSV files, and undoing or redoing an import."""

    def __init__(self, store: Store):
        self.store = store

    def importer(self) -> CsvImporter:
        """A new importer (one per file: it remembers what it changed, for undo)."""
        return CsvImporter(self.store)

    def import_file(self, path: str | Path, event_id: int, **options: Any) -> ImportResult:
        return self.importer().import_file(path, event_id, **options)

    def undo(self, changes: ImportChanges) -> None:
        """Reverse an import in one transaction (refused when its rows changed since)."""
        from kcdesk.services.import_undo import undo_import

        undo_import(self.store, changes)

    def redo(self, changes: ImportChanges) -> None:
        from kcdesk.services.import_undo import redo_import

        redo_import(self.store, changes)
