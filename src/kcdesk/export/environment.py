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

import contextlib
import functools
import os
import re
import sys
import threading
import time
import traceback
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markupsafe import Markup

from kcdesk import paths
from kcdesk.domain.errors import ExportCancelled, KcdeskError
from kcdesk.export.filters import filters_for, neutralise_markdown

#: The longest string or sequence a template may build with * or **.
MAX_PRODUCT = 1_000_000
#: The most characters one render may produce (a template's whole output, or one value in it).
MAX_OUTPUT = 20_000_000
#: The widest padding a format, center or indent may ask for.
MAX_WIDTH = 10_000
#: Seconds one render may take before it is stopped.
TIME_BUDGET = 10.0

_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")
_BRACE_SPEC = re.compile(r"\{[^{}]*?:([^{}]*)\}")


class TemplateProblem(KcdeskError):
    """A template could not be rendered: ``name``, ``line`` (or None) and ``message``."""

    code = "template"

    def __init__(self, name: str, line: int | None, message: str):
        self.name, self.line, self.message = name, line, message
        where = f"template {name}" + (f", line {line}" if line else "")
        super().__init__(f"{where}: {message}")


class RenderTooSlow(SecurityError):
    """A render ran past its time budget of ``seconds`` (see :data:`TIME_BUDGET`)."""

    def __init__(self, seconds: float):
        super().__init__(f"the template took longer than {seconds:g} s")
        self.seconds = seconds


def _size(value: Any, limit: int) -> int:
    """About how many characters ``str(value)`` would have, counting no further than ``limit``."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, Mapping):
        value = [*value.keys(), *value.values()]
    if isinstance(value, list | tuple | set | frozenset):
        total = 2
        for item in value:
            total += _size(item, limit - total) + 2
            if total > limit:
                break
        return total
    return 32  # numbers, dates, None: short


def _check_size(value: Any, what: str) -> Any:
    if _size(value, MAX_OUTPUT) > MAX_OUTPUT:
        raise SecurityError(f"{what} would be larger than {MAX_OUTPUT} characters")
    return value


def _check_widths(spec: str) -> None:
    """Refuse padding wider than MAX_WIDTH in a %-format or {}-format string."""
    numbers = [n for m in _PERCENT_SPEC.finditer(spec) for n in m.groups() if n]
    numbers += re.findall(r"\d+", " ".join(_BRACE_SPEC.findall(spec)))
    if "*" in numbers or any(int(n) > MAX_WIDTH for n in numbers if n != "*"):
        raise SecurityError(f"a width or precision above {MAX_WIDTH} is not allowed")


class _Budget(threading.local):
    deadline: float | None = None


_budget = _Budget()


@contextlib.contextmanager
def time_budget(seconds: float, cancelled: threading.Event | None = None) -> Iterator[None]:
    """Stop the Python code run inside (template code, filters) after ``seconds``,
    or as soon as ``cancelled`` is set (ExportCancelled: the user pressed Cancel).

    A trace function looks at the clock on every call and on every line of
    template code; past the deadline it raises RenderTooSlow into the running
    code. Nested budgets keep the outer deadline. The previous trace function
    (a debugger, coverage) is put back afterwards.
    """
    if _budget.deadline is not None:
        yield
        return
    deadline = _budget.deadline = time.monotonic() + seconds
    ticks = 0

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        nonlocal ticks
        ticks += 1
        if ticks % 256 == 0:
            if cancelled is not None and cancelled.is_set():
                raise ExportCancelled("The export was cancelled.")
            if time.monotonic() > deadline:
                raise RenderTooSlow(seconds)
        # every line of compiled template code (its loops); other code only on each call
        return tracer if "debug_info" in frame.f_globals else None

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        yield
    finally:
        sys.settrace(previous)
        _budget.deadline = None


class KcdeskSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with limits on size and time.

    ``*`` and ``%`` cannot build huge strings or lists, format widths are
    capped, every value printed and every whole output is at most MAX_OUTPUT
    characters, and one render may take at most ``time_budget`` seconds.
    """

    intercepted_binops = frozenset(["*", "**", "%"])
    time_budget = TIME_BUDGET
    #: set from another thread to stop a render (the app's Cancel button)
    cancelled: threading.Event | None = None

    def call_binop(self, context, operator, left, right):  # noqa: D401 - Jinja hook
        if operator == "**" and isinstance(right, int | float) and abs(right) > 100:
            raise SecurityError("the power operator is limited to exponents up to 100")
        if operator == "%" and isinstance(left, str):
            _check_widths(left)
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(times, int):
                    if len(seq) * times > MAX_PRODUCT:
                        raise SecurityError("the result of * would be too large")
                    if _size(seq, MAX_OUTPUT) * times > MAX_OUTPUT:
                        raise SecurityError("the result of * would be too large")
        return super().call_binop(context, operator, left, right)

    def wrap_str_format(self, value: Any) -> Any:  # str.format in a template
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None

        def checked(*args: Any, **kwargs: Any) -> str:
            _check_widths(str(value.__self__))
            return wrapped(*args, **kwargs)

        return checked

    def concat(self, chunks: Iterable[str]) -> str:  # Jinja joins output with this
        """Join a template's (or macro's) output, within the size cap and the time budget."""
        out: list[str] = []
        size = 0
        with time_budget(self.time_budget, self.cancelled):
            for chunk in chunks:
                size += len(chunk)
                if size > MAX_OUTPUT:
                    raise SecurityError(f"the output would be larger than {MAX_OUTPUT} characters")
                out.append(chunk)
        return "".join(out)


