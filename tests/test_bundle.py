"""The PyInstaller bundle (build.spec) builds and runs without Python: `make bundle`.

Slow (about a minute on two cores, see README); run by `make test` and in CI.
"""

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
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


def run(
    bundle: Path, *args: str, cwd: Path, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess:
    exe = bundle / ("kcdesk.exe" if sys.platform == "win32" else "kcdesk")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "KCDESK_"))}
    clean["QT_QPA_PLATFORM"] = "offscreen"
    clean["KCDESK_DATA_DIR"] = str(cwd / "data")
    clean.update(env or {})
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, cwd=cwd, env=clean, input=stdin, timeout=120
    )


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
    r = run(
        bundle, "search", "--db", "demo.kcdesk", "--event", "ontmoeting-in-de-buurt", "amrany", cwd=tmp_path
    )
    assert r.returncode == 0 and "Youssef Amrani" in r.stdout, r.stderr  # a typo: rapidfuzz's match
    dutch = {"LANG": "nl_NL.UTF-8", "LC_ALL": ""}  # a refusal in the locale's language, from the .qm
    event = ("--db", "demo.kcdesk", "--event", "ontmoeting-in-de-buurt")
    r = run(bundle, "checkin", "ZZZZZZ", *event, cwd=tmp_path, env=dutch)
    assert (
        r.returncode == 1 and r.stderr == "kcdesk: Geen aanmelding met code ZZZZZZ voor deze bijeenkomst.\n"
    )


def test_bundle_makes_screenshots(bundle, tmp_path):
    assert run(bundle, "init", "demo.kcdesk", "--demo", cwd=tmp_path).returncode == 0
    r = run(bundle, "screenshots", "shots", "--db", "demo.kcdesk", cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-3000:]
    shots = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert {"01-planning.png", "02-checkin.png", "03-notes.png", "90-about.png"} <= set(shots), shots
    assert all((tmp_path / "shots" / n).stat().st_size > 5000 for n in shots)


def test_bundle_is_at_most_200_mb(bundle):
    """Issue 16: the one-folder bundle <= 200 MB (bench/bundle.py prints the figure)."""
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= 200e6, f"the bundle is {size / 1e6:.0f} MB"


def test_bundle_carries_every_qt_library_its_files_link(bundle):
    """build.spec leaves out Qt plugins and the libraries no kept file links: nothing kept may
    link a Qt library the bundle lacks (Qt would not load that module or plugin)."""
    import PySide6

    qt_libraries = {p.name for p in (Path(PySide6.__file__).parent / "Qt" / "lib").glob("*.so*")}
    internal = bundle / "_internal"
    present = {p.name for p in internal.rglob("*.so*")}
    lacking = {}
    for binary in internal.rglob("*.so*"):
        if binary.is_symlink():
            continue
        out = subprocess.run(["objdump", "-p", str(binary)], capture_output=True, text=True).stdout
        for name in re.findall(r"^\s*NEEDED\s+(\S+)$", out, re.M):
            if name in qt_libraries and name not in present:
                lacking[str(binary.relative_to(internal))] = name
    assert not lacking, lacking
    plugins = {
        p.relative_to(internal / "PySide6/Qt/plugins").as_posix() for p in internal.rglob("plugins/*/*.so")
    }
    assert {"platforms/libqoffscreen.so", "platforms/libqxcb.so", "imageformats/libqsvg.so"} <= plugins
    assert "printsupport/libcupsprintersupport.so" in plugins


def test_bundle_carries_the_mail_stack(bundle):
    """Mail: smtplib, TLS, email and the keyring with its Secret Service backend (secretstorage
    over jeepney, AES from cryptography) are imported only when mail is sent."""
    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(bundle / "kcdesk")).open_embedded_archive("PYZ.pyz").toc)
    for name in (
        "smtplib",
        "ssl",
        "email.mime.multipart",
        "keyring.backends.SecretService",
        "secretstorage.dhcrypto",
        "jeepney.io.blocking",
        "cryptography.hazmat.primitives.ciphers",
        "rapidfuzz.process",  # the door's fuzzy search
    ):
        assert name in modules, name
    internal = bundle / "_internal"
    assert any(internal.glob("keyring-*.dist-info/entry_points.txt"))  # how keyring finds backends
    assert any(internal.glob("python3*/lib-dynload/_ssl.*"))


