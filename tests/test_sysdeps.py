"""The system-library check run by make run/make test/CI and by the bundle at start."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kcdesk import sysdeps

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-shape.so.0", "libxcb-shape0"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libGL.so.1", "libgl1"),
        ("libEGL.so.1", "libegl1"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libfontconfig.so.1", "libfontconfig1"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libz.so.1", "zlib1g"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ],
)
def test_package_for_each_soname_is_debians(soname, package):
    # Debian's name comes last: it is chosen when apt knows none of the (Ubuntu t64) candidates.
    assert sysdeps.package_names(soname)[-1] == package
    assert sysdeps.choose_package(sysdeps.package_names(soname), known=lambda _n: False) == package


def test_ubuntu_t64_name_is_taken_when_apt_knows_it():
    assert sysdeps.packages_for(
        ["libglib-2.0.so.0", "libgthread-2.0.so.0"], known=lambda n: n.endswith("t64")
    ) == ["libglib2.0-0t64"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux")
def test_qt_binaries_include_both_platform_plugins_and_nothing_is_missing_here():
    pyside = sysdeps.pyside_dir()
    assert pyside is not None
    names = [p.name for p in sysdeps.qt_binaries(pyside)]
    assert "libqoffscreen.so" in names and "libqxcb.so" in names
    assert any(n.startswith("QtWidgets.") for n in names)
    assert "libqxcb.so" not in [p.name for p in sysdeps.qt_binaries(pyside, x11=False)]
    # make test ran tools/system_deps.py first, so every library Qt loads is found.
    assert sysdeps.missing_libraries(sysdeps.qt_binaries(pyside)) == []
    assert sysdeps.has_fonts()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux")
def test_missing_library_is_reported_by_soname(tmp_path):
    # A real shared object linking a library that is then removed: ldd says 'not found' for it.
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler to build a test library")
    src = tmp_path / "x.c"
    src.write_text("int f(void) { return 0; }\n")
    absent = tmp_path / "libkcdeskabsent.so.7"
    subprocess.run(
        [cc, "-shared", "-o", str(absent), str(src), "-Wl,-soname,libkcdeskabsent.so.7"], check=True
    )
    lib = tmp_path / "libx.so"
    subprocess.run(
        [cc, "-shared", "-o", str(lib), str(src), "-Wl,--no-as-needed,-rpath,$ORIGIN", str(absent)],
        check=True,
    )
    assert sysdeps.missing_libraries([lib]) == []
    absent.unlink()
    assert sysdeps.missing_libraries([lib]) == ["libkcdeskabsent.so.7"]


def test_fonts_found_only_where_there_are_font_files(tmp_path):
    assert not sysdeps.has_fonts([str(tmp_path)])
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "DejaVuSans.ttf").write_bytes(b"\0")
    assert sysdeps.has_fonts([str(tmp_path)])


def run_tool(*args, env=None):
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / "system_deps.py"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux")
def test_tool_is_silent_when_everything_is_there():
    result = run_tool("run", "--check")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux")
def test_bundle_problem_names_the_package_in_one_line(monkeypatch, tmp_path):
    monkeypatch.setattr(sysdeps, "missing_libraries", lambda files: ["libGL.so.1", "libxcb-shape.so.0"])
    monkeypatch.setattr(sysdeps, "apt_known", lambda name: False)
    line = sysdeps.bundle_problem(["kcdesk"], {"DISPLAY": ":0"})
    assert line is not None and "\n" not in line
    assert line.endswith("sudo apt-get install libgl1 libxcb-shape0")
    assert "libGL.so.1" in line
    monkeypatch.setattr(sysdeps, "missing_libraries", lambda files: [])
    assert sysdeps.bundle_problem(["kcdesk", "events"], {}) is None


def test_bundle_problem_leaves_version_and_help_alone(monkeypatch):
    """`kcdesk --version` and `--help` print text: no ldd run (start-up, issue 16), no refusal."""

    def ldd(files):
        raise AssertionError("ldd run for --version/--help")

    monkeypatch.setattr(sysdeps, "missing_libraries", ldd)
    monkeypatch.setattr(sysdeps, "has_fonts", lambda: False)
    for flag in ("--version", "-h", "--help"):
        assert sysdeps.bundle_problem(["kcdesk", flag], {"DISPLAY": ":0"}) is None
    monkeypatch.setattr(sysdeps, "is_linux", lambda: True)
    monkeypatch.setattr(sysdeps, "pyside_dir", lambda: Path("/nonexistent"))
    with pytest.raises(AssertionError, match="ldd run"):
        sysdeps.bundle_problem(["kcdesk", "events"], {})
