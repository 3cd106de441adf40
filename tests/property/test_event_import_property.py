"""`kcdesk event import` of a damaged event file: a valid demo export mutated at random.

Whatever the damage (keys dropped, types changed, values swapped), the import
either succeeds or raises a KcdeskError; and when it fails the database is
exactly as it was before.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kcdesk.domain.errors import KcdeskError
from kcdesk.services import Services
from kcdesk.services.demo import load_demo
from kcdesk.services.event_transfer import export_event, import_event
from kcdesk.store import open_store

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ODD_VALUES = st.sampled_from(
    [None, "", " ", 0, -1, 1, 10**12, 1.5, "1", "abc", "2026-13-45", True, [], {}, ["x"], {"a": 1}, "😀"]
)


@pytest.fixture(scope="module")
def valid_doc() -> dict[str, Any]:
    s = open_store(None)
    svc = Services(s)
    event_id = load_demo(svc)
    doc = export_event(s, event_id)
    s.close()
    return doc


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in the document: (key or index, ...)."""
    out = []
    if isinstance(node, dict):
        items = list(node.items())
    elif isinstance(node, list):
        items = list(enumerate(node))
    else:
        return out
    for k, v in items:
        out.append((*prefix, k))
        out.extend(_paths(v, (*prefix, k)))
    return out


def _get(doc: Any, path: tuple) -> Any:
    for k in path:
        doc = doc[k]
    return doc


def _mutate(doc: dict, data) -> dict:
    doc = copy.deepcopy(doc)
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        paths = [p for p in _paths(doc) if p[0] not in ("format", "version")]
        if not paths:
            break
        path = data.draw(st.sampled_from(paths), label="path")
        parent, key = _get(doc, path[:-1]), path[-1]
        how = data.draw(st.sampled_from(["drop", "odd", "swap", "duplicate"]), label="how")
        if how == "drop":
            del parent[key]
        elif how == "odd":
            parent[key] = copy.deepcopy(data.draw(ODD_VALUES, label="value"))  # never share a drawn list
        elif how == "swap":
            other = data.draw(st.sampled_from(paths), label="other")
            try:
                value = copy.deepcopy(_get(doc, other))
            except (KeyError, IndexError, TypeError):
                continue
            parent[key] = value
        elif isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
    return doc


def _counts(store) -> dict[str, int]:
    db = store.db
    names = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: db.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _dump(store) -> dict[str, list]:
    db = store.db
    names = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts%'"
        )
    ]
    return {n: sorted(map(tuple, db.execute(f'SELECT * FROM "{n}"')), key=repr) for n in names}


@SETTINGS
@given(data=st.data())
def test_a_damaged_event_file_imports_or_is_refused_without_a_trace(valid_doc, data):
    doc = _mutate(valid_doc, data)
    store = open_store(None)
    try:
        before, counts = _dump(store), _counts(store)
        try:
            event = import_event(store, doc)
        except KcdeskError:
            assert _dump(store) == before
            assert _counts(store) == counts
        else:  # what was taken in reads back: nothing stored that later crashes a screen or export
            assert event.id is not None
            export_event(store, event.id)
            Services(store).checkin.counts(event.id)
    finally:
        store.close()


@pytest.fixture(scope="module")
def copy_doc(valid_doc) -> dict[str, Any]:
    """The demo event under a new slug and new codes: importable into the demo database itself,
    where its people are already in the directory (so they are reused, not added)."""
    doc = copy.deepcopy(valid_doc)
    doc["event"]["slug"] = "kopie-ontmoeting"
    new = {r["code"]: f"K{i:05d}" for i, r in enumerate(doc["registrations"])}
    for r in doc["registrations"]:
        r["code"] = new[r["code"]]
        r["booker"] = new.get(r["booker"]) if r["booker"] else None
    for j in doc["journal"]:
        j["code"] = new.get(j["code"], j["code"])
        j["uid"] = "k" + j["uid"]
        j["undoes"] = "k" + j["undoes"] if j["undoes"] else None
    return doc


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_damaged_copy_into_a_full_database_leaves_it_as_it_was(copy_doc, data):
    doc = _mutate(copy_doc, data)
    store = open_store(None)
    try:
        load_demo(Services(store))
        before = _dump(store)
        try:
            import_event(store, doc)
        except KcdeskError:
            assert _dump(store) == before
    finally:
        store.close()


def test_the_undamaged_copy_imports_into_the_demo_database(copy_doc):
    store = open_store(None)
    try:
        load_demo(Services(store))
        people = len(_dump(store)["people"])
        event = import_event(store, copy.deepcopy(copy_doc))
        assert event.slug == "kopie-ontmoeting"
        assert len(_dump(store)["people"]) == people  # everyone reused
    finally:
        store.close()
