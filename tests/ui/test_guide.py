"""The user guide: one part per role in Dutch and English, its pictures there, docs/ in step with
the guide the app shows, and Help › User guide (F1) opening it offline."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
spec = importlib.util.spec_from_file_location("guide_tool", ROOT / "tools" / "guide.py")
assert spec is not None and spec.loader is not None
guide_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(guide_tool)

PARTS = {
    "nl": ("Deel 1 — De coördinator", "Deel 2 — Aan de deur", "Deel 3 — De schrijver"),
    "en": ("Part 1 — The coordinator", "Part 2 — At the door", "Part 3 — The writer"),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_one_part_per_role_with_pictures_and_the_same_text_in_docs(lang):
    text = (guide_tool.GUIDE / f"{lang}.md").read_text(encoding="utf-8")
    for part in PARTS[lang]:
        assert f"## {part}" in text
    pictures = guide_tool.images(text)
    assert len(pictures) >= 8
    for name in pictures:
        assert (guide_tool.GUIDE / "images" / name).is_file(), name
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name
    docs = (ROOT / "docs" / f"guide.{lang}.md").read_text(encoding="utf-8")
    assert docs == guide_tool.docs_text(text), "run `make screenshots` (tools/guide.py)"


def test_both_languages_show_the_same_pictures():
    nl, en = ((guide_tool.GUIDE / f"{lang}.md").read_text(encoding="utf-8") for lang in ("nl", "en"))
    assert guide_tool.images(nl) == guide_tool.images(en)


def test_help_opens_the_guide_in_the_interface_language_with_its_pictures(main_window, qapp):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QKeySequence, QTextDocument

    from kcdesk.ui.app import install_translations

    action = next(a for a in main_window.ui.menuHelp.actions() if a.text() == "User &guide")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    install_translations(qapp, "nl")
    try:
        action.trigger()
        dialog = main_window._guide
        assert dialog.isVisible() and dialog.lang == "nl"
        assert "Handleiding kcdesk" in dialog.browser.toPlainText()
        image = dialog.browser.loadResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl("02-checkin.png")
        )
        assert isinstance(image, QImage) and not image.isNull()
        assert image.width() <= dialog.browser.picture_width
        dialog.close()
    finally:
        install_translations(qapp, "en")
