"""Changes operations: every event of the register, newest first, and what each snapshot changed.

An event is one thing that happened to one organization: designated by the Prosecutor General,
included by an order, made public, renamed, excluded, cancelled, removed between snapshots, or
(from snapshot diffs) a field changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from undesirable.registry.registry import Registry
from undesirable.registry.snapshots import current_lineage

MESSAGES_FILE = "web_messages.json"
"""The one catalogue of the project's translated wording; an event kind's title is ``event_<kind>``."""


@cache
def _messages() -> dict[str, dict[str, str]]:
    text = resources.files("undesirable.data").joinpath(MESSAGES_FILE).read_text(encoding="utf-8")
    data: dict[str, dict[str, str]] = json.loads(text)
    return data


def event_title(kind: str, lang: str) -> str:
    """The title of an event kind (``included``, ``changed``...) in ``lang`` (``ru`` or ``en``).

    The same words as the web pages use, from ``data/web_messages.json``; an unknown kind shows itself.
    """
    return _messages()[lang].get(f"event_{kind}", kind)


@dataclass(frozen=True)
class ChangeEvent:
    """One event with the organization's display name, ready for a page or a feed entry."""

    org_id: str
    name: str
    kind: str
    date: date | None
    order: str | None
    snapshot_id: int
    detail: dict[str, Any]
    name_ru: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "org_id": self.org_id,
            "name": self.name,
            "name_ru": self.name_ru,
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
            "order": self.order,
            "snapshot_id": self.snapshot_id,
            "detail": self.detail,
        }


def collect_events(registry: Registry) -> list[ChangeEvent]:
    """Every event of the current lineage, newest first; kept until a snapshot or a review is added."""
    return registry.remember("events", lambda: _gather_events(registry))


def snapshot_diff_counts(registry: Registry) -> dict[int, dict[str, int]]:
    """For each snapshot of the current lineage, how many entries its diff added, removed, changed."""
    counts: dict[int, dict[str, int]] = {}
    for snapshot in current_lineage(registry.snapshots()):
        diff = registry.stored_diff(snapshot.id)
        counts[snapshot.id] = {"added": len(diff.added), "removed": len(diff.removed), "changed": len(diff.changed)}
    return counts


def _gather_events(registry: Registry) -> list[ChangeEvent]:
    orgs = {org.id: org for org in registry.all_organizations()}
    names = {org_id: org.display_name for org_id, org in orgs.items()}
    events = [
        ChangeEvent(
            e.org_id,
            names.get(e.org_id, e.org_id),
            e.kind,
            e.date,
            e.order_no,
            e.snapshot_id,
            dict(e.detail),
            orgs[e.org_id].name_ru if e.org_id in orgs else None,
        )
        for e in registry.events()
    ]
    lineage = current_lineage(registry.snapshots())
    lineage_ids = {s.id for s in lineage}
    for snapshot in lineage:
        if snapshot.previous_id is None or snapshot.previous_id not in lineage_ids:
            continue
        _, _, diff = registry.diff(snapshot.previous_id, snapshot.id)
        for org_id, changes in diff.changed.items():
            fields = [c.field for c in changes]
            detail = {"fields": fields, "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in changes]}
            name = names.get(org_id, org_id)
            name_ru = orgs[org_id].name_ru if org_id in orgs else None
            day = snapshot.actuality.date()
            events.append(ChangeEvent(org_id, name, "changed", day, None, snapshot.id, detail, name_ru))
    return sorted(events, key=lambda e: (e.date or date.min, e.org_id, e.kind), reverse=True)
