"""A coordinator's afternoon (QA round 2): what was broken, confusing or missing, each fixed and held here."""

from __future__ import annotations

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
