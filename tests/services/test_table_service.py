from collections import Counter

import pytest

from kcdesk.domain.enums import Part, ProgrammeKind
from kcdesk.domain.errors import ValidationError
from kcdesk.domain.models import ProgrammePerson


def table_item(demo):
    return next(i for i in demo.events.programme(demo.event_id) if i.kind == ProgrammeKind.TABLE_SESSION)


def test_assign_saves_even_tables_without_colleagues(demo):
    item = table_item(demo)
    result = demo.tables.assign(item.id, 4, seed=1)
    seats = demo.tables.seating(item.id)
    assert len(seats) == len(result) == len(demo.tables.participants(demo.event_id))
    sizes = Counter(r["table_no"] for r in seats)
    assert max(sizes.values()) - min(sizes.values()) <= 1
    assert demo.events.programme(demo.event_id)[item.position].tables == 4
    # five colleagues of Hogeschool Merwede at four tables: exactly one table must share
    assert (
        demo.tables.conflicts(item.id) == [(1, "Hogeschool Merwede")]
        or len(demo.tables.conflicts(item.id)) == 1
    )
    demo.tables.assign(item.id, 5, seed=1)
    assert demo.tables.conflicts(item.id) == []


def test_present_only_seats_the_checked_in(demo):
    item = table_item(demo)
    demo.tables.assign(item.id, 3, present_only=True)
    present = {r["registration_id"] for r in demo.tables.participants(demo.event_id, present_only=True)}
    assert {r["registration_id"] for r in demo.tables.seating(item.id)} == present


def test_hosts_from_the_programme_head_a_table(demo):
    item = table_item(demo)
    regs = demo.registrations.of_event(demo.event_id)[:2]
    item.people = [ProgrammePerson(r["person_id"], Part.HOST) for r in regs]
    demo.events.save_item(item)
    demo.tables.assign(item.id, 2)
    hosts = [r for r in demo.tables.seating(item.id) if r["is_host"]]
    assert sorted(r["table_no"] for r in hosts) == [1, 2]


def test_move_restore_and_print(demo, tmp_path, qapp):
    item = table_item(demo)
    demo.tables.assign(item.id, 3)
    before = demo.tables.snapshot(item.id)
    reg = before[0][0]
    demo.tables.move(item.id, reg, 3)
    assert next(r for r in demo.tables.seating(item.id) if r["registration_id"] == reg)["table_no"] == 3
    with pytest.raises(ValidationError):
        demo.tables.move(item.id, reg, 9)
    demo.tables.restore(item.id, before)
    assert demo.tables.snapshot(item.id) == before
    assert "Table 1" in demo.tables.lists_html(item.id)
    pdf = tmp_path / "tables.pdf"
    demo.tables.write_pdf(item.id, pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_only_table_sessions_get_tables(demo):
    other = next(i for i in demo.events.programme(demo.event_id) if i.kind != ProgrammeKind.TABLE_SESSION)
    with pytest.raises(ValidationError):
        demo.tables.assign(other.id, 2)


def test_chart_numbers(demo):
    from kcdesk.services.charts import ChartService

    charts = ChartService(demo.store)
    by_sector = charts.by_sector(demo.event_id)
    assert sum(e for _, e, _ in by_sector) == demo.registrations.counts(demo.event_id)["expected"]
    series = charts.series_attendance(demo.event_id)
    assert len(series) == 2 and series[0][0] == "Kenniscafé Ontmoeting in de buurt"


def test_unavoidable_is_reported(demo):
    item = table_item(demo)
    demo.tables.assign(item.id, 4, seed=1)  # five people of Hogeschool Merwede
    assert demo.tables.unavoidable(item.id)
    demo.tables.assign(item.id, 5, seed=1)
    assert not demo.tables.unavoidable(item.id)
