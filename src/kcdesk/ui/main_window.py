"""The main window: navigation between the four screens, and the File/Help menus."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path
from typing import overload

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from kcdesk import paths
from kcdesk.domain.errors import DatabaseInUseError, KcdeskError
from kcdesk.services import Services
from kcdesk.ui import icons
from kcdesk.ui.bridge import StoreBridge
from kcdesk.ui.forms.ui_main_window import Ui_MainWindow
from kcdesk.ui.screen import Screen, compact_combos
from kcdesk.ui.settings import Settings
from kcdesk.words.errors import translate_error

FILE_FILTER = "kcdesk (*.kcdesk *.sqlite *.db);;*"

#: The size the window opens at the first time, where the screen has room for it.
PREFERRED_SIZE = (1200, 760)
#: Room left for the window's title bar and borders, which the available geometry does not include.
FRAME_ALLOWANCE = (16, 40)


def default_size(available: QSize) -> QSize:
    """The first-start size: the preferred size, made smaller to fit ``available`` with its frame."""
    return QSize(
        min(PREFERRED_SIZE[0], available.width() - FRAME_ALLOWANCE[0]),
        min(PREFERRED_SIZE[1], available.height() - FRAME_ALLOWANCE[1]),
    )


#: The screens in navigation order: module, class and icon. Only the screen shown is made at
#: start; the others when first shown (start-up time).
SCREENS = (
    ("kcdesk.ui.planning.screen", "PlanningScreen", "planning"),
    ("kcdesk.ui.checkin.screen", "CheckinScreen", "checkin"),
    ("kcdesk.ui.notes.screen", "NotesScreen", "notes"),
    ("kcdesk.ui.mail.screen", "MailScreen", "mail"),
)


def screen_titles() -> list[str]:
    """The screens' titles before they are made: each in its class's context, as its ``title()``."""
    return [
        QCoreApplication.translate("PlanningScreen", "Planning"),
        QCoreApplication.translate("CheckinScreen", "Check-in"),
        QCoreApplication.translate("NotesScreen", "Notes & export"),
        QCoreApplication.translate("MailScreen", "Mail"),
    ]


class ScreenList(Sequence):
    """The main window's screens by index; a screen not made yet is made when asked for."""

    def __init__(self, window: MainWindow):
        self._window = window
        self.made: list[Screen | None] = [None] * len(SCREENS)

    def __len__(self) -> int:
        return len(SCREENS)

    @overload
    def __getitem__(self, index: int) -> Screen: ...
    @overload
    def __getitem__(self, index: slice) -> list[Screen]: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        return self._window.screen_at(index % len(self))

    def existing(self) -> list[Screen]:
        """The screens made so far."""
        return [s for s in self.made if s is not None]


