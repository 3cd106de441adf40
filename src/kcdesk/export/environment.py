"""The one Jinja environment for every kcdesk template, built-in or the user's.

- Sandboxed (``ImmutableSandboxedEnvironment``): a template reaches only the
  plain data of its context. Attributes starting with ``_`` (``__globals__``,
  ``__subclasses__``...), calls that change data and huge ``*``/``**``
  results are refused; the loader reads template files only, never paths
  outside the two folders.
- ``StrictUndefined``: a misspelt key is an error, not an empty string.
- Autoescape for ``.html`` and ``.xml`` templates.
- The user templates folder comes first, so a file there overrides the
  built-in template of the same name.

Every problem is raised as :class:`TemplateProblem` naming the template, the
line and what went wrong.
Files are written through :mod:`kcdesk.output.atomic`.
"""

from __future__ import annotations

import traceback
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from kcdesk import paths
from kcdesk.domain.errors import KcdeskError
from kcdesk.export.filters import filters_for

#: The longest string or sequence a template may build with * or **.
MAX_PRODUCT = 1_000_000


class TemplateProblem(KcdeskError):
    """A template could not be rendered: ``name``, ``line`` (or None) and ``message``."""

    code = "template"

    def __init__(self, name: str, line: int | None, message: str):
        self.name, self.line, self.message = name, line, message
        where = f"template {name}" + (f", line {line}" if line else "")
        super().__init__(f"{where}: {message}")


class KcdeskSandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context, operator, left, right):  # noqa: D401 - Jinja hook
        if operator == "**" and isinstance(right, int | float) and abs(right) > 100:
            raise SecurityError("the power operator is limited to exponents up to 100")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(times, int)
                    and len(seq) * times > MAX_PRODUCT
                ):
                    raise SecurityError("the result of * would be too large")
        return super().call_binop(context, operator, left, right)


def user_dir() -> Path:
    return paths.user_templates_dir()


def builtin_dir() -> Path:
    return paths.templates_dir()


def make_environment(lang: str = "nl", user_folder: Path | None = None) -> KcdeskSandbox:
    """A fresh sandboxed environment for ``lang`` over the user and built-in templates."""
    loader = jinja2.ChoiceLoader(
        [
            jinja2.FileSystemLoader(str(user_folder or user_dir()), encoding="utf-8"),
            jinja2.FileSystemLoader(str(builtin_dir()), encoding="utf-8"),
        ]
    )
    env = KcdeskSandbox(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "htm", "xml"), default_for_string=False
        ),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,
    )
    env.filters.update(filters_for(lang))
    return env


def _template_line(exc: BaseException, name: str) -> int | None:
    """The template line of a runtime error, from Jinja's rewritten traceback."""
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename and (frame.filename.endswith(name) or frame.filename == "<template>"):
            line = frame.lineno
    return line


def render(env: jinja2.Environment, name: str, context: Mapping[str, Any]) -> str:
    """Render template ``name``; every failure becomes a :class:`TemplateProblem`."""
    try:
        template = env.get_template(name)
    except jinja2.TemplateNotFound as exc:
        raise TemplateProblem(name, None, f"no template named {exc.name}") from exc
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(exc.name or name, exc.lineno, exc.message or "syntax error") from exc
    try:
        return template.render(context)
    except SecurityError as exc:
        raise TemplateProblem(name, _template_line(exc, name), f"not allowed in a template: {exc}") from exc
    except jinja2.TemplateSyntaxError as exc:  # in an included template
        raise TemplateProblem(exc.name or name, exc.lineno, exc.message or "syntax error") from exc
    except jinja2.TemplateNotFound as exc:
        raise TemplateProblem(name, _template_line(exc, name), f"no template named {exc.name}") from exc
    except jinja2.UndefinedError as exc:
        raise TemplateProblem(name, _template_line(exc, name), exc.message or "undefined value") from exc
    except (
        TypeError,
        ValueError,
        AttributeError,
        KeyError,
        IndexError,
        ZeroDivisionError,
        OverflowError,
        jinja2.TemplateError,
    ) as exc:
        raise TemplateProblem(name, _template_line(exc, name), f"{type(exc).__name__}: {exc}") from exc
