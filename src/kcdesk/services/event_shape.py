"""The shape of an event file (docs/event-format.md), checked before anything is written.

A file from a script or an old editor may hold a string where a list belongs,
a null where text belongs, or miss a key; the import refuses it with the place
of the damage ("people[3].email: expected text") instead of failing halfway.
"""

from __future__ import annotations

import copy
import math
from typing import Any

from kcdesk.domain.errors import EventFileDamaged, KcdeskError, OwnNextEvent
from kcdesk.domain.models import PERSON_CONSENTS, PERSON_DETAILS

TEXT, OPT_TEXT, INT, OPT_INT, NUMBER = "text", "text or null", "int", "int or null", "number"
BOOL, OPT_DICT = "bool", "dict"


def _list(spec: Any) -> tuple[str, Any]:
    return ("list", spec)


def _optional(spec: dict) -> tuple[str, dict]:
    return ("optional", spec)


def _since_v2(spec: Any, default: Any = "") -> tuple[str, Any, Any]:
    """A key added in version 2 of the format: a file without it gets ``default``."""
    return ("default", spec, default)


#: the writer's texts added in version 2, all optional text
def _texts(*names: str) -> dict[str, Any]:
    return {n: _since_v2(TEXT) for n in names}


PERSON = {
    "key": TEXT,
    **dict.fromkeys(PERSON_DETAILS, TEXT),
    **dict.fromkeys(PERSON_CONSENTS, BOOL),
    "notes": TEXT,
}
EVENT = {
    "slug": TEXT,
    "title": TEXT,
    "theme": TEXT,
    "tagline": TEXT,
    "date": OPT_TEXT,
    "start_time": OPT_TEXT,
    "end_time": OPT_TEXT,
    "venue": {"name": TEXT, "room": TEXT, "address": TEXT},
    "capacity": OPT_INT,
    "status": TEXT,
    "description": TEXT,
    "edition": OPT_INT,
    "next_event": _optional(
        {
            "slug": TEXT,
            "title": TEXT,
            "date": OPT_TEXT,
            "theme": _since_v2(TEXT),
            "start_time": _since_v2(OPT_TEXT, None),
            "venue": _since_v2({"name": TEXT, "room": TEXT, "address": TEXT}, None),
        }
    ),
    **_texts("headline", "edition_phrase", "title_en", "theme_en", "headline_en", "edition_phrase_en"),
    "description_en": _since_v2(TEXT),
    "published_on": _since_v2(OPT_TEXT, None),
}
DOCUMENT: dict[str, Any] = {
    "organiser": _optional(
        {
            "name": TEXT,
            "website": TEXT,
            "newsletter_line": TEXT,
            "privacy_line": TEXT,
            **_texts("description", "description_en", "newsletter_line_en", "privacy_line_en"),
        }
    ),
    "series": _optional({"name": TEXT, "season": TEXT}),
    "sectors": _list({"code": TEXT, "label_nl": TEXT, "label_en": TEXT}),
    "event": EVENT,
    "people": _list(PERSON),
    "programme": _list(
        {
            "key": TEXT,
            "kind": TEXT,
            "title": TEXT,
            "description": TEXT,
            "duration_min": INT,
            "tables": OPT_INT,
            "people": _list({"person": TEXT, "part": TEXT}),
            **_texts("title_en", "description_en"),
        }
    ),
    "registrations": _list(
        {
            "code": TEXT,
            "person": TEXT,
            "status": TEXT,
            "source": TEXT,
            "registered_at": OPT_TEXT,
            "checked_in_at": OPT_TEXT,
            "station": OPT_TEXT,
            "booker": OPT_TEXT,
        }
    ),
    "journal": _list(
        {
            "uid": TEXT,
            "code": TEXT,
            "action": TEXT,
            "station": TEXT,
            "at": TEXT,
            "undoes": OPT_TEXT,
            "payload": OPT_DICT,
        }
    ),
    "notes": _list(
        {
            "item": OPT_TEXT,
            "author": TEXT,
            "body": TEXT,
            "created_at": OPT_TEXT,
            "updated_at": OPT_TEXT,
            **_texts("heading", "heading_en", "body_en"),
            "position": _since_v2(INT, 0),
        }
    ),
    "key_figures": _list(
        {"label": TEXT, "value": NUMBER, "item": _since_v2(OPT_TEXT, None), "label_en": _since_v2(TEXT)}
    ),
    "quotes": _list(
        {
            "text": TEXT,
            "person": OPT_TEXT,
            "attribution_name": TEXT,
            "attribution_role": TEXT,
            "attribution_org": TEXT,
            "item": OPT_TEXT,
            "consent": TEXT,
            "created_at": OPT_TEXT,
            "translation": _since_v2(TEXT),
        }
    ),
    "reactions": _list(
        {
            "text": TEXT,
            "person": OPT_TEXT,
            "rating": OPT_INT,
            "created_at": OPT_TEXT,
            **_texts("verdict", "verdict_en", "translation"),
        }
    ),
    "seating": _list({"item": TEXT, "code": TEXT, "table": INT, "host": BOOL}),
    "accreditations": _list(
        {"register": TEXT, "activity_id": TEXT, "points": NUMBER, "hours": NUMBER, "status": TEXT}
    ),
}
#: sections an older or hand-made file may leave out
OPTIONAL_SECTIONS = {
    "accreditations",
    "seating",
    "organiser",
    "series",
    "sectors",
    "journal",
    "notes",
    "key_figures",
    "quotes",
    "reactions",
}


