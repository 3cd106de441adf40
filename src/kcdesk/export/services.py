"""What the exports need of kcdesk's services, as a protocol.

``kcdesk.services.Services`` fits it; naming the facade itself here would make
an import cycle (the facade offers the exports, the exports use the facade).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # for the types only: the badges module loads Qt
    from kcdesk.services.accreditation import AccreditationService
    from kcdesk.services.badges import BadgeService
    from kcdesk.services.content import ContentService
    from kcdesk.services.events import EventService
    from kcdesk.services.people import PeopleService
    from kcdesk.services.privacy import PrivacyService
    from kcdesk.services.registrations import RegistrationService


class ExportServices(Protocol):
    @property
    def accreditation(self) -> AccreditationService: ...

    @property
    def events(self) -> EventService: ...

    @property
    def people(self) -> PeopleService: ...

    @property
    def registrations(self) -> RegistrationService: ...

    @property
    def content(self) -> ContentService: ...

    @property
    def privacy(self) -> PrivacyService: ...

    @property
    def badges(self) -> BadgeService: ...
