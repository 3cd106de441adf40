"""What kcdesk can do: the one way in for the app (ui/) and the command line (cli/).

``Services`` over one open database holds every use case. The screens and the
commands talk to these attributes only, never to the store below them
(``tests/test_layers.py`` enforces it). Each attribute is made on first use,
so opening a database stays quick.

The database
    :meth:`Services.open`, :meth:`~Services.close`, :attr:`~Services.path`,
    :attr:`~Services.name`, :attr:`~Services.readonly`, :meth:`~Services.subscribe`
    (change notifications for the app's models), :meth:`~Services.database_error`.
    The demo kenniscafé: ``kcdesk.services.demo.load_demo(services)``.

Planning
    ``event_list``     the events with their counts, for lists and choosers (reading only)
    ``events``         events, series, the organiser, the programme, next edition, delete (with undo)
    ``people``         the people directory: search, create, edit, merge and unmerge, sectors
    ``registrations``  register, waiting list, cancel, statuses, counts
    ``tables``         table sessions: seating, hosts, table lists (PDF)
    ``charts``         attendance by sector and over a series
    ``content``        notes, quotes and reactions for the article
    ``authoring``      content field by field for scripts: event fields, people and items by name,
                       sector labels, times afterwards, naming consent of the notes
    ``csv_import``     registrations from a CSV file, and undoing/redoing an import
    ``accreditation``  accreditation points: register numbers, accreditations, lists for the registers

At the door
    ``checkin``        check-in, undo, walk-ins, group check-in, counts, no-shows
    ``door``           the door search (names, codes, scans; fuzzy)
    ``journals``       station journals: export this station's, merge the others'
    ``badges``         name badges (PDF, printer)

Files
    ``transfer``       an event as a file: export, read, import (with undo)
    ``exports``        the templates: article, attendance, certificates, report... (md/html/docx/pdf/csv/ics)
    ``backups``        the daily copy, a copy on request, the list, restoring one
    ``integrity``      the full check of the open database, on demand (File › Check database)

Mail
    ``mail``           the outbox: settings (password in the keyring), render, queue, send (SMTP), .eml files
    ``waitlist``       waitlist offers: one free seat to one person at a time, lapse, answers

Privacy and settings
    ``privacy``        access requests (report), erasure, retention, anonymising, compacting
    ``preferences``    preferences kept in the database itself (retention)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from kcdesk.domain.errors import KcdeskError
from kcdesk.store import Store

TYPE_CHECKING = False  # typing itself is not imported at run time (start-up of the command line)
if TYPE_CHECKING:
    import sqlite3

    from kcdesk.services.accreditation import AccreditationService
    from kcdesk.services.authoring import AuthoringService
    from kcdesk.services.backups import BackupService
    from kcdesk.services.badges import BadgeService
    from kcdesk.services.charts import ChartService
    from kcdesk.services.checkin import CheckinService
    from kcdesk.services.content import ContentService
    from kcdesk.services.csv_import import CsvImportService
    from kcdesk.services.door_search import DoorSearch
    from kcdesk.services.event_list import EventListService
    from kcdesk.services.event_transfer import EventTransfer
    from kcdesk.services.events import EventService
    from kcdesk.services.exports import ExportService
    from kcdesk.services.integrity import IntegrityService
    from kcdesk.services.mail import MailService
    from kcdesk.services.people import PeopleService
    from kcdesk.services.preferences import DatabasePreferences
    from kcdesk.services.privacy import PrivacyService
    from kcdesk.services.registrations import RegistrationService
    from kcdesk.services.station_journal import JournalService
    from kcdesk.services.station_sync import Stations
    from kcdesk.services.tables import TableService
    from kcdesk.services.waitlist import WaitlistService


class Services:
    """All use cases over one open database, for the UI and the CLI."""

    def __init__(self, store: Store):
        self.store = store  # for the services and exports below; never for ui/ or cli/

    # -- the database -----------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | Path | None,
        *,
        create: bool = False,
        readonly: bool = False,
        take_over: bool = False,
        migrate: bool = True,
    ) -> Services:
        """Open (or with ``create``, make) a database; ``None`` is an in-memory one.

        Refuses a missing, foreign, damaged or newer file, and one another kcdesk
        has open for writing (DatabaseInUseError); the file is left as it was.
        ``migrate=False`` opens an older database without upgrading it (read-only use).
        """
        from kcdesk.store import open_store

        return cls(open_store(path, create=create, readonly=readonly, take_over=take_over, migrate=migrate))

    @staticmethod
    def database_error(exc: sqlite3.Error, path: Path | str) -> KcdeskError:
        """A raw SQLite error that escaped a service, as the sentence a coordinator understands."""
        from kcdesk.store.database import database_error

        return database_error(exc, path)

    def close(self) -> None:
        self.store.close()

    @property
    def path(self) -> Path | None:
        return self.store.path

    @property
    def name(self) -> str:
        return self.store.name

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    @property
    def locked(self) -> bool:
        """True while this kcdesk holds the database's write lock."""
        return self.store.lock is not None

    def subscribe(self, listener: Callable[[str, dict], None]) -> None:
        """Call ``listener(topic, info)`` after every change (the app's models refresh)."""
        self.store.subscribe(listener)

    def unsubscribe(self, listener: Callable[[str, dict], None]) -> None:
        self.store.unsubscribe(listener)

    # -- planning -----------------------------------------------------------------
    @cached_property
    def event_list(self) -> EventListService:
        """The events with their counts, for lists and choosers (reading only)."""
        from kcdesk.services.event_list import EventListService

        return EventListService(self.store)

    @cached_property
    def events(self) -> EventService:
        from kcdesk.services.events import EventService

        return EventService(self.store)

    @cached_property
    def people(self) -> PeopleService:
        from kcdesk.services.people import PeopleService

        return PeopleService(self.store)

    @cached_property
    def registrations(self) -> RegistrationService:
        from kcdesk.services.registrations import RegistrationService

        return RegistrationService(self.store)

    @cached_property
    def tables(self) -> TableService:
        from kcdesk.services.tables import TableService

        return TableService(self.store)

    @cached_property
    def charts(self) -> ChartService:
        from kcdesk.services.charts import ChartService

        return ChartService(self.store)

    @cached_property
    def content(self) -> ContentService:
        from kcdesk.services.content import ContentService

        return ContentService(self.store)

    @cached_property
    def authoring(self) -> AuthoringService:
        """Content entered field by field: ``kcdesk event set``, ``note add`` ... (issue 14)."""
        from kcdesk.services.authoring import AuthoringService

        return AuthoringService(self.store)

    @cached_property
    def csv_import(self) -> CsvImportService:
        from kcdesk.services.csv_import import CsvImportService

        return CsvImportService(self.store)

    @cached_property
    def accreditation(self) -> AccreditationService:
        from kcdesk.services.accreditation import AccreditationService

        return AccreditationService(self.store)

    # -- at the door --------------------------------------------------------------
    @cached_property
    def checkin(self) -> CheckinService:
        from kcdesk.services.checkin import CheckinService

        return CheckinService(self.store)

    @property
    def door(self) -> DoorSearch:
        return self.checkin.finder

    @cached_property
    def journals(self) -> JournalService:
        from kcdesk.services.station_journal import JournalService

        return JournalService(self.checkin)

    @cached_property
    def stations(self) -> Stations:
        """Door stations sharing check-ins live through a folder."""
        from kcdesk.services.station_sync import Stations

        return Stations(self.checkin)

    @cached_property
    def badges(self) -> BadgeService:
        from kcdesk.services.badges import BadgeService

        return BadgeService(self.store)

    # -- files ----------------------------------------------------------------------
    @cached_property
    def transfer(self) -> EventTransfer:
        from kcdesk.services.event_transfer import EventTransfer

        return EventTransfer(self.store)

    @cached_property
    def exports(self) -> ExportService:
        from kcdesk.services.exports import ExportService

        return ExportService(self)

    @cached_property
    def backups(self) -> BackupService:
        from kcdesk.services.backups import BackupService

        return BackupService(self.store)

    @cached_property
    def integrity(self) -> IntegrityService:
        from kcdesk.services.integrity import IntegrityService

        return IntegrityService(self.store)

    # -- mail to participants ---------------------------------------------------------
    @cached_property
    def mail(self) -> MailService:
        """Mail to participants (smtplib and email load on first use, not at start-up)."""
        from kcdesk.services.mail import MailService

        return MailService(self, type(self))

    @cached_property
    def waitlist(self) -> WaitlistService:
        from kcdesk.services.waitlist import WaitlistService

        return WaitlistService(self.store)

    # -- privacy and settings -------------------------------------------------------
    @cached_property
    def privacy(self) -> PrivacyService:
        from kcdesk.services.privacy import PrivacyService

        return PrivacyService(self.store)

    @cached_property
    def preferences(self) -> DatabasePreferences:
        from kcdesk.services.preferences import DatabasePreferences

        return DatabasePreferences(self.store)
