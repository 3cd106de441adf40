"""Table sessions: seat the participants of a table-session item, move them, print the lists."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kcdesk.domain.enums import Part, ProgrammeKind
from kcdesk.domain.errors import (
    ItemNotFound,
    NoSuchTable,
    NoTablesChosen,
    NotATableSession,
    NotSeated,
)
from kcdesk.domain.models import ProgrammeItem
from kcdesk.domain.rows import name_of
from kcdesk.domain.tables import Seat, assign_tables, colleague_conflicts, unavoidable_conflicts
from kcdesk.store import Store


def person_name(row: dict[str, Any]) -> str:
    return name_of(row)


class TableService:
    def __init__(self, store: Store):
        self.store = store

    def item(self, item_id: int) -> ProgrammeItem:
        item = self.store.events.item(item_id)
        if item is None:
            raise ItemNotFound(item_id=item_id)
        return item

    def participants(self, event_id: int, present_only: bool = False) -> list[dict[str, Any]]:
        return self.store.tables.participants(event_id, present_only)

    def host_registrations(self, item: ProgrammeItem) -> list[int]:
        """Registrations of the people attached to the item as host."""
        out = []
        for pp in item.people:
            if pp.part == Part.HOST:
                reg = self.store.registrations.for_person(item.event_id, pp.person_id)
                if reg is not None and reg.id is not None:
                    out.append(reg.id)
        return out

    def assign(
        self,
        item_id: int,
        tables: int,
        *,
        present_only: bool = False,
        hosts: list[int] | None = None,
        seed: int = 0,
    ) -> dict[int, int]:
        """Seat everyone automatically (replaces earlier seats); returns {registration_id: table}."""
        item = self.item(item_id)
        if item.kind != ProgrammeKind.TABLE_SESSION:
            raise NotATableSession(field="kind")
        if tables < 1:
            raise NoTablesChosen(field="tables")
        host_ids = set(self.host_registrations(item) if hosts is None else hosts)
        people = [
            Seat(
                r["registration_id"],
                r["sector"] or "",
                r["organisation"] or "",
                r["registration_id"] in host_ids,
            )
            for r in self.participants(item.event_id, present_only)
        ]
        result = assign_tables(people, tables, seed)
        with self.store.write():
            item.tables = tables
            self.store.events.save_item(item)
            self.store.tables.replace(item_id, [(p.key, result[p.key], p.is_host) for p in people])
        self.store.notify("programme", event_id=item.event_id, item_id=item_id)
        return result

    def seating(self, item_id: int) -> list[dict[str, Any]]:
        return self.store.tables.assignments(item_id)

    def snapshot(self, item_id: int) -> list[tuple[int, int, bool]]:
        """The seats as (registration_id, table_no, is_host), to restore later (undo)."""
        return [(r["registration_id"], r["table_no"], bool(r["is_host"])) for r in self.seating(item_id)]

    def restore(self, item_id: int, seats: list[tuple[int, int, bool]], tables: int | None = None) -> None:
        item = self.item(item_id)
        with self.store.write():
            if tables is not None and tables != item.tables:
                item.tables = tables
                self.store.events.save_item(item)
            self.store.tables.replace(item_id, seats)
        self.store.notify("programme", event_id=item.event_id, item_id=item_id)

    def move(self, item_id: int, registration_id: int, table_no: int) -> None:
        item = self.item(item_id)
        if not 1 <= table_no <= (item.tables or 0):
            raise NoSuchTable(table_no=table_no, field="table_no")
        with self.store.write():
            self.store.tables.move(item_id, registration_id, table_no)
        self.store.notify("programme", event_id=item.event_id, item_id=item_id)

    def set_host(self, item_id: int, registration_id: int, is_host: bool) -> None:
        """Mark a seated person as (not) the host of their table."""
        item = self.item(item_id)
        if registration_id not in {r["registration_id"] for r in self.seating(item_id)}:
            raise NotSeated(field="registration_id")
        with self.store.write():
            self.store.tables.set_host(item_id, registration_id, is_host)
        self.store.notify("programme", event_id=item.event_id, item_id=item_id)

    def conflicts(self, item_id: int) -> list[tuple[int, str]]:
        rows = self.seating(item_id)
        people = [Seat(r["registration_id"], r["sector"] or "", r["organisation"] or "") for r in rows]
        return colleague_conflicts(people, {r["registration_id"]: r["table_no"] for r in rows})

    def unavoidable(self, item_id: int) -> bool:
        """True when some organisation has more people seated than there are tables."""
        rows = self.seating(item_id)
        tables = self.item(item_id).tables or 1
        return (
            unavoidable_conflicts(
                [Seat(r["registration_id"], "", r["organisation"] or "") for r in rows], tables
            )
            > 0
        )

    # -- printing -----------------------------------------------------------------
    def lists_html(self, item_id: int, labels: dict[str, str] | None = None) -> str:
        """One section per table (host first), for print or PDF. ``labels`` translate the words."""
        lab = {"table": "Table", "host": "host", "title": "", "lang": "en", "erased": "(erased)"} | (
            labels or {}
        )
        item = self.item(item_id)
        event = self.store.events.get(item.event_id)
        sectors = {s.code: s for s in self.store.people.sectors()}
        by_table: dict[int, list[dict[str, Any]]] = {}
        for r in self.seating(item_id):
            by_table.setdefault(r["table_no"], []).append(r)
        from html import escape as esc

        parts = [f"<h1>{esc(event.title if event else '')}</h1><h2>{esc(lab['title'] or item.title)}</h2>"]
        for table_no in sorted(by_table):
            parts.append(f"<h3>{esc(lab['table'])} {table_no}</h3><ul>")
            for r in by_table[table_no]:
                sector = sectors.get(r["sector"] or "")
                extra = ", ".join(
                    x for x in (r["organisation"], sector.label(lab["lang"]) if sector else "") if x
                )
                host = f" <b>({esc(lab['host'])})</b>" if r["is_host"] else ""
                name = person_name(r).strip() or lab["erased"]  # an erased person keeps their seat
                parts.append(f"<li>{esc(name)}{host} — {esc(extra)}</li>")
            parts.append("</ul>")
        return "\n".join(parts)

    def write_pdf(self, item_id: int, path: Path, labels: dict[str, str] | None = None) -> None:
        """The table lists as an A4 PDF (names: readable by the owner only)."""
        from PySide6.QtGui import QTextDocument

        from kcdesk.output.atomic import atomic_write
        from kcdesk.output.pdf import pdf_writer
        from kcdesk.output.pdf_check import pdf_check

        html = self.lists_html(item_id, labels)
        with atomic_write(path, private=True, check=pdf_check(path)) as tmp:
            writer = pdf_writer(tmp, margins_mm=0)  # print_() adds 2 cm
            doc = QTextDocument()
            doc.setHtml(html)
            doc.print_(writer)
            del writer  # flushes and closes the file
