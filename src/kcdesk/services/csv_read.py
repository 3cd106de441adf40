"""Reading a registration file: encoding, separator, header and rows.

Reads UTF-8 (with or without BOM), UTF-16 and Windows-1252 (Latin-1 as the
last resort, so any bytes give text); comma, semicolon or tab; quoted fields
with newlines, each row with the line it starts on. Recognises Dutch and
English headers and Eventbrite's attendee report, and proposes which column
holds which field (the import wizard lets the user change that).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from kcdesk.domain.errors import CsvEmpty, CsvNoNameColumn, CsvUnreadable, ValidationError
from kcdesk.domain.errors_safety import (
    CsvRowFieldTooLong,
    CsvRowNotUtf8,
    CsvRowOtherSeparator,
    CsvRowQuoteNotClosed,
)
from kcdesk.domain.names import words

#: The fields a column can map to, in the order the wizard offers them.
FIELDS = (
    "given_name",
    "particle",
    "family_name",
    "full_name",
    "email",
    "phone",
    "organisation",
    "job_title",
    "sector",
    "newsletter",
    "code",
    "status",
    "consent_photo",
    "consent_quote",
    "consent_name",
    "register",
    "register_number",
    "number_registerplein",
    "number_skj",
    "number_vv",
    "number_big",
    "number_kabiz",
    "register_consent",
)

#: Columns that hold the number of one known register.
REGISTER_FIELDS = {
    "number_registerplein": "Registerplein",
    "number_skj": "SKJ",
    "number_vv": "V&V",
    "number_big": "BIG",
    "number_kabiz": "KABIZ",
}
_REGISTER_WORDS = {
    "number_registerplein": ("registerplein",),
    "number_skj": ("skj", "kwaliteitsregister jeugd"),
    "number_vv": ("v v", "vv", "kwaliteitsregister v v"),
    "number_big": ("big",),
    "number_kabiz": ("kabiz",),
}
_NUMBER_WORDS = ("nummer", "nr", "number", "registratienummer", "registratie", "registernummer")


def _register_headers() -> dict[str, str]:
    """ "Registerplein-nummer", "SKJ nr", "Registratienummer BIG", "BIG-registratie" ... -> field."""
    out: dict[str, str] = {}
    for f, names in _REGISTER_WORDS.items():
        for name in names:
            for word in _NUMBER_WORDS:
                out[f"{name} {word}"] = out[f"{word} {name}"] = f
    return out


# Folded header words -> field. Dutch, English and Eventbrite's attendee report.
HEADERS: dict[str, str] = {
    "voornaam": "given_name",
    "first name": "given_name",
    "firstname": "given_name",
    "given name": "given_name",
    "roepnaam": "given_name",
    "tussenvoegsel": "particle",
    "tussenvoegsels": "particle",
    "tv": "particle",
    "prefix": "particle",
    "achternaam": "family_name",
    "last name": "family_name",
    "lastname": "family_name",
    "surname": "family_name",
    "family name": "family_name",
    "naam": "full_name",
    "name": "full_name",
    "volledige naam": "full_name",
    "full name": "full_name",
    "attendee name": "full_name",
    "deelnemer": "full_name",
    "e mail": "email",
    "email": "email",
    "emailadres": "email",
    "e mailadres": "email",
    "email address": "email",
    "e mail address": "email",
    "mail": "email",
    "telefoon": "phone",
    "telefoonnummer": "phone",
    "phone": "phone",
    "cell phone": "phone",
    "mobiel": "phone",
    "mobile": "phone",
    "phone number": "phone",
    "organisatie": "organisation",
    "organisation": "organisation",
    "organization": "organisation",
    "company": "organisation",
    "bedrijf": "organisation",
    "werkgever": "organisation",
    "instelling": "organisation",
    "functie": "job_title",
    "job title": "job_title",
    "jobtitle": "job_title",
    "role": "job_title",
    "rol": "job_title",
    "sector": "sector",
    "werkveld": "sector",
    "domein": "sector",
    "nieuwsbrief": "newsletter",
    "newsletter": "newsletter",
    "code": "code",
    "registratiecode": "code",
    "barcode": "code",
    "ticket code": "code",
    "registration code": "code",
    "status": "status",
    "attendee status": "status",
    "foto": "consent_photo",
    "toestemming foto": "consent_photo",
    "photo consent": "consent_photo",
    "citeren": "consent_quote",
    "toestemming citeren": "consent_quote",
    "quote consent": "consent_quote",
    "naam noemen": "consent_name",
    "toestemming naam": "consent_name",
    "name consent": "consent_name",
    "register": "register",
    "beroepsregister": "register",
    "professional register": "register",
    "registratienummer": "register_number",
    "registernummer": "register_number",
    "register nummer": "register_number",
    "registration number": "register_number",
    "register number": "register_number",
    "toestemming registernummer": "register_consent",
    "toestemming register": "register_consent",
    "register consent": "register_consent",
    **_register_headers(),
}


#: The longest field kcdesk reads (characters); a longer one rejects only its own row.
MAX_FIELD = 10_000
_DELIMITERS = (",", ";", "\t")
_SEP_LINE = re.compile(r'\A[ \t]*"?sep=(.)"?[ \t]*\Z', re.IGNORECASE)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


@dataclass
class ParsedCsv:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line number in the file, fields)
    encoding: str
    delimiter: str
    mapping: dict[int, str]  # column index -> field
    eventbrite: bool = False
    #: rows that could not be read as a row, each (line, why): reported, never dropped silently
    problems: list[tuple[int, ValidationError]] = field(default_factory=list)

    def preview(self, n: int = 20) -> list[list[str]]:
        return [r for _, r in self.rows[:n]]


def decode(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was read with.

    A UTF-8 file with a few invalid bytes stays UTF-8 (the bad bytes become
    U+FFFD and parse() reports their rows) instead of being read as Windows-1252,
    which would garble every accented letter in it.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(data):
        return data.decode("utf-8", errors="replace"), "utf-8"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _delimiter(text: str) -> str:
    head = text.lstrip()[:8192]
    first = head.splitlines()[0] if head.splitlines() else ""
    try:
        return csv.Sniffer().sniff(head, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: first.count(d) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def header_field(name: str) -> str | None:
    key = " ".join(words(name.replace("#", " ")))
    return HEADERS.get(key)


def _excel_separator(lines: list[str]) -> str | None:
    """Excel's ``sep=;`` first line names the separator; it is blanked so line numbers stay true."""
    for i, raw in enumerate(lines):
        if raw.strip():
            m = _SEP_LINE.match(raw.rstrip("\r\n"))
            if m and m.group(1) in _DELIMITERS + ("|",):
                lines[i] = raw[len(raw.rstrip("\r\n")) :]
                return m.group(1)
            return None
    return None


