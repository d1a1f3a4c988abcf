"""The register as every source tells it: official files first, never erased by each other.

Official snapshots, the bundled reconstruction and exports of it are all evidence. The official
lineage is authoritative for what it lists, up to its newest actuality date. An organization
another lineage knows and the newest official file does not list stays on the register, labelled
``known from <source>, not in the official file of <date>``: an older official file imported
after a newer reconstruction never hides a later entry. The answer depends only on what is
stored, never on the order files were imported in (snapshots are taken by actuality date).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from undesirable.model import Organization, Snapshot
from undesirable.registry.events import Event, derive_current_state, derive_events
from undesirable.registry.ids import id_forms
from undesirable.registry.snapshots import read_views

SUPPLEMENTED_FIELDS = ("inclusion_order", "inclusion_date", "gp_decision_date", "published_date")
"""Fields an official file may leave empty that another source may know (never exclusions)."""


def split_lineages(snapshots: Sequence[Snapshot]) -> tuple[list[Snapshot], list[Snapshot]]:
    """The official snapshots and the others (the reconstruction and its exports), by actuality."""
    official = [s for s in snapshots if s.is_official]
    return official, [s for s in snapshots if not s.is_official]


def read_merged_state(conn: Connection, snapshots: Sequence[Snapshot]) -> dict[str, Organization]:
    """Every organization any source knows, as its best source describes it (see the module)."""
    official, others = split_lineages(snapshots)
    state = derive_current_state(read_views(conn, official)) if official else {}
    if not others:
        return state
    other_state = derive_current_state(read_views(conn, others))
    return merge_states(state, other_state, official=official[-1] if official else None, other=others[-1])


def merge_states(
    state: dict[str, Organization],
    other_state: dict[str, Organization],
    *,
    official: Snapshot | None,
    other: Snapshot,
) -> dict[str, Organization]:
    """``state`` (official) plus each organization of ``other_state`` it does not list."""
    if official is None:
        return dict(other_state)
    merged = dict(state)
    by_form = {form: org_id for org_id, org in state.items() for form in _forms(org)}
    label = describe_source(other)
    for org_id, org in other_state.items():
        listed = next((by_form[f] for f in _forms(org) if f in by_form), None)
        if listed is not None:
            merged[listed] = supplement(merged[listed], org, label=label)
            continue
        merged[org_id] = org.with_changes(known_from=label, not_in_official_of=official.actuality.date())
    return merged


def supplement(org: Organization, other: Organization, *, label: str) -> Organization:
    """``org`` with the dates and order numbers its file leaves empty taken from ``other``, labelled.

    The official file wins wherever it says something; a field it leaves empty (a copy without
    order numbers) is filled from the other source and named in ``supplemented``.
    """
    filled: dict[str, object] = {}
    for name in SUPPLEMENTED_FIELDS:
        if getattr(org, name) is None and getattr(other, name) is not None:
            filled[name] = getattr(other, name)
    if not filled:
        return org
    month_dates = (*org.month_dates, *(n for n in other.month_dates if n in filled))
    return org.with_changes(**filled, month_dates=month_dates, supplemented=tuple(filled), supplemented_from=label)


def read_merged_events(conn: Connection, snapshots: Sequence[Snapshot]) -> list[Event]:
    """Events of the official lineage, and of the other lineage's organizations it does not list."""
    official, others = split_lineages(snapshots)
    events = derive_events(read_views(conn, official)) if official else []
    if not others:
        return events
    other_events = derive_events(read_views(conn, others))
    if not official:
        return other_events
    listed = set(derive_current_state(read_views(conn, official)))
    merged = read_merged_state(conn, snapshots)
    extra = {org_id for org_id in merged if org_id not in listed}
    return events + [e for e in other_events if e.org_id in extra]


def describe_source(snapshot: Snapshot) -> str:
    """How an organization's source is named for people: ``the bundled reconstruction of 03.07.2026``."""
    when = snapshot.actuality.strftime("%d.%m.%Y")
    if snapshot.is_official:
        return f"the official file of {when}"
    return f"the bundled reconstruction of {when}"


def select_organizations(
    state: Mapping[str, Organization],
    wanted: set[str],
    *,
    as_of: date | None,
    category: str | None,
    country: str | None,
) -> list[Organization]:
    """The organizations whose status on ``as_of`` is one of ``wanted``, filtered by category and country."""
    return [
        org
        for org in state.values()
        if org.status_on(as_of) in wanted
        and (not category or org.category == category)
        and (not country or (org.country_code or "").upper() == country.upper())
    ]


def describe_coverage(snapshots: Sequence[Snapshot], organizations: Iterable[Organization]) -> str:
    """What the answers rest on: the current snapshot, and the entries known only from another source."""
    return read_coverage(snapshots, organizations).text


@dataclass(frozen=True)
class SourceUse:
    """One source an answer was searched in, and how many of the organizations searched it describes."""

    snapshot: Snapshot
    entries: int
    role: str
    """``current``: the snapshot that answers; ``supplement``: the other lineage's newest snapshot,
    for the entries the current one does not list."""

    def to_json(self) -> dict[str, Any]:
        snapshot = self.snapshot
        return {
            "snapshot_id": snapshot.id,
            "kind": snapshot.kind,
            "official": snapshot.is_official,
            "actuality": snapshot.actuality.isoformat(),
            "sha256": snapshot.sha256,
            "rows": snapshot.row_count,
            "role": self.role,
            "entries": self.entries,
            "description": snapshot.provenance(),
        }


@dataclass(frozen=True)
class Coverage:
    """What an answer rests on: every source of the organizations searched (see the module), and a line for people."""

    text: str
    sources: tuple[SourceUse, ...]

    @property
    def organizations(self) -> int:
        """How many organizations were searched (every source together)."""
        return sum(source.entries for source in self.sources)


def read_coverage(snapshots: Sequence[Snapshot], organizations: Iterable[Organization]) -> Coverage:
    """The sources the merged register (:func:`read_merged_state`) of ``snapshots`` is made of.

    ``organizations`` is that register; each is counted under the source that describes it.
    """
    official, others = split_lineages(snapshots)
    current = official[-1] if official else (others[-1] if others else None)
    if current is None:
        return Coverage("No snapshot imported.", ())
    orgs = list(organizations)
    extra = [o for o in orgs if o.known_from]
    sources = [SourceUse(current, len(orgs) - len(extra), "current")]
    text = current.provenance()
    if extra:
        text += f" Plus {len(extra)} entries not in that file, known from {extra[0].known_from} (shown as such)."
    if official and others:
        sources.append(SourceUse(others[-1], len(extra), "supplement"))
        text += f" Also stored: {others[-1].provenance()}"
    return Coverage(text, tuple(sources))


def _forms(org: Organization) -> set[str]:
    return {form for known_as in (org.id, *org.former_ids) for form in id_forms(known_as)}
