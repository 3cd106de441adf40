"""Mail on the wire: MIME parts, headers and the SMTP conversation (smtplib, email, ssl).

Imported by :mod:`kcdesk.services.mail` only when a message is built or sent, so that opening the
app (which counts the mails waiting) does not load the mail and TLS stacks.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from email.charset import QP, Charset
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import formataddr, formatdate

from kcdesk.domain.mail import header_text

__all__ = [
    "MIMEApplication",
    "MIMEImage",
    "MIMEMultipart",
    "Message",
    "formatdate",
]


def login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """Log in with PLAIN when the server offers it (one round trip, over TLS), else as smtplib picks."""
    offered = smtp.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" in offered:
        smtp.user, smtp.password = user, password
        smtp.auth("PLAIN", smtp.auth_plain)
    else:
        smtp.login(user, password)


#: Text parts in UTF-8, quoted-printable (readable in an .eml file, safe over any server).
UTF8 = Charset("utf-8")
UTF8.body_encoding = QP
#: How messages are written: CRLF line ends, as SMTP and .eml files want.
WIRE = compat32.clone(linesep="\r\n")


def text_part(text: str, subtype: str) -> MIMEText:
    part = MIMEText(text, subtype, UTF8)  # type: ignore[arg-type]  # a Charset: quoted-printable
    del part["MIME-Version"]  # said once, on the whole message
    return part


def attachment(part: Message, filename: str) -> Message:
    if "MIME-Version" in part:
        del part["MIME-Version"]
    part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def header(text: str) -> str | Header:
    """A one-line header value, encoded (RFC 2047) when it is not plain ASCII."""
    return text if text.isascii() else Header(text, "utf-8")


def address(name: str, address: str) -> str:
    """ "Name" <address>, the name made one line and encoded when needed; the address checked before."""
    return formataddr((header_text(name, 120), address), charset="utf-8")


def smtp_bytes(msg: Message) -> bytes:
    return msg.as_bytes(policy=WIRE)


def dot_quoted(data: bytes) -> bytes:
    """The DATA payload: CRLF line ends, leading dots doubled, the final dot line."""
    data = re.sub(rb"(?:\r\n|\n|\r(?!\n))", b"\r\n", data)
    data = re.sub(rb"(?m)^\.", b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


def describe(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        err = (
            exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        )
        return f"{exc.smtp_code} {err}"
    if isinstance(exc, socket.timeout):
        return "no answer in time"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"its certificate is not trusted ({exc.verify_message})"
    return str(exc) or type(exc).__name__
