"""Registration codes: short, unambiguous, printable as QR or barcode."""

from __future__ import annotations

import os
import re

# Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or
# typed by hand cannot be mistaken.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 6
_CLEAN = re.compile(r"[\s\-]")
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})  # letters a reader takes for digits


def new_code(length: int = LENGTH) -> str:
    # 32 symbols: the low five bits of each random byte pick one, uniformly
    return "".join(ALPHABET[b & 31] for b in os.urandom(length))


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
