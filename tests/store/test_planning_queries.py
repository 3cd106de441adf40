"""Store queries behind the planning screen: event filters, years, the people directory, series figures."""


def test_event_filters(demo):
    q = demo.store.event_list
    assert len(q.summaries_filtered()) == 2
    assert [r["slug"] for r in q.summaries_filtered(status="held")] == ["ontmoeting-in-de-buurt"]
    assert [r["slug"] for r in q.summaries_filtered("merwede")] == ["ontmoeting-in-de-buurt"]  # the venue
    assert [r["slug"] for r in q.summaries_filtered("najaar")] == []  # the season is not searched
    assert len(q.summaries_filtered("Kenniscaf")) == 2
    year = q.years()[0]
    assert all(r["date"].startswith(str(year)) for r in q.summaries_filtered(year=year))
    assert q.summaries_filtered(year=1999) == []
    held = q.summaries_filtered(status="held")[0]
    assert (held["registered"], held["checked_in"]) == (
        demo.registrations.counts(demo.event_id)["expected"],
        demo.registrations.counts(demo.event_id)["checked_in"],
    )


def test_directory_sorts_and_pages(demo):
    q = demo.store.people
    everyone = q.directory()
    assert len(everyone) == q.count()
    assert [r["sort_key"] for r in everyone] == sorted(r["sort_key"] for r in everyone)
    by_events = q.directory(order="events", descending=True)
    assert [r["events"] for r in by_events] == sorted((r["events"] for r in by_events), reverse=True)
    assert q.directory(limit=5, offset=5) == everyone[5:10]
    assert q.directory(ids=[]) == []
    assert {r["id"] for r in q.directory(ids=[everyone[0]["id"]])} == {everyone[0]["id"]}
    # an unknown order falls back to the name, never reaches the SQL
    assert q.directory(order="name; DROP TABLE people") == everyone


def test_series_attendance(demo):
    event = demo.events.get(demo.event_id)
    rows = demo.store.events.series_attendance(event.series_id)
    assert [r["title"] for r in rows] == [
        "Kenniscafé Ontmoeting in de buurt",
        "Kenniscafé Leren van verschillen",
    ]
    assert rows[0]["attended"] == demo.registrations.counts(demo.event_id)["checked_in"]
