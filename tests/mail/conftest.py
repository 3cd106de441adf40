"""Fixtures of the mail tests: a real SMTP server (aiosmtpd) on 127.0.0.1 with STARTTLS and AUTH,
a file keyring, a demo database with mail settings.

The server's certificate is self-signed, made here; kcdesk trusts it through
``SSL_CERT_FILE`` (what ``ssl.create_default_context`` reads), so the code under
test verifies certificates exactly as it does against a real provider.
"""

from __future__ import annotations

import pytest
from smtp_server import make_certificate, running_server, use_server


@pytest.fixture(autouse=True)
def _qt_app(qapp):
    """Certificates are PDFs, which need a Qt application; let pytest-qt make the QApplication first."""
    return qapp


@pytest.fixture
def certificate(tmp_path, monkeypatch):
    cert, key = make_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    return cert, key


@pytest.fixture
def smtp_server(certificate):
    """aiosmtpd on 127.0.0.1: STARTTLS required, AUTH required (USER / PASSWORD)."""
    with running_server(*certificate) as server:
        yield server


@pytest.fixture
def file_keyring(tmp_path, monkeypatch):
    """A real file keyring (keyrings.alt) under tmp_path, for this process and its children."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    before = keyring.get_keyring()
    ring = PlaintextKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def mail_demo(demo, smtp_server, file_keyring):
    """The demo database with mail settings for the test server (password in the file keyring)."""

    use_server(demo, smtp_server, sender_name="Netwerk Sociaal Domein Zuid")
    demo.next_id = demo.events.resolve("leren-van-verschillen").id
    demo.server = smtp_server
    return demo
