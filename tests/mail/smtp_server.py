"""A real SMTP server (aiosmtpd) on 127.0.0.1: its certificate, its handler, who logs in.

The server's certificate is self-signed, made here; kcdesk trusts it through
``SSL_CERT_FILE`` (what ``ssl.create_default_context`` reads), so the code under
test verifies certificates exactly as it does against a real provider.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import email.policy
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

USER, PASSWORD = "kenniscafe", "s3cret-Wachtwoord"


def make_certificate(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> email.message.EmailMessage:
        return email.message_from_bytes(self.data, policy=email.policy.default)  # type: ignore[return-value]


@dataclass
class Handler:
    """Keeps every accepted mail; ``faults`` script replies: {(command, n): action}."""

    received: list[Received] = field(default_factory=list)
    commands: dict[str, int] = field(default_factory=dict)
    faults: dict[tuple[str, int], str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    logins: list[str] = field(default_factory=list)

    def _fault(self, server, command: str) -> str | None:
        with self.lock:
            n = self.commands.get(command, 0) + 1
            self.commands[command] = n
        action = self.faults.get((command, n))
        if action == "drop":
            server.transport.close()
            return "421 closing"
        return action

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        fault = self._fault(server, "MAIL")
        if fault:
            return fault
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        fault = self._fault(server, "RCPT")
        if fault:
            return fault
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            n = self.commands.get("DATA", 0) + 1
            self.commands["DATA"] = n
        action = self.faults.get(("DATA", n))
        if action and action != "drop-after":
            return action
        with self.lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        if action == "drop-after":  # the server has the mail, the client never hears so
            server.transport.close()
            return "421 closing"
        return "250 Message accepted for delivery"

    def wait_for(self, n: int, timeout: float = 30.0) -> None:
        import time

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.received) >= n:
                    return
            threading.Event().wait(0.005)
        raise AssertionError(f"the server received {len(self.received)} mails, not {n}")

    def message_ids(self) -> list[str]:
        with self.lock:
            return [r.message["Message-ID"] for r in self.received]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class SmtpServer:
    host: str
    port: int
    handler: Handler
    cert: Path


@contextlib.contextmanager
def running_server(cert: Path, key: Path) -> Iterator[SmtpServer]:
    """aiosmtpd on 127.0.0.1: STARTTLS required, AUTH required (USER / PASSWORD)."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    handler = Handler()

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == USER.encode()
            and auth_data.password == PASSWORD.encode()
        )
        if ok:
            handler.logins.append(auth_data.login.decode())
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=free_port(),
        tls_context=context,
        require_starttls=True,
        auth_required=True,
        authenticator=authenticator,
    )
    controller.start()
    try:
        yield SmtpServer("127.0.0.1", controller.port, handler, cert)
    finally:
        controller.stop()


def use_server(services, server: SmtpServer, **extra) -> None:
    """Point a database's mail settings at the test server: STARTTLS, login, the password in the keyring."""
    from kcdesk.services.mail import MailSettings

    settings = MailSettings(
        host=server.host,
        port=server.port,
        security="starttls",
        sender="kenniscafe@netwerk-zuid.example.org",
        user=USER,
        **extra,
    )
    services.mail.save_settings(settings, password=PASSWORD)