def _damaged(where: str, what: str) -> KcdeskError:
    return EventFileDamaged(where=where, what=what)


#: The range of SQLite's integers: a larger number cannot be stored.
INT_RANGE = range(-(2**63), 2**63)


def _fits(value: Any, kind: str) -> bool:
    is_int = isinstance(value, int) and not isinstance(value, bool) and value in INT_RANGE
    return {
        TEXT: isinstance(value, str),
        OPT_TEXT: value is None or isinstance(value, str),
        INT: is_int,
        OPT_INT: value is None or is_int,
        NUMBER: (isinstance(value, float) and math.isfinite(value)) or is_int,
        BOOL: isinstance(value, bool),
        OPT_DICT: value is None or isinstance(value, dict),
    }[kind]


def _check(value: Any, spec: Any, where: str) -> None:
    if isinstance(spec, str):
        if not _fits(value, spec):
            raise _damaged(where, f"expected {spec}")
    elif isinstance(spec, tuple) and spec[0] == "optional":
        if value is not None:
            _check(value, spec[1], where)
    elif isinstance(spec, tuple) and spec[0] == "default":
        if not (spec[2] is None and value is None):
            _check(value, spec[1], where)
    elif isinstance(spec, tuple):
        if not isinstance(value, list):
            raise _damaged(where, "expected a list")
        for i, item in enumerate(value):
            _check(item, spec[1], f"{where}[{i}]")
    else:
        if not isinstance(value, dict):
            raise _damaged(where, "expected an object")
        for key, sub in spec.items():
            if key not in value and isinstance(sub, tuple) and sub[0] == "default":
                value[key] = copy.deepcopy(sub[2])  # an older file: the key it did not know yet
                continue
            if key not in value:
                raise _damaged(f"{where}.{key}", "missing")
            _check(value[key], sub, f"{where}.{key}")


def check_shape(doc: Any) -> None:
    """Raise a KcdeskError naming the first place where ``doc`` is not an event file.

    Keys added in a later version of the format are filled in with their defaults.
    """
    if not isinstance(doc, dict):
        raise _damaged("document", "expected an object")
    for key, spec in DOCUMENT.items():
        if key not in doc:
            if key in OPTIONAL_SECTIONS:
                continue
            raise _damaged(key, "missing")
        _check(doc[key], spec, key)


def _parses(where: str, value: str | None, parse: Any) -> None:
    import datetime as dt

    if value:
        try:
            parsed = parse(value)
        except ValueError:
            raise _damaged(where, f"'{value}' is not a date or time") from None
        if isinstance(parsed, dt.datetime) and parsed.tzinfo is None:
            raise _damaged(where, f"the time '{value}' has no time zone")


