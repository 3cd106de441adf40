"""PDF output with QtGui only (no widgets): HTML through QTextDocument, pages through QPainter.

The application and the writer come from :mod:`kcdesk.output` (offscreen when
there is no display), so ``kcdesk export`` works headless.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPen,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)
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


#: Height of the page-number line under each page of an HTML PDF, in layout pixels (96 per inch).
FOOTER_PX = 28


def html_to_pdf(
    html: str, path: Path, title: str = "", images: dict[str, str] | None = None, landscape: bool = False
) -> None:
    """Lay out ``html`` on A4 pages, numbered. ``images`` maps an ``<img src>`` name to SVG text.

    The document is laid out at 96 pixels per inch over the page's full text width (as a
    browser would), so table columns get room and no word is broken inside a cell; the layout
    paginates itself, which keeps a table row's lines on one page.
    """
    writer = pdf_writer(path, title, landscape=landscape)
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(BASE_FONT_PT)
    doc.setDefaultFont(font)
    for name, svg in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), svg_image(svg, 1600))
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfNotWritten(path=path)
    try:
        area = QRectF(painter.viewport())
        scale = writer.resolution() / 96.0
        width, height = area.width() / scale, area.height() / scale - FOOTER_PX
        doc.setPageSize(QSizeF(width, height))
        doc.setHtml(html)
        keep_rows_together(doc, height)
        pages = max(1, doc.pageCount())
        for n in range(pages):
            if n:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -n * height)
            doc.drawContents(painter, QRectF(0, n * height, width, height))
            painter.restore()
            painter.save()
            painter.scale(scale, scale)
            painter.setFont(font)
            painter.drawText(
                QRectF(0, height, width, FOOTER_PX), int(Qt.AlignmentFlag.AlignCenter), str(n + 1)
            )
            painter.restore()
    finally:
        painter.end()


def _tables(frame: QTextFrame) -> Iterator[QTextTable]:
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            yield child
        yield from _tables(child)


def _split_rows(doc: QTextDocument, page_height: float) -> list[tuple[QTextTable, int]]:
    """Table rows whose cells start on one page and end on another."""
    layout = doc.documentLayout()
    found = []
    for table in _tables(doc.rootFrame()):
        for row in range(table.rows()):
            top, bottom = float("inf"), float("-inf")
            for col in range(table.columns()):
                cell = table.cellAt(row, col)
                first = layout.blockBoundingRect(cell.firstCursorPosition().block())
                last = layout.blockBoundingRect(cell.lastCursorPosition().block())
                top, bottom = min(top, first.top()), max(bottom, last.bottom())
            if bottom - top < page_height and int(top // page_height) != int((bottom - 1) // page_height):
                found.append((table, row))
    return found


def keep_rows_together(doc: QTextDocument, page_height: float) -> None:
    """Move a table row that would be split over two pages to the next page as a whole.

    QTextDocument breaks pages between lines, also inside a row; a page break before the row's
    cells (``PageBreak_AlwaysBefore``) moves the whole row. Moving one row can shift the rest,
    so it is done one row at a time until none is split.
    """
    doc.pageCount()  # lays the document out
    for _ in range(sum(t.rows() for t in _tables(doc.rootFrame()))):
        split = _split_rows(doc, page_height)
        if not split:
            return
        table, row = split[0]
        for col in range(table.columns()):
            cursor = table.cellAt(row, col).firstCursorPosition()
            fmt = cursor.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(fmt)
        doc.pageCount()


def pages_to_pdf(
    pages: Iterable[str],
    total: int,
    path: Path,
    title: str = "",
    landscape: bool = True,
    progress: Callable[[int, int], object] | None = None,
    framed: bool = True,
) -> int:
    """One page per HTML snippet, centred in a framed A4 page (certificates); with ``framed=False``
    from the top of a plain page (sheets of a list). Returns the page count.

    Much quicker than laying out one long document (``html_to_pdf``): a list of 500 rows took
    seconds as one document, a fraction of that as sheets."""
    writer = pdf_writer(path, title, landscape=landscape)
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfNotWritten(path=path)
    count = 0
    try:
        page = QRectF(painter.viewport())
        dpi = writer.resolution()
        frame = page.adjusted(dpi * 0.1, dpi * 0.1, -dpi * 0.1, -dpi * 0.1)
        inner = frame.adjusted(dpi * 0.6, dpi * 0.7, -dpi * 0.6, -dpi * 0.5) if framed else page
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
            if framed:
                painter.setPen(QPen(QColor("#2f6b9a"), dpi * 0.03))
                painter.drawRect(frame)
                painter.setPen(QPen(QColor("#9bb7d4"), dpi * 0.012))
                painter.drawRect(frame.adjusted(dpi * 0.08, dpi * 0.08, -dpi * 0.08, -dpi * 0.08))
            doc.setHtml(html)
            offset = max(0.0, (inner.height() / scale - doc.size().height()) / 2) * scale if framed else 0.0
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
