import pytest


@pytest.fixture
def planning(main_window, monkeypatch, qtbot):
    """The planning screen of a main window over the demo database; errors are collected, not shown."""
    screen = main_window.screens[0]
    screen.errors = []
    monkeypatch.setattr(screen, "show_error", screen.errors.append)
    from kcdesk.ui.planning import commands

    monkeypatch.setattr(commands.ServiceCommand, "on_error", staticmethod(screen.errors.append))
    main_window.show_screen(0)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    return screen
