"""Is a PDF complete? Checked before it replaces the file the user chose.

Qt's PDF writer does not report write errors: on a full disk it leaves a
truncated or empty file and says nothing. Before the atomic writer renames a
PDF into place, :func:`pdf_check` reads it back without Qt or a PDF library
(pypdf is only used by the tests): the header, the trailer (``startxref`` …
``%%EOF``), every object the cross-reference table points at, and the number
of pages. A file that fails is never renamed, so the old one stays.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from kcdesk.domain.errors_safety import (
    IncompleteOutput,
    PdfBadXref,
    PdfEmpty,
    PdfNoEnd,
    PdfNoHeader,
    PdfNoPages,
    PdfNoXref,
    PdfObjectMissing,
    PdfPageCount,
    PdfProblem,
)

#: Below this much free space a broken file is taken for a full disk.
LOW_SPACE = 1 << 20

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*\Z")
_SUBSECTION = re.compile(rb"(\d+) (\d+)\s*\r?\n")
_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_OBJECT = re.compile(rb"\d+ \d+ obj\b")
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def pdf_pages(data: bytes) -> int:
    """The number of pages of a complete PDF; a PdfProblem saying what is wrong otherwise."""
    if not data:
        raise PdfEmpty()
    if not data.startswith(b"%PDF-"):
        raise PdfNoHeader()
    tail = _STARTXREF.search(data[-1024:])
    if tail is None:
        raise PdfNoEnd()
    offset = int(tail.group(1))
    if offset >= len(data):
        raise PdfNoXref()
    if data.startswith(b"xref", offset):
        _check_table(data, offset + 4)
    elif not _OBJECT.match(data, offset):  # a cross-reference stream (PDF 1.5)
        raise PdfBadXref()
    pages = len(_PAGE.findall(data))
    if pages == 0:
        raise PdfNoPages()
    return pages


def _check_table(data: bytes, pos: int) -> None:
    while pos < len(data) and data[pos : pos + 1] in b" \r\n":
        pos += 1
    while (sub := _SUBSECTION.match(data, pos)) is not None:
        count = int(sub.group(2))
        pos = sub.end()
        for _ in range(count):
            entry = _ENTRY.match(data, pos)
            if entry is None:
                raise PdfBadXref()
            if entry.group(3) == b"n" and not _OBJECT.match(data, int(entry.group(1))):
                raise PdfObjectMissing()
            pos += 20
            while pos < len(data) and data[pos : pos + 1] in b" \r\n":
                pos += 1


def verify_pdf(path: Path, target: Path, pages: int | None = None) -> int:
    """Check the PDF at ``path`` (to become ``target``) and return its page count.

    A full disk raises OSError(ENOSPC) naming ``target``; any other damage
    IncompleteOutput. ``pages`` is the count the writer meant to make.
    """
    try:
        found = pdf_pages(path.read_bytes())
        if pages is not None and found != pages:
            raise PdfPageCount(found=found, expected=pages)
    except PdfProblem as exc:
        try:
            free = shutil.disk_usage(path.parent).free
        except OSError:
            free = LOW_SPACE
        if free < LOW_SPACE:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target)) from None
        raise IncompleteOutput(path=target, reason=exc) from None
    return found


def pdf_check(
    target: Path | str, pages: int | Callable[[], int | None] | None = None
) -> Callable[[Path], None]:
    """A ``check`` for :func:`kcdesk.output.atomic.atomic_write`: the PDF must be complete
    (with ``pages`` pages, or as many as the callable says once the file is written)."""

    def check(tmp: Path) -> None:
        expected = pages() if callable(pages) else pages
        verify_pdf(tmp, Path(target).expanduser(), expected)

    return check
