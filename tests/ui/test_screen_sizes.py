"""Every screen, each of its tabs, and every dialog fits a 1366x768 and a 1024x768 screen.

Each is grabbed (set KCDESK_SHOTS_DIR to keep the PNGs and look at them) and checked: the window
is no larger than the screen and no visible child widget lies outside its window or its parent.
"""

import os
from pathlib import Path

import pytest

from kcdesk.ui import screenshots

SIZES = [(1366, 768), (1024, 768)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_and_dialog_fits(qapp, demo_file, tmp_path, size):
    keep = os.environ.get("KCDESK_SHOTS_DIR")
    out = Path(keep) / f"{size[0]}x{size[1]}" if keep else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    seen = []
    with screenshots.open_window(demo_file, "nl", size) as (app, window):
        for name, widget in screenshots.views(app, window, size):
            seen.append(name)
            assert widget.grab().save(str(out / f"{name}.png"))
            problems += [f"{name}: {p}" for p in screenshots.layout_problems(widget, size)]
    assert len(seen) >= 20, seen  # three screens with their tabs, and the dialogs
    assert not problems, "\n".join(problems)


def test_a_child_outside_its_window_or_parent_is_named(qtbot):
    from PySide6.QtWidgets import QPushButton, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    box = QWidget(window)
    box.setGeometry(10, 10, 100, 100)
    inside = QPushButton("In", box)
    inside.setGeometry(0, 0, 50, 20)
    window.show()
    assert screenshots.layout_problems(window, (300, 200)) == []
    cut = QPushButton("Verwijderen", box)
    cut.setGeometry(80, 0, 60, 20)  # sticks out of its parent's right edge
    far = QPushButton("Nieuwe reeks", window)
    far.setGeometry(280, 150, 60, 20)  # sticks out of the window
    cut.show()
    far.show()
    problems = screenshots.layout_problems(window, (250, 200))
    assert len(problems) == 3, problems
    assert "larger than 250x200" in problems[0]
    assert any("'Verwijderen'" in p and "outside its parent" in p for p in problems)
    assert any("'Nieuwe reeks'" in p and "outside the window" in p for p in problems)