def test_bundle_exports_pdf_docx_and_ics(bundle, tmp_path):
    import docx
    import pypdf

    # The demo's held event is two weeks before the day the demo is made.
    held = {(dt.date.today() - dt.timedelta(days=14)).strftime("%Y%m%d")}
    assert run(bundle, "init", "demo.kcdesk", "--demo", cwd=tmp_path).returncode == 0
    held.add((dt.date.today() - dt.timedelta(days=14)).strftime("%Y%m%d"))  # made across midnight
    event = ("--db", "demo.kcdesk", "--event", "ontmoeting-in-de-buurt")
    for template, name in (
        ("attendance", "list.pdf"),
        ("article", "article.docx"),
        ("calendar", "event.ics"),
    ):
        r = run(bundle, "export", *event, "--template", template, "-o", name, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
    r = run(bundle, "badges", *event, "-o", "badges.pdf", cwd=tmp_path)
    assert r.returncode == 0, r.stderr

    text = pypdf.PdfReader(tmp_path / "list.pdf").pages[0].extract_text()
    assert "Presentielijst" in text and "Amrani" in text  # fonts found: letters, not boxes
    assert len(pypdf.PdfReader(tmp_path / "badges.pdf").pages) >= 1
    with zipfile.ZipFile(tmp_path / "article.docx") as z:
        assert "word/document.xml" in z.namelist()
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "article.docx")).paragraphs]
    assert any("Ontmoeting in de buurt" in p for p in paragraphs)
    ics = (tmp_path / "event.ics").read_text(encoding="utf-8")
    assert ics.startswith("BEGIN:VCALENDAR")
    assert any(f"DTSTART;TZID=Europe/Amsterdam:{day}T140000" in ics for day in held)


#: A keyring backend for the bundle's test: a JSON file beside it. The bundle finds it through
#: keyring's own configuration (keyringrc.cfg: keyring-path, default-keyring), the way a user
#: would point keyring at a backend of their choice; the real keyring package does the rest.
TEST_KEYRING = """
import json
from pathlib import Path

from keyring.backend import KeyringBackend

STORE = Path(__file__).with_name("passwords.json")


class FileRing(KeyringBackend):
    priority = 1

    def _load(self):
        return json.loads(STORE.read_text()) if STORE.exists() else {}

    def get_password(self, service, username):
        return self._load().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}/{username}"] = password
        STORE.write_text(json.dumps(data))

    def delete_password(self, service, username):
        data = self._load()
        data.pop(f"{service}/{username}", None)
        STORE.write_text(json.dumps(data))
"""


def test_bundle_sends_mail_over_starttls(bundle, tmp_path):
    """The bundle's whole mail path: settings with the password in the keyring, queue, send over
    SMTP with STARTTLS and login to a real server (aiosmtpd) on 127.0.0.1."""
    from tests.mail.smtp_server import PASSWORD, USER, make_certificate, running_server

    ring = tmp_path / "ring"
    ring.mkdir()
    (ring / "testring.py").write_text(TEST_KEYRING, encoding="utf-8")
    config = tmp_path / "config" / "python_keyring"
    config.mkdir(parents=True)
    (config / "keyringrc.cfg").write_text(
        f"[backend]\ndefault-keyring=testring.FileRing\nkeyring-path={ring}\n", encoding="utf-8"
    )
    cert, key = make_certificate(tmp_path)
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "SSL_CERT_FILE": str(cert)}
    assert run(bundle, "init", "demo.kcdesk", "--demo", cwd=tmp_path).returncode == 0
    db = ("--db", "demo.kcdesk")
    with running_server(cert, key) as server:
        r = run(
            bundle, "mail", "settings", *db, "--host", server.host, "--port", str(server.port),
            "--security", "starttls", "--sender", "kc@netwerk.example.org", "--user", USER,
            "--password-stdin", cwd=tmp_path, env=env, stdin=PASSWORD + "\n",
        )  # fmt: skip
        assert r.returncode == 0, r.stderr
        assert PASSWORD in (ring / "passwords.json").read_text()  # the keyring has it, not the database
        r = run(
            bundle, "mail", "queue", *db, "--event", "leren-van-verschillen", "--kind", "confirmation",
            cwd=tmp_path, env=env,
        )  # fmt: skip
        assert r.returncode == 0, r.stderr
        r = run(bundle, "mail", "send", *db, "--limit", "3", "--json", cwd=tmp_path, env=env)
        assert r.returncode == 0, r.stderr
        assert '"sent": 3' in r.stdout, r.stdout
        server.handler.wait_for(3)
        assert set(server.handler.logins) == {USER}
        message = server.handler.received[0].message
        assert message["From"].addresses[0].addr_spec == "kc@netwerk.example.org"
