"""Notes, key figures, quotes and reactions — what writers record."""

from __future__ import annotations

from typing import Any

from kcdesk.domain.errors import (
    EventNotFound,
    ItemOfAnotherEvent,
    KeyFigureLabelMissing,
    NoteNotFound,
    PersonNotInDirectory,
)
from kcdesk.domain.models import KeyFigure, Note, Quote, Reaction
from kcdesk.domain.rules import validate_quote, validate_reaction
from kcdesk.store import Store


class ContentService:
    def __init__(self, store: Store):
        self.store = store

    def _event(self, event_id: int) -> None:
        if self.store.events.get(event_id) is None:
            raise EventNotFound(event_id=event_id)

    def _item_of(self, event_id: int, item_id: int | None) -> None:
        if item_id is None:
            return
        item = self.store.events.item(item_id)
        if item is None or item.event_id != event_id:
            raise ItemOfAnotherEvent(field="item_id")

    def notes(self, event_id: int) -> list[Note]:
        return self.store.content.notes(event_id)

    def save_note(self, note: Note) -> Note:
        self._event(note.event_id)
        self._item_of(note.event_id, note.item_id)
        with self.store.write():
            self.store.content.save_note(note)
        self.store.notify("content", event_id=note.event_id)
        return note

    def delete_note(self, note_id: int) -> None:
        note = self.store.content.note(note_id)
        if note is None:
            raise NoteNotFound(note_id=note_id)
        with self.store.write():
            self.store.content.delete_note(note_id)
        self.store.notify("content", event_id=note.event_id)

    def figures(self, event_id: int) -> list[KeyFigure]:
        return self.store.content.figures(event_id)

    def save_figure(self, figure: KeyFigure) -> KeyFigure:
        self._event(figure.event_id)
        if not figure.label.strip():
            raise KeyFigureLabelMissing(field="label")
        with self.store.write():
            if figure.id is None:
                figure.position = len(self.store.content.figures(figure.event_id))
            self.store.content.save_figure(figure)
        self.store.notify("content", event_id=figure.event_id)
        return figure

    def delete_figure(self, figure_id: int, event_id: int) -> None:
        with self.store.write():
            self.store.content.delete_figure(figure_id)
        self.store.notify("content", event_id=event_id)

    def quotes(self, event_id: int) -> list[Quote]:
        return self.store.content.quotes(event_id)

    def save_quote(self, quote: Quote) -> Quote:
        self._event(quote.event_id)
        self._item_of(quote.event_id, quote.item_id)
        validate_quote(quote)
        if quote.person_id is not None and self.store.people.get(quote.person_id) is None:
            raise PersonNotInDirectory(field="person_id")
        with self.store.write():
            self.store.content.save_quote(quote)
        self.store.notify("content", event_id=quote.event_id)
        return quote

    def delete_quote(self, quote_id: int, event_id: int) -> None:
        with self.store.write():
            self.store.content.delete_quote(quote_id)
        self.store.notify("content", event_id=event_id)

    def reactions(self, event_id: int) -> list[Reaction]:
        return self.store.content.reactions(event_id)

    def save_reaction(self, reaction: Reaction) -> Reaction:
        self._event(reaction.event_id)
        validate_reaction(reaction)
        with self.store.write():
            self.store.content.save_reaction(reaction)
        self.store.notify("content", event_id=reaction.event_id)
        return reaction

    def delete_reaction(self, reaction_id: int, event_id: int) -> None:
        with self.store.write():
            self.store.content.delete_reaction(reaction_id)
        self.store.notify("content", event_id=event_id)

    def search_series(self, series_id: int, text: str) -> list[dict[str, Any]]:
        if not text.strip():
            return []
        return self.store.content.search_series(series_id, text.strip())
