"""One organization's record (its events and the snapshots that list it), and the event log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from undesirable.model import Organization
from undesirable.registry.events import Event
from undesirable.store import schema


@dataclass(frozen=True)
class History:
    """One organization's record: its current state, its events and the snapshots that list it."""

    organization: Organization
    events: tuple[Event, ...]
    snapshot_ids: tuple[int, ...]

    def to_json(self, *, as_of: date | None = None) -> dict[str, Any]:
        return {
            "organization": self.organization.to_json(as_of=as_of),
            "events": [e.to_json() for e in self.events],
            "snapshots": list(self.snapshot_ids),
        }


def read_history(conn: Connection, org: Organization) -> History:
    """``org`` with its events and the ids of the snapshots that list it."""
    rows = conn.execute(select(schema.events).where(schema.events.c.org_id == org.id).order_by(schema.events.c.id))
    events = tuple(_event_from_row(r) for r in rows)
    snapshot_ids = tuple(
        conn.execute(
            select(schema.entries.c.snapshot_id)
            .where(schema.entries.c.org_id == org.id)
            .order_by(schema.entries.c.snapshot_id)
        ).scalars()
    )
    return History(org, events, snapshot_ids)


def read_events(conn: Connection, *, since: date | None = None, limit: int | None = None) -> list[Event]:
    """Every organization's events, newest first (undated ones last); see ``Registry.events``."""
    table = schema.events
    query = select(table).order_by(table.c.date.desc().nulls_last(), table.c.id)
    if since is not None:
        query = query.where(table.c.date >= since)
    if limit is not None:
        query = query.limit(limit)
    return [_event_from_row(r) for r in conn.execute(query)]


def _event_from_row(row: Any) -> Event:
    return Event(row.org_id, row.kind, row.date, row.snapshot_id, row.order_no, dict(row.detail or {}))
