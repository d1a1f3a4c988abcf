"""Review operations: correct or accept what the parser flagged or a new snapshot changed.

How reviews are stored and applied over the current state is explained in ``registry.review``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert

from undesirable.errors import UsageError
from undesirable.model import CATEGORIES, Organization
from undesirable.registry.registry import Registry
from undesirable.registry.review import Review, ReviewAction, read_reviews
from undesirable.store import schema


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


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None
