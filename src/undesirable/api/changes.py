"""``/api/changes`` and ``/api/changes.atom``: every event of the register, newest first.

An event is one thing that happened to one organization: designated by the Prosecutor General,
included by an order, made public, renamed, excluded, cancelled, removed between snapshots, or
(from snapshot diffs) a field changed. The Atom feed has one entry per event, so a feed reader
shows each addition, removal and change on its own.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import quote
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from undesirable.api.models_registry import ChangesOut
from undesirable.errors import NotFoundError
from undesirable.operations.changes import ChangeEvent, collect_events, event_title, snapshot_diff_counts
from undesirable.operations.screening import snapshot_json
from undesirable.registry.registry import Registry
from undesirable.serving import get_registry, get_settings

router = APIRouter(prefix="/api", tags=["changes"])

FEED_ENTRIES = 200
"""Entries per page of the Atom feed (newest first); older entries are on the pages its ``next`` links reach."""

DEFAULT_EVENTS = 50
ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_TITLES = {
    "en": "Russia's register of 'undesirable' organizations: changes",
    "ru": "Реестр «нежелательных» организаций: изменения",
}


@router.get("/changes", summary="Snapshots and the latest events", response_model=ChangesOut)
def list_changes(
    request: Request, limit: Annotated[int, Query(ge=1, le=FEED_ENTRIES)] = DEFAULT_EVENTS
) -> dict[str, Any]:
    """The JSON twin of the changes page: every snapshot and the newest events."""
    registry = get_registry(request)
    counts = snapshot_diff_counts(registry)
    return {
        "snapshot": snapshot_json(registry.current_snapshot()),
        "snapshots": [{**s.to_json(), "diff_counts": counts.get(s.id)} for s in reversed(registry.snapshots())],
        "events": [e.to_json() for e in collect_events(registry)[:limit]],
    }


@router.get(
    "/changes.atom",
    summary="Atom feed of additions, removals and changes (paged)",
    response_class=Response,
    responses={200: {"content": {"application/atom+xml": {}}, "description": "An Atom 1.0 feed page."}},
)
def changes_feed(
    request: Request,
    lang: Annotated[str, Query(pattern="^(en|ru)$")] = "en",
    page: Annotated[int, Query(ge=1, description="Page of the feed, 1 the newest (RFC 5005 paging).")] = 1,
) -> Response:
    """One Atom entry per event, newest first, 200 per page; ``next`` links lead back to the first event.

    Ids and links are built from ``UNDESIRABLE_PUBLIC_URL`` (never the request's Host header);
    the Russian and the English feed have distinct feed and entry ids.
    """
    registry = get_registry(request)
    events = collect_events(registry)
    pages = max(1, -(-len(events) // FEED_ENTRIES))
    if page > pages:
        raise NotFoundError(f"no page {page} of the feed (it has {pages})")
    chunk = events[(page - 1) * FEED_ENTRIES : page * FEED_ENTRIES]
    feed = FeedPage(base_url=get_settings(request).public_url, lang=lang, page=page, pages=pages)
    xml = render_atom(chunk, feed=feed, updated=_feed_updated(registry))
    return Response(xml, media_type="application/atom+xml; charset=utf-8")


@dataclass(frozen=True)
class FeedPage:
    """Which page of which language's feed, and where the server is reached."""

    base_url: str
    lang: str
    page: int = 1
    pages: int = 1

    @property
    def feed_id(self) -> str:
        return f"{self.base_url}/api/changes.atom?lang={self.lang}"

    def url(self, page: int) -> str:
        return self.feed_id + (f"&page={page}" if page > 1 else "")

    def links(self) -> list[tuple[str, str]]:
        """RFC 5005 paging links: self, first, last, and previous/next where they exist."""
        out = [("self", self.url(self.page)), ("first", self.url(1)), ("last", self.url(self.pages))]
        if self.page > 1:
            out.append(("previous", self.url(self.page - 1)))
        if self.page < self.pages:
            out.append(("next", self.url(self.page + 1)))
        return out


SUMMARY_WORDS = {"en": {"order": "order", "fields": "fields"}, "ru": {"order": "распоряжение", "fields": "поля"}}


def _feed_updated(registry: Registry) -> datetime:
    snapshot = registry.current_snapshot()
    when = snapshot.imported_at if snapshot else datetime(2015, 7, 28)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def render_atom(events: list[ChangeEvent], *, feed: FeedPage, updated: datetime) -> bytes:
    """The Atom 1.0 document for one page of ``events`` in ``feed.lang`` (``en`` or ``ru``)."""
    ET.register_namespace("", ATOM_NS)
    root = ET.Element(f"{{{ATOM_NS}}}feed", {"xml:lang": feed.lang})
    _add(root, "title", FEED_TITLES[feed.lang])
    _add(root, "id", feed.feed_id)
    _add(root, "updated", updated.isoformat())
    for rel, href in feed.links():
        ET.SubElement(root, f"{{{ATOM_NS}}}link", {"rel": rel, "href": href, "type": "application/atom+xml"})
    ET.SubElement(root, f"{{{ATOM_NS}}}link", {"rel": "alternate", "href": f"{feed.base_url}/changes?lang={feed.lang}"})
    author = ET.SubElement(root, f"{{{ATOM_NS}}}author")
    _add(author, "name", "undesirable")
    for event in events:
        entry = ET.SubElement(root, f"{{{ATOM_NS}}}entry")
        page_url = f"{feed.base_url}/organizations/{quote(event.org_id, safe='/:')}?lang={feed.lang}"
        when = event.date.isoformat() if event.date else "undated"
        _add(entry, "id", f"{page_url}#{event.kind}-{when}{_distinction(event)}")
        _add(entry, "title", f"{event_title(event.kind, feed.lang)}: {_name(event, feed.lang)}")
        stamp = datetime.combine(event.date or updated.date(), datetime.min.time(), tzinfo=UTC)
        _add(entry, "updated", stamp.isoformat())
        ET.SubElement(entry, f"{{{ATOM_NS}}}link", {"rel": "alternate", "href": page_url})
        ET.SubElement(entry, f"{{{ATOM_NS}}}category", {"term": event.kind})
        _add(entry, "summary", _summary(event, feed.lang))
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + body


def _distinction(event: ChangeEvent) -> str:
    """What tells apart events of one kind, organization and date: the snapshot of a field change,
    the former name of a rename (one rename note can retire several names)."""
    if event.kind == "changed":
        return f"-{event.snapshot_id}"
    if event.kind == "renamed" and event.detail.get("from"):
        return "-" + hashlib.sha256(str(event.detail["from"]).encode()).hexdigest()[:10]
    return ""


def _name(event: ChangeEvent, lang: str) -> str:
    return event.name_ru if lang == "ru" and event.name_ru else event.name


def _summary(event: ChangeEvent, lang: str) -> str:
    """One line in the feed's language: the event, its date, the order, what changed."""
    words = SUMMARY_WORDS[lang]
    parts = [_name(event, lang), event_title(event.kind, lang)]
    if event.date:
        parts.append(event.date.strftime("%d.%m.%Y") if lang == "ru" else event.date.isoformat())
    if event.order:
        parts.append(f"{words['order']} {event.order}")
    if event.kind == "changed":
        parts.append(f"{words['fields']}: " + ", ".join(event.detail.get("fields", [])))
    if event.kind == "renamed" and event.detail:
        parts.append(f"{event.detail.get('from')} -> {event.detail.get('to')}")
    return "; ".join(parts)


def _add(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}")
    element.text = text
    return element
