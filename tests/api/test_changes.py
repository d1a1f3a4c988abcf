"""``/api/changes`` and the Atom feed: one entry per event, newest first."""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"


def test_feed_is_valid_atom_with_one_entry_per_event(client: Any) -> None:
    response = client.get("/api/changes.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert 0 < len(entries) <= 200
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids)
    updated = [e.findtext(f"{ATOM}updated") or "" for e in entries]
    assert updated == sorted(updated, reverse=True)
    first = entries[0]
    assert first.find(f"{ATOM}link").get("href").startswith("http://testserver/organizations/")  # type: ignore[union-attr]
    assert first.find(f"{ATOM}category").get("term") in {"included", "designated", "changed"}  # type: ignore[union-attr]


def test_feed_speaks_russian_when_asked(client: Any) -> None:
    feed = ET.fromstring(client.get("/api/changes.atom?lang=ru").content)
    assert "нежелательных" in (feed.findtext(f"{ATOM}title") or "")


def test_changes_json_lists_snapshots_with_diff_counts_and_events(client: Any) -> None:
    body = client.get("/api/changes?limit=5").json()
    assert body["snapshots"][0]["diff_counts"]["added"] == body["snapshots"][0]["rows"]
    assert len(body["events"]) == 5
    assert {"org_id", "name", "kind", "date", "order", "snapshot_id", "detail"} == set(body["events"][0])
