"""Charts of one event: registrations by sector, and registered vs attended across its series."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QWidget

from kcdesk.services import Services
from kcdesk.ui.models.labels import ui_lang
from kcdesk.ui.widgets.charts import BarChart


class ChartsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.services: Services | None = None
        self.event_id: int | None = None
        self.sectors = BarChart()
        self.series = BarChart()
        layout = QHBoxLayout(self)
        for chart in (self.sectors, self.series):  # a long series scrolls instead of being cut off
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(chart)
            layout.addWidget(scroll)

    def set_event(self, services: Services | None, event_id: int | None) -> None:
        self.services, self.event_id = services, event_id
        self.reload()

    def reload(self) -> None:
        registered, attended = self.tr("Registered"), self.tr("Attended")
        if self.services is None or self.event_id is None:
            self.sectors.set_data(self.tr("Registrations by sector"), [], [], self.tr("Choose an event."))
            self.series.set_data(self.tr("Registered and attended in this series"), [], [], "")
            return
        charts = self.services.charts
        lang = ui_lang()
        rows = charts.by_sector(self.event_id, lang)
        self.sectors.set_data(
            self.tr("Registrations by sector"),
            [r[0] for r in rows],
            [(registered, [r[1] for r in rows]), (attended, [r[2] for r in rows])],
            self.tr("No registrations yet."),
        )
        events = charts.series_events(self.event_id)
        self.series.set_data(
            self.tr("Registered and attended in this series"),
            [self._event_label(r) for r in events],  # editions share a title: the date tells them apart
            [(registered, [r["registered"] for r in events]), (attended, [r["attended"] for r in events])],
            self.tr("This event is not part of a series."),
        )

    @staticmethod
    def _event_label(row: dict) -> str:
        if not row["date"]:
            return row["title"]
        day = QDate.fromString(row["date"][:10], "yyyy-MM-dd")
        return f"{QLocale().toString(day, QLocale.FormatType.ShortFormat)}  {row['title']}"
