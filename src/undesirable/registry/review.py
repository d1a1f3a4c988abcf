"""The review queue: what the automatic parsing flagged or what a new snapshot changed, and fixes.

An organization is in the queue when the name parser flagged it (``needs_review``) or when the
current snapshot added or changed it (against the previous one). A reviewer either corrects it
(primary names, aliases, category, a note) or accepts it as parsed. Each review is stored with
who and when, and is applied over the current state as an :class:`Annotation` with
``correct=True``: it survives every later snapshot, since it is keyed by the organization's id
and never baked into a snapshot's entries (so diffs keep comparing what the files said).

A review of a flagged name clears the flag for as long as the register writes the name the same
way; a new wording puts the organization back in the queue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Connection, func, select

from undesirable.model import Organization
from undesirable.registry.annotations import Annotation, apply_annotations
from undesirable.store import schema

ReviewAction = Literal["correct", "accept"]


@dataclass(frozen=True)
class Review:
    """One reviewer's decision about one organization."""

    id: int
    org_id: str
    action: ReviewAction
    raw_name: str | None
    snapshot_id: int | None
    reviewer: str
    created_at: datetime
    name_ru: str | None = None
    name_en: str | None = None
    aliases: tuple[str, ...] = ()
    category: str | None = None
    notes: str | None = None

    def to_annotation(self) -> Annotation:
        """The review as a correcting annotation (see ``registry.annotations``)."""
        return Annotation(
            id=self.org_id,
            name_ru=self.name_ru,
            name_en=self.name_en,
            aliases=self.aliases,
            category=self.category,
            notes=self.notes,
            correct=True,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "org_id": self.org_id,
            "action": self.action,
            "raw_name": self.raw_name,
            "snapshot_id": self.snapshot_id,
            "reviewer": self.reviewer,
            "created_at": self.created_at.isoformat(),
            "name_ru": self.name_ru,
            "name_en": self.name_en,
            "aliases": list(self.aliases),
            "category": self.category,
            "notes": self.notes,
        }


def reviews_version(conn: Connection) -> int:
    """A number that grows with every stored review (0 when there is none)."""
    return int(conn.execute(select(func.max(schema.reviews.c.id))).scalar() or 0)


def read_reviews(conn: Connection, *, org_id: str | None = None) -> list[Review]:
    """Every stored review (of one organization), oldest first."""
    table = schema.reviews
    query = select(table).order_by(table.c.id)
    if org_id is not None:
        query = query.where(table.c.org_id == org_id)
    return [_review_from_row(r) for r in conn.execute(query)]


def apply_reviews(state: Mapping[str, Organization], reviews: Sequence[Review]) -> dict[str, Organization]:
    """``state`` with each organization's reviews applied, oldest first."""
    by_org: dict[str, list[Review]] = {}
    for review in reviews:
        by_org.setdefault(review.org_id, []).append(review)
    out = dict(state)
    for org_id, own in by_org.items():
        org = out.get(org_id)
        if org is None:
            continue
        corrections = [r.to_annotation() for r in own if r.action == "correct"]
        org = apply_annotations(org, corrections)
        if org.needs_review and any(r.raw_name == org.raw_name for r in own):
            org = org.with_changes(needs_review=False, review_reasons=())
        out[org_id] = org
    return out


def _review_from_row(row: Any) -> Review:
    return Review(
        id=row.id,
        org_id=row.org_id,
        action=row.action,
        raw_name=row.raw_name,
        snapshot_id=row.snapshot_id,
        reviewer=row.reviewer,
        created_at=row.created_at,
        name_ru=row.name_ru,
        name_en=row.name_en,
        aliases=tuple(row.aliases or ()),
        category=row.category,
        notes=row.notes,
    )
