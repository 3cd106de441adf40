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
from dataclasses import dataclass

from kcdesk.domain.errors import CsvEmpty, CsvNoNameColumn, CsvUnreadable
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


@dataclass
class ParsedCsv:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (line number in the file, fields)
    encoding: str
    delimiter: str
    mapping: dict[int, str]  # column index -> field
    eventbrite: bool = False

    def preview(self, n: int = 20) -> list[list[str]]:
        return [r for _, r in self.rows[:n]]


def decode(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding it was read with."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _delimiter(text: str) -> str:
    head = text[:8192]
    first = head.splitlines()[0] if head.splitlines() else ""
    try:
        return csv.Sniffer().sniff(head, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: first.count(d) for d in (",", ";", "\t")}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def header_field(name: str) -> str | None:
    key = " ".join(words(name.replace("#", " ")))
    return HEADERS.get(key)


def parse(data: bytes | str, name: str = "file") -> ParsedCsv:
    """Read a CSV file into rows with their line numbers, and guess the column mapping."""
    if isinstance(data, bytes):
        text, encoding = decode(data)
    else:
        text, encoding = data, "utf-8"
    text = text.replace("\x00", "")
    if not text.strip():
        raise CsvEmpty(name=name)
    delim = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    start = 1
    try:
        for record in reader:
            line = start
            start = reader.line_num + 1
            if header is None:
                if not any(c.strip() for c in record):
                    continue
                header = [c.strip() for c in record]
                continue
            if not any(c.strip() for c in record):
                continue
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
    return ParsedCsv(header, rows, encoding, delim, mapping, eventbrite)
