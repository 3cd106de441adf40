"""Queries on notes, key figures, quotes and reactions."""

from __future__ import annotations

from typing import Any

from kcdesk.domain.models import KeyFigure, Note, Quote, Reaction
from kcdesk.store import rows
from kcdesk.store.sqlite import Database


class ContentQueries:
    def __init__(self, db: Database):
        self.db = db

    # -- notes ----------------------------------------------------------------
    def notes(self, event_id: int) -> list[Note]:
        return [
            rows.row_to_note(r)
            for r in self.db.query(
                "SELECT * FROM notes WHERE event_id = ? "
                "ORDER BY position, item_id IS NOT NULL, item_id, created_at, id",
                [event_id],
            )
        ]

    def note(self, note_id: int) -> Note | None:
        r = next(self.db.query("SELECT * FROM notes WHERE id = ?", [note_id]), None)
        return rows.row_to_note(r) if r else None

    def save_note(self, n: Note, keep_times: bool = False) -> int:
        now = rows.ts(rows.now())
        updated = rows.ts(n.updated_at) if keep_times and n.updated_at else now
        data = {
            "event_id": n.event_id,
            "item_id": n.item_id,
            "author": n.author,
            "body": n.body,
            "heading": n.heading,
            "heading_en": n.heading_en,
            "body_en": n.body_en,
            "position": n.position,
            "updated_at": updated,
        }
        if n.id is None:
            data["created_at"] = rows.ts(n.created_at) or now
        n.id = rows.save_row(self.db, "notes", n.id, data)
        return n.id

    def delete_note(self, note_id: int) -> None:
        self.db.execute("DELETE FROM notes WHERE id = ?", [note_id])

    # -- key figures ----------------------------------------------------------
    def figures(self, event_id: int) -> list[KeyFigure]:
        return [
            rows.row_to_figure(r)
            for r in self.db.query(
                "SELECT * FROM key_figures WHERE event_id = ? ORDER BY position, id", [event_id]
            )
        ]

    def save_figure(self, f: KeyFigure) -> int:
        data = {
            "event_id": f.event_id,
            "label": f.label,
            "value": f.value,
            "position": f.position,
            "item_id": f.item_id,
            "label_en": f.label_en,
        }
        f.id = rows.save_row(self.db, "key_figures", f.id, data)
        return f.id

    def delete_figure(self, figure_id: int) -> None:
        self.db.execute("DELETE FROM key_figures WHERE id = ?", [figure_id])

    # -- quotes ---------------------------------------------------------------
    def quotes(self, event_id: int) -> list[Quote]:
        return [
            rows.row_to_quote(r)
            for r in self.db.query("SELECT * FROM quotes WHERE event_id = ? ORDER BY id", [event_id])
        ]

    def quotes_of_person(self, person_id: int) -> list[Quote]:
        return [
            rows.row_to_quote(r)
            for r in self.db.query("SELECT * FROM quotes WHERE person_id = ? ORDER BY id", [person_id])
        ]

    def save_quote(self, q: Quote) -> int:
        data = {
            "event_id": q.event_id,
            "item_id": q.item_id,
            "person_id": q.person_id,
            "attribution_name": q.attribution_name,
            "attribution_role": q.attribution_role,
            "attribution_org": q.attribution_org,
            "text": q.text,
            "consent": str(q.consent),
            "translation": q.translation,
        }
        if q.id is None:
            data["created_at"] = rows.ts(q.created_at or rows.now())
        q.id = rows.save_row(self.db, "quotes", q.id, data)
        return q.id

    def delete_quote(self, quote_id: int) -> None:
        self.db.execute("DELETE FROM quotes WHERE id = ?", [quote_id])

    # -- reactions ------------------------------------------------------------
    def reactions(self, event_id: int) -> list[Reaction]:
        return [
            rows.row_to_reaction(r)
            for r in self.db.query("SELECT * FROM reactions WHERE event_id = ? ORDER BY id", [event_id])
        ]

    def reactions_of_person(self, person_id: int) -> list[Reaction]:
        return [
            rows.row_to_reaction(r)
            for r in self.db.query("SELECT * FROM reactions WHERE person_id = ? ORDER BY id", [person_id])
        ]

    def save_reaction(self, r: Reaction) -> int:
        data = {
            "event_id": r.event_id,
            "person_id": r.person_id,
            "text": r.text,
            "rating": r.rating,
            "verdict": r.verdict,
            "verdict_en": r.verdict_en,
            "translation": r.translation,
        }
        if r.id is None:
            data["created_at"] = rows.ts(r.created_at or rows.now())
        r.id = rows.save_row(self.db, "reactions", r.id, data)
        return r.id

    def delete_reaction(self, reaction_id: int) -> None:
        self.db.execute("DELETE FROM reactions WHERE id = ?", [reaction_id])

    def search_series(self, series_id: int, pattern: str) -> list[dict[str, Any]]:
        """Notes, quotes and reactions of a series whose text contains ``pattern``."""
        like = f"%{pattern}%"
        return list(
            self.db.query(
                """
                SELECT 'note' AS kind, n.id, n.event_id, e.title AS event_title, n.body AS text
                  FROM notes n JOIN events e ON e.id = n.event_id
                  WHERE e.series_id = ? AND n.body LIKE ?
                UNION ALL
                SELECT 'quote', q.id, q.event_id, e.title, q.text
                  FROM quotes q JOIN events e ON e.id = q.event_id
                  WHERE e.series_id = ? AND q.text LIKE ?
                UNION ALL
                SELECT 'reaction', x.id, x.event_id, e.title, x.text
                  FROM reactions x JOIN events e ON e.id = x.event_id
                  WHERE e.series_id = ? AND x.text LIKE ?
                ORDER BY 3, 1, 2
                """,
                [series_id, like, series_id, like, series_id, like],
            )
        )
