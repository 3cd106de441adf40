"""Jinja's own messages about a broken user template, in the user's language.

Jinja writes its syntax and undefined-value messages in English. A writer who
edits a template in the user templates folder gets them from the export
dialog, so the common ones are recognised here (``{0}``… are the values Jinja
filled in) and translated; anything else is shown as Jinja wrote it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kcdesk.domain.errors import KcdeskError
from kcdesk.export.environment import TemplateProblem
from kcdesk.words.errors import translate_error

#: Jinja's message (a pattern with {0}, {1}…) and what the user reads (%1, %2… for the same values).
MESSAGES = cast(
    tuple[tuple[str, str], ...],
    (
        (
            "Unexpected end of template. Jinja was looking for the following tags: {0}."
            " The innermost block that needs to be closed is '{1}'.",
            QT_TRANSLATE_NOOP(
                "TemplateErrors", "The template ends while the block “%2” is still open: add %1 to close it."
            ),
        ),
        (
            "Encountered unknown tag '{0}'. Jinja was looking for the following tags: {1}."
            " The innermost block that needs to be closed is '{2}'.",
            QT_TRANSLATE_NOOP(
                "TemplateErrors",
                "The tag “%1” does not belong here: the block “%3” is still open and needs %2.",
            ),
        ),
        ("Encountered unknown tag '{0}'.", QT_TRANSLATE_NOOP("TemplateErrors", "Unknown tag “%1”.")),
        (
            "Expected an expression, got '{0}'",
            QT_TRANSLATE_NOOP("TemplateErrors", "A value or name is missing before %1."),
        ),
        (
            "expected token '{0}', got '{1}'",
            QT_TRANSLATE_NOOP("TemplateErrors", "Expected %1 but found “%2”."),
        ),
        (
            "unexpected '{0}', expected '{1}'",
            QT_TRANSLATE_NOOP("TemplateErrors", "Unexpected “%1”; expected “%2”."),
        ),
        ("unexpected '{0}'", QT_TRANSLATE_NOOP("TemplateErrors", "Unexpected “%1”.")),
        (
            "'{0}' is undefined",
            QT_TRANSLATE_NOOP(
                "TemplateErrors", "“%1” is not in the template context (see the template documentation)."
            ),
        ),
        (
            "'{0}' has no attribute '{1}'",
            QT_TRANSLATE_NOOP("TemplateErrors", "“%2” does not exist here (in a %1)."),
        ),
        ("No filter named '{0}'.", QT_TRANSLATE_NOOP("TemplateErrors", "There is no filter “%1”.")),
        (
            "not allowed in a template: access to attribute '{0}' of '{1}' object is unsafe.",
            QT_TRANSLATE_NOOP("TemplateErrors", "Not allowed in a template: the attribute “%1”."),
        ),
    ),
)

#: Jinja's names for the places a template can end unexpectedly.
TOKENS = {
    "end of statement block": QT_TRANSLATE_NOOP("TemplateErrors", "the end of the tag (%})"),
    "end of print statement": QT_TRANSLATE_NOOP("TemplateErrors", "the end of the expression (}})"),
    "end of template": QT_TRANSLATE_NOOP("TemplateErrors", "the end of the template"),
}


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for english, shown in MESSAGES:
        parts = re.split(r"\{(\d)\}", english)
        regex = "".join(re.escape(p) if i % 2 == 0 else "(.+?)" for i, p in enumerate(parts))
        out.append((re.compile(regex + r"\Z", re.DOTALL), shown))
    return tuple(out)


def _value(text: str) -> str:
    if text in TOKENS:
        return QCoreApplication.translate("TemplateErrors", str(TOKENS[text]))
    if "' or '" in text:  # 'elif' or 'else' or 'endif'
        names = [f"“{t.strip(chr(39))}”" for t in text.split(" or ")]
        joiner = QCoreApplication.translate("TemplateErrors", " or ")
        return joiner.join(names)
    return text.strip("'")


def jinja_message(message: str) -> str:
    """Jinja's English message in the user's language, or unchanged when it is not a known one."""
    for regex, shown in _patterns():
        m = regex.match(message)
        if m:
            text = QCoreApplication.translate("TemplateErrors", shown)
            for i, value in enumerate(m.groups(), start=1):
                text = text.replace(f"%{i}", _value(value))
            return text
    return message


def describe(exc: KcdeskError) -> str:
    """An engine error for the export dialog; a template problem with Jinja's message translated."""
    if isinstance(exc, TemplateProblem):
        return translate_error(TemplateProblem(exc.name, exc.line, jinja_message(exc.message)))
    return translate_error(exc)
