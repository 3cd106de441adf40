"""Events, series, organiser and programme."""

from __future__ import annotations

import dataclasses
import datetime as dt

from kcdesk.domain.enums import EventStatus
from kcdesk.domain.errors import (
    BadItemOrder,
    EventNotFound,
    EventNotSaved,
    EventRefNotFound,
    ItemNotFound,
    OrganiserNameMissing,
    OwnNextEvent,
    SeriesNameMissing,
)
from kcdesk.domain.models import Event, Organiser, ProgrammeItem, Series
from kcdesk.domain.rules import schedule, slugify, validate_event, validate_programme_item
from kcdesk.store import Store

TYPE_CHECKING = False  # typing itself is not imported at run time (start-up of the command line)
if TYPE_CHECKING:
    from typing import Any


@dataclasses.dataclass
class DeletedEvent:
    """What :meth:`EventService.delete_with_undo` removed, enough to put it back."""

    event_id: int
    doc: dict[str, Any]  # the event as an event file (services/event_transfer.py)
    pointing: list[int]  # events whose "next event" was this one
    #: what the event file does not carry (the outbox, waitlist offers by code)
    kept: dict[str, list[dict[str, Any]]] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass
class DeletedItem:
    """What :meth:`EventService.delete_item` removed, enough to put it back where it was."""

    item: ProgrammeItem  # as stored, with its people
    order: list[int]  # the programme's item ids before, this one's among them
    #: what went with it (its notes, its seats by code) or was unlinked (its quotes and figures)
    kept: dict[str, list[Any]]


@dataclasses.dataclass
class NewEdition:
    """What :meth:`EventService.next_edition_with_undo` made, enough to take it back."""

    source_id: int
    new_id: int
    old_next: int | None  # the source's "next event" before


