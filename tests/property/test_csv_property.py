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
from kcdesk.services.csv_import import CsvImporter, decode, parse
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
    return buf.getvalue().encode(encoding), delimiter, _count_rows(records), encoding


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
        assert done == len(parsed.rows) + len(parsed.problems)  # every row read, or its line reported
        lines = [e.line for e in result.errors]
        assert all(1 < n for n in lines) and len(set(lines)) == len(lines)
        regs = len(store.registrations.of_event(event.id))  # type: ignore[arg-type]
        # a row matching a person from earlier in the file updates that registration
        assert result.imported <= regs <= result.imported + result.updated + result.unchanged
        return result, len(parsed.rows) + len(parsed.problems)
    finally:
        store.close()


@SETTINGS
@given(csv_files())
def test_every_row_is_imported_or_reported(file):
    data, delimiter, expected, encoding = file
    outcome, rows = _import(data)
    if isinstance(outcome, KcdeskError):
        return  # the whole file refused, with a message
    parsed = parse(data)
    # Windows-1252 bytes that happen to be valid UTF-8 ("Â" + no-break space) are read as UTF-8
    same_reading = (parsed.encoding in ("utf-8", "utf-8-sig")) == (encoding in ("utf-8", "utf-8-sig"))
    if parsed.delimiter == delimiter and same_reading:
        assert rows == expected


@SETTINGS
@given(st.binary(max_size=600))
def test_random_bytes_never_crash(data):
    _import(data)


@SETTINGS
@given(st.binary(max_size=300))
def test_random_bytes_after_a_valid_header(data):
    _import(b"Voornaam;Achternaam;E-mail\n" + data)


# -- messy files: every input line accounted for (issue 11, case 5) ---------------------------

ODD_PREAMBLE = st.sampled_from(["", "\n", "\r\n\r\n", "sep=;\n", "sep=,\r\n", "\n\nsep=;\n"])
GOOD_NAMES = st.sampled_from(["Anna", "Bert", "Zoë", "Çelik", "van der Berg", "O'Neill", "Ødegaard"])


@st.composite
def messy_files(draw):
    """A file built line by line: good rows, rows in another separator, stray quotes, bytes in
    another encoding, blank lines, odd headers (sep=, blank lines before the header, duplicates)."""
    preamble = draw(ODD_PREAMBLE)
    delimiter = preamble[preamble.index("sep=") + 4] if "sep=" in preamble else draw(st.sampled_from(",;\t"))
    header = draw(
        st.lists(st.sampled_from(NAME_HEADERS + OTHER_HEADERS + ["", "Voornaam"]), min_size=2, max_size=6)
    )
    if not {"Voornaam", "Achternaam", "Naam"} & set(header):
        header[0] = "Voornaam"
    lines: list[bytes] = [preamble.encode(), delimiter.join(header).encode() + b"\n"]
    good: set[str] = set()
    kinds = draw(
        st.lists(
            st.sampled_from(
                ["good", "good", "other-separator", "stray-quote", "cp1252", "bad-byte", "blank"]
            ),
            max_size=15,
        )
    )
    for kind in kinds:
        fields = [draw(GOOD_NAMES) for _ in header]
        if kind == "blank":
            lines.append(b"\n")
            continue
        if kind == "other-separator":
            other = draw(st.sampled_from([d for d in ",;\t" if d != delimiter]))
            lines.append(other.join(fields).encode() + b"\n")
            continue
        if kind == "stray-quote":
            i = draw(st.integers(0, len(fields) - 1))
            fields[i] = '"' + fields[i]
        text = delimiter.join(fields) + "\n"
        if kind == "cp1252":
            lines.append(text.encode("cp1252", errors="replace"))
        elif kind == "bad-byte":
            lines.append(text.encode()[:-1] + b"\xff\n")
        else:
            lines.append(text.encode())
            if kind == "good" and len(fields) > 1:
                good.add(text.rstrip("\n"))
    return b"".join(lines), good


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messy_files())
def test_every_line_of_a_messy_file_is_accounted_for(file):
    """Each non-blank line after the header starts an imported/updated/unchanged row or a
    reported one, or lies inside a row that visibly holds a line break (a quoted newline) --
    and no whole good row is ever swallowed into another row's field."""
    data, good = file
    outcome, _rows = _import(data)
    if isinstance(outcome, KcdeskError):
        assert "no name column" in str(outcome) or "is empty" in str(outcome)
        return
    parsed = parse(data)
    text, _enc = decode(data)
    physical = io.StringIO(text.replace("\x00", ""), newline="").readlines()
    blank = {n for n, line in enumerate(physical, 1) if not line.strip() or line.strip().startswith("sep=")}
    first_data = next(n for n, line in enumerate(physical, 1) if n not in blank) + 1
    starts = {line: record for line, record in parsed.rows}
    reported = {line for line, _ in parsed.problems}
    assert not starts.keys() & reported
    ordered = sorted(starts.keys() | reported)
    for n in range(first_data, len(physical) + 1):
        if n in blank or n in starts or n in reported:
            continue
        owner = max((s for s in ordered if s < n), default=None)
        assert owner is not None, f"line {n} belongs to no row"
        if owner in starts:  # only a quoted newline may carry a line into the row above
            assert any("\n" in c for c in starts[owner]), f"line {n} vanished into line {owner}"
            swallowed = {part for c in starts[owner] for part in c.split("\n")[1:]}
            assert not swallowed & good, f"a whole row vanished into line {owner}"
    for record in starts.values():  # no row silently holds another separator's whole row
        assert not any(c.count(d) >= 2 for c in record for d in ",;\t" if d != parsed.delimiter) or len(
            record
        ) >= len(parsed.header)
