"""Compare two versions of the register, organization by organization and field by field."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from undesirable.model import Organization
from undesirable.names.keys import name_match_key

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
    excluded: tuple[str, ...] = ()
    """Entries the new version shows excluded (an exclusion order, or the status ``Исключена``)."""

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.excluded)

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
            "excluded": list(self.excluded),
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
            excluded=tuple(data.get("excluded", ())),
        )


def link_by_name(before: Mapping[str, Organization], after: Mapping[str, Organization]) -> dict[str, Organization]:
    """``before`` re-keyed so that an organization whose id ``after`` lacks takes the id of the one
    new organization of ``after`` that shares a name with it.

    For a diff across lineages (the bundled reconstruction, then the first official file): rows
    known from reporting have ``curated:`` ids that official rows replace with order ids, and they
    are the same organizations, not removals and additions. Ambiguous names link nothing.
    """
    fresh: dict[str, set[str]] = {}
    for org_id, org in after.items():
        if org_id not in before:
            for name in org.all_names():
                fresh.setdefault(name_match_key(name), set()).add(org_id)
    linked: dict[str, Organization] = {}
    taken: set[str] = set()
    for org_id, org in before.items():
        if org_id not in after:
            org_id = _best_link(org, fresh, taken) or org_id
        linked[org_id] = org
    return linked


def _best_link(org: Organization, fresh: Mapping[str, set[str]], taken: set[str]) -> str | None:
    """The new id sharing the most names with ``org``, when exactly one does (then it is taken)."""
    shared: Counter[str] = Counter()
    for key in {name_match_key(name) for name in org.all_names()}:
        shared.update(fresh.get(key, set()) - taken)
    ranked = shared.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    taken.add(ranked[0][0])
    return ranked[0][0]


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
    excluded = tuple(
        org_id for org_id, after in new.items() if _is_excluded(after) and not _is_excluded(old.get(org_id))
    )
    return SnapshotDiff(added=added, removed=removed, changed=changed, excluded=excluded)


def diff_across_sources(old: Mapping[str, Organization], new: Mapping[str, Organization]) -> SnapshotDiff:
    """A diff against a source of other coverage (the reconstruction): it never reports a removal.

    A source with less (or other) coverage coming in says nothing about entries it lacks; those
    stay on the register (see ``registry/state.py``). Additions and field changes are reported.
    """
    full = diff_snapshots(link_by_name(old, new), new)
    return SnapshotDiff(added=full.added, removed=(), changed=full.changed, excluded=full.excluded)


def _is_excluded(org: Organization | None) -> bool:
    if org is None:
        return False
    status = (org.source_status or "").casefold()
    return org.exclusion_date is not None or org.exclusion_order is not None or status.startswith("исключ")


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
