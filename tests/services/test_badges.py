"""Badges: a PDF of A4 label sheets, each with a QR code a scanner reads back as the code."""

import pytest
import segno
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from kcdesk.domain.errors import NotFoundError
from kcdesk.services import badges


@pytest.fixture
def gui(qapp):
    """QtGui painting needs the application object pytest-qt makes."""
    return qapp


def test_sheet_for_everyone_has_eight_badges_a_page(gui, demo, tmp_path):
    path = tmp_path / "badges.pdf"
    everyone = badges.badges_for(demo.store, demo.event_id)
    assert len(everyone) == 26  # the cancelled registration gets no badge
    pages = badges.write_badges_pdf(demo.store, demo.event_id, path)
    reader = PdfReader(path)
    assert pages == len(reader.pages) == 4
    text = reader.pages[0].extract_text()
    first = everyone[0]
    assert first.code in text and "Kenniscaf" in text
    box = reader.pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 210 and round(float(box.height) / 72 * 25.4) == 297


def test_single_badge_for_a_walk_in(gui, demo, tmp_path):
    result = demo.checkin.walk_in(demo.event_id, "Nicole van Dijk", organisation="Museum")
    path = tmp_path / "one.pdf"
    assert badges.write_badges_pdf(demo.store, demo.event_id, path, codes=[result.code.lower()]) == 1
    text = PdfReader(path).pages[0].extract_text()
    assert result.code in text and "Museum" in text
    with pytest.raises(NotFoundError):
        badges.write_badges_pdf(demo.store, demo.event_id, path, codes=["ZZZZZZ"])


def test_qr_code_reads_back_as_the_registration_code(gui, demo):
    zxingcpp = pytest.importorskip("zxingcpp")
    badge = badges.badges_for(demo.store, demo.event_id)[3]
    img = QImage(1063, 709, QImage.Format.Format_Grayscale8)  # 90 x 60 mm at 300 dpi
    img.setDotsPerMeterX(11811)
    img.setDotsPerMeterY(11811)
    img.fill(QColor("white"))
    painter = QPainter(img)
    badges.paint_badge(painter, QRectF(0, 0, 1063, 709), badge, 1063 / 90)
    painter.end()
    assert [r.text for r in zxingcpp.read_barcodes(img)] == [badge.code]


def test_qr_matrix_is_segnos(gui):
    matrix = badges.qr_matrix("CG75KC")
    qr = segno.make("CG75KC", error="m", micro=False)
    assert len(matrix) == qr.symbol_size(border=4)[0]
    assert matrix[4][4] and not matrix[0][0]  # finder pattern inside the quiet zone


def test_cli_badges(gui, cli, demo_file, tmp_path):
    out = tmp_path / "cli.pdf"
    r = cli("badges", "--db", str(demo_file), "--event", "ontmoeting-in-de-buurt", "-o", str(out))
    assert r.code == 0, r.err
    assert len(PdfReader(out).pages) == 4 and "4 pages" in r.out
    events = {e["slug"]: e for e in cli("events", "--json", "--db", str(demo_file)).json()}
    assert events["ontmoeting-in-de-buurt"]
    from kcdesk.services import Services
    from kcdesk.store import open_store

    store = open_store(demo_file, readonly=True)
    code = Services(store).registrations.of_event(1)[0]["code"]
    store.close()
    one = tmp_path / "one.pdf"
    r = cli("badges", "--db", str(demo_file), "--event", "1", "--code", code, "-o", str(one))
    assert r.code == 0 and len(PdfReader(one).pages) == 1 and code in PdfReader(one).pages[0].extract_text()
    r = cli("badges", "--db", str(demo_file), "--event", "nope", "-o", str(out))
    assert r.code == 1 and "nope" in r.err


def test_badges_through_the_export_command_and_its_template(gui, cli, demo_file, tmp_path):
    """`kcdesk export --template badges` (and the export dialog, the same engine) paints the real
    badges into the export's own temporary file: the same pages as `kcdesk badges`."""
    out = tmp_path / "export.pdf"
    r = cli("export", "--db", str(demo_file), "--event", "1", "--template", "badges", "-o", str(out))
    assert r.code == 0, r.err
    from kcdesk.services import Services
    from kcdesk.store import open_store

    store = open_store(demo_file, readonly=True)
    code = Services(store).registrations.of_event(1)[0]["code"]
    store.close()
    reader = PdfReader(out)
    assert len(reader.pages) == 4 and code in "".join(p.extract_text() for p in reader.pages)
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]  # no temporary file left
