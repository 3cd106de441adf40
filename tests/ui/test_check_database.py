"""File › Check database runs the full integrity check and says what it found."""

from dbdump import mismatch_an_index


def test_file_check_database_menu_says_what_it_found(qtbot, settings, demo_file, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from kcdesk.ui.main_window import MainWindow

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(("info", text)))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(("critical", text)))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.open_database(demo_file)
    action = next(a for a in window.ui.menuFile.actions() if a.text().replace("&", "") == "Check database")
    action.trigger()
    assert shown == [("info", "demo.kcdesk was checked: no problems found.")]
    window.close_database()
    mismatch_an_index(demo_file)
    window.open_database(demo_file)  # the quick check at open does not compare indexes with tables
    action.trigger()
    assert shown[-1][0] == "critical" and "demo.kcdesk is damaged (" in shown[-1][1]


def test_the_app_closes_its_database_cleanly_however_it_quits(demo_file, tmp_path):
    """The app quit by Qt itself (not by closing the window) still closes the database, so the
    next start opens it without the integrity check."""
    import os
    import subprocess
    import sys

    from kcdesk.store import clean_close

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KCDESK_QUIT_AFTER_PAINT="1")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    clean_close.forget(demo_file)
    run = subprocess.run(
        [sys.executable, "-m", "kcdesk", "--db", str(demo_file)], env=env, capture_output=True, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert clean_close.closed_cleanly(demo_file)
