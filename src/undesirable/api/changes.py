"""``/api/changes`` and ``/api/changes.atom``: every event of the register, newest first.

An event is one thing that happened to one organization: designated by the Prosecutor General,
included by an order, made public, renamed, excluded, cancelled, removed between snapshots, or
(from snapshot diffs) a field changed. The Atom feed has one entry per event, so a feed reader
shows each addition, removal and change on its own.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from undesirable.operations.changes import EVENT_TITLES, ChangeEvent, collect_events, snapshot_diff_counts
from undesirable.operations.screening import snapshot_json
from undesirable.registry.registry import Registry
from undesirable.serving import get_registry

router = APIRouter(prefix="/api", tags=["changes"])

FEED_ENTRIES = 200
"""Entries in the Atom feed (newest first)."""

DEFAULT_EVENTS = 50
ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_TITLES = {
    "en": "Russia's register of 'undesirable' organizations: changes",
    "ru": "Реестр «нежелательных» организаций: изменения",
}


@router.get("/changes", summary="Snapshots and the latest events")
async def list_changes(
    request: Request, limit: Annotated[int, Query(ge=1, le=FEED_ENTRIES)] = DEFAULT_EVENTS
) -> dict[str, Any]:
    """The JSON twin of the changes page: every snapshot and the newest events."""
    registry = get_registry(request)
    counts = snapshot_diff_counts(registry)
    return {
        "snapshot": snapshot_json(registry),
        "snapshots": [{**s.to_json(), "diff_counts": counts.get(s.id)} for s in reversed(registry.snapshots())],
        "events": [e.to_json() for e in collect_events(registry)[:limit]],
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
    events = collect_events(registry)[:FEED_ENTRIES]
    base = str(request.base_url).rstrip("/")
    xml = render_atom(events, base_url=base, lang=lang, updated=_feed_updated(registry))
    return Response(xml, media_type="application/atom+xml; charset=utf-8")


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
