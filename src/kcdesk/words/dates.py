"""Python dates and times as the user's locale writes them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime


def short(value: dt.date | dt.time | dt.datetime) -> str:
    """``value`` in the locale's short format (a date, a time, or both)."""
    # PySide6 takes Python's date, time and datetime for QDate, QTime and QDateTime; its stubs do not say so.
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)  # type: ignore[call-overload]


def qdate(value: dt.date) -> QDate:
    """``value`` as a QDate (for date edits)."""
    return QDate(value.year, value.month, value.day)


def qtime(value: dt.time) -> QTime:
    """``value`` as a QTime, to the millisecond (for time edits)."""
    return QTime(value.hour, value.minute, value.second, value.microsecond // 1000)


def pydate(value: QDate) -> dt.date:
    """A date edit's QDate as a Python date."""
    return dt.date(value.year(), value.month(), value.day())


def long_date(value: dt.date) -> str:
    """``value`` with its weekday, as the locale writes it ("vrijdag 20 november 2026")."""
    return QLocale().toString(qdate(value), QLocale.FormatType.LongFormat)


def titled(title: str, date: dt.date | None) -> str:
    """An event's title with its date ("Kenniscafé Wonen (20-11-2026)"): editions share a title."""
    return f"{title} ({short(date)})" if date else title
