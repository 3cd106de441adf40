"""The one QPdfWriter set-up: A4, resolution, margins and metadata."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from kcdesk.output.gui import gui_app

#: Dots per inch of every PDF kcdesk writes.
RESOLUTION = 300


def pdf_writer(
    path: Path | str,
    title: str = "",
    *,
    margins_mm: float = 15,
    landscape: bool = False,
    creator: str = "kcdesk",
) -> QPdfWriter:
    """A writer for an A4 PDF at ``path`` (make sure a GUI application exists first)."""
    gui_app()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator(creator)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer
