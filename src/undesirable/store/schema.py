"""The tables, in SQLAlchemy Core, identical on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(100), nullable=False),
    Column("applied_at", DateTime, nullable=False),
)

snapshots = Table(
    "snapshots",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("list_id", String(40), nullable=False),
    Column("actuality", DateTime, nullable=False),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("title", Text, nullable=False, default=""),
    Column("note", Text),
    Column("row_count", Integer, nullable=False),
    Column("imported_at", DateTime, nullable=False),
    Column("fetched_at", DateTime),
    Column("same_actuality_as", Integer, ForeignKey("snapshots.id")),
    Column("previous_id", Integer, ForeignKey("snapshots.id")),
    Column("warnings", JSON, nullable=False),
)

snapshot_rows = Table(
    "snapshot_rows",
    metadata,
    Column("snapshot_id", Integer, ForeignKey("snapshots.id", ondelete="CASCADE"), primary_key=True),
    Column("line", Integer, primary_key=True, autoincrement=False),
    Column("register_no", Integer, nullable=False),
    Column("cells", JSON, nullable=False),
)

organizations = Table(
    "organizations",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("list_id", String(40), nullable=False),
    Column("first_snapshot_id", Integer, ForeignKey("snapshots.id"), nullable=False),
    Column("group_id", String(200)),
)

entries = Table(
    "entries",
    metadata,
    Column("snapshot_id", Integer, ForeignKey("snapshots.id", ondelete="CASCADE"), primary_key=True),
    Column("org_id", String(200), ForeignKey("organizations.id"), primary_key=True),
    Column("register_no", Integer, nullable=False),
    Column("inclusion_date", Date),
    Column("exclusion_date", Date),
    Column("country_code", String(2)),
    Column("category", String(40)),
    Column("needs_review", Boolean, nullable=False, default=False),
    Column("data", JSON, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("org_id", String(200), ForeignKey("organizations.id"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("date", Date),
    Column("order_no", String(40)),
    Column("snapshot_id", Integer, ForeignKey("snapshots.id"), nullable=False),
    Column("detail", JSON, nullable=False),
    Index("ix_events_org", "org_id"),
    Index("ix_events_date", "date"),
)

diffs = Table(
    "diffs",
    metadata,
    Column("snapshot_id", Integer, ForeignKey("snapshots.id", ondelete="CASCADE"), primary_key=True),
    Column("previous_id", Integer, ForeignKey("snapshots.id")),
    Column("data", JSON, nullable=False),
    UniqueConstraint("snapshot_id", name="uq_diffs_snapshot"),
)
