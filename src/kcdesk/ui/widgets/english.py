"""The English of a text and its title, for the English draft: a note, a programme item."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from kcdesk.ui.forms.ui_english_texts_dialog import Ui_EnglishTextsDialog


class EnglishTextsDialog(QDialog):
    """A line (a heading, a title) and a text in English, the Dutch shown where they are empty
    (the English draft prints an empty one in Dutch, marked as [NL: ...])."""

    def __init__(
        self,
        labels: tuple[str, str],
        dutch: tuple[str, str],
        english: tuple[str, str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_EnglishTextsDialog()
        self.ui.setupUi(self)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.headingLabel.setText(labels[0])
        self.ui.bodyLabel.setText(labels[1])
        self.ui.headingEn.setText(english[0])
        self.ui.headingEn.setPlaceholderText(dutch[0])
        self.ui.bodyEn.setPlainText(english[1])
        self.ui.bodyEn.setPlaceholderText(dutch[1])

    def texts(self) -> tuple[str, str]:
        """(line, text) in English, as typed."""
        return self.ui.headingEn.text().strip(), self.ui.bodyEn.toPlainText().strip()
