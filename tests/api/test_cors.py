"""CORS: reconciliation is open to every origin, reads follow UNDESIRABLE_CORS_ORIGINS, writes never."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from undesirable.api.cors import classify_route

ORIGIN = "https://refine.example.org"


def _preflight(client: Any, path: str, method: str = "GET", origin: str = ORIGIN) -> Any:
    headers = {
        "Origin": origin,
        "Access-Control-Request-Method": method,
        "Access-Control-Request-Headers": "content-type",
    }
    return client.options(path, headers=headers)


@pytest.mark.parametrize(
    ("path", "method"),
    [("/reconcile", "GET"), ("/reconcile", "POST"), ("/reconcile/suggest/entity", "GET"),
     ("/api/organizations", "GET"), ("/api/match", "POST"), ("/api/scan", "POST"), ("/match/default", "POST"),
     ("/entities/x", "GET"), ("/api/changes.atom", "GET")],
)  # fmt: skip
def test_preflight_on_reconciliation_and_reads_is_204(client: Any, path: str, method: str) -> None:
    response = _preflight(client, path, method)
    assert response.status_code == 204, response.text
    assert response.headers["access-control-allow-origin"] == "*"
    assert method in response.headers["access-control-allow-methods"]
    assert "content-type" in response.headers["access-control-allow-headers"].lower()


@pytest.mark.parametrize("path", ["/api/snapshots", "/api/review/1076-р/2015-07-29"])
def test_preflight_on_writes_gets_no_cors_headers(client: Any, path: str) -> None:
    response = _preflight(client, path, "POST")
    assert response.status_code != 204
    assert "access-control-allow-origin" not in response.headers


def test_actual_responses_carry_the_header(client: Any) -> None:
    for response in (
        client.get("/reconcile", headers={"Origin": ORIGIN}),
        client.get("/api/organizations?limit=1", headers={"Origin": ORIGIN}),
        client.post("/reconcile", data={"queries": '{"q0": {"query": "Meduza"}}'}, headers={"Origin": ORIGIN}),
    ):
        assert response.status_code == 200
        assert response.headers["access-control-allow-origin"] == "*"
    write = client.post("/api/snapshots", headers={"Origin": ORIGIN})
    assert "access-control-allow-origin" not in write.headers


@pytest.fixture()
def strict_client(database_url: str, loaded_registry: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from undesirable import load_settings
    from undesirable.api import create_app

    settings = load_settings({"UNDESIRABLE_DATABASE_URL": database_url, "UNDESIRABLE_CORS_ORIGINS": ORIGIN + "/"})
    with TestClient(create_app(settings, registry=loaded_registry)) as test_client:
        yield test_client


def test_configured_origins_limit_reads_but_not_reconciliation(strict_client: Any) -> None:
    allowed = _preflight(strict_client, "/api/organizations")
    assert allowed.status_code == 204
    assert allowed.headers["access-control-allow-origin"] == ORIGIN
    assert "origin" in allowed.headers["vary"].lower()
    other = _preflight(strict_client, "/api/organizations", origin="https://elsewhere.example")
    assert "access-control-allow-origin" not in other.headers
    assert _preflight(strict_client, "/reconcile", origin="https://elsewhere.example").status_code == 204
    got = strict_client.get("/api/organizations?limit=1", headers={"Origin": ORIGIN})
    assert got.headers["access-control-allow-origin"] == ORIGIN


def test_route_kinds() -> None:
    assert classify_route("/reconcile", "POST") == "reconcile"
    assert classify_route("/api/match", "POST") == "read"
    assert classify_route("/api/snapshots", "POST") == "write"
    assert classify_route("/api/snapshots", "DELETE") == "write"
    assert classify_route("/organizations", "GET") == "other"
