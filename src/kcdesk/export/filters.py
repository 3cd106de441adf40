"""Jinja filters for kcdesk templates: dates, times, lists, counts, markdown, attributions.

Every filter takes the template language ("nl" or "en"); :func:`filters_for`
binds it so a template writes ``{{ event.date | date }}`` and gets
"donderdag 10 oktober 2019" or "Thursday 10 October 2019".
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from collections.abc import Callable, Iterable
from typing import Any

import markdown as _markdown
import markdown.extensions
import markdown.treeprocessors
from babel.dates import format_date as _format_date
from babel.numbers import format_decimal
from markupsafe import Markup

from kcdesk.domain.errors import UnknownLanguage
from kcdesk.services.privacy import ANONYMOUS, SECTOR_PHRASES, article_for, role_phrase  # noqa: F401 (re-exported)

LOCALES = {"nl": "nl_NL", "en": "en_GB"}
LANGUAGES = tuple(LOCALES)

#: Nouns for rounded counts: singular and plural per language.
NOUNS = {
    "nl": {"participant": ("deelnemer", "deelnemers"), "person": ("persoon", "personen")},
    "en": {"participant": ("participant", "participants"), "person": ("person", "people")},
}

#: "een docent uit het onderwijs" / "a teacher from education": the phrase per sector.

#: in lists of names (attendance), for someone whose data was erased
ERASED = {"nl": "(gewist)", "en": "(erased)"}


def check_lang(lang: str) -> str:

    if lang not in LOCALES:
        raise UnknownLanguage(lang=lang, field="lang")
    return lang


def _as_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.astimezone().date() if value.tzinfo else value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def format_date(value: Any, lang: str = "nl", style: str = "full") -> str:
    """ "donderdag 10 oktober 2019" (full), "10 oktober 2019" (long), "10-10-2019" (short)."""
    d = _as_date(value)
    if d is None:
        return ""
    pattern = {"full": "EEEE d MMMM y", "long": "d MMMM y", "day": "EEEE d MMMM"}.get(style, style)
    if style == "short":
        pattern = "dd-MM-y" if lang == "nl" else "dd/MM/y"
    return _format_date(d, pattern, locale=LOCALES[lang])


def format_time(value: Any, lang: str = "nl") -> str:
    """ "14:00" — both languages use the 24-hour clock in our documents."""
    if value in (None, ""):
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone() if value.tzinfo else value
        return value.strftime("%H:%M")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)[:5]


def join_list(items: Iterable[Any], lang: str = "nl") -> str:
    """ "A, B en C" / "A, B and C" (no serial comma)."""
    parts = [str(i) for i in items if str(i).strip()]
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    word = "en" if lang == "nl" else "and"
    return f"{', '.join(parts[:-1])} {word} {parts[-1]}"


def rounded(n: int | float) -> tuple[int, bool]:
    """Round a head count the way an article does: (value, was it rounded)."""
    n = int(round(n))
    if n < 15:
        return n, False
    step = 5 if n < 100 else 10 if n < 1000 else 50
    r = int(round(n / step) * step)
    return r, r != n


def about(n: int | float, lang: str = "nl", noun: str = "participant") -> str:
    """ "ongeveer 25 deelnemers" / "about 25 participants"; small counts stay exact."""
    value, approx = rounded(n)
    sing, plural = NOUNS[lang].get(noun, (noun, noun))
    word = sing if value == 1 else plural
    text = f"{value} {word}"
    if approx:
        text = ("ongeveer " if lang == "nl" else "about ") + text
    return text


def number(value: Any, lang: str = "nl") -> str:
    """A number in the language's notation; whole numbers without decimals."""
    if value in (None, ""):
        return ""
    v = float(value)
    if v.is_integer():
        return format_decimal(int(v), locale=LOCALES[lang])
    return format_decimal(round(v, 2), locale=LOCALES[lang])


def percent(value: Any, lang: str = "nl") -> str:
    if value in (None, ""):
        return ""
    return f"{number(round(float(value) * 100), lang)}%"


#: The only link schemes kcdesk lets through into an export (``javascript:`` and ``data:`` never).
LINK_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_MD_LINK_TARGET = re.compile(r"(\]\(\s*<?)([^\s)>]*)")


