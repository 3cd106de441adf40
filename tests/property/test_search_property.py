"""Search normalisation with any text: no crash, fold is idempotent, a name finds itself."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from kcdesk.domain.models import Event, Person
from kcdesk.domain.names import fold, query_words, search_text, split_name, words
from kcdesk.services import Services
from kcdesk.store import open_store
from kcdesk.store.search import fts_query

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
# FTS5 syntax and other characters a door search box may receive
SYNTAX = st.sampled_from(
    [
        '"',
        "*",
        "(",
        ")",
        ":",
        "^",
        "-",
        "+",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "'",
        "\\",
        "%",
        "_",
        "{",
        "}",
        "\x00",
        "van",
        "de",
        " ",
    ]
)
QUERY = st.lists(st.one_of(ANY_TEXT, SYNTAX), max_size=6).map(" ".join)
NAME_CHARS = st.characters(categories=("Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Nd", "Pd", "Po", "Zs"))
NAME = st.text(NAME_CHARS, min_size=1, max_size=20)


@SETTINGS
@given(ANY_TEXT)
@example("ᴬᴮ ϓ Ϲ ℌ 𝘈")  # letters that decompose into capitals
def test_fold_is_idempotent(text):
    once = fold(text)
    assert fold(once) == once
    assert words(once) == words(text)


@SETTINGS
@given(QUERY)
def test_query_words_and_fts_query_never_crash(text):
    ws = query_words(text)
    assert all(w and w.isascii() and w.isalnum() for w in ws)
    match = fts_query(text)
    assert (match is None) == (not ws)


_store = open_store(None)
_svc = Services(_store)
_event = _svc.events.create(Event("K", dt.date(2026, 1, 1)))


@SETTINGS
@given(QUERY)
def test_door_and_directory_search_accept_any_text(text):
    _store.search.people(text)
    _store.search.door(_event.id, text, code=text[:12] or None)  # type: ignore[arg-type]
    _svc.checkin.search(_event.id, text)  # type: ignore[arg-type]


@SETTINGS
@given(NAME, NAME, st.sampled_from(["", "van", "de", "van der", "ter"]))
@example("ŉ", "𝘈", "")
def test_an_inserted_name_is_found_by_its_own_words(given_name, family, particle):
    assume(words(given_name) or words(family))
    store = open_store(None)
    try:
        svc = Services(store)
        event = svc.events.create(Event("K", dt.date(2026, 1, 1)))
        person = svc.people.create(Person(given_name, family, particle))
        reg = svc.registrations.register(event.id, person.id)  # type: ignore[arg-type]
        full = " ".join(x for x in (given_name, particle, family) if x)
        assert set(query_words(full)) <= set(search_text(given_name, particle, family).split())
        assert person.id in store.search.people(full)
        assert reg.code in [r["code"] for r in store.search.door(event.id, full)]  # type: ignore[arg-type]
        for w in words(f"{given_name} {family}"):
            assert person.id in store.search.people(w)
        g, p, f = split_name(full)
        assert person.id in store.search.people(" ".join(x for x in (g, p, f) if x))
    finally:
        store.close()
