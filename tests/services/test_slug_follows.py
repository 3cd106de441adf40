"""An event's slug follows its title and date until the event is first shared (its file or a
station's journal exported, or it came from a file); a slug chosen by hand stays."""

import dataclasses
import datetime as dt

from kcdesk.domain.models import Event


def test_the_slug_follows_title_and_date_until_shared(services, tmp_path):
    ev = services.events.create(Event("Nieuw kenniscafé", dt.date(2027, 1, 12)))
    assert ev.slug == "nieuw-kenniscafe-2027-01-12"
    ev = services.events.update(dataclasses.replace(ev, title="Kenniscafé Armoede en schulden"))
    assert ev.slug == "kenniscafe-armoede-en-schulden-2027-01-12"
    ev = services.events.update(dataclasses.replace(ev, date=dt.date(2027, 2, 9)))
    assert ev.slug == "kenniscafe-armoede-en-schulden-2027-02-09"
    services.journals.export(ev.id, tmp_path / "j.json")  # shared with another station
    ev = services.events.update(dataclasses.replace(ev, title="Kenniscafé Armoede"))
    assert ev.slug == "kenniscafe-armoede-en-schulden-2027-02-09"
    assert services.events.resolve("kenniscafe-armoede-en-schulden-2027-02-09").title == "Kenniscafé Armoede"


def test_an_exported_event_file_fixes_the_slug(services, tmp_path):
    from kcdesk.services.event_transfer import write_event

    ev = services.events.create(Event("Nieuw kenniscafé", dt.date(2027, 1, 12)))
    write_event(services.store, ev.id, tmp_path / "e.json")
    ev = services.events.update(dataclasses.replace(ev, title="Iets anders"))
    assert ev.slug == "nieuw-kenniscafe-2027-01-12"


def test_a_slug_chosen_by_hand_stays(services):
    ev = services.events.create(Event("Nieuw kenniscafé", dt.date(2027, 1, 12), slug="kc-januari"))
    ev = services.events.update(dataclasses.replace(ev, title="Kenniscafé Wonen"))
    assert ev.slug == "kc-januari"
    ev = services.events.update(dataclasses.replace(ev, slug="wonen-2027"))
    ev = services.events.update(dataclasses.replace(ev, date=dt.date(2027, 3, 1)))
    assert ev.slug == "wonen-2027"


def test_two_events_of_one_title_and_date_keep_distinct_slugs(services):
    a = services.events.create(Event("Kenniscafé", dt.date(2027, 1, 12)))
    b = services.events.create(Event("Kenniscafé", dt.date(2027, 1, 12)))
    assert (a.slug, b.slug) == ("kenniscafe-2027-01-12", "kenniscafe-2027-01-12-2")
    b = services.events.update(dataclasses.replace(b, date=dt.date(2027, 1, 19)))
    assert b.slug == "kenniscafe-2027-01-19"
