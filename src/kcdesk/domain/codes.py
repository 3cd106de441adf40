"""Registration codes: short, unambiguous, printable as QR or barcode."""

from __future__ import annotations

import os
import re

# Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or
# typed by hand cannot be mistaken.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 6
_CLEAN = re.compile(r"[\s\-]")
_BYTE_TO_LETTER = bytes(ord(ALPHABET[b & 31]) for b in range(256))  # the low five bits pick one
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})  # letters a reader takes for digits


def new_code(length: int = LENGTH) -> str:
    # 32 symbols: the low five bits of each random byte pick one, uniformly
    return "".join(ALPHABET[b & 31] for b in os.urandom(length))


def new_codes(count: int, length: int = LENGTH) -> list[str]:
    """``count`` codes as :func:`new_code` draws them, from one read of the random source."""
    letters = os.urandom(count * length).translate(_BYTE_TO_LETTER).decode("ascii")
    return [letters[i : i + length] for i in range(0, count * length, length)]


def normalise_code(raw: str) -> str:
    """What a scanner or a hurried typist sends, made comparable.

    Upper-case, spaces and dashes removed; for codes in our alphabet the
    look-alikes O->0 and I/L->1 are fixed. Foreign codes (Eventbrite's long
    numbers) pass through unchanged apart from case and spacing.
    """
    code = _CLEAN.sub("", raw.strip()).upper()
    if len(code) == LENGTH:
        code = code.translate(_LOOKALIKES)
    return code


def looks_like_code(text: str) -> bool:
    """True if the text could be a registration code rather than a name."""
    code = _CLEAN.sub("", text.strip())
    return bool(code) and len(code) >= 6 and any(c.isdigit() for c in code) and " " not in text.strip()


#: Codes of other ticket systems, kept on import (an Eventbrite barcode): letters and digits.
_FOREIGN = re.compile(r"[0-9A-Z]{8,64}")


def parse_code(text: str) -> str | None:
    """The registration code a scanner sent, or None when the text cannot be one.

    Ours: six characters of the alphabet once normalised (look-alikes fixed).
    Another system's: 8 to 64 letters and digits, at least one a digit. A name
    of six letters can parse too: the door asks whether such a code exists.
    """
    code = normalise_code(text)
    if len(code) == LENGTH and all(c in ALPHABET for c in code):
        return code
    if _FOREIGN.fullmatch(code) and any(c.isdigit() for c in code):
        return code
    return None
