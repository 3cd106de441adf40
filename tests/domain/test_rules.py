import datetime as dt

import pytest

from kcdesk.domain.errors import ValidationError
from kcdesk.domain.models import Event
from kcdesk.domain.rules import schedule, slugify, validate_event


def test_schedule_follows_durations():
    assert schedule(dt.time(14, 0), [20, 40, 15]) == [dt.time(14, 0), dt.time(14, 20), dt.time(15, 0)]
    assert schedule(None, [10]) == [None]


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"title": " "}, "title"),
        ({"date": None}, "date"),
        ({"start_time": dt.time(15), "end_time": dt.time(14)}, "end_time"),
        ({"capacity": -1}, "capacity"),
    ],
)
def test_validate_event_rejects(changes, field):
    e = Event(title="Kenniscafé", date=dt.date(2019, 10, 10))
    for k, v in changes.items():
        setattr(e, k, v)
    with pytest.raises(ValidationError) as err:
        validate_event(e)
    assert err.value.field == field


def test_slugify():
    assert slugify("Kenniscafé Ontmoeting in de wijk!") == "kenniscafe-ontmoeting-in-de-wijk"
