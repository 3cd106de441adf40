"""The Preferences dialog: this computer's settings and this database's retention."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from kcdesk import paths
from kcdesk.domain.errors import KcdeskError
from kcdesk.services import Services
from kcdesk.services.checkin import default_station
from kcdesk.ui.forms.ui_preferences import Ui_PreferencesDialog
from kcdesk.ui.settings import DOOR_FONT_SIZE, LANGUAGES, Settings
from kcdesk.words.errors import translate_error


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, services: Services | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self.settings = settings
        self.services = services
        self.prefs = services.preferences if services else None
        self.language_changed = False
        self._retention_shown: int | None = None
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.openDataFolder.clicked.connect(self.open_data_folder)
        self.ui.chooseSyncFolder.clicked.connect(self.choose_sync_folder)
        self.ui.syncFolderNote.setEnabled(False)
        self.ui.stationName.setPlaceholderText(default_station())
        self.ui.languageNote.setEnabled(False)  # a quiet hint
        self.ui.retentionNote.setEnabled(False)
        self.ui.doorFontSize.setRange(DOOR_FONT_SIZE[0], DOOR_FONT_SIZE[1])
        self.load()
        # wrapped notes need more height in a longer language: fit the form's height to its width
        layout = self.layout()
        if layout is not None:
            self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))

    def load(self) -> None:
        s = self.settings
        self.ui.language.setCurrentIndex(LANGUAGES.index(s.language))
        self.ui.stationName.setText(s.station)
        self.ui.syncFolder.setText(s.sync_folder)
        self.ui.doorFontSize.setValue(s.door_font_size)
        self.ui.backupsKept.setValue(s.backups_kept)
        self.ui.dataFolder.setText(str(paths.data_dir()))
        svc = self.services
        if self.prefs is not None and svc is not None:
            months = self.prefs.retention_months
            spin = self.ui.retentionMonths
            spin.setMaximum(max(spin.maximum(), months))  # a longer period set elsewhere shows as it is
            spin.setValue(months)
            self._retention_shown = self.ui.retentionMonths.value()  # saved only when the user changes it
            self.ui.databaseGroup.setTitle(self.tr("This database: %1").replace("%1", svc.name))
            editable = not svc.readonly
        else:
            editable = False
            self.ui.retentionNote.setText(self.tr("Open a database to change this."))
        self.ui.retentionMonths.setEnabled(editable)
        if self.prefs is not None and not editable:
            self.ui.retentionNote.setText(self.tr("This database is open read-only."))

    def accept(self) -> None:
        if not self.save():
            return
        super().accept()

    def save(self) -> bool:
        """Store every value; False (with a message) when the database refused."""
        folder = self.ui.syncFolder.text().strip()
        if folder and not Path(folder).expanduser().is_dir():
            self.tell(
                self.tr("Cannot use the sync folder"),
                self.tr("%1 is not a folder that exists. Choose the folder the stations share.").replace(
                    "%1", folder
                ),
            )
            return False
        s = self.settings
        new_language = LANGUAGES[self.ui.language.currentIndex()]
        self.language_changed = new_language != s.language
        s.language = new_language
        s.station = self.ui.stationName.text()
        s.sync_folder = folder
        s.door_font_size = self.ui.doorFontSize.value()
        s.backups_kept = self.ui.backupsKept.value()
        if self.services is not None:
            self.services.checkin.station = s.station or default_station()
        if (
            self.prefs is not None
            and self.ui.retentionMonths.isEnabled()
            and self.ui.retentionMonths.value() != self._retention_shown
        ):
            try:
                self.prefs.set_retention_months(self.ui.retentionMonths.value())
            except KcdeskError as exc:
                self.tell(self.tr("Cannot save the retention period"), translate_error(exc))
                return False
        return True

    def tell(self, title: str, text: str) -> None:  # patched in tests
        QMessageBox.warning(self, title, text)

    def ask_folder(self, title: str, start: str) -> str:  # patched in tests
        return QFileDialog.getExistingDirectory(self, title, start)

    def choose_sync_folder(self) -> None:
        folder = self.ask_folder(self.tr("The folder the stations share"), self.ui.syncFolder.text())
        if folder:
            self.ui.syncFolder.setText(folder)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))
