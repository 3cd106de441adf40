"""kcdesk.words.dates: Python dates and times to and from the Qt date and time edits."""

import datetime as dt

from PySide6.QtCore import QDate, QTime

from kcdesk.words.dates import pydate, qdate, qtime


def test_qdate_and_back():
    assert qdate(dt.date(2026, 3, 9)) == QDate(2026, 3, 9)
    assert pydate(QDate(2026, 3, 9)) == dt.date(2026, 3, 9)


def test_qtime_keeps_seconds_and_milliseconds():
    assert qtime(dt.time(14, 5)) == QTime(14, 5)
    assert qtime(dt.time(9, 30, 15, 250_000)) == QTime(9, 30, 15, 250)
