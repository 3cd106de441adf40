"""Use cases over the store: what the screens and the CLI do. No Qt widgets."""

from __future__ import annotations

from kcdesk.store import Store


class Services:
    """All use cases over one open store, for the UI and the CLI."""

    def __init__(self, store: Store):
        from kcdesk.services.checkin import CheckinService
        from kcdesk.services.content import ContentService
        from kcdesk.services.events import EventService
        from kcdesk.services.people import PeopleService
        from kcdesk.services.registrations import RegistrationService
        from kcdesk.services.station_sync import Stations
        from kcdesk.services.tables import TableService

        self.store = store
        self.events = EventService(store)
        self.people = PeopleService(store)
        self.registrations = RegistrationService(store)
        self.checkin = CheckinService(store)
        self.content = ContentService(store)
        self.tables = TableService(store)
        self.stations = Stations(self.checkin)
