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
