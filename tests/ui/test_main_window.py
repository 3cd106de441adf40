from kcdesk.ui.models.events import EventsModel


def test_opens_demo_database_and_switches_screens(main_window, qtbot, tmp_path):
    assert main_window.windowTitle().startswith("demo.kcdesk")
    nav = main_window.ui.navigation
    assert nav.count() == 4  # planning, check-in, notes & export, mail
    for row in range(nav.count()):
        nav.setCurrentRow(row)
        assert main_window.ui.screens.currentIndex() == row
        main_window.grab().save(str(tmp_path / f"screen{row}.png"))
    assert main_window.screens[0].model.rowCount() == 2


def test_events_model_is_a_valid_model(qtmodeltester, demo):
    model = EventsModel(demo)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert {model.index(r, 1).data() for r in range(2)} == {
        "Kenniscafé Ontmoeting in de buurt",
        "Kenniscafé Leren van verschillen",
    }


def test_models_follow_changes(main_window, qtbot):
    svc = main_window.services
    model = main_window.screens[0].model
    row = model.row_of(1)
    before = model.index(row, 5).data()
    svc.checkin.walk_in(1, "Anna Bakker")
    assert model.index(model.row_of(1), 5).data() == before + 1


def test_recent_files_are_remembered(main_window, settings, demo_file):
    assert settings.recent_files[0] == str(demo_file.resolve())
