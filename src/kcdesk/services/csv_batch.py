"""The bulk part of a CSV import: new people and their registrations, written a batch at a time.

Most rows of an import are people the directory does not know yet. For those the importer needs
no query per row: who the file's rows can match is read for the whole batch in a few queries
(:class:`Matches`), and the new rows are collected with ids chosen in Python (the highest plus one,
as SQLite would choose them) and written with one ``executemany`` per table (:class:`NewRows`).
A new person's register numbers are collected with them. A row that does touch what is stored
(an existing person, a check-in) goes the per-row way, after the rows collected so far are
written, so it sees them.
"""

from __future__ import annotations

from typing import Any

from kcdesk.domain.codes import new_codes
from kcdesk.domain.models import Person
from kcdesk.store import Store
from kcdesk.store.people import email_key
from kcdesk.store.rows import now, person_to_row, ts


class Matches:
    """Whom a row of the file can be matched to (``PeopleService.find_match``), answered in memory.

    Holds the person with each address of the batch and the first person with each match key,
    read in a few queries, and is kept up to date with every person the import adds or changes
    (:meth:`put`). A "yes" only sends the row the per-row way, which asks the database itself; a
    "no" adds a new person, so a "no" must be right: a key that loses a person may have others
    that were never read, so from then on it is always a "yes".
    """

    def __init__(self, store: Store, addresses: set[str], keys: set[str]):
        """``addresses``: the batch's addresses as :func:`~kcdesk.store.people.email_key` gives them."""
        self._by_address: dict[str, int] = {}
        self._by_key: dict[str, set[int]] = {}
        self._known: dict[int, tuple[str, str]] = {}  # id -> (address, match key) as stored
        self._unsure: set[str] = set()  # match keys whose first person may be one not read here
        for pid, email, key in store.people.match_candidates(addresses, keys):
            self.put(pid, email_key(email), key)

    def put(self, person_id: int, address: str, key: str) -> None:
        """The person is stored with this address (as ``email_key`` gives it) and match key now."""
        old = self._known.get(person_id)
        if old == (address, key):
            return
        if old is not None:
            if self._by_address.get(old[0]) == person_id:
                del self._by_address[old[0]]
            self._by_key[old[1]].discard(person_id)
            self._unsure.add(old[1])
        self._known[person_id] = (address, key)
        if address:
            self._by_address[address] = person_id
        self._by_key.setdefault(key, set()).add(person_id)

    def anyone(self, address: str, key: str) -> bool:
        """Would ``find_match`` find someone for a row with this address (as ``email_key`` gives
        it, "" for none) and match key?"""
        if address and address in self._by_address:
            return True
        if key.startswith("|"):  # no letters in the name: it identifies nobody
            return False
        if key in self._unsure:
            return True
        ids = self._by_key.get(key)
        return bool(ids) and (not address or not self._known[min(ids)][0])  # type: ignore[arg-type]


class NewRows:
    """New people and registrations of a batch, written in one statement per table by :meth:`write`.

    Ids are the highest plus one, as SQLite would give them; codes are drawn in bulk and checked
    against the database in a few queries, leaving out the codes the file gives.
    """

    def __init__(self, store: Store, event_id: int, file_codes: set[str], expected: int):
        self.store = store
        self.event_id = event_id
        #: codes the file's rows give, as the door reads them (never drawn)
        self.file_codes = file_codes
        #: codes in use: those of the file that a registration has, and every code added since
        self.used = store.registrations.codes_in_use(file_codes)
        self.stamp = ts(now())  # created, updated and registered: the batch's moment
        self.people: list[tuple[Any, ...]] = []
        self.registrations: list[tuple[Any, ...]] = []
        self.memberships: list[tuple[Any, ...]] = []
        self._expected = expected
        self._drawn: list[str] = []
        self._next_person = self._next_registration = 0
        self.renumber()

    def renumber(self) -> None:
        """Take the next ids from the database (after the per-row way inserted rows)."""
        self._next_person = self.store.people.next_id()
        self._next_registration = self.store.registrations.next_id()

    def add_person(self, person: Person, match_key: str) -> None:
        """Collect a new person (``match_key`` its ``normalised_key``); sets ``person.id``."""
        person.id = self._next_person
        self._next_person += 1
        self.people.append((*person_to_row(person, match_key).values(), person.id, self.stamp, self.stamp))

    def add_registration(self, person_id: int, code: str, status: str, source: str) -> int:
        """Collect a registration; without ``code`` one is drawn. Returns its id."""
        rid = self._next_registration
        self._next_registration += 1
        code = code or self.draw()
        self.registrations.append((rid, self.event_id, person_id, code, status, source, self.stamp))
        self.used.add(code)
        return rid

    def add_membership(self, person_id: int, register: str, number: str, consent: bool) -> None:
        """Collect a new person's number in a register (a second one for the same register, later
        in the row, replaces the first, as the per-row way's upsert does)."""
        self.memberships.append((person_id, register, number, int(consent), self.stamp, self.stamp))

    def draw(self) -> str:
        """A code no registration has, that the file does not give and that was not drawn before."""
        while not self._drawn:
            fresh = set(new_codes(max(64, self._expected))) - self.file_codes - self.used
            fresh -= self.store.registrations.codes_in_use(fresh)
            self._drawn = list(fresh)
        code = self._drawn.pop()
        self.used.add(code)
        return code

    def write(self) -> None:
        """Insert what was collected (people first: registrations name them)."""
        self.store.people.insert_new(self.people)
        self.store.registrations.insert_new(self.registrations)
        if self.memberships:
            self.store.accreditation.insert_new(self.memberships)
        self.people.clear()
        self.registrations.clear()
        self.memberships.clear()
