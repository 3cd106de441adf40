"""Table sessions in the screen, charts, menus with shortcuts, and the screenshot dialogs."""

from collections import Counter

from PySide6.QtCore import Qt

from kcdesk.domain.enums import ProgrammeKind


def test_assign_tables_move_someone_and_undo(planning, qtbot, monkeypatch, main_window, tmp_path):
    svc = planning.services
    held = svc.events.resolve("ontmoeting-in-de-buurt").id
    planning.set_event(held)
    panel = planning.tables
    planning.details.setCurrentWidget(panel)
    item_id = next(i.id for i in svc.events.programme(held) if i.kind == ProgrammeKind.TABLE_SESSION)
    assert panel.item_id() == item_id
    assert "Nobody is seated" in panel.status.text()
    panel.tables.setValue(5)
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    seats = svc.tables.seating(item_id)
    assert panel.model.rowCount() == len(seats) == len(svc.tables.participants(held))
    sizes = Counter(r["table_no"] for r in seats)
    assert len(sizes) == 5 and max(sizes.values()) - min(sizes.values()) <= 1
    assert svc.tables.conflicts(item_id) == []
    for t in range(1, 6):  # every table mixes sectors
        assert len({r["sector"] for r in seats if r["table_no"] == t}) >= 2

    panel.table.selectRow(0)
    reg = panel.model.reg_id(0)
    old_table = panel.model.rows[0]["table_no"]
    new_table = 5 if old_table != 5 else 4
    panel.move_to.setValue(new_table)
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    seat = {r["registration_id"]: r["table_no"] for r in svc.tables.seating(item_id)}
    assert seat[reg] == new_table
    main_window.undo_stack.undo()
    assert {r["registration_id"]: r["table_no"] for r in svc.tables.seating(item_id)}[reg] == old_table
    main_window.undo_stack.undo()
    assert svc.tables.seating(item_id) == []
    main_window.undo_stack.redo()
    assert len(svc.tables.seating(item_id)) == len(seats)

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.host_button, Qt.MouseButton.LeftButton)
    hosts = [r for r in svc.tables.seating(item_id) if r["is_host"]]
    assert len(hosts) == 1 and "1 host" in panel.status.text()
    assert panel.model.index(0, 1).data().endswith("(host)")
    main_window.undo_stack.undo()
    assert not any(r["is_host"] for r in svc.tables.seating(item_id))
    main_window.undo_stack.redo()

    pdf = tmp_path / "tafels.pdf"
    monkeypatch.setattr(panel, "ask_pdf_path", lambda: str(pdf))
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert planning.errors == []


def test_an_event_without_table_session_says_so(planning):
    svc = planning.services
    nxt = svc.events.resolve("leren-van-verschillen").id
    for item in svc.events.programme(nxt):
        if item.kind == ProgrammeKind.TABLE_SESSION:
            svc.events.delete_item(item.id)
    planning.set_event(nxt)
    assert planning.tables.item_id() is None
    assert "no table session" in planning.tables.status.text()
    assert not planning.tables.assign_button.isEnabled()


def test_charts_show_sectors_and_the_series(planning, tmp_path):
    svc = planning.services
    held = svc.events.resolve("ontmoeting-in-de-buurt").id
    planning.set_event(held)
    planning.details.setCurrentWidget(planning.charts)
    sectors = planning.charts.sectors
    counts = svc.registrations.counts(held)
    assert sum(sectors.series[0][1]) == counts["expected"]
    assert sum(sectors.series[1][1]) == counts["checked_in"]
    series = planning.charts.series
    assert [c.split("  ", 1)[1] for c in series.categories] == [
        "Kenniscafé Ontmoeting in de buurt",
        "Kenniscafé Leren van verschillen",
    ]
    assert "Registered" in sectors.accessibleDescription()
    image = planning.charts.grab()
    assert not image.isNull()
    image.save(str(tmp_path / "charts.png"))


def test_planning_menu_has_shortcuts(main_window):
    menu = next(a.menu() for a in main_window.menuBar().actions() if a.menu() and "Planning" in a.text())
    shortcuts = {a.text(): a.shortcut().toString() for a in menu.actions() if not a.isSeparator()}
    assert shortcuts["&New event"] == "Ctrl+Shift+E"
    assert shortcuts["&Import registrations (CSV)…"] == "Ctrl+Shift+I"
    undo = next(a for a in main_window.ui.menuEdit.actions() if a.text().startswith("&Undo"))
    assert undo.shortcut().toString() == "Ctrl+Z"


def test_screenshot_dialogs_are_filled(planning, tmp_path):
    dialogs = dict(planning.screenshot_dialogs())
    assert {
        "planning-event-editor",
        "planning-person",
        "planning-merge",
        "planning-programme-item",
        "planning-import-file",
        "planning-import-columns",
        "planning-import-errors",
        "planning-import-summary",
    } <= set(dialogs)
    assert dialogs["planning-event-editor"].ui.title.text()
    assert dialogs["planning-import-errors"].check_page.errors.rowCount() == 2
    for name, widget in dialogs.items():
        widget.resize(widget.sizeHint().expandedTo(widget.size()))
        assert not widget.grab().isNull(), name