class EventService:
    def __init__(self, store: Store):
        self.store = store

    # -- look-up --------------------------------------------------------------
    def resolve(self, ref: str | int) -> Event:
        """An event by id or slug; NotFoundError with a helpful message otherwise."""
        q = self.store.events
        event = None
        text = str(ref).strip()
        if text.isdigit():
            event = q.get(int(text))
        if event is None:
            event = q.by_slug(text)
        if event is None:
            raise EventRefNotFound(ref=text)
        return event

    def get(self, event_id: int) -> Event:
        event = self.store.events.get(event_id)
        if event is None:
            raise EventNotFound(event_id=event_id)
        return event

    def get_or_none(self, event_id: int) -> Event | None:
        """The event, or None when there is none (deleted meanwhile)."""
        return self.store.events.get(event_id)

    def in_series(self, series_id: int) -> list[Event]:
        """The events of a series, in date order."""
        return self.store.events.in_series(series_id)

    def organiser(self) -> Organiser | None:
        return self.store.events.organiser()

    def save_organiser(self, org: Organiser) -> Organiser:
        if not org.name.strip():
            raise OrganiserNameMissing(field="name")
        with self.store.write():
            self.store.events.save_organiser(org)
        self.store.notify("events")
        return org

    def series(self, series_id: int | None) -> Series | None:
        return self.store.events.series(series_id) if series_id else None

    def all_series(self) -> list[Series]:
        return self.store.events.all_series()

    def save_series(self, s: Series) -> Series:
        if not s.name.strip():
            raise SeriesNameMissing(field="name")
        with self.store.write():
            self.store.events.save_series(s)
        self.store.notify("events")
        return s

    def next_event(self, event: Event) -> Event | None:
        return self.store.events.get(event.next_event_id) if event.next_event_id else None

    # -- create / update / delete ------------------------------------------------
    @staticmethod
    def natural_slug(event: Event) -> str:
        """The slug an event gets from its title and date ("nieuw-kenniscafe-2027-01-12")."""
        return slugify(f"{event.title} {event.date.isoformat() if event.date else ''}")

    def slug_follows(self, stored: Event) -> bool:
        """Whether the slug still follows title and date: never shared, never chosen by hand
        (it is the natural slug of the stored title and date, or that with a -2, -3 ...)."""
        if stored.id is None or self.store.events.is_shared(stored.id):
            return False
        natural = self.natural_slug(stored)
        suffix = stored.slug[len(natural) :]
        return stored.slug.startswith(natural) and (
            suffix == "" or (suffix[:1] == "-" and suffix[1:].isdigit())
        )

    def mark_shared(self, event_id: int) -> None:
        """The slug went out with a file: it no longer follows title and date."""
        with self.store.write():
            self.store.events.mark_shared(event_id)

    def _unique_slug(self, event: Event) -> str:
        base = event.slug.strip() or self.natural_slug(event)
        base = slugify(base)
        slug, n = base, 2
        while self.store.events.slug_exists(slug, event.id):
            slug, n = f"{base}-{n}", n + 1
        return slug

    def create(self, event: Event) -> Event:
        validate_event(event)
        with self.store.write():
            event.slug = self._unique_slug(event)
            self.store.events.insert(event)
        self.store.notify("events", event_id=event.id)
        return event

    def update(self, event: Event) -> Event:
        validate_event(event)
        if event.id is None:
            raise EventNotSaved()
        if event.next_event_id == event.id:
            raise OwnNextEvent(field="next_event_id")
        stored = self.get(event.id)  # gone (deleted meanwhile): a clear NotFoundError, not a database error
        if event.slug == stored.slug and self.slug_follows(stored):
            event.slug = ""  # a new title or date gives a new slug, until the event is first shared
        with self.store.write():
            event.slug = self._unique_slug(event)
            self.store.events.update(event)
        self.store.notify("events", event_id=event.id)
        return event

    def delete(self, event_id: int) -> None:
        self.get(event_id)
        with self.store.write():
            self.store.events.delete(event_id)
        self.store.notify("events", event_id=event_id)

    def next_edition(self, event_id: int, date: dt.date | None = None) -> Event:
        """Copy an event as the next one of its series: programme yes, registrations no."""
        src = self.get(event_id)
        new = dataclasses.replace(
            src,
            id=None,
            slug="",
            date=date or (src.date + dt.timedelta(days=28) if src.date else None),
            status=EventStatus.DRAFT,
            edition=(src.edition + 1) if src.edition else None,
            next_event_id=None,
            venue=dataclasses.replace(src.venue),
        )
        with self.store.write():
            new.slug = self._unique_slug(new)
            self.store.events.insert(new)
            for item in self.store.events.programme(event_id):
                item.id = None
                item.event_id = new.id  # type: ignore[assignment]
                self.store.events.save_item(item)
            src.next_event_id = new.id
            self.store.events.update(src)
        self.store.notify("events", event_id=new.id)
        return new

    # -- changes with their undo, each one transaction -----------------------------
    def next_edition_with_undo(self, event_id: int, date: dt.date | None = None) -> NewEdition:
        """:meth:`next_edition`, remembering what :meth:`undo_next_edition` needs."""
        old_next = self.get(event_id).next_event_id
        new = self.next_edition(event_id, date)
        assert new.id is not None
        return NewEdition(event_id, new.id, old_next)

    def undo_next_edition(self, made: NewEdition) -> None:
        """Delete the new edition and point the source back where it pointed, in one transaction."""
        src = self.get(made.source_id)
        with self.store.write():
            self.store.events.delete(made.new_id)
            src.next_event_id = made.old_next
            self.store.events.update(src)
        self.store.notify("events", event_id=made.source_id)

    def delete_with_undo(self, event_id: int) -> DeletedEvent:
        """Delete an event with everything attached; the result lets :meth:`restore_deleted` undo it."""
        from kcdesk.services.event_transfer import export_event

        self.get(event_id)
        with self.store.write():
            doc = export_event(self.store, event_id)
            pointing = [r["id"] for r in self.store.event_list.summaries() if r["next_event_id"] == event_id]
            kept = self.store.events.kept_rows(event_id)
            self.store.events.delete(event_id)
        self.store.notify("events", event_id=event_id)
        return DeletedEvent(event_id, doc, pointing, kept)

    def restore_deleted(self, deleted: DeletedEvent) -> Event:
        """Put a deleted event back (same id) and re-link the events that pointed at it, in one transaction."""
        from kcdesk.services.event_transfer import import_event

        with self.store.write():
            event = import_event(self.store, deleted.doc, deleted.event_id)
            assert event.id is not None
            self.store.events.put_back_rows(event.id, deleted.kept)
            for other_id in deleted.pointing:
                other = self.store.events.get(other_id)
                if other is None:
                    continue  # deleted meanwhile: nothing to re-link
                other.next_event_id = event.id
                self.store.events.update(other)
        self.store.notify("events", event_id=event.id)
        return event

    # -- programme ------------------------------------------------------------
    def programme(self, event_id: int) -> list[ProgrammeItem]:
        """The items in order, each with its start time computed from durations."""
        event = self.get(event_id)
        items = self.store.events.programme(event_id)
        for item, start in zip(
            items, schedule(event.start_time, [i.duration_min for i in items]), strict=True
        ):
            item.start_time = start
        return items

    def save_item(self, item: ProgrammeItem) -> ProgrammeItem:
        validate_programme_item(item)
        self.get(item.event_id)
        if item.id is not None and self.store.events.item(item.id) is None:
            raise ItemNotFound(item_id=item.id)
        with self.store.write():
            if item.id is None:
                item.position = len(self.store.events.programme(item.event_id))
            self.store.events.save_item(item)
        self.store.notify("programme", event_id=item.event_id)
        return item

    def delete_item(self, item_id: int) -> DeletedItem:
        """Delete a programme item; returns what :meth:`restore_item` needs to put it back with
        what went with it (its notes and seats) or was unlinked from it (quotes, key figures)."""
        item = self.store.events.item(item_id)
        if item is None:
            raise ItemNotFound(item_id=item_id)
        with self.store.write():
            order = [i.id for i in self.store.events.programme(item.event_id) if i.id is not None]
            kept = self.store.events.item_rows(item_id)
            self.store.events.delete_item(item_id)
            rest = [i.id for i in self.store.events.programme(item.event_id)]
            self.store.events.set_positions(rest)  # type: ignore[arg-type]
        self.store.notify("programme", event_id=item.event_id)
        self.store.notify("content", event_id=item.event_id)
        return DeletedItem(item, order, kept)

    def restore_item(self, deleted: DeletedItem) -> ProgrammeItem:
        """Put a deleted programme item back at its place, with its notes, seats, quotes and
        figures, in one transaction. The returned item has its new id."""
        item = deleted.item
        again = dataclasses.replace(item, id=None)
        with self.store.write():
            self.save_item(again)
            self.reorder(item.event_id, [again.id if i == item.id else i for i in deleted.order])  # type: ignore[misc]
            self.store.events.put_back_item_rows(again.id, deleted.kept)  # type: ignore[arg-type]
        self.store.notify("programme", event_id=item.event_id)
        self.store.notify("content", event_id=item.event_id)
        return again

    def reorder(self, event_id: int, item_ids: list[int]) -> None:
        current = {i.id for i in self.store.events.programme(event_id)}
        if set(item_ids) != current or len(item_ids) != len(current):
            raise BadItemOrder()
        with self.store.write():
            self.store.events.set_positions(item_ids)
        self.store.notify("programme", event_id=event_id)

    def move_item(self, item_id: int, offset: int) -> None:
        item = self.store.events.item(item_id)
        if item is None:
            raise ItemNotFound(item_id=item_id)
        ids = [i.id for i in self.store.events.programme(item.event_id)]
        pos = ids.index(item_id)
        new = max(0, min(len(ids) - 1, pos + offset))
        ids.insert(new, ids.pop(pos))
        self.reorder(item.event_id, ids)  # type: ignore[arg-type]
