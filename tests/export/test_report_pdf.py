"""The funders' report as PDF: no word broken inside a table cell, no table row split over two
pages, and the series chart's axis dated the way the language writes dates."""

from __future__ import annotations

import datetime as dt
import re

import pypdf
import pytest

from kcdesk.domain.models import Event
from kcdesk.export import export
from kcdesk.export.registry import Exporter

THEME = "Samen werken aan een wijk waarin iedereen meedoet, ook wie nog niemand kent (deel {n})"


@pytest.fixture
def long_series(demo):
    """The demo's series with 45 more events before the held one: a table over two pages,
    with themes long enough to take two lines in a cell."""
    held = demo.events.get(demo.event_id)
    for n in range(45):
        demo.events.create(
            Event(
                title=f"Kenniscafé {n}",
                theme=THEME.format(n=n),
                date=held.date - dt.timedelta(days=7 * (n + 1)),
                series_id=held.series_id,
            )
        )
    return demo


def page_texts(path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(str(path)).pages]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_report_table_keeps_words_and_rows_whole(long_series, tmp_path, lang):
    out = export(long_series, long_series.event_id, "report", tmp_path / "verslag.pdf", lang)
    pages = page_texts(out)
    assert len(pages) >= 2
    headers = (
        ["Aangemeld", "Aanwezig", "Terugkerend", "verschenen"]
        if lang == "nl"
        else ["Registered", "Returning"]
    )
    assert all(h in pages[0] for h in headers)  # whole words, not "Aange meld"
    for n in range(45):  # each row on one page: its theme's two lines and its own numbers together
        theme = " ".join(THEME.format(n=n).split())
        holders = [i for i, text in enumerate(pages) if f"(deel {n})" in text]
        assert len(holders) == 1, n
        flat = pages[holders[0]].replace(" ", "")
        assert theme.replace(" ", "") in flat, n


def test_series_chart_axis_is_dated_per_language(demo):
    held = demo.events.get(demo.event_id)
    nl = Exporter(demo, demo.event_id, "nl").with_report("pdf")["report"]["series_chart_svg"]
    en = Exporter(demo, demo.event_id, "en").with_report("pdf")["report"]["series_chart_svg"]
    assert held.date.isoformat() not in nl and held.date.isoformat() not in en
    nl_month = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()[held.date.month - 1]
    en_month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[held.date.month - 1]
    assert re.search(rf">{held.date.day} {nl_month}\.? {held.date.year}<", str(nl))
    assert re.search(rf">{held.date.day} {en_month} {held.date.year}<", str(en))
