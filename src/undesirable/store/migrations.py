"""Numbered schema migrations, applied in order, each in its own transaction.

A migration is a function of a connection. The applied ones are recorded in
``schema_migrations``; opening a store applies whatever is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select

from undesirable.store import schema

Migration = tuple[int, str, Callable[[Connection], None]]


def _m0001_initial(conn: Connection) -> None:
    tables = [
        schema.snapshots,
        schema.snapshot_rows,
        schema.organizations,
        schema.entries,
        schema.events,
        schema.diffs,
    ]
    schema.metadata.create_all(conn, tables=tables)


MIGRATIONS: list[Migration] = [
    (1, "initial", _m0001_initial),
]


def apply_migrations(engine: Engine) -> list[int]:
    """Apply the migrations this database lacks; return the versions applied now."""
    schema.metadata.create_all(engine, tables=[schema.schema_migrations])
    applied_now: list[int] = []
    with engine.connect() as conn:
        done = set(conn.execute(select(schema.schema_migrations.c.version)).scalars())
    for version, name, migrate in MIGRATIONS:
        if version in done:
            continue
        with engine.begin() as conn:
            migrate(conn)
            conn.execute(
                schema.schema_migrations.insert().values(
                    version=version, name=name, applied_at=datetime.now(UTC).replace(tzinfo=None)
                )
            )
        applied_now.append(version)
    return applied_now


def current_version(engine: Engine) -> int:
    """The highest applied migration (0 for an empty database)."""
    if not inspect(engine).has_table("schema_migrations"):
        return 0
    with engine.connect() as conn:
        versions = list(conn.execute(select(schema.schema_migrations.c.version)).scalars())
    return max(versions, default=0)
