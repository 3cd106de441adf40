"""The PyInstaller bundle (build.spec) builds and runs without Python: `make bundle`.

Slow (about a minute on two cores, see README); run by `make test` and in CI.
"""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        message = "PyInstaller needs objdump: install binutils (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    tmp = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp / "dist"),
            "--workpath",
            str(tmp / "build"),
            str(ROOT / "build.spec"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert r.returncode == 0, r.stderr[-4000:]
    print(f"bundle_build: {time.monotonic() - started:.0f} s")
    return tmp / "dist" / "kcdesk"


def run(bundle: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    exe = bundle / ("kcdesk.exe" if sys.platform == "win32" else "kcdesk")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "KCDESK_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["KCDESK_DATA_DIR"] = str(cwd / "data")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


def test_bundle_carries_resources_and_ui(bundle):
    internal = bundle / "_internal"
    for name in (
        "resources/icons/kcdesk.svg",
        "resources/translations/kcdesk_nl.qm",
        "ui/main_window.ui",
        "LICENSE",
    ):
        assert (internal / name).is_file(), name
    assert any((internal / "babel" / "locale-data").glob("nl*.dat"))
    assert not any(internal.rglob("*QtWebEngine*"))


def test_bundle_leaves_out_what_kcdesk_does_not_use(bundle):
    """Size (issue 16): Dutch and English only, no GTK stack from the build host."""
    internal = bundle / "_internal"
    locales = {p.stem for p in (internal / "babel" / "locale-data").glob("*.dat")}
    assert {"nl_NL", "en_GB", "root"} <= locales <= {"root", "en", "en_001", "en_GB", "nl", "nl_NL"}
    qt_translations = [p.stem for p in internal.rglob("PySide6/Qt/translations/*.qm")]
    assert qt_translations and all(stem.endswith(("_nl", "_en")) for stem in qt_translations)
    for library in ("libgtk-3", "libgdk-3", "libcairo", "libpango", "libqgtk3"):
        assert not any(internal.rglob(f"{library}*")), library


def test_bundle_runs_the_cli(bundle, tmp_path):
    from kcdesk import __version__

    r = run(bundle, "--version", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.strip() == f"kcdesk {__version__}", r.stderr
    r = run(bundle, "init", "demo.kcdesk", "--demo", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    r = run(bundle, "events", "--json", "--db", "demo.kcdesk", cwd=tmp_path)
    assert r.returncode == 0 and "ontmoeting-in-de-buurt" in r.stdout, r.stderr


def test_bundle_makes_screenshots(bundle, tmp_path):
    assert run(bundle, "init", "demo.kcdesk", "--demo", cwd=tmp_path).returncode == 0
    r = run(bundle, "screenshots", "shots", "--db", "demo.kcdesk", cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-3000:]
    shots = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert {"01-planning.png", "02-checkin.png", "03-notes.png", "90-about.png"} <= set(shots), shots
    assert all((tmp_path / "shots" / n).stat().st_size > 5000 for n in shots)