class MainWindow(QMainWindow):
    #: database_opened(path): a database was opened and the screens attached to it.
    database_opened = Signal(str)

    def __init__(self, settings: Settings | None = None):
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings or Settings()
        self.services: Services | None = None
        self.bridge: StoreBridge | None = None
        self.undo_stack = QUndoStack(self)
        self.screens = ScreenList(self)
        #: the event every screen shows when it is made (after a language switch), else None
        self._follow: int | None = None
        for i, ((_module, _cls, icon), title) in enumerate(zip(SCREENS, screen_titles(), strict=True)):
            self.ui.screens.addWidget(QWidget())  # stands in until the screen is first shown
            item = QListWidgetItem(icons.icon(icon), title)
            item.setSizeHint(
                item.sizeHint().expandedTo(
                    self.ui.navigation.sizeHintForIndex(self.ui.navigation.model().index(0, 0))
                    if i
                    else item.sizeHint()
                )
            )
            self.ui.navigation.addItem(item)
        # as wide as the widest title (within the form's 170-210): the same whichever screens are made
        nav = self.ui.navigation
        nav.setFixedWidth(
            max(
                nav.minimumWidth(),
                min(nav.maximumWidth(), nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + 8),
            )
        )
        self.mail_waiting = QLabel(self)  # "N mails waiting": the outbox, whichever screen is shown
        self.statusBar().addPermanentWidget(self.mail_waiting)
        self.ui.navigation.currentRowChanged.connect(self._show_row)
        self._build_menus()
        self.ui.navigation.setCurrentRow(0)
        from kcdesk.ui.privacy import add_privacy_menu

        add_privacy_menu(self)  # before Help: retention, access requests, erasure
        self._update_title()
        self.restore_window()

    # -- screens ----------------------------------------------------------------
    def screen_at(self, index: int) -> Screen:
        """The screen at ``index``, made (and attached to the open database) on first use."""
        screen = self.screens.made[index]
        if screen is not None:
            return screen
        module, cls, _icon = SCREENS[index]
        screen = getattr(importlib.import_module(module), cls)()
        self.screens.made[index] = screen
        compact_combos(screen)
        placeholder = self.ui.screens.widget(index)
        assert placeholder is not None
        current = self.ui.screens.currentIndex()
        self.ui.screens.insertWidget(index, screen)
        self.ui.screens.removeWidget(placeholder)
        placeholder.deleteLater()
        self.ui.screens.setCurrentIndex(current)
        if hasattr(screen, "set_undo_stack"):
            screen.set_undo_stack(self.undo_stack)
        if hasattr(screen, "menu"):
            self.menuBar().insertMenu(self.ui.menuHelp.menuAction(), screen.menu())
        if hasattr(screen, "waiting_text"):
            screen.waiting_text.connect(self.mail_waiting.setText)
        if self.services is not None and self.bridge is not None:
            screen.attach(self.services, self.bridge)
            if self._follow is not None:
                screen.set_event(self._follow)
        return screen

    def follow_event(self, event_id: int) -> None:
        """Show ``event_id`` on every screen: those made now, and the others when they are made."""
        self._follow = event_id
        for screen in self.screens.existing():
            screen.set_event(event_id)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(SCREENS):
            self.screen_at(row)
            self.ui.screens.setCurrentIndex(row)

    def update_mail_waiting(self, topic: str = "mail", _info: dict | None = None) -> None:
        """The status bar's "N mails waiting" until the Mail screen is made (it keeps it then)."""
        if topic not in ("mail", "registrations", "people", "settings"):
            return
        if any(hasattr(screen, "waiting_text") for screen in self.screens.existing()):
            return
        n = self.services.mail.waiting() if self.services is not None else 0
        # the Mail screen's own words (its tr() is what lupdate reads as a plural)
        self.mail_waiting.setText(
            QCoreApplication.translate("MailScreen", "%n mail(s) waiting", "", n) if n else ""
        )

    # -- size and place -------------------------------------------------------
    def restore_window(self) -> None:
        """Where and how large the window was when it was last closed, else a size that fits the screen."""
        geometry = self.settings.window_geometry
        if not (geometry and self.restoreGeometry(QByteArray(geometry))):
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                self.resize(default_size(screen.availableGeometry().size()))
        if self.settings.window_maximized:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def remember_window(self) -> None:
        self.settings.window_maximized = self.isMaximized()
        self.settings.window_geometry = bytes(self.saveGeometry().data())

    # -- menus ----------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        m = self.ui.menuFile
        self._action(m, self.tr("&New database…"), self.new_database, QKeySequence.StandardKey.New)
        self._action(m, self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = m.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(m, self.tr("Save a &copy…"), self.save_copy, "Ctrl+Shift+S")
        self._action(m, self.tr("Restore from &backup…"), self.restore_backup).setIcon(icons.icon("backup"))
        self._action(m, self.tr("Chec&k database"), self.check_database)
        m.addSeparator()
        self._action(m, self.tr("&Import event…"), self.import_event)
        self._action(m, self.tr("&Export event…"), self.export_event)
        m.addSeparator()
        self._action(m, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        e = self.ui.menuEdit
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Y and Ctrl+Shift+Z
        e.addAction(undo)
        e.addAction(redo)
        e.addSeparator()
        self._action(e, self.tr("&Sectors…"), self.sectors)
        prefs = self._action(
            e, self.tr("&Preferences…"), self.preferences, QKeySequence.StandardKey.Preferences
        )
        prefs.setIcon(icons.icon("settings"))
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)

        v = self.ui.menuView
        for i, title in enumerate(screen_titles()):
            # "Notities & export": a single & would underline the e instead of showing
            title = title.replace("&", "&&")
            self._action(v, title, lambda _=False, i=i: self.show_screen(i), f"Ctrl+{i + 1}")

        h = self.ui.menuHelp
        self._action(h, self.tr("User &guide"), self.guide, QKeySequence.StandardKey.HelpContents)
        self._action(h, self.tr("Open &data folder"), self.open_data_folder)
        self._action(h, self.tr("&About kcdesk"), self.about)

    def show_screen(self, index: int) -> None:
        self.ui.navigation.setCurrentRow(index)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            self._action(self.recent_menu, path, lambda _=False, p=path: self._open_path(Path(p)))
        if not self.settings.recent_files:
            a = self.recent_menu.addAction(self.tr("(none)"))
            a.setEnabled(False)

    # -- database -------------------------------------------------------------
    def open_database(self, path: Path, create: bool = False, readonly: bool = False) -> bool:
        """Open a database (create it if asked and missing) and attach every screen.

        When another kcdesk has it open for writing, ``ask_in_use`` offers to open it
        read-only (or to take over a lock left by another computer); False if cancelled.
        """
        path = Path(path)
        old = self.services
        if (
            old is not None
            and old.locked
            and path.exists()
            and old.path is not None
            and old.path.resolve() == path.resolve()
        ):
            self.close_database()  # reopening our own database: let go of its write lock first
        try:
            services = Services.open(path, create=create and not path.exists(), readonly=readonly)
        except DatabaseInUseError as exc:
            choice = self.ask_in_use(exc)
            if choice is None:
                return False
            services = Services.open(path, readonly=choice == "readonly", take_over=choice == "take_over")
        self.close_database()
        self.services = services
        if self.settings.station:
            services.checkin.station = self.settings.station
        self.bridge = StoreBridge(services, self)
        self.undo_stack.clear()
        for screen in self.screens.existing():
            screen.attach(self.services, self.bridge)
        self.bridge.changed.connect(self.update_mail_waiting)
        self.update_mail_waiting()
        self.settings.add_recent(path)
        self.settings.last_db = str(path.resolve())
        self._update_title()
        self._daily_backup(services)
        self.database_opened.emit(str(path))
        return True

    def check_database(self) -> None:
        """File › Check database: the full integrity check of the open database, with its outcome."""
        if self.services is None:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.services.integrity.check()
        except KcdeskError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.critical(self, self.tr("Check database"), translate_error(exc))
            return
        QApplication.restoreOverrideCursor()
        QMessageBox.information(
            self,
            self.tr("Check database"),
            self.tr("%1 was checked: no problems found.").replace("%1", self.services.name),
        )

    def ask_in_use(self, exc: DatabaseInUseError) -> str | None:
        """Ask what to do with a database in use: "readonly", "take_over" or None (cancel)."""
        from kcdesk.ui.in_use import in_use_question

        return in_use_question(self, exc)

    def _daily_backup(self, services: Services) -> None:
        try:
            services.backups.make_daily(keep=self.settings.backups_kept)
        except (KcdeskError, OSError) as exc:
            self.statusBar().showMessage(
                self.tr("No daily backup was made: %1").replace("%1", translate_error(exc)), 10000
            )

    def close_database(self) -> None:
        self._follow = None
        for screen in self.screens.existing():
            screen.detach()
        if self.bridge is not None:
            self.bridge.detach()
        if self.services is not None:
            self.services.close()
        self.services = self.bridge = None

    def _update_title(self) -> None:
        name = self.services.name if self.services else self.tr("no database")
        ro = self.tr(" (read-only)") if self.services and self.services.readonly else ""
        self.setWindowTitle(f"{name}{ro} — kcdesk")

    def _open_path(self, path: Path, create: bool = False) -> None:
        try:
            self.open_database(path, create=create)
        except KcdeskError as exc:
            QMessageBox.critical(self, self.tr("Cannot open the database"), translate_error(exc))
            if not path.exists():
                self.settings.remove_recent(str(path))

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(paths.data_dir()), FILE_FILTER
        )
        if name:
            path = Path(name)
            if path.suffix == "":
                path = path.with_suffix(".kcdesk")
            if path.exists():
                QMessageBox.warning(self, self.tr("New database"), self.tr("That file already exists."))
                return
            self._open_path(path, create=True)

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(paths.data_dir()), FILE_FILTER
        )
        if name:
            self._open_path(Path(name))

    def save_copy(self) -> None:
        if self.services is None or self.services.path is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(self.services.path.parent), FILE_FILTER
        )
        if name:
            try:
                self.services.backups.save_copy(Path(name))
                self.statusBar().showMessage(self.tr("Saved a copy to %1").replace("%1", name), 5000)
            except OSError as exc:
                QMessageBox.critical(self, self.tr("Save a copy"), translate_error(exc))

    def import_event(self) -> None:
        if self.services is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import event"), "", self.tr("Event files (*.json)")
        )
        if name:
            try:
                event = self.services.transfer.import_file(Path(name))
                self.statusBar().showMessage(
                    self.tr("Imported %1").replace(
                        "%1", f"{event.title} ({event.date})" if event.date else event.title
                    ),
                    5000,
                )
            except KcdeskError as exc:
                QMessageBox.critical(self, self.tr("Import event"), translate_error(exc))

    def current_event_id(self) -> int | None:
        for screen in self.screens.existing():
            event_id = getattr(screen, "current_event_id", None)
            if callable(event_id) and event_id() is not None:
                return event_id()
        return None

    def export_event(self) -> None:
        if self.services is None:
            return
        event_id = self.current_event_id()
        event = self.services.events.get_or_none(event_id) if event_id is not None else None
        if event_id is None or event is None:  # none chosen, or it was just deleted
            QMessageBox.information(self, self.tr("Export event"), self.tr("Choose an event first."))
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export event"),
            f"{event.slug}.json",
            self.tr("Event files (*.json)"),
        )
        if name:
            try:
                self.services.transfer.write(event_id, Path(name))
            except (KcdeskError, OSError) as exc:
                QMessageBox.critical(self, self.tr("Export event"), translate_error(exc))

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))

    def about(self) -> None:
        self.about_dialog().exec()

    def guide_dialog(self):
        from kcdesk.ui.guide import GuideDialog

        return GuideDialog(self)

    def guide(self) -> None:
        """Help › User guide (F1): not modal, so the guide can stay open beside the work."""
        dialog = self.guide_dialog()
        dialog.setModal(False)
        dialog.show()
        self._guide = dialog

    def about_dialog(self):
        from kcdesk.ui.about import AboutDialog

        return AboutDialog(str(self.services.path) if self.services and self.services.path else None, self)

    def sectors_dialog(self):
        from kcdesk.ui.sectors import SectorsDialog

        assert self.services is not None
        return SectorsDialog(self.services, self)

    def sectors(self) -> None:
        """The network's own words for the sectors (Edit > Sectors…)."""
        if self.services is None:
            return
        self.sectors_dialog().exec()

    def preferences_dialog(self):
        from kcdesk.ui.preferences import PreferencesDialog

        return PreferencesDialog(self.settings, self.services, self)

    def preferences(self) -> None:
        dialog = self.preferences_dialog()
        if not dialog.exec():
            return
        self.apply_settings()
        if dialog.language_changed:
            from kcdesk.ui.language import switch_language

            switch_language(self, self.settings.language)

    def apply_settings(self) -> None:
        """Pass changed preferences on: a screen with ``apply_settings(settings)`` gets them at once
        (the door font size, for example)."""
        for screen in self.screens.existing():
            apply = getattr(screen, "apply_settings", None)
            if callable(apply):
                apply(self.settings)

    def restore_backup(self) -> None:
        """File > Restore from backup: choose, confirm, then replace the database safely."""
        from kcdesk.ui.restore import restore_in_window

        restore_in_window(self)

    def confirm(self, title: str, text: str) -> bool:  # patched in tests
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def screenshot_dialogs(self) -> list:
        """The window's own dialogs for `kcdesk screenshots`."""
        from kcdesk.ui.in_use import example_box
        from kcdesk.ui.restore import RestoreDialog

        out = [("about", self.about_dialog()), ("preferences", self.preferences_dialog())]
        if self.services is not None:
            out.append(("sectors", self.sectors_dialog()))
        if self.services is not None and self.services.path is not None:
            out.append(("restore", RestoreDialog(self.services.path, self)))
            out.append(("in-use", example_box(self, self.services.path)))
        out.append(("guide", self.guide_dialog()))
        return out

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.remember_window()
        self.close_database()
        super().closeEvent(event)
