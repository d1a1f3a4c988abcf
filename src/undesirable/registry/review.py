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
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Connection, func, insert, select

from undesirable.errors import UsageError
from undesirable.model import CATEGORIES, Organization
from undesirable.registry.annotations import Annotation, apply_annotations
from undesirable.store import schema

if TYPE_CHECKING:
    from undesirable.registry.registry import Registry

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


@dataclass(frozen=True)
class ReviewItem:
    """One organization waiting for review, and why."""

    organization: Organization
    reasons: tuple[str, ...]
    changes: tuple[dict[str, Any], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "organization": self.organization.to_json(),
            "reasons": list(self.reasons),
            "changes": list(self.changes),
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


def record_review(
    registry: Registry,
    org_id: str,
    *,
    reviewer: str,
    action: ReviewAction = "correct",
    name_ru: str | None = None,
    name_en: str | None = None,
    aliases: Sequence[str] = (),
    category: str | None = None,
    notes: str | None = None,
    now: datetime | None = None,
) -> Review:
    """Store a correction (or an acceptance) of one organization; it applies at once.

    Raises:
        NotFoundError: no such organization.
        UsageError: no reviewer, a correction that changes nothing, or an unknown category.
    """
    if not reviewer.strip():
        raise UsageError("say who reviews (--by)")
    if action == "correct" and not (name_ru or name_en or aliases or category or notes):
        raise UsageError("a correction needs a name, an alias, a category or a note")
    if category is not None and category not in CATEGORIES:
        raise UsageError(f"unknown category {category!r} (one of {', '.join(CATEGORIES)})")
    org = registry.get(org_id)
    snapshot = registry.current_snapshot()
    review = Review(
        id=0,
        org_id=org.id,
        action=action,
        raw_name=org.raw_name,
        snapshot_id=snapshot.id if snapshot else None,
        reviewer=reviewer.strip(),
        created_at=(now or datetime.now(UTC)).replace(tzinfo=None),
        name_ru=_clean(name_ru),
        name_en=_clean(name_en),
        aliases=tuple(a.strip() for a in aliases if a.strip()),
        category=category,
        notes=_clean(notes),
    )
    values = {k: v for k, v in review.to_json().items() if k != "id"}
    values["created_at"] = review.created_at
    with registry.store.transaction() as conn:
        key = conn.execute(insert(schema.reviews).values(**values)).inserted_primary_key
    assert key is not None
    return replace(review, id=int(key[0]))


def review_queue(registry: Registry) -> list[ReviewItem]:
    """Organizations to review: flagged by the parser, or added or changed by the current snapshot."""
    state = {o.id: o for o in registry.all_organizations()}
    items: dict[str, ReviewItem] = {}
    for org in state.values():
        if org.needs_review:
            items[org.id] = ReviewItem(org, tuple(org.review_reasons) or ("flagged by the parser",))
    snapshot = registry.current_snapshot()
    if snapshot is None or snapshot.previous_id is None:
        return list(items.values())
    _, target, diff = registry.diff()
    with registry.store.reading() as conn:
        reviewed = {r.org_id for r in read_reviews(conn) if r.snapshot_id == target.id}
    touched: dict[str, tuple[str, tuple[dict[str, Any], ...]]] = {
        org_id: (f"new in snapshot {target.id}", ()) for org_id in diff.added
    }
    for org_id, changes in diff.changed.items():
        fields = ", ".join(c.field for c in changes)
        listed = tuple({"field": c.field, "old": c.old, "new": c.new} for c in changes)
        touched[org_id] = (f"changed in snapshot {target.id}: {fields}", listed)
    for org_id, (reason, listed_changes) in touched.items():
        if org_id in reviewed or org_id not in state:
            continue
        earlier = items.get(org_id)
        reasons = (*(earlier.reasons if earlier else ()), reason)
        items[org_id] = ReviewItem(state[org_id], reasons, listed_changes)
    return sorted(items.values(), key=lambda i: (i.organization.register_no or 0, i.organization.id))


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


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None
