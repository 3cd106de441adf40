"""Next edition, delete with re-linking and their undos are each one service call in one transaction.

Each test makes the change fail half-way (after the first writes) and checks
that the database is exactly as it was; then that the change itself works.
"""

from __future__ import annotations

import pytest

from dbdump import changed, dump

TABLES = ("programme_items", "programme_people", "registrations", "people", "checkin_journal")


def state(store):
    """Every row the changes touch; events without their created/updated times (a restore stamps them)."""
    rows = dump(store, TABLES)
    names = [r[1] for r in store.db.execute("PRAGMA table_info(events)")]
    columns = [c for c in names if c not in ("created_at", "updated_at")]
    rows["events"] = sorted(store.db.execute(f"SELECT {', '.join(columns)} FROM events").fetchall(), key=repr)
    return rows


class Boom(Exception):
    pass


def explode(*args, **kwargs):
    raise Boom("half-way")


def held(demo):
    return demo.events.get(demo.event_id)


def test_undo_of_next_edition_failing_half_way_changes_nothing(demo, monkeypatch):
    made = demo.events.next_edition_with_undo(demo.event_id)
    before = state(demo.store)
    monkeypatch.setattr(demo.store.events, "update", explode)  # after the new edition is deleted
    with pytest.raises(Boom):
        demo.events.undo_next_edition(made)
    assert changed(before, state(demo.store)) == {}
    monkeypatch.undo()
    demo.events.undo_next_edition(made)
    assert demo.events.get_or_none(made.new_id) is None
    assert held(demo).next_event_id == made.old_next


def test_next_edition_failing_half_way_changes_nothing(demo, monkeypatch):
    before = state(demo.store)
    monkeypatch.setattr(demo.store.events, "update", explode)  # after the copy and its programme
    with pytest.raises(Boom):
        demo.events.next_edition_with_undo(demo.event_id)
    assert changed(before, state(demo.store)) == {}


def test_delete_failing_half_way_changes_nothing(demo, monkeypatch):
    before = state(demo.store)
    monkeypatch.setattr(demo.store.events, "delete", explode)  # after reading what to keep for undo
    with pytest.raises(Boom):
        demo.events.delete_with_undo(demo.event_id)
    assert changed(before, state(demo.store)) == {}


def test_undo_of_delete_relinks_in_the_same_transaction(demo, monkeypatch):
    made = demo.events.next_edition_with_undo(demo.event_id)  # the held event points at the new one
    before = state(demo.store)
    deleted = demo.events.delete_with_undo(made.new_id)
    assert deleted.pointing == [demo.event_id] and held(demo).next_event_id is None
    gone = state(demo.store)
    monkeypatch.setattr(demo.store.events, "update", explode)  # the re-link, after the import
    with pytest.raises(Boom):
        demo.events.restore_deleted(deleted)
    assert changed(gone, state(demo.store)) == {}  # not even the event came back
    monkeypatch.undo()
    demo.events.restore_deleted(deleted)
    assert changed(before, state(demo.store)) == {}
    assert held(demo).next_event_id == made.new_id


def test_undo_of_a_deleted_item_puts_it_back_in_place_or_not_at_all(demo, monkeypatch):
    items = demo.events.programme(demo.event_id)
    victim = items[1]
    deleted = demo.events.delete_item(victim.id)
    assert deleted.order == [i.id for i in items]
    gone = state(demo.store)
    monkeypatch.setattr(demo.store.events, "set_positions", explode)  # after the item is saved again
    with pytest.raises(Boom):
        demo.events.restore_item(deleted)
    assert changed(gone, state(demo.store)) == {}
    monkeypatch.undo()
    back = demo.events.restore_item(deleted)
    titles = [i.title for i in demo.events.programme(demo.event_id)]
    assert titles == [i.title for i in items] and back.id is not None
    assert [(p.person_id, p.part) for p in back.people] == [(p.person_id, p.part) for p in victim.people]


def test_undo_of_delete_brings_back_the_mail_sent_the_offers_and_the_seating(demo):
    """The outbox (so nothing is mailed twice after the undo) and the waitlist offers come back
    too, and who sits at which table (now in the event file)."""
    from kcdesk.domain.enums import ProgrammeKind, RegistrationStatus
    from kcdesk.domain.mail import MailKind

    ev = demo.event_id
    session = next(i for i in demo.events.programme(ev) if i.kind == ProgrammeKind.TABLE_SESSION)
    demo.tables.assign(session.id, 3)
    assert demo.mail.queue(ev, MailKind.CONFIRMATION, to="registered").queued > 0
    waiting = demo.registrations.of_event(ev)[0]
    demo.registrations.set_status(waiting["id"], RegistrationStatus.WAITLISTED)
    assert demo.waitlist.offer_free_seats(ev)

    def kept():
        store = demo.store
        reg_code = {r["id"]: r["code"] for r in store.registrations.of_event_by_code(ev)}
        items = [i.id for i in store.events.programme(ev)]
        rows = {
            table: list(store.db.query(f"SELECT * FROM {table}"))
            for table in ("outbox", "waitlist_offers", "table_assignments")
        }
        return (
            sorted(
                (r["message_id"], r["person_id"], r["kind"], r["status"], r["subject"])
                for r in rows["outbox"]
            ),
            sorted(
                (reg_code[r["registration_id"]], r["status"], r["reply_by"]) for r in rows["waitlist_offers"]
            ),
            sorted(
                (items.index(r["item_id"]), reg_code[r["registration_id"]], r["table_no"], r["is_host"])
                for r in rows["table_assignments"]
            ),
        )

    before = kept()
    assert before[0] and before[2]  # mails and seats to bring back
    deleted = demo.events.delete_with_undo(ev)
    assert demo.store.events.kept_rows(ev) == {"outbox": [], "waitlist_offers": []}
    demo.events.restore_deleted(deleted)
    assert kept() == before
    assert demo.mail.queue(ev, MailKind.CONFIRMATION, to="registered").queued == 0  # not twice


def test_undo_of_a_deleted_item_brings_back_its_notes_seating_quotes_and_figures(demo, monkeypatch):
    """Deleting a programme item takes its notes and seating with it and unlinks its quotes and
    key figures; undoing the delete gives all of them back to the item, or nothing at all."""
    from kcdesk.domain.enums import ProgrammeKind

    ev = demo.event_id
    session = next(i for i in demo.events.programme(ev) if i.kind == ProgrammeKind.TABLE_SESSION)
    demo.tables.assign(session.id, 3)
    content = demo.content
    figure = content.figures(ev)[0]
    figure.item_id = session.id
    content.save_figure(figure)

    def about(item_id):
        store = demo.store
        return (
            sorted((n.body, n.heading) for n in content.notes(ev) if n.item_id == item_id),
            sorted((a["code"], a["table_no"], a["is_host"]) for a in store.tables.assignments(item_id)),
            sorted(q.text for q in content.quotes(ev) if q.item_id == item_id),
            sorted(f.label for f in content.figures(ev) if f.item_id == item_id),
        )

    before = about(session.id)
    assert all(before)  # notes, seats, quotes and a figure about the session
    deleted = demo.events.delete_item(session.id)
    assert about(session.id) == ([], [], [], [])
    gone = state(demo.store)
    monkeypatch.setattr(demo.store.events, "put_back_item_rows", explode)
    with pytest.raises(Boom):
        demo.events.restore_item(deleted)
    assert changed(gone, state(demo.store)) == {}
    monkeypatch.undo()
    back = demo.events.restore_item(deleted)
    assert about(back.id) == before