def _unique(where: str, keys: list[str]) -> set[str]:
    seen: set[str] = set()
    for k in keys:
        if k in seen:
            raise _damaged(where, f"'{k}' occurs twice")
        seen.add(k)
    return seen


def _known(where: str, value: str | None, known: set[str]) -> None:
    if value and value not in known:
        raise _damaged(where, f"'{value}' is not in the file")


def check_content(doc: dict[str, Any]) -> None:
    """After :func:`check_shape`: keys unique, references resolvable, codes and times readable."""
    import datetime as dt

    from kcdesk.domain.codes import normalise_code
    from kcdesk.domain.rules import slugify

    e = doc["event"]
    if not e["slug"] or slugify(e["slug"]) != e["slug"]:
        raise _damaged("event.slug", f"'{e['slug']}' is not a valid slug")
    if e["next_event"]:
        nxt = e["next_event"]["slug"]
        if nxt == e["slug"]:
            raise OwnNextEvent(field="next_event")
        if not nxt or slugify(nxt) != nxt:
            raise _damaged("event.next_event.slug", f"'{nxt}' is not a valid slug")
        _parses("event.next_event.date", e["next_event"]["date"], dt.date.fromisoformat)
        _parses("event.next_event.start_time", e["next_event"]["start_time"], dt.time.fromisoformat)
    _parses("event.date", e["date"], dt.date.fromisoformat)
    _parses("event.published_on", e["published_on"], dt.date.fromisoformat)
    _parses("event.start_time", e["start_time"], dt.time.fromisoformat)
    _parses("event.end_time", e["end_time"], dt.time.fromisoformat)
    people = _unique("people", [p["key"] for p in doc["people"]])
    items = _unique("programme", [i["key"] for i in doc["programme"]])
    for i, item in enumerate(doc["programme"]):
        for j, pp in enumerate(item["people"]):
            _known(f"programme[{i}].people[{j}].person", pp["person"], people)
    regs = doc["registrations"]
    codes = _unique("registrations", [r["code"] for r in regs])
    booker: dict[str, str] = {}
    for i, r in enumerate(regs):
        if not r["code"] or normalise_code(r["code"]) != r["code"]:
            raise _damaged(f"registrations[{i}].code", f"'{r['code']}' is not a registration code")
        _known(f"registrations[{i}].person", r["person"], people)
        _known(f"registrations[{i}].booker", r["booker"], codes)
        _parses(f"registrations[{i}].registered_at", r["registered_at"], dt.datetime.fromisoformat)
        _parses(f"registrations[{i}].checked_in_at", r["checked_in_at"], dt.datetime.fromisoformat)
        if r["booker"]:
            booker[r["code"]] = r["booker"]
    for code in booker:  # a booker chain must end, not come back to where it started
        seen, at = {code}, booker[code]
        while at in booker:
            if at in seen:
                raise _damaged(f"registrations ({code})", "the bookers go round in a circle")
            seen.add(at)
            at = booker[at]
    from kcdesk.services.journal_check import check_entries, checked_in

    try:
        entries = check_entries(0, doc.get("journal", []), codes)
    except ValueError as exc:
        raise _damaged("journal", str(exc)) from None
    present = checked_in(entries)
    for i, r in enumerate(regs):  # a check-in without its journal entry could never be undone
        if r["checked_in_at"] and r["code"] not in present:
            raise _damaged(
                f"registrations[{i}]", f"{r['code']} is checked in but the journal does not say so"
            )
    for i, f in enumerate(doc.get("key_figures", [])):
        _known(f"key_figures[{i}].item", f.get("item"), items)
    for section in ("notes", "quotes", "reactions"):
        for i, x in enumerate(doc.get(section, [])):
            _known(f"{section}[{i}].person", x.get("person"), people)
            _known(f"{section}[{i}].item", x.get("item"), items)
            for stamp in ("created_at", "updated_at"):
                _parses(f"{section}[{i}].{stamp}", x.get(stamp), dt.datetime.fromisoformat)
