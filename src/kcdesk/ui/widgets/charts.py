"""A small horizontal bar chart drawn with QPainter (no QtCharts needed)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#3b6ea5", "#e39b2d", "#5a9e6f", "#b0506a")


class BarChart(QWidget):
    """Rows of grouped horizontal bars: one row per category, one bar per series."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = ""
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.empty_text = ""
        self.bottom = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def set_data(
        self, title: str, categories: list[str], series: list[tuple[str, list[float]]], empty_text: str = ""
    ) -> None:
        self.title, self.categories, self.series, self.empty_text = title, categories, series, empty_text
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            "; ".join(
                f"{c}: " + ", ".join(f"{name} {values[i]:g}" for name, values in series)
                for i, c in enumerate(categories)
            )
        )
        self.setMinimumHeight(self.needed_height())
        self.updateGeometry()
        self.update()

    def needed_height(self) -> int:
        """The least height that shows every row (bars of 8 px): a scroll area scrolls below it."""
        lh = QFontMetrics(self.font()).height()
        series = max(1, len(self.series))
        rows = len(self.categories)
        return max(160, 10 + lh + 6 + lh + 8 + rows * (series * 8 + 2 * (series - 1) + 10) + 10)

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = QFontMetrics(self.font())
        rows = max(1, len(self.categories))
        return QSize(
            420, fm.height() * 3 + rows * (len(self.series) or 1) * (fm.height() + 2) + rows * 8 + 20
        )

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        fm = QFontMetrics(self.font())
        lh = fm.height()
        m = 10
        y: float = m
        bold = self.font()
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(pal.color(QPalette.ColorRole.Text))
        p.drawText(QRectF(m, y, self.width() - 2 * m, lh), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        y += lh + 6
        # legend
        x = m
        for i, (name, _) in enumerate(self.series):
            p.fillRect(QRectF(x, y + 3, lh - 6, lh - 6), QColor(PALETTE[i % len(PALETTE)]))
            x += lh
            p.drawText(QRectF(x, y, fm.horizontalAdvance(name) + 4, lh), Qt.AlignmentFlag.AlignLeft, name)
            x += fm.horizontalAdvance(name) + 16
        y += lh + 8
        if not self.categories:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(
                QRectF(m, y, self.width() - 2 * m, lh * 2), Qt.AlignmentFlag.AlignLeft, self.empty_text
            )
            return
        label_w = min(max(fm.horizontalAdvance(c) for c in self.categories) + 12, self.width() // 3)
        top = max((v for _, values in self.series for v in values), default=0) or 1
        n = max(1, len(self.series))
        per_group = (self.height() - y - m) / len(self.categories)  # a group: its bars, gaps of 2, then 10
        bar_h = max(8, min(lh + 2, (per_group - 10 - 2 * (n - 1)) / n))
        value_w = fm.horizontalAdvance("0000") + 8
        span = max(10, self.width() - 2 * m - label_w - value_w)
        for c_i, cat in enumerate(self.categories):
            group_h = bar_h * len(self.series) + 2 * (len(self.series) - 1)
            p.setPen(pal.color(QPalette.ColorRole.Text))
            p.drawText(
                QRectF(m, y, label_w - 8, group_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(cat, Qt.TextElideMode.ElideRight, label_w - 8),
            )
            by = y
            for s_i, (_, values) in enumerate(self.series):
                v = values[c_i] if c_i < len(values) else 0
                w = span * v / top
                p.fillRect(QRectF(m + label_w, by, w, bar_h), QColor(PALETTE[s_i % len(PALETTE)]))
                p.drawText(
                    QRectF(m + label_w + w + 4, by, value_w, bar_h), Qt.AlignmentFlag.AlignVCenter, f"{v:g}"
                )
                by += bar_h + 2
            y += group_h + 10
        self.bottom = y - 10  # where the last bar ends (tests check nothing is cut off)
        p.end()
