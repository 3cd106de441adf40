"""Reporting an event accredited by three registers: paste list, attendance PDF and CSV,
certificates and the funders report."""

from __future__ import annotations

import csv
import io
import stat

import pypdf
import pytest
from helpers import squash, text_of

from accreditation_fixture import accredit
from kcdesk.domain.errors_accreditation import AccreditationExportFormat, AccreditationExportNoExtension
from kcdesk.export import export
from kcdesk.export.accreditation import export_register


@pytest.fixture
def acc(demo):
    return accredit(demo, demo.event_id)


def test_paste_list_per_register_is_one_number_per_line(acc, tmp_path):
    for register, numbers in acc.reported.items():
        path, n = export_register(acc.services, acc.event_id, register, tmp_path / f"{register}.txt")
        lines = path.read_text(encoding="utf-8").splitlines()
        assert sorted(lines) == sorted(numbers.values()) and n == len(numbers)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "555000111" not in (tmp_path / "SKJ.txt").read_text()  # no consent


def test_attendance_pdf_has_the_registers_columns_and_one_row_per_reported_attendee(acc, tmp_path):
    path, _ = export_register(acc.services, acc.event_id, "Registerplein", tmp_path / "rp.pdf")
    reader = pypdf.PdfReader(str(path))
    text = squash("\n".join(p.extract_text() or "" for p in reader.pages))
    for column in ("Achternaam", "Voorletters", "Functie", "Registratienummer", "Handtekening"):
        assert column in text
    for label in ("Organisatie", "Activiteit", "Datum", "Activiteitnummer", "RP-2024-0815"):
        assert label in text
    event = acc.services.events.get(acc.event_id)
    assert event.title in text
    for person_id, number in acc.reported["Registerplein"].items():
        person = acc.services.people.get(person_id)
        start = text.index(f" {person.family_name} ")
        row = text[start : text.index(number)]  # the number follows on the person's row
        assert person.job_title in row and len(row) < 120, row
    assert "999999" not in text  # registered but did not come
    others = [p for numbers in (acc.reported["SKJ"], acc.reported["BIG"]) for p in numbers]
    for person_id in others:
        assert acc.services.people.get(person_id).family_name not in text


def test_attendance_csv(acc, tmp_path):
    path, _ = export_register(acc.services, acc.event_id, "SKJ", tmp_path / "skj.csv")
    rows = list(csv.reader(io.StringIO(text_of(path)), delimiter=";"))
    assert rows[0][:7] == [
        "Achternaam",
        "Voorletters",
        "Voornaam",
        "Organisatie",
        "Functie",
        "Register",
        "Registratienummer",
    ]
    assert sorted(r[6] for r in rows[1:]) == sorted(acc.reported["SKJ"].values())
    assert {r[9] for r in rows[1:]} == {"SKJ-77341"}


def test_other_extensions_are_refused_and_no_file_is_left(acc, tmp_path):
    for name in ("list.xlsx", "list"):
        with pytest.raises((AccreditationExportFormat, AccreditationExportNoExtension)):
            export_register(acc.services, acc.event_id, "SKJ", tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_certificates_name_the_register_activity_and_points(acc, tmp_path):
    path = export(acc.services, acc.event_id, "certificates", tmp_path / "c.pdf")
    reader = pypdf.PdfReader(str(path))
    pages = {}
    for page in reader.pages:
        t = squash(page.extract_text() or "")
        pages[t] = t
    big_holder = acc.services.people.get(next(iter(acc.reported["SKJ"])))
    (page,) = [t for t in pages if big_holder.name in t]
    assert "Kwaliteitsregister Jeugd (SKJ)" in page and "SKJ-77341" in page and "2 punten" in page
    assert acc.reported["SKJ"][big_holder.id] in page
    assert "RP-2024-0815" not in page  # not in Registerplein
    without = acc.services.people.get(acc.without)
    (page,) = [t for t in pages if without.name in t]
    assert "RP-2024-0815" in page and "SKJ-77341" in page  # any granted one may apply
    assert "BIG" not in page  # only applied for
    refused = acc.services.people.get(acc.no_consent)
    (page,) = [t for t in pages if refused.name in t]
    assert "555000111" not in page and "SKJ-77341" in page  # the points, not the number without consent


def test_funders_report_counts_accredited_attendees(acc, tmp_path):
    path = export(acc.services, acc.event_id, "report", tmp_path / "r.html")
    text = squash(path.read_text(encoding="utf-8"))
    reported = len({p for numbers in acc.reported.values() for p in numbers})
    assert f"{reported} van de 23 aanwezigen" in text
    assert "Registerplein RP-2024-0815 3 2,5 toegekend 4" in text
    assert "BIG – 2 2 aangevraagd 2" in text


def test_english_pdf(acc, tmp_path):
    path, _ = export_register(acc.services, acc.event_id, "BIG", tmp_path / "big.pdf", lang="en")
    text = squash(text_of(path))
    assert "Surname" in text and "Signature" in text and "(not granted yet)" in text


def test_a_long_list_is_printed_on_sheets_that_each_name_the_activity(acc, tmp_path):
    from kcdesk.export.accreditation import ROWS_PER_PAGE, pages

    svc = acc.services
    came = [r for r in svc.registrations.of_event(acc.event_id) if r["checked_in_at"]]
    for i, r in enumerate(came):
        svc.accreditation.set_membership(r["person_id"], "SKJ", str(300_000 + i))
    path, n = export_register(svc, acc.event_id, "SKJ", tmp_path / "skj.pdf")
    reader = pypdf.PdfReader(str(path))
    sheets = pages(svc.accreditation.attendance(acc.event_id, "SKJ").rows)
    assert n == len(came) > ROWS_PER_PAGE and len(reader.pages) == len(sheets) >= 2
    texts = [squash(p.extract_text() or "") for p in reader.pages]
    for number, text in enumerate(texts, 1):
        assert (
            "SKJ-77341" in text and "Registratienummer" in text and f"Blad {number} van {len(texts)}" in text
        )
    assert all(str(300_000 + i) in " ".join(texts) for i in range(len(came)))
    assert f"{n} aanwezigen" in texts[-1] and "aanwezigen met" not in texts[0]


def test_sheets_close_with_empty_rows():
    from kcdesk.export.accreditation import BLANK_ROWS, ROWS_PER_PAGE, pages

    assert [(s["first"], len(s["rows"]), s["blank"]) for s in pages([])] == [(0, 0, BLANK_ROWS)]
    full = [{}] * ROWS_PER_PAGE
    assert [(len(s["rows"]), s["blank"], s["last"]) for s in pages(full)] == [
        (ROWS_PER_PAGE, 0, False),
        (0, BLANK_ROWS, True),
    ]
    some = [{}] * (ROWS_PER_PAGE + 2)
    assert [(s["first"], len(s["rows"]), s["blank"]) for s in pages(some)] == [
        (0, ROWS_PER_PAGE, 0),
        (ROWS_PER_PAGE, 2, BLANK_ROWS),
    ]
