"""``/api/changes`` and ``/api/changes.atom``: every event of the register, newest first.

An event is one thing that happened to one organization: designated by the Prosecutor General,
included by an order, made public, renamed, excluded, cancelled, removed between snapshots, or
(from snapshot diffs) a field changed. The Atom feed has one entry per event, so a feed reader
shows each addition, removal and change on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Annotated, Any
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from undesirable.api.common import get_registry, snapshot_json
from undesirable.registry.registry import Registry
from undesirable.registry.snapshots import current_lineage

router = APIRouter(prefix="/api", tags=["changes"])

FEED_ENTRIES = 200
"""Entries in the Atom feed (newest first)."""

DEFAULT_EVENTS = 50
ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_TITLES = {
    "en": "Russia's register of 'undesirable' organizations: changes",
    "ru": "Реестр «нежелательных» организаций: изменения",
}
EVENT_TITLES = {
    "en": {
        "designated": "Declared undesirable by the Prosecutor General",
        "included": "Included in the register",
        "made_public": "Designation made public",
        "renamed": "Renamed",
        "excluded": "Excluded from the register",
        "cancelled": "Decision cancelled",
        "removed": "No longer listed",
        "changed": "Entry changed",
    },
    "ru": {
        "designated": "Признана нежелательной Генпрокуратурой",
        "included": "Включена в перечень",
        "made_public": "Решение обнародовано",
        "renamed": "Переименована",
        "excluded": "Исключена из перечня",
        "cancelled": "Решение отменено",
        "removed": "Больше не в перечне",
        "changed": "Запись изменена",
    },
}


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


@router.get("/changes", summary="Snapshots and the latest events")
async def list_changes(
    request: Request, limit: Annotated[int, Query(ge=1, le=FEED_ENTRIES)] = DEFAULT_EVENTS
) -> dict[str, Any]:
    """The JSON twin of the changes page: every snapshot and the newest events."""
    registry = get_registry(request)
    counts = snapshot_diff_counts(request, registry)
    return {
        "snapshot": snapshot_json(registry),
        "snapshots": [{**s.to_json(), "diff_counts": counts.get(s.id)} for s in reversed(registry.snapshots())],
        "events": [e.to_json() for e in collect_events(request, registry)[:limit]],
    }


@router.get(
    "/changes.atom",
    summary="Atom feed of additions, removals and changes",
    response_class=Response,
    responses={200: {"content": {"application/atom+xml": {}}, "description": "An Atom 1.0 feed."}},
)
async def changes_feed(request: Request, lang: Annotated[str, Query(pattern="^(en|ru)$")] = "en") -> Response:
    """One Atom entry per event, newest first (at most 200)."""
    registry = get_registry(request)
    events = collect_events(request, registry)[:FEED_ENTRIES]
    base = str(request.base_url).rstrip("/")
    xml = render_atom(events, base_url=base, lang=lang, updated=_feed_updated(registry))
    return Response(xml, media_type="application/atom+xml; charset=utf-8")


def collect_events(request: Request, registry: Registry) -> list[ChangeEvent]:
    """Every event of the current lineage, newest first; cached until a snapshot is added."""
    key = tuple(s.id for s in registry.snapshots())
    cache: dict[str, Any] = request.app.state.cache
    cached = cache.get("events")
    if cached is None or cached[0] != key:
        cached = (key, _gather_events(registry))
        cache["events"] = cached
    events: list[ChangeEvent] = cached[1]
    return events


def snapshot_diff_counts(request: Request, registry: Registry) -> dict[int, dict[str, int]]:
    """For each snapshot of the current lineage, how many entries its diff added, removed, changed."""
    key = tuple(s.id for s in registry.snapshots())
    cache: dict[str, Any] = request.app.state.cache
    cached = cache.get("diff_counts")
    if cached is None or cached[0] != key:
        counts = {}
        for snapshot in current_lineage(registry.snapshots()):
            _, _, diff = registry.diff(snapshot.previous_id, snapshot.id)
            counts[snapshot.id] = {"added": len(diff.added), "removed": len(diff.removed), "changed": len(diff.changed)}
        cached = (key, counts)
        cache["diff_counts"] = cached
    result: dict[int, dict[str, int]] = cached[1]
    return result


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


def _feed_updated(registry: Registry) -> datetime:
    snapshot = registry.current_snapshot()
    when = snapshot.imported_at if snapshot else datetime(2015, 7, 28)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def render_atom(events: list[ChangeEvent], *, base_url: str, lang: str, updated: datetime) -> bytes:
    """The Atom 1.0 document for ``events`` (``lang`` is ``en`` or ``ru``)."""
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed", {"xml:lang": lang})
    _add(feed, "title", FEED_TITLES[lang])
    _add(feed, "id", f"{base_url}/api/changes.atom")
    _add(feed, "updated", updated.isoformat())
    ET.SubElement(feed, f"{{{ATOM_NS}}}link", {"rel": "self", "href": f"{base_url}/api/changes.atom?lang={lang}"})
    ET.SubElement(feed, f"{{{ATOM_NS}}}link", {"rel": "alternate", "href": f"{base_url}/changes"})
    author = ET.SubElement(feed, f"{{{ATOM_NS}}}author")
    _add(author, "name", "undesirable")
    for event in events:
        entry = ET.SubElement(feed, f"{{{ATOM_NS}}}entry")
        when = event.date.isoformat() if event.date else "undated"
        _add(entry, "id", f"tag:undesirable,2015:{event.kind}/{event.org_id}/{when}")
        _add(entry, "title", f"{EVENT_TITLES[lang][event.kind]}: {event.name}")
        stamp = datetime.combine(event.date or updated.date(), datetime.min.time(), tzinfo=UTC)
        _add(entry, "updated", stamp.isoformat())
        href = f"{base_url}/organizations/{event.org_id}?lang={lang}"
        ET.SubElement(entry, f"{{{ATOM_NS}}}link", {"rel": "alternate", "href": href})
        ET.SubElement(entry, f"{{{ATOM_NS}}}category", {"term": event.kind})
        _add(entry, "summary", _summary(event))
    body: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + body


def _summary(event: ChangeEvent) -> str:
    parts = [event.name, event.kind]
    if event.date:
        parts.append(event.date.isoformat())
    if event.order:
        parts.append(f"order {event.order}")
    if event.kind == "changed":
        parts.append("fields: " + ", ".join(event.detail.get("fields", [])))
    if event.kind == "renamed" and event.detail:
        parts.append(f"{event.detail.get('from')} -> {event.detail.get('to')}")
    return "; ".join(parts)


def _add(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}")
    element.text = text
    return element
