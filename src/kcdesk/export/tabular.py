"""CSV that Excel opens correctly: UTF-8 with a byte-order mark, ';' for Dutch, ',' for English.

Cells that a spreadsheet would run as a formula (starting with = + - @) are
prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

DELIMITERS = {"nl": ";", "en": ","}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]], lang: str = "nl") -> str:
    """The CSV as text (without BOM); write it with encoding ``utf-8-sig``."""
    out = io.StringIO()
    writer = csv.writer(
        out, delimiter=DELIMITERS.get(lang, ","), lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL
    )
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()
