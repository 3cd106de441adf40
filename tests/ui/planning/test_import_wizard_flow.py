"""The CSV import wizard writes nothing before Importeren; Annuleren on any page leaves the database
as it was; a bad e-mail address is corrected in place or the row imported without one (noted);
sectors kcdesk does not know are listed and mapped to a known or a new sector."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from tests.dbdump import TABLES, changed, dump

from kcdesk.domain.names import display_name

CSV = """Voornaam;Achternaam;E-mail;Werkveld
Fatima;El Amrani;f.elamrani@example.org;Zorg
Joost;Leeuwen;joost@example;Onderwijs
Anouk;Smit;anouk@@example.org;Welzijn
Marieke;Graaf;m.degraaf@example.org;zorg
"""


def full(store):
    return dump(store, (*TABLES, "sectors"))


@pytest.fixture
def wizard(planning, qtbot, tmp_path):
    svc = planning.services
    event_id = svc.events.resolve("leren-van-verschillen").id
    planning.set_event(event_id)
    path = tmp_path / "aanmeldingen.csv"
    path.write_text(CSV, encoding="utf-8")
    w = planning.open_import_wizard(event_id)
    qtbot.addWidget(w)
    w.show()
    w.restart()
    w.file_page.path.setText(str(path))
    w.event_id = event_id
    return w


def by_name(svc, event_id):
    return {
        display_name(r["given_name"], r["particle"], r["family_name"]): r
        for r in svc.registrations.of_event(event_id)
    }


@pytest.mark.parametrize("steps", [0, 1, 2, 3])
def test_cancel_on_any_page_writes_nothing(planning, wizard, steps):
    store = planning.services.store
    before = full(store)
    for _ in range(steps):
        wizard.next()
    if steps == 3:
        assert wizard.currentPage() is wizard.check_page
        # decisions made (new sectors by default), but not imported: still nothing written
        assert wizard.fixes.new_sectors
    wizard.reject()
    assert changed(before, full(store)) == {}


def test_import_runs_only_on_the_import_button(planning, wizard, qtbot):
    svc = planning.services
    before = full(svc.store)
    wizard.next()  # columns
    wizard.next()  # sectors: the file names some kcdesk does not know
    assert wizard.currentPage() is wizard.sector_page
    wizard.next()
    page = wizard.check_page
    assert wizard.currentPage() is page and page.isCommitPage()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.text().replace("&", "") == "Import"
    assert changed(before, full(svc.store)) == {}
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.run_page.isComplete)
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()  # nothing left to cancel
    assert "Fatima El Amrani" in by_name(svc, wizard.event_id)


def test_bad_addresses_corrected_in_place_or_imported_without_one(planning, wizard, qtbot):
    svc = planning.services
    for _ in range(3):
        wizard.next()
    page = wizard.check_page
    emails = page.emails
    assert [(r[0], r[1], r[2]) for r in emails.rows] == [
        (3, "Joost Leeuwen", "joost@example"),
        (4, "Anouk Smit", "anouk@@example.org"),
    ]
    assert page.email_table.isVisible()
    assert wizard.trial.imported == 2 and len(wizard.trial.errors) == 2
    # correct Joost's address in place, import Anouk without one
    assert emails.setData(emails.index(0, emails.EMAIL), "joost@example.org")
    assert emails.setData(
        emails.index(1, emails.WITHOUT), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.waitUntil(lambda: wizard.trial.imported == 4 and not wizard.trial.errors)
    assert "4" in page.summary.text()
    assert emails.data(emails.index(0, emails.STATE)) == "corrected"
    assert "Joost Leeuwen" not in by_name(svc, wizard.event_id)  # the trial runs wrote nothing
    wizard.next()
    qtbot.waitUntil(wizard.run_page.isComplete)
    regs = by_name(svc, wizard.event_id)
    assert regs["Joost Leeuwen"]["email"] == "joost@example.org"
    assert regs["Anouk Smit"]["email"] == ""
    note = svc.people.get(regs["Anouk Smit"]["person_id"]).notes
    assert "anouk@@example.org" in note and "aanmeldingen.csv" in note and "line 4" in note


def test_unknown_sectors_are_listed_and_mapped(planning, wizard, qtbot):
    svc = planning.services
    wizard.next()
    wizard.next()
    page = wizard.sector_page
    assert list(page.combos) == ["Welzijn", "Zorg", "zorg"]
    # every one starts as a new sector of its own name; Welzijn goes to an existing one instead
    assert all(c.currentData() == page.NEW for c in page.combos.values())
    page.combos["Welzijn"].setCurrentIndex(page.combos["Welzijn"].findData("practice"))
    assert wizard.fixes.sectors == {"Welzijn": "practice", "Zorg": "zorg", "zorg": "zorg"}
    assert "zorg" not in [s.code for s in svc.people.sectors()]
    wizard.next()
    emails = wizard.check_page.emails
    emails.setData(
        emails.index(1, emails.WITHOUT), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    wizard.next()
    qtbot.waitUntil(wizard.run_page.isComplete)
    zorg = next(s for s in svc.people.sectors() if s.code == "zorg")
    assert zorg.label_nl == "Zorg"
    regs = by_name(svc, wizard.event_id)
    assert regs["Fatima El Amrani"]["sector"] == "zorg" and regs["Marieke Graaf"]["sector"] == "zorg"
    assert regs["Anouk Smit"]["sector"] == "practice"


def test_a_file_with_known_sectors_skips_the_sector_page(planning, wizard, tmp_path):
    path = tmp_path / "bekend.csv"
    path.write_text("Voornaam;Achternaam;Werkveld\nAnna;Smit;Beleid\n", encoding="utf-8")
    wizard.file_page.path.setText(str(path))
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    assert not wizard.check_page.email_table.isVisible()
