import pytest

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


def test_a_screen_is_made_when_first_shown_on_the_database_open_then(main_window, qtbot, tmp_path):
    """Start-up: only Planning is made at start. A screen first shown after another database was
    opened works on that one; the status bar counts the mails waiting without the Mail screen."""
    import shutil

    from kcdesk.domain.mail import MailKind

    assert [s is not None for s in main_window.screens.made] == [True, False, False, False]
    assert len(main_window.screens) == 4 and main_window.screens[-4] is main_window.screens[0]
    with pytest.raises(IndexError):
        main_window.screens[4]
    other = tmp_path / "other.kcdesk"
    shutil.copy(main_window.services.path, other)
    assert main_window.open_database(other)
    main_window.show_screen(1)
    checkin = main_window.screens.made[1]
    assert checkin is not None and checkin.services is main_window.services
    assert checkin.isVisible() and main_window.ui.screens.currentWidget() is checkin
    assert main_window.services.path == other
    svc = main_window.services
    event = svc.events.resolve("leren-van-verschillen").id
    assert main_window.screens.made[3] is None and main_window.mail_waiting.text() == ""
    svc.mail.queue(event, MailKind.CONFIRMATION)
    assert main_window.mail_waiting.text().startswith("12 mail")  # (English plural forms need the .qm)
    assert main_window.screens.made[3] is None  # counted without making the Mail screen
