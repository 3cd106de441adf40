"""People directory: search and sort in SQL, edit with undo, merge two duplicates after a preview."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from kcdesk.domain.errors import NotFoundError
from kcdesk.domain.models import Person, Reaction
from kcdesk.ui.planning.merge_dialog import MergeDialog
from kcdesk.ui.planning.person_dialog import PersonDialog


def column(model, col):
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_search_and_sort(planning, qtbot):
    panel = planning.people
    model = panel.model
    total = model.rowCount()
    assert total == planning.services.store.people.count()
    panel.search.setText("hogeschool")
    qtbot.waitUntil(lambda: model.rowCount() < total)
    assert set(column(model, 1)) == {"Hogeschool Merwede"}
    panel.search.setText("")
    qtbot.waitUntil(lambda: model.rowCount() == total)
    panel.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    orgs = [o.lower() for o in column(model, 1)]
    assert orgs == sorted(orgs, reverse=True)
    panel.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # events per person
    events = [int(x) for x in column(model, 4)]
    assert events == sorted(events, reverse=True)
    # consent columns have short headers and the full name as tooltip
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert {"News", "Photo", "Quote", "Named"} <= set(headers)
    tips = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(model.columnCount())
    ]
    assert {"Newsletter", "Photo", "Quote", "Name shown"} <= set(tips)
    # name and organisation get the room; a flag column stays compact
    hh = panel.table.horizontalHeader()
    assert hh.sectionResizeMode(0) == hh.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    assert hh.sectionResizeMode(9) == QHeaderView.ResizeMode.Fixed and hh.sectionSize(9) <= 100


def test_edit_a_person_and_undo(planning, qtbot, monkeypatch, main_window):
    svc = planning.services
    panel = planning.people
    planning.tabs.setCurrentWidget(panel)
    person = svc.people.search("Samira")[0]
    panel.table.selectRow(panel.model.row_of(person.id))
    dialog_seen = []

    def ask(p):
        dialog = PersonDialog(svc, p, panel)
        dialog_seen.append(dialog.events_model.rowCount())
        dialog.ui.jobTitle.setText("lector wijkgericht werken")
        dialog.ui.consentPhoto.setChecked(False)
        return dialog.result_person()

    monkeypatch.setattr(panel, "ask", ask)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert dialog_seen == [len(svc.people.events_of(person.id))] and dialog_seen[0] >= 1
    assert svc.people.get(person.id).job_title == "lector wijkgericht werken"
    assert not svc.people.get(person.id).consent_photo
    main_window.undo_stack.undo()
    assert svc.people.get(person.id).job_title == person.job_title


def test_person_dialog_refuses_a_bad_email(planning):
    dialog = PersonDialog(planning.services, Person("Anna"), planning)
    dialog.ui.email.setText("anna@")
    dialog.accept()
    assert dialog.result() == 0 and "valid email" in dialog.ui.error.text()
    taken = planning.services.people.search("Samira")[0].email
    dialog.ui.email.setText(taken)
    dialog.accept()
    assert dialog.result() == 0 and "already belongs" in dialog.ui.error.text()


def test_merge_two_duplicates_after_a_preview(planning, qtbot, monkeypatch):
    svc = planning.services
    held = svc.events.resolve("ontmoeting-in-de-buurt").id
    nxt = svc.events.resolve("leren-van-verschillen").id
    keep = svc.people.create(
        Person("Yara", "Dekker", email="yara@wijkkracht.example.org", organisation="Wijkkracht")
    )
    drop = svc.people.create(Person("Yara", "Dekker", phone="06 12345678", organisation="Wijkkracht"))
    svc.registrations.register(held, drop.id)
    svc.registrations.register(nxt, keep.id)
    svc.content.save_reaction(Reaction(held, "Mooie middag", person_id=drop.id))
    panel = planning.people
    planning.tabs.setCurrentWidget(panel)
    panel.search.setText("Yara Dekker")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.table.selectAll()
    previews = []

    def confirm(a, b):
        dialog = MergeDialog(svc, a, b, panel)
        if dialog.keep_id != keep.id:
            dialog.swap()
        previews.append(dialog.view.toPlainText())
        return dialog.keep_id, dialog.drop_id

    monkeypatch.setattr(panel, "confirm_merge", confirm)
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert "Kenniscafé Ontmoeting in de buurt" in previews[0]  # the registration that moves
    assert "Reactions: 1" in previews[0]
    assert "06 12345678" in previews[0]  # the phone number filled in
    assert {e["id"] for e in svc.people.events_of(keep.id)} == {held, nxt}
    assert svc.people.get(keep.id).phone == "06 12345678"
    assert [r.text for r in svc.content.reactions(held) if r.person_id == keep.id] == ["Mooie middag"]
    with pytest.raises(NotFoundError):
        svc.people.get(drop.id)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)


def test_merge_needs_two_people(planning, qtbot):
    panel = planning.people
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert "exactly two" in panel.count.text()


def test_the_merge_preview_is_dutch(planning, qapp):
    from kcdesk.ui.app import install_translations

    svc = planning.services
    keep = svc.people.create(Person("Yara", "Dekker", email="yara@wijkkracht.example.org"))
    drop = svc.people.create(Person("Yara", "Dekker", phone="06 12345678", job_title="buurtwerker"))
    install_translations(qapp, "nl")
    try:
        dialog = MergeDialog(svc, keep.id, drop.id)
        text = dialog.view.toPlainText()
        assert "Velden aangevuld vanuit de verwijderde persoon" in text
        assert "Telefoon: 06 12345678" in text and "Functie: buurtwerker" in text
        assert "Citaten: 0" in text and "phone" not in text and "job_title" not in text
        dialog.close()
    finally:
        install_translations(qapp, "en")


def test_the_language_of_a_persons_mail_is_chosen_in_their_dialog(planning, qtbot):
    """Mail in: the database's language, or the person's own; saved when chosen, and the mail the
    person gets is then in it."""
    from kcdesk.domain.mail import MailKind

    svc = planning.services
    person = svc.people.search("Samira")[0]
    event = svc.events.resolve("ontmoeting-in-de-buurt").id
    dialog = PersonDialog(svc, person, planning)
    qtbot.addWidget(dialog)
    combo = dialog.ui.mailLanguage
    assert combo.currentData() == "" and "Dutch" in combo.currentText()  # the database's (nl)
    combo.setCurrentIndex(combo.findData("en"))
    assert svc.mail.language_of(person.id) == "en"
    recipients, _skipped = svc.mail.recipients(event, MailKind.THANKS)
    assert next(r for r in recipients if r.person_id == person.id).lang == "en"
    again = PersonDialog(svc, person, planning)  # shown as saved
    qtbot.addWidget(again)
    assert again.ui.mailLanguage.currentData() == "en"
    again.ui.mailLanguage.setCurrentIndex(0)
    assert svc.mail.language_of(person.id) is None
    new = PersonDialog(svc, Person("Nieuw"), planning)  # a person not saved yet has no mail yet
    qtbot.addWidget(new)
    assert new.ui.mailLanguage.isHidden()


def test_columns_are_chosen_by_right_click_and_remembered(planning, qtbot, main_window, settings):
    """At first the consents are hidden (a name fits at 1024 wide); the header's menu shows
    any column but the name, and the choice holds in the next window."""
    from PySide6.QtWidgets import QMenu

    from kcdesk.ui.main_window import MainWindow
    from kcdesk.ui.models.people import CONSENT, KEYS
    from kcdesk.ui.planning.people_panel import PeoplePanel

    planning.tabs.setCurrentIndex(1)
    panel = planning.people
    qtbot.waitUntil(panel.isVisible)
    hidden = [KEYS[i] for i in range(len(KEYS)) if panel.table.isColumnHidden(i)]
    assert hidden == list(CONSENT)

    header = panel.table.horizontalHeader()
    header.customContextMenuRequested.emit(header.rect().center())
    menu = panel.findChild(QMenu)
    qtbot.waitUntil(menu.isVisible)
    items = {action.text(): action for action in menu.actions()}
    assert "Name" not in items  # what a row is: never hidden
    assert not items["Photo"].isChecked() and items["Organisation"].isChecked()
    items["Photo"].trigger()
    items["Email"].trigger()
    menu.close()
    photo = KEYS.index("consent_photo")
    assert not panel.table.isColumnHidden(photo)
    assert settings.hidden_columns("people", CONSENT) == [
        "email",
        "newsletter",
        "consent_quote",
        "consent_name",
    ]

    path = main_window.services.store.path
    main_window.close_database()  # its write lock goes, so the next window opens without asking
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.open_database(path)
    again.show()
    again.show_screen(0)
    again.screens[0].tabs.setCurrentIndex(1)
    other = again.screens[0].people
    qtbot.waitUntil(other.isVisible)
    assert isinstance(other, PeoplePanel)
    assert not other.table.isColumnHidden(photo) and other.table.isColumnHidden(KEYS.index("email"))
