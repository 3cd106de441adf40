"""Python dates and times as the user's locale writes them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale


def short(value: dt.date | dt.time | dt.datetime) -> str:
    """``value`` in the locale's short format (a date, a time, or both)."""
    # PySide6 takes Python's date, time and datetime for QDate, QTime and QDateTime; its stubs do not say so.
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)  # type: ignore[call-overload]
