"""Someone whose data was erased shows as "(erased)"/"(gewist)", never as an empty name, and is not offered."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from kcdesk.export.registry import export
from kcdesk.services.privacy import PrivacyService
from kcdesk.ui.models.registrations import RegistrationsModel
from kcdesk.ui.notes.editors import _people_of_event


def _erase_someone_checked_in(demo) -> dict:
    row = next(r for r in demo.registrations.of_event(demo.event_id) if r["checked_in_at"])
    PrivacyService(demo.store).erase(row["person_id"], quotes="anonymise", compact=False)
    return row


def test_the_registrations_model_names_an_erased_person(qtmodeltester, demo, qapp):
    row = _erase_someone_checked_in(demo)
    model = RegistrationsModel()
    model.set_event(demo, demo.event_id)
    qtmodeltester.check(model)
    names = {
        model.data(model.index(i, 0), RegistrationsModel.RegIdRole): model.data(model.index(i, 0))
        for i in range(model.rowCount())
    }
    assert names[row["id"]] == "(erased)"
    assert all(name.strip() for name in names.values())


def test_erased_people_are_not_offered_for_quotes(demo, qapp):
    row = _erase_someone_checked_in(demo)

    class Screen:
        services = demo

        @staticmethod
        def current_event_id():
            return demo.event_id

    offered = dict(_people_of_event(Screen))
    assert row["person_id"] not in offered and offered
    assert all(label.strip() for label in offered.values())


def test_the_attendance_csv_says_gewist(demo, tmp_path):
    row = _erase_someone_checked_in(demo)
    out = export(demo, demo.event_id, "attendance", tmp_path / "aanwezig.csv", lang="nl")
    with out.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f, delimiter=";" if ";" in out.read_text(encoding="utf-8-sig") else ","))
    codes = {line[4]: line for line in lines[1:]}
    assert codes[row["code"]][0] == "(gewist)"
    assert all(line[0].strip() for line in lines[1:])
    english = export(demo, demo.event_id, "attendance", tmp_path / "attendance.csv", lang="en")
    assert "(erased)" in english.read_text(encoding="utf-8-sig")


def test_an_erased_person_reads_gewist_in_dutch(demo, qapp):
    from kcdesk.ui.app import install_translations

    row = _erase_someone_checked_in(demo)
    install_translations(qapp, "nl")
    try:
        model = RegistrationsModel()
        model.set_event(demo, demo.event_id)
        shown = [
            model.data(model.index(i, 0), Qt.ItemDataRole.DisplayRole)
            for i in range(model.rowCount())
            if model.data(model.index(i, 0), RegistrationsModel.RegIdRole) == row["id"]
        ]
        assert shown == ["(gewist)"]
    finally:
        install_translations(qapp, "en")
