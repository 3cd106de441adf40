"""DOCX from the Markdown a template renders: headings, paragraphs, quotes, lists.

The result uses Word's built-in styles (Heading 1-3, Quote, List Bullet,
List Number), so it stays editable in Word and LibreOffice.
"""

from __future__ import annotations

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


def markdown_to_docx(text: str, path: Path, title: str = "") -> None:
    """Write Markdown ``text`` as a Word document at ``path``."""
    document = docx.Document()
    if title:
        document.core_properties.title = title
    document.core_properties.author = "kcdesk"
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
