"""PDF output with QtGui only (no widgets): HTML through QTextDocument, pages through QPainter.

The application and the writer come from :mod:`kcdesk.output` (offscreen when
there is no display), so ``kcdesk export`` works headless.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSizeF, QUrl
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QTextDocument
from PySide6.QtSvg import QSvgRenderer

from kcdesk.domain.errors import ExportCancelled, PdfNotWritten
from kcdesk.output.gui import gui_app
from kcdesk.output.pdf import pdf_writer

BASE_FONT_PT = 9


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
    writer = pdf_writer(path, title, landscape=landscape)
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
    writer = pdf_writer(path, title, landscape=landscape)
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfNotWritten(path=path)
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
                raise ExportCancelled()
    finally:
        painter.end()
    return count


__all__ = ["gui_app", "html_to_pdf", "pages_to_pdf", "svg_image"]
