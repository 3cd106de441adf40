"""A calendar invitation (.ics) for an event, with the icalendar library."""

from __future__ import annotations

import datetime as dt
from typing import Any

from icalendar import Calendar
from icalendar import Event as IcsEvent

from kcdesk import __version__
from kcdesk.domain.errors import CalendarNeedsDate

TIMEZONE = "Europe/Amsterdam"


def _zone():
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(TIMEZONE)
    except Exception:  # no tz database (some bundles): floating local time
        return None


def calendar_bytes(event: dict[str, Any], organiser: dict[str, Any], description: str) -> bytes:
    """The .ics file of a context ``event`` (see docs/templates.md)."""
    cal = Calendar()
    cal.add("prodid", f"-//kcdesk//kcdesk {__version__}//NL")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    item = IcsEvent()
    item.add("uid", f"{event['slug'] or event['id']}@kcdesk")
    item.add("dtstamp", dt.datetime.now(dt.UTC).replace(microsecond=0))
    item.add("summary", event["title"])
    date = event["date"]
    if date is None:
        raise CalendarNeedsDate(field="date")
    zone = _zone()
    if event["start_time"]:
        start = dt.datetime.combine(date, event["start_time"], tzinfo=zone)
        end_time = (
            event["end_time"]
            or (dt.datetime.combine(date, event["start_time"]) + dt.timedelta(hours=2)).time()
        )
        item.add("dtstart", start)
        item.add("dtend", dt.datetime.combine(date, end_time, tzinfo=zone))
    else:
        item.add("dtstart", date)
        item.add("dtend", date + dt.timedelta(days=1))
    if event["venue"]["full"]:
        item.add("location", event["venue"]["full"])
    if description.strip():
        item.add("description", description.strip())
    if organiser.get("website"):
        item.add("url", organiser["website"])
    cal.add_component(item)
    if zone is not None and hasattr(cal, "add_missing_timezones"):
        cal.add_missing_timezones()
    return cal.to_ical()
