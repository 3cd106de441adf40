import datetime as dt

import pytest

from kcdesk.services.privacy import PrivacyService
from kcdesk.ui.privacy import open_privacy_dialog
from kcdesk.ui.privacy.dialog import PrivacyDialog
from kcdesk.ui.privacy.model import PrivacyPeopleModel


@pytest.fixture
def dialog(qtbot, demo):
    d = PrivacyDialog(demo)
    qtbot.addWidget(d)
    d.told = []
    d.show_info = lambda title, text: d.told.append(text)
    d.resize(780, 540)
    d.show()
    return d


def _age_everyone(demo, days=900):
    """Move the held event and everyone's creation far into the past."""
    held = demo.events.get(demo.event_id)
    held.date = dt.date.today() - dt.timedelta(days=days)
    demo.events.update(held)
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).isoformat()
    with demo.store.write() as db:
        db.execute("UPDATE people SET created_at = ?", [old])


def test_model_is_valid(qtmodeltester):
    model = PrivacyPeopleModel()
    model.set_rows(
        [
            {
                "id": 1,
                "name": "Anna",
                "organisation": "X",
                "email": "a@example.org",
                "last_event": "2024-01-02",
            },
            {"id": 2, "name": "Bob", "organisation": "", "email": "", "last_event": None},
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1, 3).data() == "none"


def test_retention_shows_who_is_affected_before_anonymising(dialog, demo, qtbot, tmp_path):
    assert dialog.affected.rowCount() == 0 and not dialog.ui.anonymiseButton.isEnabled()
    _age_everyone(demo)
    dialog.refresh_affected()
    expected = PrivacyService(demo.store).people_not_seen_since(dialog.cutoff())
    assert dialog.affected.rowCount() == len(expected) > 0
    assert dialog.ui.anonymiseButton.isEnabled()
    dialog.layout().activate()  # the layout settled before looking
    dialog.grab().save(str(tmp_path / "retention.png"))
    asked = []
    dialog.confirm = lambda title, text: asked.append(text) or False
    dialog.ui.anonymiseButton.click()
    assert asked and demo.store.people.get(expected[0]["id"]).name  # declined: nothing changed
    dialog.confirm = lambda title, text: True
    before = demo.store.privacy.counts_by_sector()
    with qtbot.waitSignal(dialog.erased) as sig:
        dialog.ui.anonymiseButton.click()
    assert sorted(sig.args[0]) == sorted(r["id"] for r in expected)
    assert demo.store.privacy.counts_by_sector() == before
    assert dialog.affected.rowCount() == 0


def test_months_change_the_list_and_are_saved_on_anonymise(dialog, demo):
    _age_everyone(demo, days=200)
    dialog.ui.monthsSpin.setValue(24)
    assert dialog.affected.rowCount() == 0
    dialog.ui.monthsSpin.setValue(3)
    assert dialog.affected.rowCount() > 0
    dialog.confirm = lambda title, text: True
    dialog.ui.anonymiseButton.click()
    assert PrivacyService(demo.store).retention_months() == 3


def test_person_export_and_erase(dialog, demo, qtbot, tmp_path):
    dialog.ui.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.ui.searchEdit, "haddouchi")
    assert dialog.found.rowCount() == 1 and dialog.selected_person_id() is not None
    assert "2 quote" in dialog.ui.planLabel.text()  # "2 quotes" once the English plural forms are loaded
    dialog.layout().activate()
    dialog.grab().save(str(tmp_path / "person.png"))
    target = tmp_path / "samira.html"
    dialog.ask_save_path = lambda suggested: str(target)
    with qtbot.waitSignal(dialog.exported):
        dialog.ui.exportButton.click()
    assert "Haddouchi" in target.read_text()
    dialog.confirm = lambda title, text: True
    dialog.ui.personQuotesCombo.setCurrentIndex(1)  # remove
    person_id = dialog.selected_person_id()
    with qtbot.waitSignal(dialog.erased):
        dialog.ui.eraseButton.click()
    assert demo.store.people.get(person_id).erased
    assert demo.store.content.quotes_of_person(person_id) == []
    assert dialog.found.rowCount() == 0 and not dialog.ui.eraseButton.isEnabled()


def test_erase_error_is_shown(dialog, demo, qtbot, monkeypatch):
    from kcdesk.domain.errors import LockedDatabaseError

    qtbot.keyClicks(dialog.ui.searchEdit, "haddouchi")
    dialog.confirm = lambda title, text: True
    shown = []
    dialog.show_error = lambda title, text: shown.append(text)

    def locked(*a, **k):
        raise LockedDatabaseError("demo is in use by another program")

    monkeypatch.setattr(dialog.privacy, "erase", locked)
    dialog.ui.eraseButton.click()
    assert shown == ["demo is in use by another program"]


