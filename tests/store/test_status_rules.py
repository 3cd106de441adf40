"""The expected/seated status rules live in the domain; the store's SQL is made from them."""

from __future__ import annotations

from kcdesk.domain.enums import EXPECTED, SEATED, RegistrationStatus
from kcdesk.store.status_sql import status_in


def test_the_sql_answers_as_the_domain_rules(store):
    for status in RegistrationStatus:
        expected, seated = (
            store.db.execute(f"SELECT {status_in(rule, '?')}", [str(status)]).fetchone()[0]
            for rule in (EXPECTED, SEATED)
        )
        assert bool(expected) == status.is_expected, status
        assert bool(seated) == status.is_seated, status


def test_the_rules():
    assert {s for s in RegistrationStatus if not s.is_expected} == {"cancelled", "waitlisted"}
    assert {s for s in RegistrationStatus if s.is_seated} == {"registered", "attended", "walk-in"}


def test_the_event_list_counts_the_expected(demo):
    regs = demo.registrations.of_event(demo.event_id)
    summary = next(r for r in demo.event_list.summaries() if r["id"] == demo.event_id)
    assert summary["registered"] == sum(RegistrationStatus(r["status"]).is_expected for r in regs)
