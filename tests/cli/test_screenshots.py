"""`kcdesk screenshots DIR`: every screen and dialog as a 1280x800 PNG, the database untouched."""

import hashlib

from PySide6.QtGui import QImage


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_screenshots_of_every_screen_and_dialog(qapp, cli, demo_file, tmp_path):
    before = _digest(demo_file)
    out = tmp_path / "shots"
    r = cli("screenshots", str(out), "--db", str(demo_file), "--lang", "en")
    assert r.code == 0, r.err
    names = sorted(p.name for p in out.glob("*.png"))
    assert {"01-planning.png", "02-checkin.png", "03-notes.png", "90-about.png", "91-preferences.png"} <= set(
        names
    )
    assert sorted(r.out.split()) == [str(out / n) for n in names]  # one line per file written
    image = QImage(str(out / "01-planning.png"))
    assert (image.width(), image.height()) == (1280, 800)
    # the user's database is neither changed, nor locked, nor backed up
    assert _digest(demo_file) == before
    assert not (demo_file.parent / "demo-backups").exists()
    assert not demo_file.with_name(demo_file.name + ".lock").exists()


def test_screenshots_without_a_database_use_the_demo(qapp, cli, tmp_path):
    r = cli("screenshots", str(tmp_path), "--size", "1024x768")  # the smallest screen we support
    assert r.code == 0, r.err
    assert QImage(str(tmp_path / "02-checkin.png")).width() == 1024


def test_screenshots_refuse_bad_input(qapp, cli, tmp_path):
    assert cli("screenshots", str(tmp_path), "--db", str(tmp_path / "missing.kcdesk")).code == 1
    r = cli("screenshots", str(tmp_path), "--size", "huge")
    assert r.code == 1 and "WIDTHxHEIGHT" in r.err
