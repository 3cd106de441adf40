"""Typed settings and their versioned upgrades (ui/settings.py)."""

import pytest
from PySide6.QtCore import QSettings

from kcdesk.ui import settings as settings_mod
from kcdesk.ui.settings import Settings


@pytest.fixture
def raw(tmp_path):
    return QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)


def test_fresh_settings_start_at_the_current_version(settings):
    assert settings.version == settings_mod.VERSION
    assert settings.language == "" and settings.door_font_size == 22 and settings.backups_kept == 7


def test_values_round_trip_and_are_clamped(settings, tmp_path):
    settings.language = "nl"
    settings.station = "  Balie 1 "
    settings.door_font_size = 500
    settings.backups_kept = 0
    settings.last_event = 3
    again = Settings(QSettings(settings.q.fileName(), QSettings.Format.IniFormat))
    assert again.language == "nl" and again.station == "Balie 1"
    assert (
        again.door_font_size == settings_mod.DOOR_FONT_SIZE[1]
        and again.backups_kept == 1
        and again.last_event == 3
    )
    settings.language = "fr"
    assert settings.language == ""


def test_unversioned_settings_are_upgraded_once(raw):
    raw.setValue("ui/language", "nl_NL")
    raw.setValue("checkin/font_size", "200")
    raw.setValue("files/recent", ["/a.kcdesk", "/a.kcdesk", "/b.kcdesk"])
    raw.setValue("checkin/station", "Balie 2")
    s = Settings(raw)
    assert s.version == settings_mod.VERSION
    assert s.language == "nl"
    assert s.door_font_size == settings_mod.DOOR_FONT_SIZE[1] and not raw.contains("checkin/font_size")
    assert s.recent_files == ["/a.kcdesk", "/b.kcdesk"]
    assert s.station == "Balie 2"  # untouched
    assert settings_mod.upgrade(raw) == []  # nothing left to do


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("nl", "nl"),
        ("nl-BE", "nl"),
        ("Nederlands", "nl"),
        ("en_GB", "en"),
        ("English", "en"),
        ("", ""),
        ("de", ""),
    ],
)
def test_upgrade_1_normalises_the_language(raw, stored, expected):
    raw.setValue("ui/language", stored)
    settings_mod._upgrade_1_language_codes(raw)
    assert raw.value("ui/language") == expected


def test_upgrades_run_in_order_from_the_stored_version(raw):
    ran = []
    steps = [(1, lambda q: ran.append(1)), (2, lambda q: ran.append(2)), (3, lambda q: ran.append(3))]
    raw.setValue("meta/version", 1)
    raw.setValue("ui/language", "en")
    assert settings_mod.upgrade(raw, steps) == [2, 3]
    assert ran == [2, 3] and int(raw.value("meta/version")) == 3