def _row_problem(
    record: list[str], line: int, end: int, lines: list[str], delim: str, columns: int, replaced: bool
) -> ValidationError | None:
    """Why a record read from ``lines`` ``line``..``end`` is not a row of the file, if it is not
    (``replaced``: the text holds U+FFFD, bytes that were not UTF-8)."""
    if end > line and ("".join(lines[line - 1 : end]).count('"') % 2 or _swallowed(record, delim, columns)):
        return CsvRowQuoteNotClosed(line=line, end=end)
    longest = max(map(len, record), default=0)
    if longest > MAX_FIELD:
        return CsvRowFieldTooLong(length=longest, limit=MAX_FIELD)
    if replaced and any("\ufffd" in c for c in record):
        return CsvRowNotUtf8()
    if 1 < columns and len(record) < columns:
        for other in _DELIMITERS:
            if other != delim and any(c.count(other) >= min(2, columns - 1) for c in record):
                return CsvRowOtherSeparator(found=_shown(other), expected=_shown(delim))
    return None


def _shown(delim: str) -> str:
    return "tab" if delim == "\t" else delim


def _swallowed(record: list[str], delim: str, columns: int) -> bool:
    """A quoted field that took in whole rows: a later line in it has a row's worth of separators."""
    need = max(1, columns - 2)
    return any(part.count(delim) >= need for c in record if "\n" in c for part in c.split("\n")[1:])


def parse(data: bytes | str, name: str = "file") -> ParsedCsv:
    """Read a CSV file into rows with their line numbers, and guess the column mapping.

    Every line is accounted for: a row becomes one of ``rows``, or one of
    ``problems`` with its line and the reason (an unclosed quote, another
    separator, a field over MAX_FIELD characters, bytes that are not UTF-8).
    """
    if isinstance(data, bytes):
        text, encoding = decode(data)
    else:
        text, encoding = data, "utf-8"
    text = text.replace("\x00", "")
    if not text.strip():
        raise CsvEmpty(name=name)
    lines = io.StringIO(text, newline="").readlines()
    delim = _excel_separator(lines)
    if delim is not None:
        text = "".join(lines)
    else:
        delim = _delimiter(text)
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))  # a long field rejects its row only
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    replaced = "\ufffd" in text
    rows: list[tuple[int, list[str]]] = []
    problems: list[tuple[int, ValidationError]] = []
    header: list[str] | None = None
    start = 1
    try:
        for record in reader:
            line = start
            start = reader.line_num + 1
            if not "".join(record).strip():  # a blank line, or only separators
                continue
            if header is None:
                header = [c.strip() for c in record]
                continue
            end = reader.line_num
            # the full check only where a row can have a problem (most rows are one line, whole)
            problem = (
                _row_problem(record, line, end, lines, delim, len(header), replaced)
                if end > line or replaced or len(record) < len(header) or max(map(len, record)) > MAX_FIELD
                else None
            )
            if problem:
                problems.append((line, problem))
            else:
                rows.append((line, record))
    except csv.Error as exc:
        raise CsvUnreadable(name=name, line=reader.line_num, detail=exc) from None
    if header is None:
        raise CsvEmpty(name=name)
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for i, h in enumerate(header):
        f = header_field(h)
        if f and f not in taken:
            mapping[i] = f
            taken.add(f)
    eventbrite = any(" ".join(words(h)) in ("barcode", "attendee status", "order") for h in header)
    if not ({"given_name", "family_name", "full_name"} & taken):
        raise CsvNoNameColumn(name=name)
    return ParsedCsv(header, rows, encoding, delim, mapping, eventbrite, problems)
