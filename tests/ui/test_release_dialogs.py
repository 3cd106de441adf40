"""About, Preferences, Restore from backup and the database-in-use question."""

import pytest

from kcdesk import __version__, paths
from kcdesk.services.backups import list_backups
from kcdesk.store import open_store
from kcdesk.ui.about import AboutDialog
from kcdesk.ui.preferences import PreferencesDialog
from kcdesk.ui.restore import RestoreDialog


def test_about_shows_version_licence_and_data_folder(qtbot):
    dialog = AboutDialog("/tmp/x.kcdesk")
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert f"kcdesk {__version__}" in text and "MIT" in text
    assert str(paths.data_dir()) in text and "/tmp/x.kcdesk" in text


def test_preferences_save_computer_and_database_settings(main_window, qtbot, settings):
    dialog = main_window.preferences_dialog()
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.dataFolder.text() == str(paths.data_dir())
    assert ui.retentionMonths.isEnabled() and ui.retentionMonths.value() == 24
    ui.language.setCurrentIndex(1)  # Nederlands
    ui.stationName.setText("Balie 2")
    ui.doorFontSize.setValue(30)
    ui.backupsKept.setValue(10)
    ui.retentionMonths.setValue(12)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.language_changed
    assert (settings.language, settings.station, settings.door_font_size, settings.backups_kept) == (
        "nl",
        "Balie 2",
        30,
        10,
    )
    assert main_window.services.store.setting("retention_months") == "12"
    assert main_window.services.checkin.station == "Balie 2"


def test_preferences_without_database_leave_retention_alone(qtbot, settings):
    dialog = PreferencesDialog(settings, None)
    qtbot.addWidget(dialog)
    assert not dialog.ui.retentionMonths.isEnabled()
    assert dialog.save() and not dialog.language_changed


def test_restore_from_backup_in_the_file_menu(main_window, qtbot, monkeypatch, demo_file):
    from kcdesk.ui import restore

    daily = list_backups(demo_file)
    assert [b.reason for b in daily] == ["daily"]  # made when the window opened it
    main_window.services.checkin.walk_in(1, "Piet Jansen")
    assert main_window.services.checkin.search(1, "Piet Jansen")

    dialog = RestoreDialog(demo_file, main_window)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 1 and dialog.chosen() == daily[0]
    assert dialog.list.topLevelItem(0).text(1) == "Daily backup"

    asked = []
    monkeypatch.setattr(restore, "choose_backup", lambda parent, path: daily[0])
    monkeypatch.setattr(main_window, "confirm", lambda title, text: asked.append(text) or True)
    with qtbot.waitSignal(main_window.database_opened):
        main_window.restore_backup()
    assert asked and demo_file.name in asked[0]
    assert not main_window.services.checkin.search(1, "Piet Jansen", fuzzy=False)
    assert {b.reason for b in list_backups(demo_file)} == {"daily", "before-restore"}
    assert not main_window.services.store.readonly


def test_restore_is_cancelled_without_confirmation(main_window, monkeypatch, demo_file):
    from kcdesk.ui import restore

    store = main_window.services.store
    monkeypatch.setattr(restore, "choose_backup", lambda parent, path: list_backups(demo_file)[0])
    monkeypatch.setattr(main_window, "confirm", lambda title, text: False)
    main_window.restore_backup()
    assert main_window.services.store is store  # untouched


def test_database_in_use_is_offered_read_only(qtbot, settings, demo_file, monkeypatch):
    from kcdesk.ui.main_window import MainWindow
    from kcdesk.words.errors import in_use_message

    other = open_store(demo_file)  # another kcdesk holds it
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        questions = []

        def ask(exc):
            questions.append(in_use_message(exc))
            return "readonly"

        monkeypatch.setattr(window, "ask_in_use", ask)
        assert window.open_database(demo_file)
        assert questions and "in use by kcdesk on" in questions[0] and demo_file.name in questions[0]
        assert window.services.store.readonly and "(read-only)" in window.windowTitle()

        monkeypatch.setattr(window, "ask_in_use", lambda exc: None)
        assert not window.open_database(demo_file)  # cancelled: the read-only store stays
        assert window.services.store.readonly
    finally:
        other.close()


def test_reopening_the_open_database_is_not_in_use(main_window, monkeypatch, demo_file):
    monkeypatch.setattr(main_window, "ask_in_use", lambda exc: pytest.fail(f"asked: {exc}"))
    assert main_window.open_database(demo_file)
    assert not main_window.services.store.readonly and main_window.services.store.lock.held


def test_changed_preferences_reach_the_screens(main_window, monkeypatch):
    seen = []
    screen = main_window.screens[1]
    monkeypatch.setattr(screen, "apply_settings", lambda s: seen.append(s.door_font_size), raising=False)
    main_window.settings.door_font_size = 40
    main_window.apply_settings()
    assert seen == [40]


def test_ok_in_preferences_does_not_change_a_retention_it_cannot_show(main_window, qtbot):
    """A longer period set elsewhere (CLI, an older version) was silently cut to the
    spin box's maximum when Preferences was closed with OK."""
    from kcdesk.services.privacy import PrivacyService

    store = main_window.services.store
    PrivacyService(store).set_retention_months(200)
    dialog = main_window.preferences_dialog()
    qtbot.addWidget(dialog)
    assert dialog.ui.retentionMonths.value() == 200
    dialog.accept()
    assert store.setting("retention_months") == "200"
    dialog = main_window.preferences_dialog()
    qtbot.addWidget(dialog)
    dialog.ui.retentionMonths.setValue(36)
    dialog.accept()
    assert store.setting("retention_months") == "36"


def test_the_privacy_dialog_offers_the_same_retention_range_as_preferences(main_window):
    from kcdesk.services.preferences import RETENTION_RANGE
    from kcdesk.ui.privacy import open_privacy_dialog

    dialog = open_privacy_dialog(main_window)
    spin = dialog.ui.monthsSpin
    assert (spin.minimum(), spin.maximum()) == RETENTION_RANGE
    dialog.close()


def test_the_privacy_dialog_shows_a_longer_stored_period_as_it_is(main_window):
    from kcdesk.services.privacy import PrivacyService
    from kcdesk.ui.privacy import open_privacy_dialog

    PrivacyService(main_window.services.store).set_retention_months(200)
    dialog = open_privacy_dialog(main_window)
    assert dialog.ui.monthsSpin.value() == 200
    dialog.close()


def test_preferences_stations_sync_folder(qtbot, settings, tmp_path):
    shared = tmp_path / "Sync" / "kcdesk-door"
    shared.mkdir(parents=True)
    dialog = PreferencesDialog(settings, None)
    qtbot.addWidget(dialog)
    told = []
    dialog.tell = lambda title, text: told.append(text)
    dialog.ask_folder = lambda title, start: str(tmp_path / "nowhere")
    dialog.ui.chooseSyncFolder.click()
    assert not dialog.save() and "nowhere" in told[0] and settings.sync_folder == ""
    dialog.ask_folder = lambda title, start: str(shared)
    dialog.ui.chooseSyncFolder.click()
    assert dialog.save() and settings.sync_folder == str(shared)
    again = PreferencesDialog(settings, None)
    qtbot.addWidget(again)
    assert again.ui.syncFolder.text() == str(shared)
    again.ui.syncFolder.clear()  # back to working alone
    assert again.save() and settings.sync_folder == ""
