"""resources/ and ui/ are found at run time: editable checkout, installed wheel (here), bundle (test_bundle)."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_paths_found_in_checkout():
    from kcdesk import paths

    assert (paths.resources_dir() / "templates").is_dir()
    assert (paths.ui_dir() / "main_window.ui").is_file()


@pytest.mark.slow
def test_wheel_carries_resources_and_ui(tmp_path):
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    wheel = next(tmp_path.glob("kcdesk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "kcdesk/_data/ui/main_window.ui" in names
    assert any(n.startswith("kcdesk/_data/resources/templates/") for n in names)
    assert "kcdesk/cli/main.py" in names

    # installed into a target folder, the package finds them without the checkout
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    code = "from kcdesk import paths; print(paths.resources_dir()); print(paths.ui_dir())"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr
    found = out.stdout.split()
    assert all(str(target) in f for f in found), found


def test_editable_install_has_bytecode_even_with_pythondontwritebytecode():
    """Start-up needs compiled modules; an environment that forbids writing them must not cost that."""
    import importlib.util
    import os

    from kcdesk import _bytecode

    source = ROOT / "src" / "kcdesk" / "store" / "clean_close.py"
    cached = Path(importlib.util.cache_from_source(str(source)))
    cached.unlink(missing_ok=True)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    subprocess.run([sys.executable, "-c", "import kcdesk.store.clean_close"], env=env, check=True)
    assert cached.is_file() and cached.stat().st_mtime >= source.stat().st_mtime
    assert _bytecode.stale_modules() == []
    # and Python itself takes it as current: importing reads the cache, not the source
    spec = importlib.util.find_spec("kcdesk.store.clean_close")
    assert spec is not None and spec.cached == str(cached)
    data = cached.read_bytes()
    assert int.from_bytes(data[8:12], "little") == int(source.stat().st_mtime)


def test_a_source_dated_in_the_future_is_compiled_once(tmp_path):
    """A module whose file is dated ahead of the clock (a wrong clock, files copied from another
    machine) keeps its bytecode: the bytecode records the source's date and size, as Python's
    import checks; a changed source is still compiled again."""
    import os
    import py_compile
    import time

    from kcdesk import _bytecode

    package = tmp_path / "pkg"
    package.mkdir()
    source = package / "mod.py"
    source.write_text("VALUE = 1\n")
    ahead = time.time() + 400 * 86400
    os.utime(source, (ahead, ahead))
    assert _bytecode.stale_modules(str(package)) == [str(source)]
    # what ensure_compiled writes (it runs only where PYTHONDONTWRITEBYTECODE is set)
    py_compile.compile(str(source), cfile=_bytecode._pyc(str(package), "mod.py"), doraise=True)
    assert _bytecode.stale_modules(str(package)) == []  # though the bytecode's file is older
    source.write_text("VALUE = 22\n")
    os.utime(source, (ahead, ahead))  # same date, another size: changed
    assert _bytecode.stale_modules(str(package)) == [str(source)]


def test_modules_imported_after_the_app_are_not_read_as_source(tmp_path, monkeypatch):
    """Start-up: PySide6 no longer reads each later module's source looking for __feature__."""
    import importlib
    import inspect

    import kcdesk.ui.app  # noqa: F401 - installs the shortcut

    read: list[object] = []
    monkeypatch.setattr(inspect, "getsource", lambda obj: read.append(obj) or "")
    (tmp_path / "kcdesk_probe_module.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("kcdesk_probe_module")
    assert module.VALUE == 1 and read == []
