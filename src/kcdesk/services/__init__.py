"""Use cases over the store: what the screens and the CLI do. No Qt widgets."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from kcdesk.store import Store

if TYPE_CHECKING:
    from kcdesk.services.mail import MailService


class Services:
    """All use cases over one open store, for the UI and the CLI."""

    def __init__(self, store: Store):
        from kcdesk.services.checkin import CheckinService
        from kcdesk.services.content import ContentService
        from kcdesk.services.events import EventService
        from kcdesk.services.people import PeopleService
        from kcdesk.services.registrations import RegistrationService
        from kcdesk.services.tables import TableService
        from kcdesk.services.waitlist import WaitlistService

        self.store = store
        self.events = EventService(store)
        self.people = PeopleService(store)
        self.registrations = RegistrationService(store)
        self.checkin = CheckinService(store)
        self.content = ContentService(store)
        self.tables = TableService(store)
        self.waitlist = WaitlistService(store)

    @functools.cached_property
    def mail(self) -> MailService:
        """Mail to participants (smtplib and email load on first use, not at start-up)."""
        from kcdesk.services.mail import MailService

        return MailService(self)
