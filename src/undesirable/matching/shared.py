"""Entries that share a name, and related entries (groups): returned together, told apart.

One organization may stand on the list as several entries (Stichting Bellingcat and Bellingcat
Ltd; the two TV Rain entities; the US and UK Elton John AIDS Foundations), and two entries may
carry one name («Открытая Россия»). A screener must see all of them: :func:`keep_shared` keeps
every entry whose matched name has the same comparison keys as a returned one, even past the
limit, and :func:`describe_shared` says what tells the entries of one name apart (country, order,
dates, legal form). Groups come from the annotations (``group_id``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from undesirable.matching.index import MatchIndex
from undesirable.matching.reasons import TOLD_APART_FACTS, Reason
from undesirable.model import Organization


@dataclass(frozen=True)
class SharedName:
    """The other entries a match shares its name with, and the facts that differ between them."""

    entries: tuple[str, ...]
    differs_by: dict[str, dict[str, str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """``{"count", "entries", "differs_by": {field: {id: value}}}``: ``count`` entries carry the
        name, this one and the ``entries`` listed."""
        return {"count": len(self.entries) + 1, "entries": list(self.entries), "differs_by": self.differs_by}


def keep_shared(ranked: Sequence[tuple[int, tuple[str, ...]]], limit: int) -> int:
    """How many of ``ranked`` (organization position, keys of its matched name) to return: the
    first ``limit`` and every later one sharing its name's keys with one of them."""
    if len(ranked) <= limit:
        return len(ranked)
    kept = {keys for _, keys in ranked[:limit]}
    count = limit
    while count < len(ranked) and ranked[count][1] in kept:
        count += 1
    return count


def describe_shared(orgs: Sequence[Organization], legal_forms: Sequence[str]) -> dict[str, dict[str, str]]:
    """For entries sharing a name: each fact whose values differ, by entry id."""
    facts: dict[str, list[str]] = {
        "country_code": [o.country_code or "" for o in orgs],
        "inclusion_order": [o.inclusion_order or "" for o in orgs],
        "inclusion_date": [o.inclusion_date.isoformat() if o.inclusion_date else "" for o in orgs],
        "legal_form": list(legal_forms),
        "name": [o.display_name for o in orgs],
    }
    return {
        fact: {o.id: value for o, value in zip(orgs, values, strict=True) if value}
        for fact, values in facts.items()
        if len(set(values)) > 1
    }


def told_apart(org_id: str, differs_by: dict[str, dict[str, str]]) -> Reason:
    """The reason that says what sets entry ``org_id`` apart from the others sharing its name
    (``told_apart``: its country, legal form, order, inclusion date where they differ)."""
    values = {fact: differs_by[fact][org_id] for fact in TOLD_APART_FACTS if org_id in differs_by.get(fact, {})}
    return Reason("told_apart", values)


def group_members(index: MatchIndex, group_id: str | None) -> tuple[str, ...]:
    """The ids of the organizations of one group (empty without a group)."""
    if not group_id:
        return ()
    return index.caches.table("groups", lambda: _groups_of(index)).get(group_id, ())


def _groups_of(index: MatchIndex) -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for org in index.organizations:
        if org.group_id:
            groups.setdefault(org.group_id, []).append(org.id)
    return {group: tuple(ids) for group, ids in groups.items()}