def safe_url(url: str, schemes: tuple[str, ...] = LINK_SCHEMES) -> bool:
    """Is ``url`` an absolute http, https or mailto address (after undoing entities and
    dropping the invisible characters browsers ignore, as in ``java&#09;script:``)?"""
    plain = _INVISIBLE.sub("", html.unescape(url or ""))
    m = _SCHEME.match(plain)
    return m is not None and m.group(1).lower() in schemes


class _SafeLinks(_markdown.treeprocessors.Treeprocessor):
    """Drop every link and image address that is not http(s) (or mailto for links); the text stays."""

    def run(self, root):  # noqa: D401 - Markdown hook
        for element in root.iter():
            for attribute, schemes in (("href", LINK_SCHEMES), ("src", ("http", "https"))):
                value = element.get(attribute)
                if value is not None and not safe_url(value, schemes):
                    del element.attrib[attribute]
        return None


class _SafeLinksExtension(_markdown.extensions.Extension):
    def extendMarkdown(self, md):  # noqa: N802 - Markdown API
        md.treeprocessors.register(_SafeLinks(md), "kcdesk-safe-links", 0)


def markdown_html(text: str) -> Markup:
    """Markdown to HTML, escaped once. Raw HTML in the source is shown as text, not passed
    through; only http, https and mailto links stay links."""
    source = str(text or "").replace("&", "&amp;").replace("<", "&lt;")  # str: Markup.replace escapes again
    return Markup(
        _markdown.markdown(source, extensions=["sane_lists", _SafeLinksExtension()], output_format="html")
    )


#: An ``&`` that already starts an entity (text neutralised before, passed on by a macro).
_BARE_AMPERSAND = re.compile(r"&(?!(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});)")


def neutralise_markdown(text: str) -> str:
    """User text for a Markdown file: raw HTML shown as text where the Markdown is rendered
    (``<`` and a bare ``&`` as entities), and link targets other than http(s)/mailto emptied.

    Idempotent: a value that passes twice (a macro's output printed again) is escaped once.
    """
    text = _BARE_AMPERSAND.sub("&amp;", text).replace("<", "&lt;")
    return _MD_LINK_TARGET.sub(lambda m: m.group(1) + (m.group(2) if safe_url(m.group(2)) else ""), text)


def attribution(person: dict[str, Any] | None, lang: str = "nl") -> str:
    """How a person is named in a publication, following their consent.

    ``person`` is a context person (see docs/templates.md): by name if they
    consented to be named, else "een deelnemer" (see kcdesk.services.privacy).
    """
    if not person or not person.get("named"):
        return ANONYMOUS[lang]
    return person["name"]


ORDINALS = {
    "nl": (
        "eerste",
        "tweede",
        "derde",
        "vierde",
        "vijfde",
        "zesde",
        "zevende",
        "achtste",
        "negende",
        "tiende",
    ),
    "en": ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
}


def ordinal(n: int, lang: str = "nl") -> str:
    """ "derde" / "third" up to ten, then "11e" / "11th"."""
    n = int(n)
    if 1 <= n <= len(ORDINALS[lang]):
        return ORDINALS[lang][n - 1]
    if lang == "nl":
        return f"{n}e"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def capitalise(text: str) -> str:
    """First letter upper case ("een deelnemer" at the start of a sentence)."""
    return text[:1].upper() + text[1:] if text else text


def filters_for(lang: str) -> dict[str, Callable[..., Any]]:
    """The filters with the template language bound."""
    lang = check_lang(lang)
    bind = functools.partial
    return {
        "date": bind(_date_filter, lang=lang),
        "time": bind(format_time, lang=lang),
        "join_list": bind(join_list, lang=lang),
        "about": bind(about, lang=lang),
        "number": bind(number, lang=lang),
        "percent": bind(percent, lang=lang),
        "markdown": markdown_html,
        "attribution": bind(attribution, lang=lang),
        "capitalise": capitalise,
        "ordinal": bind(ordinal, lang=lang),
    }


def _date_filter(value: Any, style: str = "full", *, lang: str) -> str:
    return format_date(value, lang, style)
