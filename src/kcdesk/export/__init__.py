"""Exports of an event through Jinja templates: article, lists, certificates, calendar, report.

Sits at the services level: uses domain, store and services; QtGui only for
PDF, never widgets. Entry points: :func:`export`, :func:`preview`,
:func:`templates` (all in :mod:`kcdesk.export.registry`).
"""

from kcdesk.export.pyside_fix import keep_none_alive
from kcdesk.export.registry import ExportCancelled, Preview, TemplateInfo, export, find, preview, templates

keep_none_alive()

__all__ = ["ExportCancelled", "Preview", "TemplateInfo", "export", "find", "preview", "templates"]
