"""Dutch names: particles, sorting, display and search normalisation.

"Nicole van Dijk" is given name "Nicole", particle "van", family name "Dijk":
she sorts under D, and at the door "dijk", "van dijk" and "vandijk" all find
her.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Words that form Dutch (and some neighbouring) name particles (tussenvoegsels).
PARTICLE_WORDS = frozenset(
    """van von de der den het ter ten te in 't op aan bij onder over uit
    la le du des di da del della dos das d' l' vd v.d.""".split()
)

# Letters that do not decompose under NFKD but should fold to ASCII.
_FOLD = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "ð": "d",
        "þ": "th",
        "ł": "l",
        "đ": "d",
        "ı": "i",
        "ĳ": "ij",
        "’": "'",
        "‘": "'",
        "`": "'",
    }
)

_WORD = re.compile(r"[a-z0-9]+")


def _fold_once(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold()).translate(_FOLD)
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, accent-free ASCII-ish text: "Çelik Zoë" -> "celik zoe".

    Idempotent: some letters only decompose into capitals ("ᴬ" -> "A", "𝘈" -> "A",
    "ϓ" -> "Ύ"), so a second pass folds those (for ASCII, lower-casing is that pass).
    """
    if text.isascii():  # the common case: NFKD changes nothing, no letter is combining
        return text.lower().replace("`", "'")
    once = _fold_once(text)
    return once.lower() if once.isascii() else _fold_once(once)


def words(text: str) -> list[str]:
    """The folded words of a text, punctuation dropped ("d'Ancona" -> d, ancona)."""
    return _WORD.findall(fold(text))


def is_particle(word: str) -> bool:
    return fold(word) in PARTICLE_WORDS


def display_name(given: str, particle: str, family: str) -> str:
    return " ".join(p.strip() for p in (given, particle, family) if p and p.strip())


def sort_key(given: str, particle: str, family: str) -> str:
    """Sort Dutch-style: by family name without particle, then given name."""
    return f"{fold(family).strip()}\x00{fold(given).strip()}\x00{fold(particle).strip()}"


def split_name(full: str) -> tuple[str, str, str]:
    """Split a full name into (given, particle, family).

    "Nicole van Dijk" -> ("Nicole", "van", "Dijk");
    "Jan de la Fontaine" -> ("Jan", "de la", "Fontaine");
    "Madonna" -> ("Madonna", "", "").
    """
    parts = full.split()
    if not parts:
        return "", "", ""
    if len(parts) == 1:
        return parts[0], "", ""
    given = parts[0]
    rest = parts[1:]
    particle: list[str] = []
    while len(rest) > 1 and is_particle(rest[0]):
        particle.append(rest.pop(0))
    return given, " ".join(particle), " ".join(rest)


def search_text(given: str, particle: str, family: str, organisation: str = "", email: str = "") -> str:
    """The text indexed for door search.

    Holds the folded name words, the particle joined to the family name
    ("vandijk") and the organisation; the email's local part too, so a
    scanner-less "n.vandijk" finds her.
    """
    joined = _run(particle) + _run(family) if particle else ""
    parts = (_spaced(given), _spaced(particle), _spaced(family), joined, _spaced(organisation))
    text = " ".join(p for p in parts if p)
    local = _spaced(email.split("@", 1)[0]) if email else ""
    return f"{text} {local}" if text and local else text or local


# Per-text pieces of the keys, cached: imports compute them for every row, and names, particles
# and organisations repeat.
@lru_cache(maxsize=65536)
def _spaced(text: str) -> str:
    """The folded words of ``text``, separated by one space."""
    return " ".join(words(text))


@lru_cache(maxsize=65536)
def _run(text: str) -> str:
    """The folded words of ``text`` run together ("van der" -> "vander")."""
    return "".join(words(text))


def query_words(query: str) -> list[str]:
    """Folded words of a search query, particles dropped unless that is all there is."""
    ws = words(query)
    kept = [w for w in ws if w not in PARTICLE_WORDS]
    return kept or ws


_KEY_WORD = re.compile(r"[^\W_]+")  # letters and digits of every script, not only a-z


@lru_cache(maxsize=65536)
def _key_run(text: str) -> str:
    """The letters and digits of ``text`` (any script), folded and run together."""
    return "".join(_KEY_WORD.findall(fold(text)))


def normalised_key(given: str, particle: str, family: str, organisation: str) -> str:
    """Identity key for matching a person without email on re-import.

    Greek, Arabic or Chinese names count (for a-z names the key is as before); a name
    of only emoji or punctuation gives the name part "", which matches nobody."""
    return f"{_key_run(given)}{_key_run(particle)}{_key_run(family)}|{_key_run(organisation)}"
