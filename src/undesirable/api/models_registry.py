"""Response models of the snapshot, change, review, statistics, law and health operations.

See :mod:`undesirable.api.models` for the conventions (open models, dates as ISO strings).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from undesirable.api.models import OPEN, EventOut, OrganizationOut, SnapshotOut


class SnapshotList(BaseModel):
    model_config = OPEN

    current: int | None
    snapshots: list[SnapshotOut]


class SnapshotDetail(BaseModel):
    model_config = OPEN

    snapshot: SnapshotOut
    organizations: list[OrganizationOut]


class FieldChange(BaseModel):
    model_config = OPEN

    field: str
    old: Any = None
    new: Any = None


class ChangedEntry(BaseModel):
    model_config = OPEN

    id: str
    fields: list[str]
    changes: list[FieldChange]


class DiffOut(BaseModel):
    model_config = OPEN

    added: list[str]
    removed: list[str]
    changed: list[ChangedEntry]


class SnapshotDiffOut(BaseModel):
    model_config = OPEN

    old: SnapshotOut | None
    new: SnapshotOut
    diff: DiffOut


class ImportedSnapshot(BaseModel):
    model_config = OPEN

    id: int
    actuality: str
    sha256: str
    rows: int
    new: bool
    kind: str
    same_actuality_as: int | None = None
    previous_id: int | None = None


class ImportOut(BaseModel):
    """What an upload did: the snapshot (new or already known), its diff, and what followed: the
    notice recorded for subscribers, the watchlist names it hit, and the deliveries made."""

    model_config = OPEN

    snapshot: ImportedSnapshot
    diff: DiffOut
    warnings: list[str]
    notice_id: int | None = None
    watchlist_hits: list[dict[str, Any]] = Field(default_factory=list)
    deliveries: list[dict[str, Any]] = Field(default_factory=list)


class ChangeEventOut(EventOut):
    name: str
    name_ru: str | None = None


class SnapshotWithCounts(SnapshotOut):
    diff_counts: dict[str, int] | None = None


class ChangesOut(BaseModel):
    model_config = OPEN

    snapshot: SnapshotOut | None
    snapshots: list[SnapshotWithCounts]
    events: list[ChangeEventOut]


class ReviewItemOut(BaseModel):
    model_config = OPEN

    organization: OrganizationOut
    reasons: list[str]
    changes: list[dict[str, Any]] = Field(default_factory=list)


class ReviewQueue(BaseModel):
    model_config = OPEN

    snapshot: SnapshotOut | None
    count: int
    items: list[ReviewItemOut]


class ReviewOut(BaseModel):
    model_config = OPEN

    id: int | None = None
    org_id: str
    action: str
    reviewer: str | None = None
    created_at: str | None = None


class ReviewResult(BaseModel):
    model_config = OPEN

    review: ReviewOut
    organization: OrganizationOut


class StatsOut(BaseModel):
    """Counts of the register by status, year, category and country."""

    model_config = OPEN

    source: str | None = None
    as_of: str | None = None
    total: int
    by_status: dict[str, int]
    by_decision_year: dict[str, int]
    by_inclusion_year: dict[str, int]
    by_category: dict[str, int] = Field(default_factory=dict)
    by_country: dict[str, int] = Field(default_factory=dict)


class ExposureOut(BaseModel):
    """What a role risked in connection with an organization on a date (information, not advice)."""

    model_config = OPEN

    organization: OrganizationOut
    date: str
    designated: bool
    status: str
    role: str


class RolesOut(BaseModel):
    model_config = OPEN

    roles: list[str]


class HealthOut(BaseModel):
    model_config = OPEN

    status: str = Field(..., examples=["ok"])
    snapshot: int | None = None
    actuality: str | None = None
    official: bool | None = None
