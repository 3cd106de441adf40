"""One icon set: every name has an SVG that renders, and every SVG is in the set."""

from kcdesk import paths
from kcdesk.ui import icons


def test_every_icon_renders(qapp):
    for name in icons.NAMES:
        pixmap = icons.icon(name).pixmap(24, 24)
        assert not pixmap.isNull() and not pixmap.toImage().isNull(), name
        image = pixmap.toImage()
        assert any(image.pixelColor(x, y).alpha() for x in range(24) for y in range(24)), f"{name} is empty"


def test_the_set_lists_every_svg():
    assert {p.stem for p in paths.icons_dir().glob("*.svg")} == set(icons.NAMES)


def test_unknown_icon_is_empty_not_an_error(qapp):
    assert icons.icon("no-such-icon").isNull()


def test_screens_show_their_icon(main_window):
    nav = main_window.ui.navigation
    assert all(not nav.item(i).icon().isNull() for i in range(nav.count()))
