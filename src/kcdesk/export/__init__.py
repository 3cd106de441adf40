"""Exports of an event through Jinja templates: article, lists, certificates, calendar, report.

Sits at the services level: uses domain, store and services; QtGui only for
PDF, never widgets. Entry points: :func:`export`, :func:`preview`,
:func:`templates` (all in :mod:`kcdesk.export.registry`).
"""

from kcdesk.domain.errors import ExportCancelled
from kcdesk.export.registry import Preview, TemplateInfo, export, find, preview, templates

__all__ = ["ExportCancelled", "Preview", "TemplateInfo", "export", "find", "preview", "templates"]
