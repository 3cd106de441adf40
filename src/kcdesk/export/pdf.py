"""PDF output with QtGui only (no widgets): HTML through QTextDocument, pages through QPainter.

:func:`ensure_gui_app` creates a ``QGuiApplication`` (offscreen when there is
no display) when none exists, so ``kcdesk export`` works headless.
"""

from __future__ import annotations

import atexit
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

_app: QGuiApplication | None = None


RESOLUTION = 300
BASE_FONT_PT = 9


def ensure_gui_app() -> None:
    """Make sure a Qt GUI application exists (fonts and painting need one)."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "kcdesk"])
    atexit.register(_release_app)


def _release_app() -> None:
    """Shut our application down before Python finalises (avoids a crash at exit)."""
    global _app
    import gc

    gc.collect()
    if _app is not None and hasattr(_app, "shutdown"):
        _app.shutdown()
    _app = None


def _writer(path: Path, title: str, creator: str, landscape: bool = False) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator(creator)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
        QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    return writer


def svg_image(svg: str, width: int) -> QImage:
    """Render SVG text into an image ``width`` pixels wide (for charts in PDFs)."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    height = max(1, round(width * size.height() / max(1, size.width())))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def html_to_pdf(
    html: str, path: Path, title: str = "", images: dict[str, str] | None = None, landscape: bool = False
) -> None:
    """Lay out ``html`` on A4 pages. ``images`` maps an ``<img src>`` name to SVG text."""
    ensure_gui_app()
    writer = _writer(path, title, "kcdesk", landscape)
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(BASE_FONT_PT)
    doc.setDefaultFont(font)
    for name, svg in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), svg_image(svg, 1600))
    doc.setHtml(html)
    doc.print_(writer)


def pages_to_pdf(
    pages: Iterable[str],
    total: int,
    path: Path,
    title: str = "",
    landscape: bool = True,
    progress: Callable[[int, int], object] | None = None,
) -> int:
    """One page per HTML snippet, centred in a framed A4 page (certificates). Returns the page count."""
    ensure_gui_app()
    writer = _writer(path, title, "kcdesk", landscape)
    painter = QPainter()
    if not painter.begin(writer):
        from kcdesk.domain.errors import KcdeskError

        raise KcdeskError(f"Cannot write the PDF {path}.")
    count = 0
    try:
        page = QRectF(painter.viewport())
        dpi = writer.resolution()
        frame = page.adjusted(dpi * 0.1, dpi * 0.1, -dpi * 0.1, -dpi * 0.1)
        inner = frame.adjusted(dpi * 0.6, dpi * 0.7, -dpi * 0.6, -dpi * 0.5)
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        font = QFont()
        font.setPointSizeF(BASE_FONT_PT)
        doc.setDefaultFont(font)
        # lay out at 96 dpi-ish "points" and scale: text sizes in the HTML stay in pt
        scale = dpi / 96.0
        doc.setPageSize(QSizeF(inner.width() / scale, inner.height() / scale))
        doc.setTextWidth(inner.width() / scale)
        for html in pages:
            if count:
                writer.newPage()
            painter.setPen(QPen(QColor("#2f6b9a"), dpi * 0.03))
            painter.drawRect(frame)
            painter.setPen(QPen(QColor("#9bb7d4"), dpi * 0.012))
            painter.drawRect(frame.adjusted(dpi * 0.08, dpi * 0.08, -dpi * 0.08, -dpi * 0.08))
            doc.setHtml(html)
            offset = max(0.0, (inner.height() / scale - doc.size().height()) / 2) * scale
            painter.save()
            painter.translate(inner.left(), inner.top() + offset)
            painter.scale(scale, scale)
            doc.drawContents(painter, QRectF(0, 0, inner.width() / scale, inner.height() / scale))
            painter.restore()
            count += 1
            if progress is not None and progress(count, total) is False:
                from kcdesk.export.registry import ExportCancelled

                raise ExportCancelled("The export was cancelled.")
    finally:
        painter.end()
    return count


__all__ = ["ensure_gui_app", "html_to_pdf", "pages_to_pdf", "svg_image"]
