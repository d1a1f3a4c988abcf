"""``/api/changes`` and the Atom feed: one entry per event, newest first."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from xml.etree import ElementTree as ET

import pytest

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
    assert first.find(f"{ATOM}link").get("href").startswith("http://127.0.0.1:8000/organizations/")  # type: ignore[union-attr]
    assert first.find(f"{ATOM}category").get("term") in {"included", "designated", "changed"}  # type: ignore[union-attr]


def test_feed_speaks_russian_when_asked(client: Any) -> None:
    feed = ET.fromstring(client.get("/api/changes.atom?lang=ru").content)
    assert "нежелательных" in (feed.findtext(f"{ATOM}title") or "")


def test_changes_json_lists_snapshots_with_diff_counts_and_events(client: Any) -> None:
    body = client.get("/api/changes?limit=5").json()
    assert body["snapshots"][0]["diff_counts"]["added"] == body["snapshots"][0]["rows"]
    assert len(body["events"]) == 5
    assert {"org_id", "name", "name_ru", "kind", "date", "order", "snapshot_id", "detail"} == set(body["events"][0])


def test_feed_has_additions_removals_and_changes_between_official_snapshots(
    app_settings: Any, registry: Any, tmp_path: Any
) -> None:
    from datetime import datetime

    from fastapi.testclient import TestClient

    from tests.factories import sample_row, write_sample_xlsx
    from undesirable.api import create_app

    first = [sample_row(i) for i in range(1, 4)]
    second = [sample_row(1, raw_name="Фонд Открытое общество (Open Society Foundations)"), sample_row(2),
              sample_row(4)]  # fmt: skip
    registry.import_file(write_sample_xlsx(tmp_path / "a.xlsx", rows=first, actuality=datetime(2024, 9, 1)))
    registry.import_file(write_sample_xlsx(tmp_path / "b.xlsx", rows=second, actuality=datetime(2024, 10, 1)))
    with TestClient(create_app(app_settings, registry=registry)) as client:
        feed = ET.fromstring(client.get("/api/changes.atom").content)
        kinds = {c.get("term") for c in feed.iter(f"{ATOM}category")}
        assert {"included", "removed", "changed"} <= kinds
        changed = [e for e in feed.iter(f"{ATOM}entry") if e.find(f"{ATOM}category").get("term") == "changed"]  # type: ignore[union-attr]
        assert "raw_name" in (changed[0].findtext(f"{ATOM}summary") or "")
        counts = client.get("/api/changes").json()["snapshots"][0]["diff_counts"]
        assert counts == {"added": 1, "removed": 1, "changed": 1}


def _read_all_pages(client: Any, url: str, *, host: str = "testserver") -> list[Any]:
    """Every page of a feed, following RFC 5005 ``next`` links; each page must parse without bozo."""
    import feedparser

    pages = []
    while url:
        response = client.get(url.removeprefix(PUBLIC_URL), headers={"host": host})
        assert response.status_code == 200, response.text
        parsed = feedparser.parse(response.content)
        assert not parsed.bozo, parsed.get("bozo_exception")
        pages.append(parsed)
        url = next((link.href for link in parsed.feed.links if link.rel == "next"), "")
        assert len(pages) < 50, "paging does not end"
    return pages


PUBLIC_URL = "https://register.example.org"


@pytest.fixture()
def public_client(database_url: str, loaded_registry: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from undesirable import load_settings
    from undesirable.api import create_app

    settings = load_settings({"UNDESIRABLE_DATABASE_URL": database_url, "UNDESIRABLE_PUBLIC_URL": PUBLIC_URL})
    with TestClient(create_app(settings, registry=loaded_registry)) as test_client:
        yield test_client


def test_feedparser_reaches_every_event_through_the_pages(public_client: Any, loaded_registry: Any) -> None:
    from undesirable.operations.changes import collect_events

    pages = _read_all_pages(public_client, f"{PUBLIC_URL}/api/changes.atom?lang=en", host="attacker.example")
    events = collect_events(loaded_registry)
    assert len(events) > 200 and len(pages) == -(-len(events) // 200)
    entries = [entry for page in pages for entry in page.entries]
    ids = [entry.id for entry in entries]
    assert len(ids) == len(set(ids)) == len(events)
    for page in pages:
        assert page.feed.id == f"{PUBLIC_URL}/api/changes.atom?lang=en"
        assert all(link.href.startswith(PUBLIC_URL + "/") for link in page.feed.links)
    assert all(e.id.startswith(PUBLIC_URL + "/") and e.link.startswith(PUBLIC_URL + "/") for e in entries)


def test_russian_and_english_feeds_have_distinct_ids(public_client: Any) -> None:
    import feedparser

    en = feedparser.parse(public_client.get("/api/changes.atom?lang=en").content)
    ru = feedparser.parse(public_client.get("/api/changes.atom?lang=ru").content)
    assert en.feed.id != ru.feed.id
    assert {e.id for e in en.entries}.isdisjoint({e.id for e in ru.entries})
    assert len(en.entries) == len(ru.entries)


def test_a_page_past_the_end_is_not_found(public_client: Any) -> None:
    assert public_client.get("/api/changes.atom?page=999").status_code == 404
