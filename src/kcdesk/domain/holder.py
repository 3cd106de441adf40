"""Who holds a database's write lock (store/lock.py writes and reads it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


def this_host() -> str:
    import socket  # on first use: kcdesk events stays quick

    return socket.gethostname() or "localhost"


@dataclass(frozen=True)
class Holder:
    """Who holds a database lock."""

    program: str
    host: str
    pid: int
    since: dt.datetime

    @property
    def same_host(self) -> bool:
        return self.host == this_host()

    def as_dict(self) -> dict:
        return {"program": self.program, "host": self.host, "pid": self.pid, "since": self.since.isoformat()}

    @classmethod
    def from_text(cls, text: str) -> Holder | None:
        try:
            import json

            d = json.loads(text)
            since = dt.datetime.fromisoformat(d["since"])
            return cls(str(d.get("program", "kcdesk")), str(d["host"]), int(d["pid"]), since)
        except (ValueError, KeyError, TypeError):
            return None

    def describe(self) -> str:
        try:  # a damaged or hand-edited lock may say year 1 or 9999: out of range in local time
            when = self.since.astimezone().strftime("%Y-%m-%d %H:%M")
        except (OverflowError, ValueError):
            when = self.since.isoformat(sep=" ", timespec="minutes")[:16]
        return f"{self.program} on {self.host} since {when}"
