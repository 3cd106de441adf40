"""Exports that hold personal data are readable by their owner only; published texts keep the usual mode."""

from __future__ import annotations

import os
import stat

import pytest

from kcdesk.export import export


@pytest.fixture
def usual_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_lists_of_people_are_private_and_the_article_is_not(demo, tmp_path, usual_umask):
    participants = export(demo, demo.event_id, "participants", tmp_path / "deelnemers.csv")
    article = export(demo, demo.event_id, "article", tmp_path / "artikel.md")
    assert mode(participants) == 0o600 and mode(article) == 0o644
