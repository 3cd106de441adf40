"""The one check of journal entries, for event import and journal merge alike.

A journal entry read from a file (an event file's ``journal``, a station's
journal) must be a known action with a uid, a registration code (read as the
door reads it), text where text belongs, a time with its zone, a walk-in with
a name, and an undo that says what it undoes; a uid appears once; check-ins
and undos name a registration of the event (or a walk-in in the same file).
:func:`check_entries` raises ``ValueError`` saying which entry and why; the
callers turn that into their one-line refusal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from kcdesk.domain.codes import normalise_code
from kcdesk.domain.enums import JournalAction
from kcdesk.domain.models import JournalEntry

_PAYLOAD_TEXT = ("given_name", "particle", "family_name", "organisation", "email", "sector")


def read_entry(event_id: int, raw: Any) -> JournalEntry:
    """One entry as a JournalEntry; ValueError saying what is wrong with it."""
    if not isinstance(raw, dict):
        raise ValueError("an entry is not an object")
    try:
        action = JournalAction(raw["action"])
    except KeyError:
        raise ValueError("an entry has no action") from None
    except ValueError:
        raise ValueError(f"'{raw['action']}' is not a journal action") from None
    uid, code, at = raw.get("uid"), raw.get("code"), raw.get("at")
    station, undoes, payload = raw.get("station", ""), raw.get("undoes"), raw.get("payload")
    if not (isinstance(uid, str) and uid.strip()):
        raise ValueError("no uid")
    if not (isinstance(code, str) and code.strip()):
        raise ValueError("no registration code")
    if not isinstance(station, str) or not (undoes is None or isinstance(undoes, str)):
        raise ValueError("station and undoes must be text")
    if action == JournalAction.UNDO and not undoes:
        raise ValueError("an undo that undoes nothing")
    if payload is not None and not isinstance(payload, dict):
        raise ValueError("the details must be an object")
    if action == JournalAction.WALKIN:
        details = payload or {}
        if any(not isinstance(details.get(k, ""), str) for k in _PAYLOAD_TEXT):
            raise ValueError("the walk-in's name, organisation, email and sector must be text")
        if not (details.get("given_name", "").strip() or details.get("family_name", "").strip()):
            raise ValueError("a walk-in without a name")
    if not isinstance(at, str):
        raise ValueError("no time")
    when = dt.datetime.fromisoformat(at)
    if when.tzinfo is None:  # compared with every other station's times: it must say its zone
        raise ValueError(f"the time {at} has no time zone")
    return JournalEntry(
        uid=uid,
        event_id=event_id,
        code=normalise_code(code),
        action=action,
        station=station,
        at=when,
        undoes=undoes,
        payload=payload,
    )


def check_entries(event_id: int, raws: Iterable[Any], codes: set[str] | None) -> list[JournalEntry]:
    """Every entry read and checked (see the module); ``codes`` are the event's registrations
    (None: the caller looks the codes up itself, as the merge does in the database)."""
    entries: list[JournalEntry] = []
    seen: set[str] = set()
    for i, raw in enumerate(raws):
        try:
            entry = read_entry(event_id, raw)
        except (ValueError, TypeError) as exc:
            raise ValueError(f"entry {i + 1}: {exc}") from None
        if entry.uid in seen:
            raise ValueError(f"entry {i + 1}: the uid {entry.uid} appears twice")
        seen.add(entry.uid)
        entries.append(entry)
    walkins = {e.code for e in entries if e.action == JournalAction.WALKIN}
    for i, e in enumerate(entries):
        if codes is not None and e.code not in codes and e.code not in walkins:
            raise ValueError(f"entry {i + 1}: no registration with code {e.code} in this event")
    return entries


def checked_in(entries: Iterable[JournalEntry]) -> set[str]:
    """The codes the entries leave checked in (check-ins and walk-ins not undone)."""
    entries = list(entries)
    undone = {e.undoes for e in entries if e.action == JournalAction.UNDO}
    return {
        e.code
        for e in entries
        if e.action in (JournalAction.CHECKIN, JournalAction.WALKIN) and e.uid not in undone
    }
