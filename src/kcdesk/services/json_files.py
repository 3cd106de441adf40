"""Reading and writing kcdesk's JSON files (event files, station journals): standard JSON only.

Python's json module reads and writes ``NaN`` and ``Infinity``, which other
programs refuse, and recurses once per nesting level, so a hostile file
nested a hundred thousand deep ends in a RecursionError. :func:`loads`
refuses both with a ValueError saying why (the callers turn it into their
one-line message); :func:`dumps` writes only standard JSON.
"""

from __future__ import annotations

import json
import math
from typing import Any


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number in standard JSON")


def loads(text: str) -> Any:
    """Parse standard JSON (no NaN or Infinity; nesting Python cannot follow is refused)."""
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise ValueError("it is nested too deeply") from None


def finite(value: Any) -> Any:
    """``value`` with every NaN or infinite number replaced by None (standard JSON has none)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    return value


def dumps(value: Any, **kwargs: Any) -> str:
    """Standard JSON text of ``value`` (json.dumps arguments pass through)."""
    return json.dumps(finite(value), allow_nan=False, **kwargs)
