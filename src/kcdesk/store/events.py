"""Queries on organisers, series, events and programme items."""

from __future__ import annotations

from kcdesk.domain.models import Event, Organiser, ProgrammeItem, Series
from kcdesk.store import exact_rows, rows
from kcdesk.store.sqlite import Database
from kcdesk.store.status_sql import EXPECTED_SQL

TYPE_CHECKING = False  # typing itself is not imported at run time (start-up of the command line)
if TYPE_CHECKING:
    from typing import Any


class EventQueries:
    def __init__(self, db: Database):
        self.db = db

    # -- organiser and series -------------------------------------------------
    def organiser(self) -> Organiser | None:
        r = next(self.db.query("SELECT * FROM organiser ORDER BY id LIMIT 1"), None)
        return rows.row_to_organiser(r) if r else None

    def save_organiser(self, org: Organiser) -> int:
        data = {
            "name": org.name,
            "website": org.website,
            "newsletter_line": org.newsletter_line,
            "privacy_line": org.privacy_line,
            "description": org.description,
            "description_en": org.description_en,
            "newsletter_line_en": org.newsletter_line_en,
            "privacy_line_en": org.privacy_line_en,
        }
        org.id = rows.save_row(self.db, "organiser", org.id, data)
        return org.id

    def all_series(self) -> list[Series]:
        return [rows.row_to_series(r) for r in self.db.query("SELECT * FROM series ORDER BY name, season")]

    def series(self, series_id: int) -> Series | None:
        r = next(self.db.query("SELECT * FROM series WHERE id = ?", [series_id]), None)
        return rows.row_to_series(r) if r else None

    def save_series(self, s: Series) -> int:
        data = {"name": s.name, "season": s.season, "organiser_id": s.organiser_id}
        s.id = rows.save_row(self.db, "series", s.id, data)
        return s.id

    # -- events ---------------------------------------------------------------
    def get(self, event_id: int) -> Event | None:
        r = next(self.db.query("SELECT * FROM events WHERE id = ?", [event_id]), None)
        return rows.row_to_event(r) if r else None

    def by_slug(self, slug: str) -> Event | None:
        r = next(self.db.query("SELECT * FROM events WHERE slug = ?", [slug]), None)
        return rows.row_to_event(r) if r else None

    def slug_exists(self, slug: str, except_id: int | None = None) -> bool:
        r = self.db.execute(
            "SELECT 1 FROM events WHERE slug = ? AND id IS NOT ?", [slug, except_id]
        ).fetchone()
        return r is not None

    def mark_shared(self, event_id: int) -> None:
        """The event's slug went out (an event file, a journal): it stays from now on."""
        at = rows.ts(rows.now())
        self.db.execute("UPDATE events SET shared_at = ? WHERE id = ? AND shared_at IS NULL", [at, event_id])

    def is_shared(self, event_id: int) -> bool:
        r = self.db.execute("SELECT shared_at FROM events WHERE id = ?", [event_id]).fetchone()
        return r is not None and r[0] is not None

    def insert(self, e: Event, keep_id: bool = False) -> int:
        """Insert as a new row with a new id (``keep_id``: with ``e.id``, which must be free)."""
        now = rows.ts(rows.now())
        data = rows.event_to_row(e) | {"created_at": now, "updated_at": now}
        if keep_id and e.id is not None:
            data["id"] = e.id
        e.id = rows.save_row(self.db, "events", None, data)
        return e.id

    def update(self, e: Event) -> None:
        assert e.id is not None
        data = rows.event_to_row(e) | {"updated_at": rows.ts(rows.now())}
        self.db.table("events").update(e.id, data)

    def kept_rows(self, event_id: int) -> dict[str, list[dict[str, Any]]]:
        """The rows tied to the event that its event file does not carry: the mails in the outbox
        exactly as stored (what was sent, so nothing goes twice), and the waitlist offers with the
        code of their registration (ids change when the event comes back). Undo of a delete."""
        return {
            "outbox": exact_rows.select_in(self.db, "outbox", "event_id", [event_id]),
            "waitlist_offers": list(
                self.db.query(
                    """SELECT r.code, w.offered_at, w.reply_by, w.status, w.answered_at
                       FROM waitlist_offers w JOIN registrations r ON r.id = w.registration_id
                       WHERE w.event_id = ?""",
                    [event_id],
                )
            ),
        }

    def put_back_rows(self, event_id: int, rows: dict[str, list[dict[str, Any]]]) -> None:
        """Insert what :meth:`kept_rows` gave, on the event's registrations as they are now."""
        exact_rows.insert(self.db, "outbox", rows.get("outbox", []))
        for w in rows.get("waitlist_offers", []):
            self.db.execute(
                """INSERT INTO waitlist_offers(event_id, registration_id, offered_at, reply_by, status, answered_at)
                   SELECT ?, r.id, ?, ?, ?, ? FROM registrations r WHERE r.event_id = ? AND r.code = ?""",
                [
                    event_id,
                    w["offered_at"],
                    w["reply_by"],
                    w["status"],
                    w["answered_at"],
                    event_id,
                    w["code"],
                ],
            )

    def delete(self, event_id: int) -> None:
        self.db.execute("DELETE FROM events WHERE id = ?", [event_id])

    def in_series(self, series_id: int) -> list[Event]:
        return [
            rows.row_to_event(r)
            for r in self.db.query("SELECT * FROM events WHERE series_id = ? ORDER BY date, id", [series_id])
        ]

    # -- programme ------------------------------------------------------------
    def programme(self, event_id: int) -> list[ProgrammeItem]:
        people: dict[int, list] = {}
        for r in self.db.query(
            """SELECT pp.* FROM programme_people pp
               JOIN programme_items i ON i.id = pp.item_id
               WHERE i.event_id = ? ORDER BY pp.position, pp.rowid""",
            [event_id],
        ):
            people.setdefault(r["item_id"], []).append(rows.row_to_pp(r))
        return [
            rows.row_to_item(r, people.get(r["id"], []))
            for r in self.db.query(
                "SELECT * FROM programme_items WHERE event_id = ? ORDER BY position, id", [event_id]
            )
        ]

    def item(self, item_id: int) -> ProgrammeItem | None:
        r = next(self.db.query("SELECT * FROM programme_items WHERE id = ?", [item_id]), None)
        if not r:
            return None
        pp = [
            rows.row_to_pp(p)
            for p in self.db.query(
                "SELECT * FROM programme_people WHERE item_id = ? ORDER BY position, rowid", [item_id]
            )
        ]
        return rows.row_to_item(r, pp)

    def save_item(self, item: ProgrammeItem) -> int:
        data = {
            "event_id": item.event_id,
            "position": item.position,
            "kind": str(item.kind),
            "title": item.title,
            "description": item.description,
            "duration_min": item.duration_min,
            "tables": item.tables,
            "title_en": item.title_en,
            "description_en": item.description_en,
        }
        item.id = rows.save_row(self.db, "programme_items", item.id, data)
        self.db.execute("DELETE FROM programme_people WHERE item_id = ?", [item.id])
        for pos, pp in enumerate(item.people):
            self.db.execute(
                "INSERT OR IGNORE INTO programme_people(item_id, person_id, part, position) "
                "VALUES (?, ?, ?, ?)",
                [item.id, pp.person_id, str(pp.part), pos],
            )
        return item.id

    def delete_item(self, item_id: int) -> None:
        self.db.execute("DELETE FROM programme_items WHERE id = ?", [item_id])

    def item_rows(self, item_id: int) -> dict[str, list[Any]]:
        """What deleting the item takes with it (its notes, its seating by registration code) or
        unlinks (its quotes and key figures): what its undo puts back."""
        return {
            "notes": [
                {k: v for k, v in r.items() if k != "id"}  # a new id when put back: others may have come
                for r in exact_rows.select_in(self.db, "notes", "item_id", [item_id])
            ],
            "seats": list(
                self.db.query(
                    """SELECT r.code, t.table_no, t.is_host FROM table_assignments t
                       JOIN registrations r ON r.id = t.registration_id WHERE t.item_id = ?""",
                    [item_id],
                )
            ),
            # by what they say, not by id: an undone delete of the whole event meanwhile gives new ids
            "quotes": list(self.db.query("SELECT text, created_at FROM quotes WHERE item_id = ?", [item_id])),
            "key_figures": list(
                self.db.query("SELECT label, value FROM key_figures WHERE item_id = ?", [item_id])
            ),
        }

    def put_back_item_rows(self, item_id: int, rows: dict[str, list[Any]]) -> None:
        """Give what :meth:`item_rows` gave back to the item, now under ``item_id``: seats of the
        registrations still there (by code), the quotes and figures still there."""
        exact_rows.insert(self.db, "notes", [r | {"item_id": item_id} for r in rows.get("notes", [])])
        for seat in rows.get("seats", []):
            self.db.execute(
                """INSERT INTO table_assignments(item_id, registration_id, table_no, is_host)
                   SELECT ?, r.id, ?, ? FROM registrations r JOIN programme_items i ON i.event_id = r.event_id
                   WHERE i.id = ? AND r.code = ?""",
                [item_id, seat["table_no"], seat["is_host"], item_id, seat["code"]],
            )
        event = "(SELECT event_id FROM programme_items WHERE id = ?)"
        for q in rows.get("quotes", []):
            self.db.execute(
                f"""UPDATE quotes SET item_id = ? WHERE event_id = {event} AND item_id IS NULL
                    AND text = ? AND created_at IS ?""",
                [item_id, item_id, q["text"], q["created_at"]],
            )
        for f in rows.get("key_figures", []):
            self.db.execute(
                f"""UPDATE key_figures SET item_id = ? WHERE event_id = {event} AND item_id IS NULL
                    AND label = ? AND value = ?""",
                [item_id, item_id, f["label"], f["value"]],
            )

    def set_positions(self, item_ids: list[int]) -> None:
        for pos, item_id in enumerate(item_ids):
            self.db.execute("UPDATE programme_items SET position = ? WHERE id = ?", [pos, item_id])

    # -- chart data (planning screen) -------------------------------------------------
    def series_attendance(self, series_id: int) -> list[dict[str, Any]]:
        """Per event of a series: registered (expected) and attended (checked in)."""
        return list(
            self.db.query(
                f"""SELECT e.id, e.title, e.date,
                     (SELECT count(*) FROM registrations r WHERE r.event_id = e.id
                        AND {EXPECTED_SQL}) AS registered,
                     (SELECT count(*) FROM registrations r WHERE r.event_id = e.id
                        AND r.checked_in_at IS NOT NULL) AS attended
                   FROM events e WHERE e.series_id = ? ORDER BY e.date, e.id""",
                [series_id],
            )
        )
