"""Compare two versions of the register, organization by organization and field by field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from undesirable.model import Organization

COMPARED_FIELDS = (
    "register_no",
    "raw_name",
    "name_ru",
    "name_en",
    "aliases",
    "acronyms",
    "former_names",
    "country",
    "country_code",
    "gp_decision_date",
    "inclusion_date",
    "inclusion_order",
    "published_date",
    "exclusion_date",
    "exclusion_order",
    "gp_cancel_date",
    "source_status",
    "category",
    "domains",
)


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class SnapshotDiff:
    """What changed from one snapshot to the next."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: dict[str, tuple[FieldChange, ...]] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def to_json(self) -> dict[str, Any]:
        return {
            "added": list(self.added),
            "removed": list(self.removed),
            "changed": [
                {
                    "id": org_id,
                    "fields": [c.field for c in changes],
                    "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in changes],
                }
                for org_id, changes in self.changed.items()
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SnapshotDiff:
        return cls(
            added=tuple(data.get("added", ())),
            removed=tuple(data.get("removed", ())),
            changed={
                item["id"]: tuple(FieldChange(c["field"], c["old"], c["new"]) for c in item.get("changes", ()))
                for item in data.get("changed", ())
            },
        )


def diff_snapshots(old: Mapping[str, Organization], new: Mapping[str, Organization]) -> SnapshotDiff:
    """Organizations added, removed and changed (field by field) between two versions, by id."""
    added = tuple(org_id for org_id in new if org_id not in old)
    removed = tuple(org_id for org_id in old if org_id not in new)
    changed: dict[str, tuple[FieldChange, ...]] = {}
    for org_id, after in new.items():
        before = old.get(org_id)
        if before is None:
            continue
        changes = tuple(_field_changes(before, after))
        if changes:
            changed[org_id] = changes
    return SnapshotDiff(added=added, removed=removed, changed=changed)


def _field_changes(before: Organization, after: Organization) -> list[FieldChange]:
    out = []
    for name in COMPARED_FIELDS:
        old, new = _jsonable(getattr(before, name)), _jsonable(getattr(after, name))
        if old != new:
            out.append(FieldChange(name, old, new))
    return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    if hasattr(value, "to_json"):
        return value.to_json()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
