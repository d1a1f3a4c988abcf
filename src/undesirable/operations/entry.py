"""One entry of the register as a reader sees it: its history, where it comes from, how to cite it.

:func:`describe_entry` gathers what an entry's page shows besides the organization itself: the
versions of the list that first listed it and last changed it, the entries related to it (the
same group, or a shared web domain), and its sources in order of authority: the official list
first (or the public copy of it), press reports after.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from undesirable.model import Organization, Snapshot

if TYPE_CHECKING:
    from undesirable.registry.history import History
    from undesirable.registry.registry import Registry

OFFICIAL_COPY_HOSTS = frozenset({"github.com", "raw.githubusercontent.com"})
"""Where the bundled data's public copy of the official list (05.09.2024) was read from."""


@dataclass(frozen=True)
class Source:
    """One source of an entry: ``official`` (the ministry's list), ``copy`` (a copy of it) or ``press``."""

    kind: str
    url: str | None
    host: str | None


@dataclass(frozen=True)
class EntryView:
    history: History
    first_seen: Snapshot | None
    last_changed: Snapshot | None
    current: Snapshot | None
    related: list[Organization]
    sources: list[Source]


def describe_entry(registry: Registry, org_id: str) -> EntryView:
    """The page facts of the entry ``org_id`` (any accepted spelling of its id)."""
    history = registry.history(org_id)
    org = history.organization
    snapshots = {s.id: s for s in registry.snapshots()}
    listed = [snapshots[i] for i in history.snapshot_ids if i in snapshots]
    changed = [snapshots[e.snapshot_id] for e in history.events if e.snapshot_id in snapshots]
    return EntryView(
        history=history,
        first_seen=listed[0] if listed else None,
        last_changed=max(changed, key=lambda s: s.id) if changed else (listed[0] if listed else None),
        current=registry.current_snapshot(),
        related=find_related(org, registry.all_organizations()),
        sources=order_sources(org),
    )


def find_related(org: Organization, everyone: list[Organization]) -> list[Organization]:
    """Entries of the same group, or sharing a web domain with ``org`` (never ``org`` itself)."""
    domains = set(org.domains)
    return [
        other
        for other in everyone
        if other.id != org.id
        and ((org.group_id and other.group_id == org.group_id) or (domains and domains & set(other.domains)))
    ]


def order_sources(org: Organization) -> list[Source]:
    """The official list first (named even without a link), then copies of it, then the press."""
    out = [Source("official", None, None)] if org.basis == "official" else []
    found = []
    for url in org.sources:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        found.append(Source("copy" if host in OFFICIAL_COPY_HOSTS else "press", url, host))
    return out + sorted(found, key=lambda s: s.kind != "copy")
