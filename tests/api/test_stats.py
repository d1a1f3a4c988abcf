"""``/api/stats``: the statistics page's JSON twin."""

from __future__ import annotations

from typing import Any


def test_stats_name_their_source_and_count_the_register(client: Any) -> None:
    body = client.get("/api/stats").json()
    assert "Bundled reconstruction" in body["source"]
    assert body["total"] == client.get("/api/snapshots").json()["snapshots"][-1]["rows"]
    assert body["by_inclusion_year"]["2015"] >= 1


def test_stats_as_of_a_date_count_fewer(client: Any) -> None:
    assert client.get("/api/stats?as_of=2016-01-01").json()["total"] < client.get("/api/stats").json()["total"]


def test_healthz_names_the_snapshot(client: Any) -> None:
    body = client.get("/healthz").json()
    assert body["status"] == "ok" and body["official"] is False and body["snapshot"] >= 1
