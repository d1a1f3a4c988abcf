"""Events derived from a lineage of snapshots: what happened to each organization, and when.

``designated`` (the Prosecutor General's decision), ``included`` (the Justice Ministry's order),
``made_public``, ``excluded``, ``cancelled``, ``renamed`` come from the dated fields of an
organization's latest entry; ``removed`` is seen between snapshots, when an organization vanishes
from the list without a dated exclusion. Events are what as-of questions are answered from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from undesirable.model import Organization
from undesirable.registry.ids import id_forms

EVENT_ORDER = ("designated", "included", "made_public", "renamed", "excluded", "cancelled", "removed")


@dataclass(frozen=True)
class Event:
    org_id: str
    kind: str
    date: date | None
    snapshot_id: int
    order_no: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    def date_text(self) -> str | None:
        """The date as precisely as it is known: ``2025-07`` for a month-only date."""
        if self.date is None:
            return None
        return self.date.strftime("%Y-%m") if self.detail.get("date_precision") == "month" else self.date.isoformat()

    def to_json(self) -> dict[str, Any]:
        return {
            "org_id": self.org_id,
            "kind": self.kind,
            "date": self.date_text(),
            "order": self.order_no,
            "snapshot_id": self.snapshot_id,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class SnapshotView:
    """One snapshot of a lineage: its id, actuality and organizations by id."""

    id: int
    actuality: datetime
    organizations: Mapping[str, Organization]


def derive_current_state(lineage: Sequence[SnapshotView]) -> dict[str, Organization]:
    """Each organization ever seen in ``lineage`` (oldest first), as its latest entry describes it.

    Organizations missing from the newest snapshot get ``removed_date``: the actuality date of the
    first snapshot without them. ``first_reported`` is the actuality date of the first snapshot
    listing them. One missing because a later snapshot lists it under a new id (its old id is a
    former id there: a reconstruction written by an earlier version) was not removed: it is that
    organization, and only the later entry stands.
    """
    state: dict[str, Organization] = {}
    last_seen: dict[str, int] = {}
    first_seen: dict[str, datetime] = {}
    for position, view in enumerate(lineage):
        for org_id, org in view.organizations.items():
            first_seen.setdefault(org_id, view.actuality)
            state[org_id] = org.with_changes(first_reported=org.first_reported or first_seen[org_id].date())
            last_seen[org_id] = position
    final = len(lineage) - 1
    renamed = _former_ids(state[org_id] for org_id, position in last_seen.items() if position == final)
    for org_id, position in last_seen.items():
        if position < final and not renamed.isdisjoint(id_forms(org_id)):
            del state[org_id]
        elif position < final:
            state[org_id] = state[org_id].with_changes(removed_date=lineage[position + 1].actuality.date())
    return state


def _former_ids(organizations: Iterable[Organization]) -> set[str]:
    return {form for org in organizations for former in org.former_ids for form in id_forms(former)}


def derive_events(lineage: Sequence[SnapshotView]) -> list[Event]:
    """Every event of every organization in ``lineage``, each tied to the snapshot that showed it."""
    first_seen: dict[tuple[str, str, str | None], int] = {}
    for view in lineage:
        for org in view.organizations.values():
            for kind, when, _order, _detail in _dated_facts(org):
                first_seen.setdefault((org.id, kind, when.isoformat() if when else None), view.id)
    events: list[Event] = []
    for org in derive_current_state(lineage).values():
        for kind, when, order, detail in _dated_facts(org):
            key = (org.id, kind, when.isoformat() if when else None)
            snapshot_id = first_seen.get(key, lineage[-1].id)
            events.append(Event(org.id, kind, when, snapshot_id, order, detail))
        if org.removed_date is not None:
            removed_in = next(v.id for v in lineage if v.actuality.date() == org.removed_date)
            events.append(Event(org.id, "removed", org.removed_date, removed_in, None, {}))
    return sorted(events, key=_event_sort_key)


def _dated_facts(org: Organization) -> list[tuple[str, date | None, str | None, dict[str, Any]]]:
    facts: list[tuple[str, date | None, str | None, dict[str, Any]]] = []

    def precision(name: str) -> dict[str, Any]:
        return {"date_precision": "month"} if name in org.month_dates else {}

    if org.gp_decision_date:
        facts.append(("designated", org.gp_decision_date, None, precision("gp_decision_date")))
    if org.inclusion_date or org.inclusion_order:
        facts.append(("included", org.inclusion_date, org.inclusion_order, precision("inclusion_date")))
    if org.published_date:
        facts.append(("made_public", org.published_date, None, precision("published_date")))
    for former in org.former_names:
        if former.until:
            facts.append(("renamed", former.until, None, {"from": former.name, "to": org.display_name}))
    if org.exclusion_date or org.exclusion_order:
        facts.append(("excluded", org.exclusion_date, org.exclusion_order, precision("exclusion_date")))
    if org.gp_cancel_date:
        facts.append(("cancelled", org.gp_cancel_date, None, precision("gp_cancel_date")))
    return facts


def _event_sort_key(event: Event) -> tuple[str, date, int]:
    return (event.org_id, event.date or date.max, EVENT_ORDER.index(event.kind))
