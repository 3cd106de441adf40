"""DOCX from the Markdown a template renders: headings, paragraphs, quotes, lists.

The result uses Word's built-in styles (Heading 1-3, Quote, List Bullet,
List Number), so it stays editable in Word and LibreOffice.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx

_INLINE = re.compile(r"(\*\*[^*]+\*\*|__[^_]+__|\*[^*\s][^*]*\*|_[^_\s][^_]*_|\[[^\]]+\]\([^)]+\))")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBER = re.compile(r"^\s*\d+[.)]\s+(.*)$")


def _add_runs(paragraph, text: str) -> None:
    for part in _INLINE.split(text):
        if not part:
            continue
        if part.startswith(("**", "__")) and len(part) > 4:
            paragraph.add_run(part[2:-2]).bold = True
        elif part[0] in "*_" and part[-1] == part[0] and len(part) > 2:
            paragraph.add_run(part[1:-1]).italic = True
        elif part.startswith("[") and "](" in part:
            label, url = part[1:-1].split("](", 1)
            paragraph.add_run(f"{label} ({url})" if url != label else label)
        else:
            paragraph.add_run(part)


#: The document language per template language (spelling and hyphenation in Word follow it).
DOC_LANGUAGES = {"nl": "nl-NL", "en": "en-GB"}


def _set_language(document, tag: str) -> None:
    """The default language of every run (``w:docDefaults``), as Word stores it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    for attr in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attr), tag)


def _a4(document) -> None:
    from docx.shared import Cm

    for section in document.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2.5)


def markdown_to_docx(
    text: str,
    path: Path,
    title: str = "",
    *,
    lang: str = "nl",
    author: str = "",
    date: dt.date | None = None,
) -> None:
    """Write Markdown ``text`` as an A4 Word document at ``path``, in ``lang`` (nl-NL or en-GB),
    with title, author and date in its properties."""
    document = docx.Document()
    _a4(document)
    tag = DOC_LANGUAGES.get(lang, "nl-NL")
    _set_language(document, tag)
    props = document.core_properties
    props.language = tag
    if title:
        props.title = title
    props.author = author or "kcdesk"
    props.last_modified_by = author or "kcdesk"
    if date is not None:
        moment = dt.datetime.combine(date, dt.time(12, 0), tzinfo=dt.UTC)
        props.created = props.modified = moment
    buffer: list[str] = []
    kind = "p"

    def flush() -> None:
        nonlocal buffer, kind
        if buffer:
            body = " ".join(s.strip() for s in buffer)
            style = {"quote": "Quote", "p": None}[kind]
            _add_runs(document.add_paragraph(style=style), body)
        buffer, kind = [], "p"

    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if stripped in ("---", "***", "___"):
            flush()
            continue
        m = _HEADING.match(stripped)
        if m:
            flush()
            document.add_heading(m.group(2), level=min(len(m.group(1)), 3))
            continue
        m = _BULLET.match(line) or _NUMBER.match(line)
        if m:
            flush()
            style = "List Bullet" if _BULLET.match(line) else "List Number"
            _add_runs(document.add_paragraph(style=style), m.group(1).strip())
            continue
        if stripped.startswith(">"):
            if kind != "quote":
                flush()
                kind = "quote"
            buffer.append(stripped.lstrip(">").strip())
            continue
        if kind == "quote":
            flush()
        buffer.append(stripped)
    flush()
    document.save(str(path))
