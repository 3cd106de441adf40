"""Restore from backup: pick one of a database's backups (File menu)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kcdesk.services.backups import BackupInfo, list_backups
from kcdesk.words.dates import short
from kcdesk.words.errors import translate_error


class RestoreDialog(QDialog):
    """Lists the backups of ``db_path``, newest first; ``chosen()`` is the selected one."""

    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = list_backups(db_path)
        intro = QLabel(
            self.tr(
                "Choose the copy of %1 to go back to. What the database holds now is kept as "
                "a backup first, so you can undo this."
            ).replace("%1", db_path.name),
            self,
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Reason"), self.tr("Size")])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        locale = QLocale()
        for b in self.backups:
            item = QTreeWidgetItem(
                [
                    short(b.made),
                    self.reason_text(b),
                    locale.formattedDataSize(b.size),
                ]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("There are no backups of this database yet."), self)
        self.empty.setVisible(not self.backups)
        self.list.setVisible(bool(self.backups))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.list.selectedItems()))
        )
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        first = self.list.topLevelItem(0)
        if self.backups and first is not None:
            self.list.setCurrentItem(first)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(560, 380)

    def reason_text(self, b: BackupInfo) -> str:
        if b.reason == "daily":
            return self.tr("Daily backup")
        if b.reason == "before-restore":
            return self.tr("Before a restore")
        if b.schema_version:
            return self.tr("Before the upgrade from version %1").replace("%1", b.schema_version)
        return b.reason

    def chosen(self) -> BackupInfo | None:
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item else -1
        return self.backups[row] if 0 <= row < len(self.backups) else None


def choose_backup(parent: QWidget, db_path: Path) -> BackupInfo | None:
    dialog = RestoreDialog(db_path, parent)
    return dialog.chosen() if dialog.exec() else None


def restore_in_window(window) -> None:
    """File > Restore from backup in ``window`` (a MainWindow): choose a backup, confirm,
    close the database, restore (the current contents become a backup first), reopen."""
    from kcdesk.domain.errors import DatabaseInUseError, KcdeskError
    from kcdesk.services import backups
    from kcdesk.words.errors import in_use_message

    services = window.services
    if services is None or services.path is None:
        return
    path, readonly = services.path, services.readonly
    chosen = choose_backup(window, path)
    if chosen is None:
        return
    made = short(chosen.made)
    question = QCoreApplication.translate(
        "RestoreDialog",
        "Replace everything in %1 with the backup of %2?\n\nWhat it holds now is saved as a backup first.",
    )
    if not window.confirm(_title(), question.replace("%1", path.name).replace("%2", made)):
        return
    window.close_database()
    saved = None
    try:
        saved = backups.restore(path, chosen.path)
    except (KcdeskError, OSError) as exc:
        text = in_use_message(exc) if isinstance(exc, DatabaseInUseError) else translate_error(exc)
        QMessageBox.critical(window, _title(), text)
    try:
        window.open_database(path, readonly=readonly)
    except KcdeskError as exc:
        QMessageBox.critical(
            window, QCoreApplication.translate("MainWindow", "Cannot open the database"), translate_error(exc)
        )
        return
    if saved is not None:
        done = QCoreApplication.translate(
            "RestoreDialog", "Restored the backup; the replaced contents are in %1"
        )
        window.statusBar().showMessage(done.replace("%1", saved.name), 10000)


def _title() -> str:
    return QCoreApplication.translate("RestoreDialog", "Restore from backup")
