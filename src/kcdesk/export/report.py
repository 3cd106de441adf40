"""Figures for the funders' report: attendance across the events of a series, and its chart.

First-time vs returning: a participant of an event is *returning* when the
same person attended an earlier event of the series (by date), else
*first-time*.
"""

from __future__ import annotations

from html import escape
from typing import Any

from markupsafe import Markup

from kcdesk.export.filters import format_date
from kcdesk.export.services import ExportServices

CHART_W, CHART_H = 640, 260
REGISTERED_COLOUR, ATTENDED_COLOUR = "#9bb7d4", "#2f6b9a"


def series_report(services: ExportServices, event_id: int) -> dict[str, Any]:
    """Per event of the series up to and including this one: registered, attended, no-shows, first/returning."""
    event = services.events.get(event_id)
    events = services.events.in_series(event.series_id) if event.series_id else [event]
    events = [e for e in events if e.date is None or event.date is None or e.date <= event.date] or [event]
    seen: set[int] = set()
    rows = []
    for e in events:
        regs = services.registrations.of_event(e.id)  # type: ignore[arg-type]
        counted = [r for r in regs if r["status"] not in ("cancelled", "waitlisted")]
        present = {r["person_id"] for r in regs if r["checked_in_at"] is not None}
        no_shows = sum(
            1 for r in counted if r["checked_in_at"] is None and r["status"] in ("registered", "no-show")
        )
        returning = len(present & seen)
        rows.append(
            {
                "id": e.id,
                "title": e.title,
                "theme": e.theme or e.title,
                "date": e.date,
                "registered": len(counted),
                "attended": len(present),
                "no_shows": no_shows,
                "no_show_rate": no_shows / len(counted) if counted else 0.0,
                "first_time": len(present) - returning,
                "returning": returning,
                "current": e.id == event.id,
            }
        )
        seen |= present
    return {"events": rows, "current": next(r for r in rows if r["current"])}


def chart_svg(bars: list[dict[str, Any]], registered_label: str, attended_label: str) -> Markup:
    """A grouped bar chart (registered vs attended per group) as inline SVG.

    ``bars``: [{"label", "registered", "attended"}]. The same SVG is drawn
    into the PDF (via QtSvg), so HTML and PDF show one chart.
    """
    top = max([1] + [max(b["registered"], b["attended"]) for b in bars])
    left, bottom, legend = 40, 40, 44
    plot_h = CHART_H - bottom - legend
    n = max(1, len(bars))
    slot = (CHART_W - left - 10) / n
    bar_w = min(36.0, slot / 3)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{CHART_W}" height="{CHART_H}" '
        f'viewBox="0 0 {CHART_W} {CHART_H}" font-family="sans-serif" font-size="12">',
        f'<rect x="{left}" y="6" width="12" height="12" fill="{REGISTERED_COLOUR}"/>'
        f'<text x="{left + 18}" y="17">{escape(registered_label)}</text>',
        f'<rect x="{left + 180}" y="6" width="12" height="12" fill="{ATTENDED_COLOUR}"/>'
        f'<text x="{left + 198}" y="17">{escape(attended_label)}</text>',
        f'<line x1="{left}" y1="{legend + plot_h}" x2="{CHART_W - 5}" y2="{legend + plot_h}" stroke="#444"/>',
    ]
    for i, b in enumerate(bars):
        x0 = left + i * slot + (slot - 2 * bar_w) / 2
        for j, (key, colour) in enumerate((("registered", REGISTERED_COLOUR), ("attended", ATTENDED_COLOUR))):
            h = plot_h * b[key] / top
            x = x0 + j * bar_w
            y = legend + plot_h - h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w - 2:.1f}" height="{h:.1f}" fill="{colour}"/>'
            )
            parts.append(
                f'<text x="{x + (bar_w - 2) / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle">{b[key]}</text>'
            )
        label = escape(str(b["label"]))[:24]
        parts.append(
            f'<text x="{x0 + bar_w:.1f}" y="{legend + plot_h + 16}" text-anchor="middle">{label}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def report_context(services: ExportServices, event_id: int, context: dict[str, Any]) -> dict[str, Any]:
    """The ``report`` key: series figures and charts, labelled in the context's language."""
    lang = context["lang"]
    reg_label, att_label = ("Aangemeld", "Aanwezig") if lang == "nl" else ("Registered", "Attended")
    data = series_report(services, event_id)
    sector_bars = [
        {"label": s["label"], "registered": s["registered"], "attended": s["present"]}
        for s in context["participants"]["by_sector"]
    ]
    series_bars = [
        {
            "label": (format_date(e["date"], lang, "d MMM y") if e["date"] else e["theme"]),
            "registered": e["registered"],
            "attended": e["attended"],
        }
        for e in data["events"]
    ]
    data["sector_chart_svg"] = chart_svg(sector_bars, reg_label, att_label)
    data["series_chart_svg"] = chart_svg(series_bars, reg_label, att_label)
    return data
