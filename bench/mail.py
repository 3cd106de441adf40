"""Mail benchmarks: `python bench/mail.py` prints each figure beside its baseline and target.

- render and queue 300 confirmations (one transaction) — target 1 s; baseline: rendering the
  same 300 mails from the templates alone (no database), measured in the same run;
- send those 300 to a local aiosmtpd server on 127.0.0.1, no throttle — target 10 s; baseline:
  smtplib sending 300 plain mails of the same size over one connection, without kcdesk's
  bookkeeping (two commits per mail, attachments made from their references).
"""

from __future__ import annotations

import datetime as dt
import smtplib
import socket
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

N = 300
QUEUE_TARGET_S = 1.0
SEND_TARGET_S = 10.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Count:
    def __init__(self) -> None:
        self.n = 0

    async def handle_DATA(self, server, session, envelope):
        self.n += 1
        return "250 OK"


def _line(name: str, value: float, baseline: float, target: float) -> None:
    print(
        f"{name}: {value:.3f} s (baseline {baseline:.3f} s, {value / baseline:.1f}x; "
        f"target {target:.0f} s, {value / target:.0%} of it)"
    )


def main() -> None:
    from aiosmtpd.controller import Controller

    from kcdesk.domain.models import Event, Person, Venue
    from kcdesk.services import Services
    from kcdesk.services.mail import MailSettings
    from kcdesk.store import open_store

    handler = _Count()
    controller = Controller(handler, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            svc = Services(open_store(Path(tmp) / "mail.kcdesk", create=True))
            event = svc.events.create(
                Event(
                    "Kenniscafé Leren van verschillen",
                    dt.date.today() + dt.timedelta(days=14),
                    start_time=dt.time(15),
                    end_time=dt.time(17, 30),
                    venue=Venue("Bibliotheek Zuid", "Zaal 2", "Stationsweg 3, Zwijndrecht"),
                )
            )
            with svc.store.write():
                for i in range(N):
                    p = svc.people.create(
                        Person(f"Deelnemer{i}", f"Achternaam{i}", email=f"p{i}@example.org")
                    )
                    svc.registrations.register(event.id, p.id)  # type: ignore[arg-type]
            svc.mail.save_settings(
                MailSettings(host="127.0.0.1", port=controller.port, security="none", sender="kc@example.org")
            )
            recipients, _ = svc.mail.recipients(event.id, "confirmation")  # type: ignore[arg-type]
            renderer = svc.mail.renderer(event.id, "confirmation")  # type: ignore[arg-type]
            renderer.render(recipients[0])  # templates compiled, context built: both runs alike
            t = time.perf_counter()
            rendered = [renderer.render(r) for r in recipients]
            render_only = time.perf_counter() - t

            t = time.perf_counter()
            result = svc.mail.queue(event.id, "confirmation")  # type: ignore[arg-type]
            queue_s = time.perf_counter() - t
            assert result.queued == N, result.as_dict()
            _line("mail_render_and_queue_300", queue_s, render_only, QUEUE_TARGET_S)

            t = time.perf_counter()
            sent = svc.mail.send()
            send_s = time.perf_counter() - t
            assert sent.sent == N and handler.n == N, sent.as_dict()

            size = len(rendered[0][1]) + len(rendered[0][2]) + 3000  # text + html + QR + .ics, about
            t = time.perf_counter()
            with smtplib.SMTP("127.0.0.1", controller.port) as smtp:
                for i in range(N):
                    msg = EmailMessage()
                    msg["From"], msg["To"], msg["Subject"] = "kc@example.org", f"p{i}@example.org", "x"
                    msg.set_content("x" * size)
                    smtp.send_message(msg)
            baseline = time.perf_counter() - t
            _line("mail_send_300_local_smtp", send_s, baseline, SEND_TARGET_S)
            svc.store.close()
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
