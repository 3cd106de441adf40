import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def settings(tmp_path):
    from kcdesk.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def main_window(qtbot, settings, demo_file):
    from kcdesk.ui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.open_database(demo_file)
    window.resize(1200, 780)
    window.show()
    return window
