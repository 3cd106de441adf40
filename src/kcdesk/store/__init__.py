"""SQLite storage: schema, migrations and queries. The only place with SQL."""

from kcdesk.store.database import Store, open_store

__all__ = ["Store", "open_store"]