class FolderLoader(jinja2.FileSystemLoader):
    """Template files from one folder, never from outside it.

    Jinja refuses ``..`` and absolute names but follows symbolic links; this
    loader resolves every file first and refuses one whose real path lies
    outside the folder (a link to ``/etc``), and anything that is not a regular
    file (a pipe would block the render).
    """

    def get_source(self, environment: jinja2.Environment, template: str) -> Any:
        pieces = split_template_path(template)
        for folder in self.searchpath:
            candidate = os.path.join(folder, *pieces)
            if not os.path.lexists(candidate):
                continue
            root, real = os.path.realpath(folder), os.path.realpath(candidate)
            if os.path.commonpath([root, real]) != root:
                raise SecurityError(f"{template} lies outside the templates folder")
            if not os.path.isfile(real):
                raise jinja2.TemplateNotFound(template)
            break
        return super().get_source(environment, template)


def user_dir() -> Path:
    return paths.user_templates_dir()


def builtin_dir() -> Path:
    return paths.templates_dir()


def make_environment(lang: str = "nl", user_folder: Path | None = None) -> KcdeskSandbox:
    """A fresh sandboxed environment for ``lang`` over the user and built-in templates."""
    loader = jinja2.ChoiceLoader(
        [
            FolderLoader(str(user_folder or user_dir()), encoding="utf-8"),
            FolderLoader(str(builtin_dir()), encoding="utf-8"),
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
        optimized=False,  # no constant folding: every filter runs at render time, within the budget
    )
    env.filters.update(filters_for(lang))
    env.filters.update(_limited_filters(env.filters))
    env.filters = {name: _at_render_time(f) for name, f in env.filters.items()}
    env.finalize = _finalize
    return env


@jinja2.pass_context
def _finalize(context: Any, value: Any) -> Any:
    """Every ``{{ value }}`` before it is written: within the size cap, and in a Markdown file
    (format md) with raw HTML and unsafe link targets neutralised."""
    _check_size(value, "a value")
    if isinstance(value, str) and not isinstance(value, Markup) and context.get("format") == "md":
        return neutralise_markdown(value)
    return value


def _at_render_time(f: Any) -> Any:
    """``f`` as a filter Jinja cannot run while compiling.

    Jinja evaluates filters on constants when it compiles a template
    (``{{ [1, 2]|slice(30000000)|list }}``), outside any render and its time
    budget; a filter that takes the context is never folded like that.
    """
    kind = getattr(f, "jinja_pass_arg", None)
    if kind is not None and kind.name == "context":
        return f

    def filter_(context: Any, *args: Any, **kwargs: Any) -> Any:
        if kind is None:
            return f(*args, **kwargs)
        return f(context.eval_ctx if kind.name == "eval_context" else context.environment, *args, **kwargs)

    return jinja2.pass_context(functools.wraps(f)(filter_))


def _limited_filters(filters: Mapping[str, Any]) -> dict[str, Any]:
    """Jinja's padding and joining filters, refusing results that would be huge."""
    fmt, center, indent, join, string = (
        filters["format"],
        filters["center"],
        filters["indent"],
        filters["join"],
        filters["string"],
    )

    def format_(value: Any, *args: Any, **kwargs: Any) -> str:
        _check_widths(str(value))
        return fmt(value, *args, **kwargs)

    def center_(value: str, width: int = 80) -> str:
        if isinstance(width, int) and width > MAX_WIDTH:
            raise SecurityError(f"a width above {MAX_WIDTH} is not allowed")
        return center(value, width)

    def indent_(value: str, width: int | str = 4, *args: Any, **kwargs: Any) -> str:
        if isinstance(width, int) and width > MAX_WIDTH:
            raise SecurityError(f"a width above {MAX_WIDTH} is not allowed")
        return indent(value, width, *args, **kwargs)

    def join_(eval_ctx: Any, value: Any, d: str = "", attribute: Any = None) -> str:
        if attribute is None:
            _check_size(value, "the joined text")
        return join(eval_ctx, value, d, attribute)

    def string_(value: Any) -> str:
        return string(_check_size(value, "the text"))

    join_ = jinja2.pass_eval_context(join_)
    return {"format": format_, "center": center_, "indent": indent_, "join": join_, "string": string_}


def _template_line(exc: BaseException, name: str) -> int | None:
    """The template line of a runtime error, from Jinja's rewritten traceback."""
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename and (frame.filename.endswith(name) or frame.filename == "<template>"):
            line = frame.lineno
    return line


def load(env: jinja2.Environment, name: str) -> jinja2.Template:
    """Template ``name``, compiled; a missing, refused or broken file is a :class:`TemplateProblem`."""
    try:
        return env.get_template(name)
    except jinja2.TemplateNotFound as exc:
        raise TemplateProblem(name, None, f"no template named {exc.name}") from exc
    except SecurityError as exc:
        raise TemplateProblem(name, None, f"not allowed in a template: {exc}") from exc
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(exc.name or name, exc.lineno, exc.message or "syntax error") from exc


def render(env: jinja2.Environment, name: str, context: Mapping[str, Any]) -> str:
    """Render template ``name``; every failure becomes a :class:`TemplateProblem`."""
    template = load(env, name)
    try:
        return template.render(context)
    except RenderTooSlow as exc:
        raise TemplateProblem(
            name, _template_line(exc, name), f"the template took longer than {exc.seconds:g} s"
        ) from exc
    except SecurityError as exc:
        raise TemplateProblem(name, _template_line(exc, name), f"not allowed in a template: {exc}") from exc
    except jinja2.TemplateSyntaxError as exc:  # in an included template
        raise TemplateProblem(exc.name or name, exc.lineno, exc.message or "syntax error") from exc
    except jinja2.TemplateNotFound as exc:
        raise TemplateProblem(name, _template_line(exc, name), f"no template named {exc.name}") from exc
    except jinja2.UndefinedError as exc:
        raise TemplateProblem(name, _template_line(exc, name), exc.message or "undefined value") from exc
    except RecursionError as exc:
        raise TemplateProblem(
            name, _template_line(exc, name), "the template includes or calls itself without end"
        ) from exc
    except MemoryError as exc:
        raise TemplateProblem(name, _template_line(exc, name), "the output would not fit in memory") from exc
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
