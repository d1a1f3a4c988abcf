"""One ``Store`` over SQLite or PostgreSQL, picked from the database URL.

Every write goes through :meth:`Store.transaction`: one transaction that commits whole or not at
all, so a failed import leaves no trace.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from undesirable.errors import StoreError
from undesirable.store.migrations import apply_migrations


class Store:
    """The database behind the register; open with :func:`open_store`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A connection inside one transaction: committed on success, rolled back on any error."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def open_store(database_url: str) -> Store:
    """Open (and migrate) the store at ``database_url``: ``sqlite:///file`` or ``postgresql://...``."""
    try:
        url = make_url(database_url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {database_url!r}") from exc
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(url, future=True)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"cannot use database {url.render_as_string(hide_password=True)}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        apply_migrations(engine)
    except OperationalError as exc:
        raise StoreError(f"cannot open database {url.render_as_string(hide_password=True)}: {exc.orig}") from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot migrate database: {exc}") from exc
    return Store(engine)


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()
