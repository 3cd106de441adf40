"""Two door laptops through real Syncthing: a check-in at station A shows in station B's counts.

Two Syncthing daemons run on 127.0.0.1, each with its own home, GUI/REST port
and sync port; global discovery, local discovery, relays, NAT, usage and crash
reporting and upgrades are off before they start, so nothing leaves this
computer. They are paired and share one folder through their REST API, and
stopped by the test.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kcdesk.services import Services
from kcdesk.services.event_transfer import export_event, import_event
from kcdesk.store import open_store

pytestmark = pytest.mark.slow

OFF = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "startBrowser": "false",
    "autoUpgradeIntervalH": "0",
    "urAccepted": "-1",
    "crashReportingEnabled": "false",
    "announceLANAddresses": "false",
    "reconnectionIntervalS": "1",
    "restartOnWakeup": "false",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(condition, timeout: float, what: str, step: float = 0.2):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not within {timeout:.0f} s")
        time.sleep(step)


class Daemon:
    """One Syncthing, configured for this computer only."""

    def __init__(self, home: Path, name: str):
        self.home = home
        self.name = name
        self.gui = free_port()
        self.sync_port = free_port()
        self.key = secrets.token_hex(16)
        out = subprocess.run(
            ["syncthing", "generate", f"--home={home}", "--no-default-folder"],
            capture_output=True,
            text=True,
            check=True,
        )
        self.device_id = next(
            line.split("Device ID:")[1].strip()
            for line in (out.stdout + out.stderr).splitlines()
            if "Device ID:" in line
        )
        config = home / "config.xml"
        tree = ET.parse(config)
        root = tree.getroot()
        options = root.find("options")
        assert options is not None
        for key, value in OFF.items():
            element = options.find(key)
            if element is None:
                element = ET.SubElement(options, key)
            element.text = value
        for element in options.findall("listenAddress"):
            options.remove(element)
        ET.SubElement(options, "listenAddress").text = f"tcp://127.0.0.1:{self.sync_port}"
        for element in options.findall("globalAnnounceServer"):
            element.text = ""
        gui = root.find("gui")
        assert gui is not None
        gui.find("address").text = f"127.0.0.1:{self.gui}"  # type: ignore[union-attr]
        gui.find("apikey").text = self.key  # type: ignore[union-attr]
        tree.write(config)
        self.log = open(home / "syncthing.log", "w")  # noqa: SIM115 - closed in stop()
        env = {**os.environ, "STNOUPGRADE": "1", "STNORESTART": "1", "HOME": str(home)}
        self.process = subprocess.Popen(
            [
                "syncthing",
                "serve",
                f"--home={home}",
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                f"--gui-address=http://127.0.0.1:{self.gui}",
                f"--gui-apikey={self.key}",
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        wait_for(self.alive, 30, f"{name} answering on 127.0.0.1:{self.gui}")

    def rest(self, method: str, path: str, body: object | None = None):
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui}{path}",
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"X-API-Key": self.key, "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            text = response.read().decode()
        return json.loads(text) if text.strip() else None

    def alive(self) -> bool:
        assert self.process.poll() is None, (self.home / "syncthing.log").read_text()[-2000:]
        try:
            return self.rest("GET", "/rest/system/ping") == {"ping": "pong"}
        except (urllib.error.URLError, ConnectionError, OSError):
            return False

    def pair(self, other: Daemon) -> None:
        self.rest(
            "POST",
            "/rest/config/devices",
            {
                "deviceID": other.device_id,
                "name": other.name,
                "addresses": [f"tcp://127.0.0.1:{other.sync_port}"],
            },
        )

    def share(self, folder: Path, other: Daemon) -> None:
        self.rest(
            "POST",
            "/rest/config/folders",
            {
                "id": "kcdesk-door",
                "label": "kcdesk door",
                "path": str(folder),
                "type": "sendreceive",
                "devices": [{"deviceID": self.device_id}, {"deviceID": other.device_id}],
                "rescanIntervalS": 2,
                "fsWatcherEnabled": True,
                "fsWatcherDelayS": 1,
            },
        )

    def connected(self, other: Daemon) -> bool:
        connections = self.rest("GET", "/rest/system/connections")["connections"]
        return bool(connections.get(other.device_id, {}).get("connected"))

    def stop(self) -> None:
        try:
            self.rest("POST", "/rest/system/shutdown")
            self.process.wait(timeout=15)
        except (urllib.error.URLError, OSError, subprocess.TimeoutExpired):
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        finally:
            self.log.close()


@pytest.fixture
def syncthing_pair(tmp_path):
    if shutil.which("syncthing") is None:
        message = "the live stations test needs Syncthing: apt-get install syncthing (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    daemons: list[Daemon] = []
    try:
        for name in ("laptop-a", "laptop-b"):
            (tmp_path / name).mkdir()
            daemons.append(Daemon(tmp_path / name, name))
        a, b = daemons
        a.pair(b)
        b.pair(a)
        folders = [tmp_path / "door-a", tmp_path / "door-b"]
        for folder in folders:
            folder.mkdir()
        a.share(folders[0], b)
        b.share(folders[1], a)
        wait_for(lambda: a.connected(b) and b.connected(a), 60, "the two daemons connected")
        yield a, b, folders
    finally:
        for daemon in daemons:
            daemon.stop()


def test_a_check_in_at_station_a_shows_in_station_b_counts(syncthing_pair, demo, tmp_path):
    a_daemon, b_daemon, (folder_a, folder_b) = syncthing_pair
    b_store = open_store(tmp_path / "b.kcdesk", create=True)
    try:
        b = Services(b_store)
        b_event = import_event(b_store, export_event(demo.store, demo.event_id)).id
        demo.checkin.station = "Entree"
        b.checkin.station = "Zaal 2"
        a_sync = demo.stations.open(demo.event_id, folder_a, computer="laptop-a")
        b_sync = b.stations.open(b_event, folder_b, computer="laptop-b")
        b_sync.sync()
        before = b.checkin.counts(b_event)["checked_in"]
        code = demo.checkin.no_shows(demo.event_id)[0]["code"]
        demo.checkin.check_in(demo.event_id, code)
        a_sync.push()  # as the door does when the check-in commits

        def arrived() -> bool:
            b_sync.pull()  # as the door's watcher does (and every 2 s)
            return b.checkin.counts(b_event)["checked_in"] == before + 1

        wait_for(arrived, 60, "station A's check-in in station B's counts", step=0.5)
        assert b.registrations.by_code(b_event, code).station == "Entree"
        assert [h.station for h in b_sync.stations()] == ["Entree"]
        assert sorted(p.name for p in b_sync.event_dir.iterdir()) == sorted([a_sync.writer, b_sync.writer])
        # both ways: B's own entries (written by B, one writer) reached A's folder too
        wait_for(lambda: (folder_a / a_sync.event_dir.name / b_sync.writer).is_dir(), 60, "B's folder at A")
    finally:
        b_store.close()
