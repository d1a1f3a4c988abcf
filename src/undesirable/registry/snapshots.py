"""Snapshots as the store keeps them, and the reads every other registry module shares."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select

from undesirable.model import Organization
from undesirable.registry.events import SnapshotView
from undesirable.registry.records import organization_from_record
from undesirable.sources.rows import RegisterRow
from undesirable.store import schema

LIST_ID = "ru-undesirable"


@dataclass(frozen=True)
class Snapshot:
    """One imported file: immutable once stored."""

    id: int
    actuality: datetime
    sha256: str
    source: str
    kind: str
    row_count: int
    imported_at: datetime
    title: str = ""
    note: str | None = None
    fetched_at: datetime | None = None
    same_actuality_as: int | None = None
    previous_id: int | None = None
    warnings: tuple[str, ...] = ()

    @property
    def lineage(self) -> str:
        return lineage_of(self.kind)

    @property
    def is_official(self) -> bool:
        return self.lineage == "official"

    def describe(self) -> str:
        """A line for people: what this snapshot is and how complete."""
        when = self.actuality.strftime("%d.%m.%Y")
        if self.is_official:
            return f"official list of {when}, {self.row_count} entries"
        return f"bundled reconstruction from public reporting, up to {when}, {self.row_count} entries"

    def provenance(self) -> str:
        """Where the data comes from and how complete it is: stated wherever data is shown."""
        if self.is_official:
            return f"Official list of the Justice Ministry as of {self.actuality:%d.%m.%Y} ({self.row_count} entries)."
        return (
            f"Bundled reconstruction from public reporting, up to {self.actuality:%d.%m.%Y} ({self.row_count} "
            "entries): complete to September 2024, partial after it (the official list had 390 entries on "
            "14.08.2026)."
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "actuality": self.actuality.isoformat(),
            "sha256": self.sha256,
            "source": self.source,
            "kind": self.kind,
            "official": self.is_official,
            "rows": self.row_count,
            "imported_at": self.imported_at.isoformat(),
            "fetched_at": self.fetched_at.isoformat() if self.fetched_at else None,
            "title": self.title,
            "note": self.note,
            "same_actuality_as": self.same_actuality_as,
            "previous_id": self.previous_id,
            "warnings": list(self.warnings),
            "description": self.describe(),
            "provenance": self.provenance(),
        }


def lineage_of(kind: str) -> str:
    """``bundled`` for the reconstruction, ``official`` for official files and their exports."""
    return "bundled" if kind == "bundled" else "official"


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


def current_lineage(snapshots: list[Snapshot]) -> list[Snapshot]:
    """The snapshots that answer questions: official ones if any exist, else the bundled ones."""
    official = [s for s in snapshots if s.is_official]
    return official or [s for s in snapshots if not s.is_official]


def read_entries(conn: Connection, snapshot_id: int) -> dict[str, Organization]:
    """The organizations of one snapshot, by id, in register order."""
    table = schema.entries
    rows = conn.execute(
        select(table.c.org_id, table.c.data).where(table.c.snapshot_id == snapshot_id).order_by(table.c.register_no)
    )
    return {r.org_id: organization_from_record(r.data) for r in rows}


def read_register_rows(conn: Connection, snapshot_id: int) -> list[RegisterRow]:
    """One snapshot's rows, typed, in register order: what an export writes."""
    return [register_row_of(org) for org in read_entries(conn, snapshot_id).values()]


def register_row_of(org: Organization) -> RegisterRow:
    """The register row an organization's entry came from (its ten columns, id and basis)."""
    return RegisterRow(
        line=org.register_no or 0,
        register_no=org.register_no or 0,
        inclusion_date=org.inclusion_date,
        inclusion_order=org.inclusion_order,
        gp_decision_date=org.gp_decision_date,
        raw_name=org.raw_name,
        published_date=org.published_date,
        exclusion_date=org.exclusion_date,
        exclusion_order=org.exclusion_order,
        gp_cancel_date=org.gp_cancel_date,
        status=org.source_status,
        org_id=org.id,
        basis=org.basis,
    )


def read_views(conn: Connection, lineage: list[Snapshot]) -> list[SnapshotView]:
    return [SnapshotView(s.id, s.actuality, read_entries(conn, s.id)) for s in lineage]
