"""The database both ways of a CSV import start from (tests/services/test_csv_bulk.py and the
property test), and its rows compared without what differs by nature."""

from __future__ import annotations

import datetime as dt

from kcdesk.domain.models import Event, Person
from kcdesk.services import Services
from kcdesk.store import open_store

#: columns that differ between two imports by nature: moments and drawn codes
MOMENT = {"created_at", "updated_at", "registered_at", "checked_in_at", "at", "code", "uid"}


def setup_store(path):
    """Existing: Piet (by address), Jan without an address (by name and organisation), codes
    TAKEN1 (another event) and JANJAN, and two Kees Bos at one club."""
    store = open_store(path, create=True)
    svc = Services(store)
    event = svc.events.create(Event("Kenniscafé", dt.date(2030, 1, 1)))
    other = svc.events.create(Event("Eerder", dt.date(2029, 1, 1)))
    piet = svc.people.create(Person(given_name="Piet", family_name="Jansen", email="piet@example.org"))
    jan = svc.people.create(
        Person(given_name="Jan", particle="de", family_name="Groot", organisation="Wijkteam")
    )
    svc.people.create(Person(given_name="Ander", family_name="Mens", email="ander@example.org"))
    # two with one name and organisation: when the first moves to another (by its address), the
    # second is who a row without an address matches
    svc.people.create(
        Person(given_name="Kees", family_name="Bos", email="kees@example.org", organisation="Club")
    )
    svc.people.create(Person(given_name="Kees", family_name="Bos", organisation="Club"))
    with store.write():
        from kcdesk.domain.models import Registration

        store.registrations.insert(Registration(other.id, piet.id, code="TAKEN1"))
        store.registrations.insert(Registration(event.id, jan.id, code="JANJAN"))
    return store, event


def rows(store, table):
    cur = store.db.execute(f"SELECT * FROM {table} ORDER BY rowid")
    names = [c[0] for c in cur.description]
    return [{k: v for k, v in zip(names, r, strict=True) if k not in MOMENT} for r in cur]
