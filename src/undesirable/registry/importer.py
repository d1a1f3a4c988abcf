"""Import one register file as a snapshot, in one transaction: rows, organizations, diff, events.

The same sha256 again is a no-op that says so. A new sha256 with an actuality date already known
is stored and flagged (``same_actuality_as``). Events are derived again for the whole current
lineage after each import, from the snapshots' dated facts, so as-of answers never depend on the
order files were imported in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from undesirable.errors import Location, SourceError
from undesirable.registry.annotations import AnnotationIndex
from undesirable.registry.build import build_organizations
from undesirable.registry.diff import SnapshotDiff, diff_across_sources, diff_snapshots
from undesirable.registry.identity import IdentityIndex
from undesirable.registry.records import organization_to_record
from undesirable.registry.snapshots import (
    LIST_ID,
    Snapshot,
    actuality_problem,
    lineage_of,
    read_entries,
    read_known_organizations,
    read_snapshots,
    snapshot_from_row,
)
from undesirable.registry.state import read_merged_events
from undesirable.sources.rows import SourceFile
from undesirable.store import Store, schema


@dataclass(frozen=True)
class ImportResult:
    snapshot: Snapshot
    new: bool
    diff: SnapshotDiff
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "snapshot": {
                "id": self.snapshot.id,
                "actuality": self.snapshot.actuality.isoformat(),
                "sha256": self.snapshot.sha256,
                "rows": self.snapshot.row_count,
                "new": self.new,
                "kind": self.snapshot.kind,
                "same_actuality_as": self.snapshot.same_actuality_as,
                "previous_id": self.snapshot.previous_id,
            },
            "diff": self.diff.to_json(),
            "warnings": list(self.warnings),
        }


def import_source(
    store: Store,
    source: SourceFile,
    *,
    annotations: AnnotationIndex,
    origin: str,
    fetched_at: datetime | None = None,
) -> ImportResult:
    """Store ``source`` as a snapshot unless its sha256 is known; all of it or nothing.

    Raises:
        SourceError: for an actuality in the future or before the list began (cell A2 of the xlsx).
    """
    problem = actuality_problem(source.actuality)
    if problem is not None:
        raise SourceError(
            problem, location=Location(source.name, 2, "A") if source.kind == "official" else Location(source.name)
        )
    with store.transaction() as conn:
        store.lock_imports(conn)  # a concurrent import waits here, then sees this one's snapshot
        existing = conn.execute(select(schema.snapshots).where(schema.snapshots.c.sha256 == source.sha256)).first()
        if existing is not None:
            known = snapshot_from_row(existing)
            return ImportResult(known, False, read_stored_diff(conn, known.id), source.warnings)
        identities = IdentityIndex(read_known_organizations(conn))
        organizations = build_organizations(source.rows, annotations=annotations, known=identities)
        snapshots = read_snapshots(conn)
        snapshot_id = _insert_snapshot(conn, source, snapshots, origin=origin, fetched_at=fetched_at)
        conn.execute(
            insert(schema.snapshot_rows),
            [
                {"snapshot_id": snapshot_id, "line": r.line, "register_no": r.register_no or 0, "cells": list(r.cells)}
                for r in source.rows
            ],
        )
        _insert_entries(conn, snapshot_id, organizations)
        snapshots = read_snapshots(conn)
        snapshot = next(s for s in snapshots if s.id == snapshot_id)
        diff = _refresh_diffs(conn, snapshots, snapshot)
        _refresh_events(conn, snapshots)
    return ImportResult(snapshot, True, diff, source.warnings)


def _insert_snapshot(
    conn: Connection, source: SourceFile, snapshots: list[Snapshot], *, origin: str, fetched_at: datetime | None
) -> int:
    kind = source.kind
    same = next((s.id for s in snapshots if s.actuality == source.actuality and s.lineage == lineage_of(kind)), None)
    result = conn.execute(
        insert(schema.snapshots).values(
            list_id=LIST_ID,
            actuality=source.actuality,
            sha256=source.sha256,
            source=origin,
            kind=kind,
            title=source.title,
            note=source.note,
            row_count=len(source.rows),
            imported_at=datetime.now(UTC).replace(tzinfo=None),
            fetched_at=fetched_at,
            same_actuality_as=same,
            warnings=list(source.warnings),
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _insert_entries(conn: Connection, snapshot_id: int, organizations: list[Any]) -> None:
    known = set(conn.execute(select(schema.organizations.c.id)).scalars())
    fresh = [o for o in organizations if o.id not in known]
    if fresh:
        conn.execute(
            insert(schema.organizations),
            [{"id": o.id, "list_id": LIST_ID, "first_snapshot_id": snapshot_id, "group_id": o.group_id} for o in fresh],
        )
    conn.execute(
        insert(schema.entries),
        [
            {
                "snapshot_id": snapshot_id,
                "org_id": o.id,
                "register_no": o.register_no or position,
                "inclusion_date": o.inclusion_date,
                "exclusion_date": o.exclusion_date,
                "country_code": o.country_code,
                "category": o.category,
                "needs_review": o.needs_review,
                "data": organization_to_record(o),
            }
            for position, o in enumerate(organizations, start=1)
        ],
    )


def _refresh_diffs(conn: Connection, snapshots: list[Snapshot], new: Snapshot) -> SnapshotDiff:
    """Diff ``new`` against its predecessor, and the snapshot after it against ``new``."""
    lineage = [s for s in snapshots if s.lineage == new.lineage]
    position = lineage.index(new)
    previous = lineage[position - 1] if position > 0 else _latest_other_lineage(snapshots, new)
    diff = _store_diff(conn, new, previous)
    if position + 1 < len(lineage):
        _store_diff(conn, lineage[position + 1], new)
    return diff


def _store_diff(conn: Connection, snapshot: Snapshot, previous: Snapshot | None) -> SnapshotDiff:
    before = read_entries(conn, previous.id) if previous else {}
    after = read_entries(conn, snapshot.id)
    if previous is not None and previous.lineage != snapshot.lineage:
        diff = diff_across_sources(before, after)
    else:
        diff = diff_snapshots(before, after)
    conn.execute(delete(schema.diffs).where(schema.diffs.c.snapshot_id == snapshot.id))
    previous_id = previous.id if previous else None
    conn.execute(insert(schema.diffs).values(snapshot_id=snapshot.id, previous_id=previous_id, data=diff.to_json()))
    conn.execute(schema.snapshots.update().where(schema.snapshots.c.id == snapshot.id).values(previous_id=previous_id))
    return diff


def _latest_other_lineage(snapshots: list[Snapshot], new: Snapshot) -> Snapshot | None:
    others = [s for s in snapshots if s.lineage != new.lineage]
    return others[-1] if others else None


def read_stored_diff(conn: Connection, snapshot_id: int) -> SnapshotDiff:
    """The diff the import stored for ``snapshot_id`` against its predecessor (empty if none)."""
    data = conn.execute(select(schema.diffs.c.data).where(schema.diffs.c.snapshot_id == snapshot_id)).scalar()
    return SnapshotDiff.from_json(data or {})


def _refresh_events(conn: Connection, snapshots: list[Snapshot]) -> None:
    conn.execute(delete(schema.events))
    events = read_merged_events(conn, snapshots)
    if events:
        conn.execute(
            insert(schema.events),
            [
                {
                    "org_id": e.org_id,
                    "kind": e.kind,
                    "date": e.date,
                    "order_no": e.order_no,
                    "snapshot_id": e.snapshot_id,
                    "detail": e.detail,
                }
                for e in events
            ],
        )
