"""A coordinator's afternoon (QA round 2): what was broken, confusing or missing, each fixed and held here."""

from __future__ import annotations

import pytest

from kcdesk.services.privacy import PrivacyService


def test_the_people_count_leaves_out_erased_people(planning, qtbot):
    svc = planning.services
    listed = planning.people.model.total
    someone = svc.people.search("Samira")[0]
    PrivacyService(svc.store).erase(someone.id, quotes="anonymise", compact=False)
    planning.people.model.reload()
    model = planning.people.model
    while model.canFetchMore():
        model.fetchMore()
    assert model.total == listed - 1 == model.rowCount()
    assert planning.people.count.text().startswith(f"{listed - 1} ")


def _full_with_one_waiting(planning, monkeypatch):
    svc = planning.services
    event_id = svc.events.resolve("leren-van-verschillen").id
    planning.set_event(event_id)
    planning.editor.ui.capacity.setText(str(svc.registrations.seats_taken(event_id)))
    planning.editor.ui.capacity.editingFinished.emit()
    extra = svc.people.search("Sem Jansen")[0]
    monkeypatch.setattr(planning.registrations, "ask_person", lambda: extra.id)
    planning.registrations.add_existing()
    reg = svc.store.registrations.for_person(event_id, extra.id)
    assert reg.status == "waitlisted"
    return event_id, reg.id


def test_moving_up_while_the_event_is_full_asks_first(planning, monkeypatch):
    svc = planning.services
    event_id, reg_id = _full_with_one_waiting(planning, monkeypatch)
    asked = []
    monkeypatch.setattr(planning, "confirm", lambda title, text: asked.append(text) or False)
    planning.registrations.promote_button.click()
    assert len(asked) == 1 and "Sem Jansen" in asked[0]
    assert svc.registrations.get(reg_id).status == "waitlisted"  # declined: still waiting
    monkeypatch.setattr(planning, "confirm", lambda title, text: True)
    planning.registrations.promote_button.click()
    assert svc.registrations.get(reg_id).status == "registered"


def test_moving_up_after_a_cancellation_is_one_action(planning, monkeypatch):
    svc = planning.services
    event_id, reg_id = _full_with_one_waiting(planning, monkeypatch)
    monkeypatch.setattr(planning, "confirm", lambda title, text: pytest.fail("no question with a free seat"))
    someone = next(r for r in svc.registrations.of_event(event_id) if r["status"] == "registered")
    planning.change_status(someone["id"], "cancelled")
    planning.registrations.promote_button.click()
    assert svc.registrations.get(reg_id).status == "registered"
    assert planning.errors == []
