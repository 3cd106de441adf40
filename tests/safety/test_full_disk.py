"""A full disk never gives a silent success (issue 11, case 1).

Qt's PDF writer ignores write errors; kcdesk reads every PDF back (complete,
readable, the right number of pages) before it replaces the chosen file. A
full disk exits 1 with one line, and the file that was there stays as it was.

The real test mounts a 3 MB tmpfs (needs root and ``mount``; skipped only when
mounting is impossible); the simulated one truncates the PDF the way a full
disk does and runs everywhere.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.safety.conftest import fill

from kcdesk.domain.errors_safety import IncompleteOutput, PdfProblem
from kcdesk.output.pdf_check import pdf_pages, verify_pdf

EVENT = "ontmoeting-in-de-buurt"


COMMANDS = {
    "certificates": ("export", "--event", EVENT, "--template", "certificates", "-o"),
    "report": ("export", "--event", EVENT, "--template", "report", "-o"),
    "badges": ("badges", "--event", EVENT, "-o"),
    "attendance": ("export", "--event", EVENT, "--template", "attendance", "-o"),
}


def test_pdf_exports_on_a_full_disk_fail_and_keep_the_old_file(demo_file, tiny_disk, cli):
    db = ("--db", str(demo_file))
    targets = {name: tiny_disk / f"{name}.pdf" for name in COMMANDS}
    for name, argv in COMMANDS.items():
        r = cli(*argv, str(targets[name]), *db)
        assert r.code == 0, r.err
        assert len(PdfReader(targets[name]).pages) == pdf_pages(targets[name].read_bytes())
    person = tiny_disk / "person.pdf"
    r = cli("person", "export", "1", "-o", str(person), *db)
    assert r.code == 0, r.err
    before = {p.name: p.read_bytes() for p in [*targets.values(), person]}

    fill(tiny_disk)
    for name, argv in COMMANDS.items():
        r = cli(*argv, str(targets[name]), *db)
        assert r.code == 1, (name, r.out, r.err)
        assert r.err.count("\n") == 1 and r.err.startswith("kcdesk: ")
        assert "No space left on device" in r.err and str(targets[name]) in r.err
        assert ".part" not in r.err and "Exported" not in r.out
    r = cli("person", "export", "1", "-o", str(person), *db)
    assert r.code == 1 and r.err.count("\n") == 1 and "No space left on device" in r.err
    assert {p.name: p.read_bytes() for p in [*targets.values(), person]} == before
    assert sorted(p.name for p in tiny_disk.iterdir()) == sorted([*before, "filler"])  # no .part left


def test_a_truncated_pdf_is_refused_before_the_rename(demo_file, tmp_path, cli, monkeypatch):
    """The same without a tmpfs: the PDF writer 'succeeds' but the file is cut short."""
    from kcdesk.export import pdf as export_pdf

    target = tmp_path / "certificates.pdf"
    db = ("--db", str(demo_file))
    assert cli(*COMMANDS["certificates"], str(target), *db).code == 0
    before = target.read_bytes()
    real = export_pdf.pages_to_pdf

    def short_write(pages, total, path, *a, **kw):
        n = real(pages, total, path, *a, **kw)
        data = Path(path).read_bytes()
        Path(path).write_bytes(data[: len(data) // 2])  # what a full disk leaves behind
        return n

    monkeypatch.setattr(export_pdf, "pages_to_pdf", short_write)
    r = cli(*COMMANDS["certificates"], str(target), *db)
    assert r.code == 1 and r.err.count("\n") == 1, r.err
    assert f"{target} could not be written completely" in r.err
    assert "a file that was there keeps its old contents" in r.err
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []

    monkeypatch.setattr("shutil.disk_usage", lambda p: shutil._ntuple_diskusage(3 << 20, 3 << 20, 4096))
    r = cli(*COMMANDS["certificates"], str(target), *db)
    assert r.code == 1 and f"No space left on device: {target}" in r.err  # little space left: a full disk
    assert target.read_bytes() == before


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda d: b"", "the file is empty"),
        (lambda d: d[:-40], "its end is missing"),
        (lambda d: b"%PDF-1.4\n" + b"x" * 200 + d[-40:], "cross-reference"),
        (lambda d: d.replace(b" obj", b" jbo", 1), "an object it lists is missing"),
    ],
)
def test_damaged_pdfs_are_told_apart(tmp_path, damage, reason):
    from PySide6.QtGui import QPainter

    from kcdesk.output.pdf import pdf_writer

    path = tmp_path / "two.pdf"
    writer = pdf_writer(path, "two pages")
    painter = QPainter(writer)
    painter.drawText(100, 100, "een")
    writer.newPage()
    painter.drawText(100, 100, "twee")
    painter.end()
    del writer
    data = path.read_bytes()
    assert pdf_pages(data) == 2 == len(PdfReader(path).pages)
    with pytest.raises(IncompleteOutput, match="pages instead of 3"):
        verify_pdf(path, path, pages=3)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(damage(data))
    with pytest.raises(PdfProblem, match=reason):
        pdf_pages(bad.read_bytes())
    with contextlib.suppress(OSError):
        os.unlink(bad)


# -- issue 11, case 7: erasing on a full disk says what was and was not done -------------------


def _erased(db, person_id: int) -> bool:
    from kcdesk.store import open_store

    with open_store(db, readonly=True) as store:
        return bool(store.people.get(person_id).erased)


def test_erase_on_a_full_disk_says_what_was_and_was_not_done(demo_file, tiny_disk, cli):
    db = tiny_disk / "demo.kcdesk"
    shutil.copyfile(demo_file, db)
    fill(tiny_disk, leave=32 * 1024)  # no room even for the erasure: that is what it says
    r = cli("person", "erase", "1", "--yes", "--db", str(db))
    assert r.code == 1 and r.out == "" and ("nothing was saved" in r.err or "was not saved" in r.err)
    assert not _erased(db, 1)
    fill(tiny_disk, leave=192 * 1024)  # room for the erasure, not for rewriting the file
    r = cli("person", "erase", "1", "--yes", "--db", str(db))
    assert r.code == 1 and r.out, (r.out, r.err)
    assert "Erased person 1" in r.out  # what was done
    assert r.err.count("\n") == 1 and r.err.startswith(
        "kcdesk: The erasure is saved, but the erased text is still inside demo.kcdesk (the disk is full)"
    )
    assert "nothing was saved" not in r.err
    assert _erased(db, 1)
    (tiny_disk / "filler").unlink()
    assert cli("privacy", "compact", "--db", str(db)).code == 0  # what the message says to do


def test_erase_when_compacting_fails_simulated(demo_file, cli, monkeypatch):
    import sqlite3

    from kcdesk.store.privacy import PrivacyQueries

    def full(self):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(PrivacyQueries, "compact", full)
    r = cli("person", "erase", "1", "--yes", "--db", str(demo_file))
    assert r.code == 1 and "Erased person 1" in r.out
    assert "The erasure is saved, but the erased text is still inside demo.kcdesk (the disk is full)" in r.err
    r = cli("person", "erase", "2", "--yes", "--json", "--db", str(demo_file))
    assert r.code == 1 and '"compact_error": "The erasure is saved' in r.out
    assert _erased(demo_file, 1) and _erased(demo_file, 2)
