"""One ``Store`` over SQLite or PostgreSQL, picked from the database URL.

Every write goes through :meth:`Store.transaction`: one transaction that commits whole or not at
all, so a failed import leaves no trace. Writers wait for each other instead of failing: on SQLite
a write transaction takes the write lock when it starts (``BEGIN IMMEDIATE``) and waits up to
:data:`BUSY_TIMEOUT_SECONDS` for it; on PostgreSQL imports serialise on an advisory lock
(:meth:`Store.lock_imports`). A database that stays busy or fails is one :class:`StoreError` line,
never a traceback with SQL in it.
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

BUSY_TIMEOUT_SECONDS = 120.0
"""How long a SQLite writer waits for another one to finish."""
IMPORT_LOCK_KEY = 0x756E6465  # "unde": the PostgreSQL advisory lock that serialises imports


class Store:
    """The database behind the register; open with :func:`open_store`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A connection inside one transaction: committed on success, rolled back on any error.

        Raises:
            StoreError: the database stayed locked or failed (one line, no SQL).
        """
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(undesirable_write=True)
                with conn.begin():
                    yield conn
        except OperationalError as exc:
            raise StoreError(f"the database could not complete the write: {_first_line(exc.orig)}") from None

    def lock_imports(self, conn: Connection) -> None:
        """Make concurrent imports wait for each other (PostgreSQL; SQLite writers already do)."""
        if self.dialect == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({IMPORT_LOCK_KEY})")

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
        folder = Path(url.database).expanduser().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot make the folder {folder} for the database: {exc.strerror or exc}") from None
    connect_args = {"timeout": BUSY_TIMEOUT_SECONDS} if url.get_backend_name() == "sqlite" else {}
    try:
        engine = create_engine(url, future=True, connect_args=connect_args)
    except (ArgumentError, ImportError) as exc:
        raise StoreError(f"cannot use database {url.render_as_string(hide_password=True)}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    try:
        apply_migrations(engine)
    except OperationalError as exc:
        raise StoreError(f"cannot open database {url.render_as_string(hide_password=True)}: {exc.orig}") from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot migrate database: {exc}") from exc
    return Store(engine)


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    dbapi_connection.isolation_level = None  # type: ignore[attr-defined]  # transactions begin in _sqlite_begin
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """Begin a write transaction with the write lock taken (waiting for it), a read one deferred.

    A deferred transaction that writes later cannot wait for the lock (SQLite answers "database is
    locked" at once to avoid a deadlock), so two concurrent imports failed.
    """
    immediate = conn.get_execution_options().get("undesirable_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else error.__class__.__name__
