"""mypy keeps the types honest: src/kcdesk type-checks (settings in pyproject.toml [tool.mypy])."""

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_mypy(folder: Path, cache: Path) -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed")
    r = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(cache)],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-1000:]


def test_mypy_finds_nothing():
    # the incremental cache (.mypy_cache) keeps a second run to about a second
    run_mypy(ROOT, ROOT / ".mypy_cache")


@pytest.mark.slow
def test_mypy_finds_nothing_in_a_fresh_copy(tmp_path):
    """A fresh clone checks its own src/ (not the editable install's), generated forms included."""
    shutil.copytree(ROOT / "src", tmp_path / "src", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    run_mypy(tmp_path, tmp_path / "cache")
