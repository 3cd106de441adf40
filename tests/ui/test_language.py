"""Language: asked on the first start (Nederlands preselected) and remembered, switched without a
restart, and Qt's own dialogs speak it too."""

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from kcdesk.ui.app import install_translations
from kcdesk.ui.language import LanguageDialog, ask_language_once, switch_language
from kcdesk.ui.main_window import MainWindow


@pytest.fixture
def english_after(qapp):
    yield
    install_translations(qapp, "en")


def test_first_start_asks_once_and_remembers(settings):
    asked = []
    assert ask_language_once(settings, ask=lambda: asked.append(1) or "en") == "en"
    assert ask_language_once(settings, ask=lambda: asked.append(1) or "nl") == "en"
    assert asked == [1] and settings.language == "en"


def test_closing_the_question_starts_in_dutch_and_asks_again_next_time(settings):
    assert ask_language_once(settings, ask=lambda: None) == "nl"
    assert not settings.language_chosen


def test_dutch_is_preselected(qtbot):
    dialog = LanguageDialog()
    qtbot.addWidget(dialog)
    assert dialog.language() == "nl"
    dialog.buttons["en"].setChecked(True)
    assert dialog.language() == "en"


def test_qt_file_dialog_and_message_box_buttons_in_dutch(qtbot, english_after):
    install_translations(QApplication.instance(), "nl")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text().replace("&", "") for label in dialog.findChildren(QLabel)]
    # Qt's Dutch has "Look in:" without the shortcut letter Qt 6 added: the fallback bridges it
    assert labels == ["Zoeken in:", "Bestandsnaam:", "Bestanden van type:"]
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Zoeken in:"
    box = QMessageBox(
        QMessageBox.Icon.Question, "t", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Ja"
    assert box.button(QMessageBox.StandardButton.No).text().replace("&", "") == "Nee"


def test_switching_language_applies_at_once(qtbot, settings, demo_file, english_after):
    install_translations(QApplication.instance(), "en")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.open_database(demo_file)
    window.show()
    window.show_screen(1)
    window.screens[0].set_event(window.services.events.resolve("leren-van-verschillen").id)
    event_id = window.current_event_id()
    assert event_id == window.services.events.resolve("leren-van-verschillen").id  # not the default
    assert window.ui.menuFile.title().replace("&", "") == "File"
    settings.language = "nl"
    new = switch_language(window, "nl")
    qtbot.addWidget(new)
    assert new.ui.menuFile.title().replace("&", "") == "Bestand"
    assert new.screens[0].title() == "Planning" and new.ui.navigation.currentRow() == 1
    assert new.services is not None and new.services.path == demo_file and not new.services.readonly
    assert new.current_event_id() == event_id
    # the screens not shown yet are made when first shown, on the same event
    assert new.screens.made[2] is None
    new.show_screen(2)
    assert new.screens.made[2].current_event_id() == event_id
    qtbot.waitUntil(lambda: not window.isVisible())


def test_no_question_where_nobody_can_answer(settings):
    # offscreen (no display, start-up measurements): Dutch now, and the question waits for a screen
    assert ask_language_once(settings) == "nl"
    assert not settings.language_chosen
