"""The search text and match key, built from cached pieces, are what their definitions say."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kcdesk.domain.names import _fold_once, fold, normalised_key, search_text, words

PIECES = st.sampled_from(
    ["van", "de", " der ", "'t", "Zoë", "Çelik", "ß", "ı", "日本", "Ω", "ᴬ", "`", "@", "-"]
)
TEXT = st.one_of(st.text(max_size=12), st.lists(PIECES, max_size=4).map(" ".join))


@settings(max_examples=200, deadline=None)
@given(TEXT, TEXT, TEXT, TEXT, TEXT)
def test_search_text_is_the_words_of_each_part(given_name, particle, family, organisation, email):
    tokens = words(given_name) + words(particle) + words(family)
    if particle and words(particle) + words(family):
        tokens.append("".join(words(particle) + words(family)))
    tokens += words(organisation)
    if email:
        tokens += words(email.split("@", 1)[0])
    assert search_text(given_name, particle, family, organisation, email) == " ".join(tokens)


@settings(max_examples=200, deadline=None)
@given(TEXT, TEXT, TEXT, TEXT)
def test_match_key_is_the_letters_of_the_name_and_organisation(given_name, particle, family, organisation):
    def letters(text: str) -> str:
        return "".join(re.findall(r"[^\W_]+", fold(text)))

    expected = f"{letters(given_name)}{letters(particle)}{letters(family)}|{letters(organisation)}"
    assert normalised_key(given_name, particle, family, organisation) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_folds_as_any_text_does(text):
    assert fold(text) == _fold_once(text).lower()  # the short way for ASCII gives the same
