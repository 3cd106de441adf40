"""Help › User guide: the guide for coordinator, door and writer, offline, in the interface's language.

The text is ``resources/guide/<lang>.md`` with the pictures ``kcdesk screenshots`` makes, copied
beside it by ``make screenshots`` (``tools/guide.py``, which also writes the same text to docs/).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from kcdesk import paths

#: The size the guide opens at where the screen has room for it.
PREFERRED = (900, 700)


def guide_dir():
    return paths.resources_dir() / "guide"


def guide_language() -> str:
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def guide_text(lang: str) -> str:
    return (guide_dir() / f"{lang}.md").read_text(encoding="utf-8")


class GuideBrowser(QTextBrowser):
    """Shows the guide's pictures from its folder, scaled to fit beside the text."""

    def __init__(self, picture_width: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.picture_width = picture_width

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802 - Qt override
        name = url.toString() if isinstance(url, QUrl) else str(url)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = QImage(str(guide_dir() / "images" / name))
            if not image.isNull():
                if image.width() > self.picture_width:
                    image = image.scaledToWidth(
                        self.picture_width, Qt.TransformationMode.SmoothTransformation
                    )
                return image
        return super().loadResource(kind, url)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, lang: str | None = None):
        super().__init__(parent)
        self.lang = lang or guide_language()
        self.setWindowTitle(self.tr("kcdesk user guide"))
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else None
        width, height = PREFERRED
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        # whole screens, made small enough to read beside the text
        self.browser = GuideBrowser(width - 90)
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_text(self.lang))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(width, height)
