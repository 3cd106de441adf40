"""CSV import with random content, encodings, delimiters, quoting and newlines.

Whatever the file holds, the import does not crash: either the whole file is
refused with a KcdeskError, or every non-empty data row is imported, updated,
unchanged, or reported with its line number.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kcdesk.domain.errors import KcdeskError
from kcdesk.domain.models import Event
from kcdesk.services import Services
from kcdesk.services.csv_import import CsvImporter, parse
from kcdesk.store import open_store

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NAME_HEADERS = ["Voornaam", "Achternaam", "Naam", "First Name", "Last Name", "Attendee Name"]
OTHER_HEADERS = [
    "E-mail",
    "Organisatie",
    "Functie",
    "Sector",
    "Nieuwsbrief",
    "Status",
    "Code",
    "Telefoon",
    "Foto",
    "Opmerking",
    "Order #",
]

# characters every one of the four encodings can write, plus the troublemakers (no lone "\r":
# Python's csv writer leaves it unquoted, which makes a different file than meant)
LATIN = st.characters(codec="latin-1", exclude_characters="\x00", exclude_categories=("Cc",)).filter(
    lambda c: not 0x80 <= ord(c) <= 0x9F
)
TROUBLE = st.sampled_from(
    [
        ",",
        ";",
        "\t",
        '"',
        "\n",
        "\r\n",
        " ",
        "@",
        "ja",
        "nee",
        "x@example.org",
        "van der",
        "Zoë",
        "Çelik",
        "attending",
        "checked in",
    ]
)
FIELD = st.lists(st.one_of(LATIN, TROUBLE), max_size=8).map("".join)


def _count_rows(records: list[list[str]]) -> int:
    return sum(1 for r in records if any(c.strip() for c in r))


@st.composite
def csv_files(draw):
    names = draw(st.lists(st.sampled_from(NAME_HEADERS), min_size=1, max_size=3, unique=True))
    others = draw(st.lists(st.sampled_from(OTHER_HEADERS), max_size=5, unique=True))
    header = draw(st.permutations(names + others))
    width = len(header)
    records = draw(
        st.lists(
            st.lists(FIELD, min_size=0, max_size=width + 2).filter(lambda r: r != [""] * len(r) or not r),
            max_size=25,
        )
    )
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1"]))
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=delimiter, quoting=quoting, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(records)
    return buf.getvalue().encode(encoding), delimiter, _count_rows(records)


def _import(data: bytes) -> tuple[object, int]:
    """Import into a fresh database; returns (result or KcdeskError, rows parsed)."""
    store = open_store(None)
    try:
        event = Services(store).events.create(Event("K", dt.date(2026, 1, 1)))
        try:
            parsed = parse(data, "random.csv")
        except KcdeskError as exc:
            return exc, -1
        result = CsvImporter(store).import_parsed(parsed, event.id)  # type: ignore[arg-type]
        done = result.imported + result.updated + result.unchanged + len(result.errors)
        assert done == len(parsed.rows)
        lines = [e.line for e in result.errors]
        assert all(1 < n for n in lines) and len(set(lines)) == len(lines)
        regs = len(store.registrations.of_event(event.id))  # type: ignore[arg-type]
        # a row matching a person from earlier in the file updates that registration
        assert result.imported <= regs <= result.imported + result.updated + result.unchanged
        return result, len(parsed.rows)
    finally:
        store.close()


@SETTINGS
@given(csv_files())
def test_every_row_is_imported_or_reported(file):
    data, delimiter, expected = file
    outcome, rows = _import(data)
    if isinstance(outcome, KcdeskError):
        return  # the whole file refused, with a message
    parsed = parse(data)
    if parsed.delimiter == delimiter:
        assert rows == expected


@SETTINGS
@given(st.binary(max_size=600))
def test_random_bytes_never_crash(data):
    _import(data)


@SETTINGS
@given(st.binary(max_size=300))
def test_random_bytes_after_a_valid_header(data):
    _import(b"Voornaam;Achternaam;E-mail\n" + data)
