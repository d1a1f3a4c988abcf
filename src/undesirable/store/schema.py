"""The tables, in SQLAlchemy Core, identical on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
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
HASH_CHARS = 80
"""An audit record's chain hash: ``hmac-sha256:`` and 64 hex digits (legacy records: 64 hex digits)."""

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

# -- following the list: reviews, watchlists, notifications, audit (migration 2) ----------------

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("org_id", String(200), nullable=False),
    Column("action", String(20), nullable=False),
    Column("raw_name", Text),
    Column("snapshot_id", Integer, ForeignKey("snapshots.id")),
    Column("name_ru", Text),
    Column("name_en", Text),
    Column("aliases", JSON, nullable=False),
    Column("category", String(40)),
    Column("notes", Text),
    Column("reviewer", String(200), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Index("ix_reviews_org", "org_id"),
)

watchlists = Table(
    "watchlists",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False),
)

watchlist_items = Table(
    "watchlist_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("watchlist_id", Integer, ForeignKey("watchlists.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(1000), nullable=False),
    Column("added_at", DateTime, nullable=False),
    UniqueConstraint("watchlist_id", "name", name="uq_watchlist_items_name"),
)

watchlist_hits = Table(
    "watchlist_hits",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", Integer, ForeignKey("watchlist_items.id", ondelete="CASCADE"), nullable=False),
    Column("org_id", String(200), nullable=False),
    Column("snapshot_id", Integer, ForeignKey("snapshots.id")),
    Column("score", Float, nullable=False),
    Column("matched_name", Text),
    Column("status", String(20), nullable=False),
    Column("found_at", DateTime, nullable=False),
    UniqueConstraint("item_id", "org_id", name="uq_watchlist_hits_org"),
)

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(10), nullable=False),
    Column("target", Text, nullable=False),
    Column("secret", String(500)),
    Column("watchlist_id", Integer, ForeignKey("watchlists.id", ondelete="CASCADE")),
    Column("created_at", DateTime, nullable=False),
)

notices = Table(
    "notices",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("snapshot_id", Integer, ForeignKey("snapshots.id"), nullable=False),
    Column("event", String(40), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

deliveries = Table(
    "deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("notice_id", Integer, ForeignKey("notices.id", ondelete="CASCADE"), nullable=False),
    Column(
        "subscription_id",
        Integer,
        ForeignKey("subscriptions.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("attempt", Integer, nullable=False),
    Column("ok", Boolean, nullable=False),
    Column("status_code", Integer),
    Column("error", Text),
    Column("at", DateTime, nullable=False),
    Index("ix_deliveries_notice", "notice_id", "subscription_id"),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("who", String(200), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("query", Text, nullable=False),
    Column("as_of", Date),
    Column("snapshot_id", Integer, ForeignKey("snapshots.id")),
    Column("snapshot_sha256", String(64)),
    Column("threshold", Float),
    Column("result", JSON, nullable=False),
    Column("prev_hash", String(HASH_CHARS)),
    Column("hash", String(HASH_CHARS), nullable=False, unique=True),
)
