"""Exports through the templates (article, attendance, certificates, report...), for the facade.

The template engine lives in :mod:`kcdesk.export`, which works over the
services (``export.services.ExportServices``, which the facade fits); it is
imported on first use (Jinja and Qt's PDF writer are slow to load).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kcdesk.export.registry import Preview, TemplateInfo
    from kcdesk.export.services import ExportServices


class ExportService:
    def __init__(self, services: ExportServices):
        self.services = services

    def templates(self) -> list[TemplateInfo]:
        """The built-in templates and the user's own (which override a built-in of the same name)."""
        from kcdesk.export import registry

        return registry.templates()

    def find(self, name: str) -> TemplateInfo:
        from kcdesk.export import registry

        return registry.find(name)

    def export(
        self,
        event_id: int,
        name: str,
        path: Path | str,
        lang: str = "nl",
        fmt: str | None = None,
        progress: Callable[[int, int], object] | None = None,
    ) -> Path:
        """Render template ``name`` of an event to ``path`` (format from the extension); atomic."""
        from kcdesk.export import registry

        return registry.export(self.services, event_id, name, path, lang, fmt, progress)

    @staticmethod
    def is_publication(name: str) -> bool:
        """Is this template's output published (article, newsletter)? Then naming consent is checked first."""
        from kcdesk.export.registry import PUBLICATIONS

        return name in PUBLICATIONS

    def preview(self, event_id: int, name: str, fmt: str, lang: str = "nl") -> Preview:
        from kcdesk.export import registry

        return registry.preview(self.services, event_id, name, fmt, lang)

    def preview_job(
        self, event_id: int, name: str, fmt: str, lang: str = "nl", cancelled: threading.Event | None = None
    ) -> Callable[[], Preview]:
        """The preview as a job: the database is read now, on this thread; calling the result
        only renders, on any thread (the app's preview worker). ``cancelled`` stops that render."""
        from kcdesk.export import registry

        return registry.preview_job(self.services, event_id, name, fmt, lang, cancelled)

    def accreditation_list(
        self, event_id: int, register: str, path: Path | str, lang: str = "nl"
    ) -> tuple[Path, int]:
        """A register's list of who attended (.txt paste list, .pdf to sign, .csv); (path, people)."""
        from kcdesk.export.accreditation import export_register

        return export_register(self.services, event_id, register, path, lang)
