"""Name badges: an A4 sheet of 2 x 4 labels, or one badge for a walk-in.

Each badge shows the name, organisation, event and a QR code of the
registration code (made by segno; a door scanner reads it back as typed
text). Painted with QtGui onto any paged device: a QPdfWriter for PDF files,
a QPrinter from the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import segno
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPen,
)

from kcdesk.domain.codes import normalise_code
from kcdesk.domain.enums import RegistrationStatus
from kcdesk.domain.errors import (
    BadgesNeedPdf,
    BadgesNotWritten,
    CodeNotFound,
    EventNotFound,
    NoBadgesToPrint,
    NobodyForBadges,
)
from kcdesk.domain.rows import name_of
from kcdesk.output.atomic import atomic_write, check_output
from kcdesk.output.gui import gui_app
from kcdesk.output.pdf import pdf_writer
from kcdesk.output.pdf_check import pdf_check
from kcdesk.store import Store

# A4 in millimetres, and the label grid (90 x 60 mm labels, common badge-holder size).
PAGE_W, PAGE_H = 210.0, 297.0
COLUMNS, ROWS = 2, 4
LABEL_W, LABEL_H = 90.0, 60.0
PER_PAGE = COLUMNS * ROWS


@dataclass
class Badge:
    name: str
    organisation: str
    event: str
    code: str


def qr_matrix(code: str) -> list[list[bool]]:
    """The QR code's modules (True = dark), with the 4-module quiet zone."""
    qr = segno.make(code, error="m", micro=False)
    return [[bool(m) for m in row] for row in qr.matrix_iter(scale=1, border=4)]


def badges_for(store: Store, event_id: int, codes: list[str] | None = None) -> list[Badge]:
    event = store.events.get(event_id)
    if event is None:
        raise EventNotFound(event_id=event_id)
    rows = store.registrations.of_event(event_id)
    if codes is None:
        chosen = [r for r in rows if RegistrationStatus(r["status"]).is_seated and not r["erased"]]
    else:
        by_code = {r["code"]: r for r in rows}
        chosen = []
        for raw in codes:
            r = by_code.get(normalise_code(raw)) or by_code.get(raw.strip())
            if r is None:
                raise CodeNotFound(reg_code=raw.strip())
            chosen.append(r)
    return [
        Badge(
            name_of(r),
            r["organisation"] or "",
            event.title,
            r["code"],
        )
        for r in chosen
    ]


def _font(points: float, bold: bool = False) -> QFont:
    f = QFont("Sans Serif")
    f.setStyleHint(QFont.StyleHint.SansSerif)
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


def _advance(painter: QPainter, font: QFont, text: str) -> float:
    # the painter's metrics are the device's (QFontMetricsF(font, device) crashes PySide6 6.x at exit)
    painter.setFont(font)
    return painter.fontMetrics().horizontalAdvance(text)


def _fitted(
    painter: QPainter, text: str, points: float, bold: bool, width: float, minimum: float = 9.0
) -> QFont:
    """The largest font up to ``points`` in which ``text`` fits ``width`` on one line."""
    font = _font(points, bold)
    while points > minimum and _advance(painter, font, text) > width:
        points -= 0.5
        font = _font(points, bold)
    return font


