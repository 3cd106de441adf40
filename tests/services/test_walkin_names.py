"""Walk-ins with names in other scripts or without letters are never taken for someone else."""

from __future__ import annotations

import pytest

from kcdesk.domain.names import normalised_key


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("مرحبا 😀", "'"),
        ("مرحبا 😀", "😀"),
        ("مرحبا 😀", "-"),
        ("Αλέξανδρος Παπαδόπουλος", "Ωμέγα Νίκου"),
        ("李小龍", "王菲"),
        ("🙂", "😀"),
    ],
)
def test_a_second_walk_in_with_another_name_is_another_person(demo, first, second):
    a = demo.checkin.walk_in(demo.event_id, first)
    b = demo.checkin.walk_in(demo.event_id, second)
    assert a.code != b.code
    assert not b.already


def test_the_same_greek_name_twice_is_one_person(demo):
    a = demo.checkin.walk_in(demo.event_id, "Ωμέγα Νίκου")
    b = demo.checkin.walk_in(demo.event_id, "ωμέγα νίκου")
    assert a.code == b.code and b.already


def test_the_key_of_latin_names_is_unchanged():
    assert (
        normalised_key("Zoë", "van 't", "Hoff", "Gemeente Zwijndrecht") == "zoevanthoff|gemeentezwijndrecht"
    )
    assert normalised_key("😀", "", "", "") == "|"
    assert normalised_key("Ωμέγα", "", "", "") == "ωμεγα|"
