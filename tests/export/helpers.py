"""Reading exported files back as text, whatever their format."""

from __future__ import annotations

import html
import re
from pathlib import Path


def text_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pypdf

        return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)
    if suffix == ".docx":
        import docx

        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    if suffix == ".csv":
        return path.read_text(encoding="utf-8-sig")
    if suffix == ".ics":
        from icalendar import Calendar

        cal = Calendar.from_ical(path.read_bytes())
        return "\n".join(
            str(c.get(k, "")) for c in cal.walk("VEVENT") for k in ("summary", "description", "location")
        )
    return path.read_text(encoding="utf-8")


def squash(text: str) -> str:
    """Words only: HTML tags, Markdown emphasis and PDF tabs and line breaks dropped."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("*", "")
    return " ".join(text.split())
