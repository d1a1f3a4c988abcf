"""The OpenRefine reconciliation service, driven by a recorded OpenRefine request."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

FORM = (Path(__file__).parent / "recordings" / "openrefine_queries.form").read_text(encoding="utf-8").strip()


def test_manifest_describes_the_service(client: Any) -> None:
    manifest = client.get("/reconcile", headers={"host": "attacker.example"}).json()
    assert manifest["versions"] == ["0.2"]
    assert manifest["defaultTypes"] == [{"id": "Organization", "name": "Organization"}]
    assert manifest["view"]["url"] == "http://127.0.0.1:8000/organizations/{{id}}"  # the public URL, never Host
    assert manifest["identifierSpace"].startswith("http://127.0.0.1:8000/")


def test_recorded_form_post_is_answered_per_query(client: Any) -> None:
    response = client.post("/reconcile", content=FORM, headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"q0", "q1", "q2", "q3"}
    amnesty = body["q0"]["result"][0]
    assert set(amnesty) == {"id", "name", "type", "score", "match", "description", "features"}
    assert "amnesty" in amnesty["id"] and 0 < amnesty["score"] <= 100
    assert amnesty["type"] == [{"id": "Organization", "name": "Organization"}]
    assert len(body["q1"]["result"]) <= 3
    assert body["q2"]["result"][0]["name"].endswith("Bellingcat")
    assert not any(c["match"] for c in body["q3"]["result"])


def test_queries_work_by_get_too(client: Any) -> None:
    queries = parse_qs(FORM)["queries"][0]
    by_get = client.get("/reconcile", params={"queries": queries}).json()
    by_post = client.post("/reconcile", data={"queries": queries}).json()
    assert by_get == by_post


def test_other_types_have_no_candidates(client: Any) -> None:
    queries = json.dumps({"q0": {"query": "Amnesty International", "type": "Person"}})
    assert client.get("/reconcile", params={"queries": queries}).json() == {"q0": {"result": []}}


def test_suggest_entity_by_prefix(client: Any) -> None:
    body = client.get("/reconcile/suggest/entity", params={"prefix": "Bellingcat"}).json()
    assert body["result"] and all("id" in item and "name" in item for item in body["result"])