def paint_badge(painter: QPainter, rect: QRectF, badge: Badge, mm: float) -> None:
    """One badge inside ``rect`` (device pixels); ``mm`` is device pixels per millimetre."""
    painter.save()
    painter.setPen(QPen(QColor("#b0b0b0"), 0.2 * mm, Qt.PenStyle.DashLine))
    painter.drawRect(rect)
    pad = 5 * mm
    qr_side = 30 * mm
    inner = rect.adjusted(pad, pad, -pad, -pad)
    qr_rect = QRectF(inner.right() - qr_side, inner.bottom() - qr_side - 5 * mm, qr_side, qr_side)
    text_w = inner.width()

    painter.setPen(QColor("#555555"))
    painter.setFont(_fitted(painter, badge.event, 8, False, text_w, 6))
    painter.drawText(
        QRectF(inner.left(), inner.top(), text_w, 5 * mm),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        badge.event,
    )

    name_w = text_w
    painter.setPen(QColor("black"))
    name_font = _fitted(painter, badge.name, 20, True, name_w, 11)
    one_line = _advance(painter, name_font, badge.name) <= name_w
    name_h = painter.fontMetrics().height() * (1 if one_line else 2)
    name_rect = QRectF(inner.left(), inner.top() + 7 * mm, name_w, name_h)
    painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, badge.name)

    org_w = text_w - qr_side - 3 * mm
    painter.setPen(QColor("#222222"))
    painter.setFont(_fitted(painter, badge.organisation, 12, False, org_w, 8))
    painter.drawText(
        QRectF(inner.left(), name_rect.bottom() + 2 * mm, org_w, qr_rect.bottom() - name_rect.bottom()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
        badge.organisation,
    )

    paint_qr(painter, qr_rect, badge.code)
    painter.setPen(QColor("#333333"))
    painter.setFont(_font(8))
    painter.drawText(
        QRectF(qr_rect.left(), qr_rect.bottom(), qr_side, 5 * mm), Qt.AlignmentFlag.AlignCenter, badge.code
    )
    painter.restore()


def paint_qr(painter: QPainter, rect: QRectF, text: str) -> None:
    """The QR code of ``text`` as one vector path (no seams, sharp at any scale)."""
    matrix = qr_matrix(text)
    n = len(matrix)
    module = min(rect.width(), rect.height()) / n
    path = QPainterPath()
    for y, row in enumerate(matrix):
        x = 0
        while x < n:
            if row[x]:
                start = x
                while x < n and row[x]:
                    x += 1
                path.addRect(
                    QRectF(
                        rect.left() + start * module, rect.top() + y * module, (x - start) * module, module
                    )
                )
            else:
                x += 1
    path.setFillRule(Qt.FillRule.WindingFill)
    painter.fillRect(rect, QColor("white"))
    painter.fillPath(path, QColor("black"))


def paint_badges(device: QPagedPaintDevice, badges: list[Badge]) -> int:
    """Paint badges 2 x 4 per A4 page on ``device``; returns the number of pages."""
    if not badges:
        raise NoBadgesToPrint()
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(device):
        raise BadgesNotWritten()
    try:
        mm = device.logicalDpiX() / 25.4
        full = painter.viewport()
        # centre the A4 grid in what the device offers (printers have margins)
        grid_w, grid_h = COLUMNS * LABEL_W * mm, ROWS * LABEL_H * mm
        origin = QPointF(max(0.0, (full.width() - grid_w) / 2), max(0.0, (full.height() - grid_h) / 2))
        pages = 0
        for i, badge in enumerate(badges):
            slot = i % PER_PAGE
            if slot == 0:
                if pages:
                    device.newPage()
                pages += 1
            col, row = slot % COLUMNS, slot // COLUMNS
            rect = QRectF(
                origin + QPointF(col * LABEL_W * mm, row * LABEL_H * mm), QSizeF(LABEL_W * mm, LABEL_H * mm)
            )
            paint_badge(painter, rect, badge, mm)
    finally:
        painter.end()
    return pages


def write_badges_pdf(store: Store, event_id: int, path: Path | str, codes: list[str] | None = None) -> int:
    """Write badges (everyone coming, or only ``codes``) to a PDF; returns the number of pages."""
    path = check_output(path)  # before any work: a folder or a missing folder is refused at once
    if Path(path).suffix.lower() != ".pdf":  # a PDF called badges.png helps nobody
        raise BadgesNeedPdf(path=str(path))
    badges = _badges_to_paint(store, event_id, codes)
    pages = -(-len(badges) // PER_PAGE)
    with atomic_write(path, private=True, check=pdf_check(path, pages)) as tmp:  # names and codes
        return paint_badges_pdf(tmp, badges)


def _badges_to_paint(store: Store, event_id: int, codes: list[str] | None) -> list[Badge]:
    gui_app()
    badges = badges_for(store, event_id, codes)
    if not badges:
        raise NobodyForBadges()
    return badges


def paint_badges_pdf(path: Path, badges: list[Badge]) -> int:
    """Paint ``badges`` into a new PDF at ``path`` (not atomic: the caller's temporary file)."""
    writer = pdf_writer(path, f"Badges — {badges[0].event}" if badges else "Badges", margins_mm=0)
    try:
        return paint_badges(writer, badges)
    finally:
        del writer  # flushes and closes the file


def print_badges_on(
    device: QPagedPaintDevice, store: Store, event_id: int, codes: list[str] | None = None
) -> int:
    """Paint badges on a printer the UI set up."""
    return paint_badges(device, badges_for(store, event_id, codes))


class BadgeService:
    """Name badges of an event: as a PDF file or on a printer the app set up."""

    def __init__(self, store: Store):
        self.store = store

    def for_event(self, event_id: int, codes: list[str] | None = None) -> list[Badge]:
        return badges_for(self.store, event_id, codes)

    def write_pdf(self, event_id: int, path: Path | str, codes: list[str] | None = None) -> int:
        """Write the badges (everyone coming, or only ``codes``); returns the number of pages."""
        return write_badges_pdf(self.store, event_id, path, codes)

    def paint_into(self, event_id: int, path: Path) -> int:
        """Paint the badges into ``path``, a temporary file the caller writes atomically (the
        export of a template); returns the number of pages."""
        return paint_badges_pdf(path, _badges_to_paint(self.store, event_id, None))

    def print_on(self, device: QPagedPaintDevice, event_id: int, codes: list[str] | None = None) -> int:
        return print_badges_on(device, self.store, event_id, codes)
