"""Numbered schema migrations, applied in order, each in its own transaction.

A migration is a function of a connection. The applied ones are recorded in
``schema_migrations``; opening a store applies whatever is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select, text

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


_AUDIT_APPEND_ONLY = {
    "sqlite": [
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    ],
    "postgresql": [
        "CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$ "
        "BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$ LANGUAGE plpgsql",
        "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    ],
}


def _m0002_follow(conn: Connection) -> None:
    """Reviews, watchlists, notifications and the audit log (append-only, enforced by triggers)."""
    tables = [
        schema.reviews,
        schema.watchlists,
        schema.watchlist_items,
        schema.watchlist_hits,
        schema.subscriptions,
        schema.notices,
        schema.deliveries,
        schema.audit_log,
    ]
    schema.metadata.create_all(conn, tables=tables)
    for statement in _AUDIT_APPEND_ONLY.get(conn.dialect.name, []):
        conn.execute(text(statement))


def _m0003_keyed_audit_chain(conn: Connection) -> None:
    """Room for the keyed chain's hashes (``hmac-sha256:`` + 64 hex digits); SQLite does not enforce lengths."""
    if conn.dialect.name == "postgresql":
        for column in ("hash", "prev_hash"):
            conn.execute(text(f"ALTER TABLE audit_log ALTER COLUMN {column} TYPE VARCHAR({schema.HASH_CHARS})"))


MIGRATIONS: list[Migration] = [
    (1, "initial", _m0001_initial),
    (2, "follow", _m0002_follow),
    (3, "keyed audit chain", _m0003_keyed_audit_chain),
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
