"""kcdesk — a desktop organiser for knowledge cafés (kenniscafés)."""

__version__ = "0.1.0"
APP_NAME = "kcdesk"
ORG_NAME = "kcdesk"
