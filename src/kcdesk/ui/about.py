"""The About dialog: what kcdesk is, its version, licence and where its data lives."""

from __future__ import annotations

import platform

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kcdesk import __version__, paths
from kcdesk.ui.icons import app_icon


class AboutDialog(QDialog):
    def __init__(self, database: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About kcdesk"))
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(96, 96))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)

        data = str(paths.data_dir())
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setOpenExternalLinks(False)
        self.text.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        rows = [
            f"<h2>kcdesk {__version__}</h2>",
            "<p>"
            + self.tr("Plan knowledge cafés, check people in at the door, and write the article afterwards.")
            + "</p>",
            "<p>"
            + self.tr(
                "Licence: MIT. You may use, change and share kcdesk freely; it comes without any warranty."
            )
            + "</p>",
            "<p>" + self.tr("Data folder:") + f"<br><a href='{QUrl.fromLocalFile(data).toString()}'>"
            f"{_escape(data)}</a></p>",
        ]
        if database:
            rows.append("<p>" + self.tr("Open database:") + f"<br>{_escape(database)}</p>")
        rows.append(f"<p><small>Python {platform.python_version()} · Qt {qVersion()}</small></p>")
        self.text.setText("".join(rows))
        self.text.setMinimumWidth(380)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addSpacing(12)
        top.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
