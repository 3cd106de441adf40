"""The kcdesk command line (``kcdesk.cli:main`` is the console script)."""

from kcdesk.cli.main import main

__all__ = ["main"]