def test_main_window_has_a_privacy_menu(main_window, qtbot):
    titles = [a.text() for a in main_window.menuBar().actions()]
    assert "Pri&vacy" in titles and titles.index("Pri&vacy") == titles.index("&Help") - 1
    actions = main_window.privacy_menu.actions()
    assert len(actions) == 2
    dialog = open_privacy_dialog(main_window, tab=1)
    qtbot.addWidget(dialog)
    assert dialog.ui.tabs.currentIndex() == 1 and dialog.isVisible()
    dialog.close()


def test_erasing_clears_the_undo_stack(main_window, qtbot):
    from PySide6.QtGui import QUndoCommand

    main_window.undo_stack.push(QUndoCommand("edit person"))
    dialog = open_privacy_dialog(main_window, tab=1)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.searchEdit, "haddouchi")
    dialog.confirm = lambda title, text: True
    dialog.ui.eraseButton.click()
    assert main_window.undo_stack.count() == 0
    dialog.close()


def test_read_only_database_can_export_but_not_erase(qtbot, demo_file, tmp_path):
    from kcdesk.services import Services
    from kcdesk.store import open_store

    demo_file.chmod(0o444)
    store = open_store(demo_file)
    d = PrivacyDialog(Services(store))
    qtbot.addWidget(d)
    qtbot.keyClicks(d.ui.searchEdit, "haddouchi")
    assert d.ui.exportButton.isEnabled() and not d.ui.eraseButton.isEnabled()
    assert not d.ui.anonymiseButton.isEnabled()
    target = tmp_path / "out" / "samira.pdf"
    target.parent.mkdir()
    d.ask_save_path = lambda suggested: str(target)
    d.show_info = lambda title, text: None
    d.ui.exportButton.click()
    assert target.read_bytes().startswith(b"%PDF")
    store.close()


def test_export_says_where_the_file_went(dialog, qtbot, tmp_path):
    qtbot.keyClicks(dialog.ui.searchEdit, "haddouchi")
    target = tmp_path / "samira.json"
    dialog.ask_save_path = lambda suggested: str(target)
    dialog.ui.exportButton.click()
    assert target.exists()
    assert len(dialog.told) == 1 and str(target) in dialog.told[0] and "Samira Haddouchi" in dialog.told[0]


def test_anonymise_asks_with_a_readable_date(dialog, demo):
    _age_everyone(demo)
    dialog.refresh_affected()
    asked = []
    dialog.confirm = lambda title, text: asked.append(text) or False
    dialog.ui.anonymiseButton.click()
    cutoff = dialog.cutoff()
    assert cutoff.isoformat() not in asked[0]
    assert dialog.long_date(cutoff) in asked[0]


def test_erase_names_the_texts_that_mention_them_in_words(dialog, demo, qtbot):
    from kcdesk.domain.models import Note

    demo.content.save_note(Note(demo.event_id, "Samira Haddouchi vertelde over haar onderzoek."))
    qtbot.keyClicks(dialog.ui.searchEdit, "haddouchi")
    dialog.confirm = lambda title, text: True
    dialog.ui.eraseButton.click()
    assert len(dialog.told) == 1
    title = demo.events.get(demo.event_id).title
    assert f"a note at “{title}”" in dialog.told[0]
    assert "note " not in dialog.told[0].replace("a note at", "")


def test_a_name_without_extension_gets_the_chosen_type():
    assert PrivacyDialog.with_chosen_suffix("/tmp/samira", "PDF (*.pdf)") == "/tmp/samira.pdf"
    assert PrivacyDialog.with_chosen_suffix("/tmp/samira", "JSON (*.json)") == "/tmp/samira.json"
    assert PrivacyDialog.with_chosen_suffix("/tmp/samira.html", "PDF (*.pdf)") == "/tmp/samira.html"
    assert PrivacyDialog.with_chosen_suffix("", "PDF (*.pdf)") == ""


def test_erase_on_a_full_disk_says_the_erasure_was_saved(dialog, demo, qtbot, monkeypatch):
    """Issue 11, case 7: the erasure is committed even when compacting the file fails."""
    import sqlite3

    from kcdesk.store.privacy import PrivacyQueries

    def full(self):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(PrivacyQueries, "compact", full)
    qtbot.keyClicks(dialog.ui.searchEdit, "haddouchi")
    dialog.confirm = lambda title, text: True
    shown = []
    dialog.show_error = lambda title, text: shown.append(text)
    erased = []
    dialog.erased.connect(erased.append)
    dialog.ui.eraseButton.click()
    assert erased and demo.store.people.get(erased[0][0]).erased
    assert len(shown) == 1 and shown[0].startswith(
        "The erasure is saved, but the erased text is still inside"
    )
