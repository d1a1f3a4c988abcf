"""Snapshots as the store keeps them, and the reads every other registry module shares."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select

from undesirable.model import Organization
from undesirable.model import Snapshot as Snapshot
from undesirable.model import lineage_of as lineage_of  # re-exported: snapshots are described in model.py
from undesirable.registry.events import SnapshotView
from undesirable.registry.records import organization_from_record
from undesirable.sources.rows import RegisterRow, organization_to_row
from undesirable.store import schema

LIST_ID = "ru-undesirable"
EARLIEST_ACTUALITY = datetime(2015, 1, 1)
FUTURE_SLACK = timedelta(days=1)


def snapshot_from_row(row: Any) -> Snapshot:
    return Snapshot(
        id=row.id,
        actuality=row.actuality,
        sha256=row.sha256,
        source=row.source,
        kind=row.kind,
        row_count=row.row_count,
        imported_at=row.imported_at,
        title=row.title or "",
        note=row.note,
        fetched_at=row.fetched_at,
        same_actuality_as=row.same_actuality_as,
        previous_id=row.previous_id,
        warnings=tuple(row.warnings or ()),
    )


def read_snapshots(conn: Connection) -> list[Snapshot]:
    """All snapshots, oldest actuality first (ties by import order)."""
    table = schema.snapshots
    rows = conn.execute(select(table).order_by(table.c.actuality, table.c.id))
    return [snapshot_from_row(r) for r in rows]


def current_lineage(snapshots: list[Snapshot], *, now: datetime | None = None) -> list[Snapshot]:
    """The snapshots that answer questions: official ones if any exist, else the bundled ones.

    A snapshot whose actuality is not plausible (:func:`check_actuality`: in the future or before
    the list began) answers nothing, so one file dated 9999 cannot stay "current" forever.
    """
    plausible = [s for s in snapshots if actuality_problem(s.actuality, now=now) is None]
    official = [s for s in plausible if s.is_official]
    return official or [s for s in plausible if not s.is_official]


def actuality_problem(actuality: datetime, *, now: datetime | None = None) -> str | None:
    """Why an actuality date-time cannot be a real version of the list, or None when it can be.

    It may not lie more than :data:`FUTURE_SLACK` after ``now`` (UTC; time zones and clocks
    differ) nor before :data:`EARLIEST_ACTUALITY` (the list began in 2015).
    """
    moment = now or datetime.now(UTC).replace(tzinfo=None)
    if actuality > moment + FUTURE_SLACK:
        return f"the actuality {actuality:%d.%m.%Y %H:%M} lies in the future (more than a day after now)"
    if actuality < EARLIEST_ACTUALITY:
        return f"the actuality {actuality:%d.%m.%Y %H:%M} is before 2015, when the list began"
    return None


def read_entries(conn: Connection, snapshot_id: int) -> dict[str, Organization]:
    """The organizations of one snapshot, by id, in register order."""
    table = schema.entries
    rows = conn.execute(
        select(table.c.org_id, table.c.data).where(table.c.snapshot_id == snapshot_id).order_by(table.c.register_no)
    )
    return {r.org_id: organization_from_record(r.data) for r in rows}


def read_known_organizations(conn: Connection) -> list[Organization]:
    """Every organization any snapshot lists, as the latest snapshot listing it describes it."""
    table = schema.entries
    rows = conn.execute(select(table.c.org_id, table.c.data).order_by(table.c.snapshot_id))
    latest = {r.org_id: r.data for r in rows}
    return [organization_from_record(data) for data in latest.values()]


def read_register_rows(conn: Connection, snapshot_id: int) -> list[RegisterRow]:
    """One snapshot's rows, typed, in register order: what an export writes."""
    organizations = read_entries(conn, snapshot_id).values()
    return [organization_to_row(org, line=number) for number, org in enumerate(organizations, start=1)]


def read_views(conn: Connection, lineage: list[Snapshot]) -> list[SnapshotView]:
    return [SnapshotView(s.id, s.actuality, read_entries(conn, s.id)) for s in lineage]
