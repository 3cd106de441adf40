"""Shared fixtures. Domain, store and service tests need no Qt."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kcdesk.services import Services  # noqa: E402
from kcdesk.services.demo import load_demo  # noqa: E402
from kcdesk.store import open_store  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Never touch the real user data folder or settings."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("KCDESK_DATA_DIR", str(data))
    monkeypatch.delenv("KCDESK_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))


@pytest.fixture
def store():
    s = open_store(None)
    yield s
    s.close()


@pytest.fixture
def services(store):
    return Services(store)


@pytest.fixture
def demo(services):
    """Services over an in-memory demo database; ``demo.event_id`` is the held event."""
    services.event_id = load_demo(services)
    return services


@pytest.fixture
def db_file(tmp_path) -> Path:
    path = tmp_path / "test.kcdesk"
    s = open_store(path, create=True)
    s.close()
    return path


@pytest.fixture
def demo_file(tmp_path) -> Path:
    path = tmp_path / "demo.kcdesk"
    s = open_store(path, create=True)
    load_demo(Services(s))
    s.close()
    return path


class CliResult:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    def json(self):
        import json

        return json.loads(self.out)


@pytest.fixture
def cli():
    """Run ``kcdesk`` in-process: cli("events", "--json") -> CliResult."""
    from kcdesk.cli import main

    def run(*argv: str) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(argv))
            except SystemExit as exc:  # argparse usage errors
                code = exc.code if isinstance(exc.code, int) else 2
        return CliResult(code, out.getvalue(), err.getvalue())

    return run
