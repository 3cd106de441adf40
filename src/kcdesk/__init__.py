"""kcdesk — a desktop organiser for knowledge cafés (kenniscafés)."""

import sys as _sys

__version__ = "0.1.0"
APP_NAME = "kcdesk"
ORG_NAME = "kcdesk"

if _sys.dont_write_bytecode:  # PYTHONDONTWRITEBYTECODE: kcdesk still keeps its own bytecode (start-up)
    from kcdesk._bytecode import ensure_compiled as _ensure_compiled

    _ensure_compiled()
