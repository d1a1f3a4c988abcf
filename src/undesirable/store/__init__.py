"""Storage: SQLite by default, PostgreSQL by URL, the same schema and migrations."""

from undesirable.store.store import Store, open_store

__all__ = ["Store", "open_store"]
