"""Reconciliation API 0.2, exactly: every response validates against the spec's JSON schemas.

The schemas and the spec's own valid and invalid query examples are read from
``../shared/specs/reconciliation-0.2/`` (the W3C community group's repository).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

SPEC = Path(__file__).resolve().parents[3] / "shared" / "specs" / "reconciliation-0.2"
PUBLIC_URL = "https://register.example.org"


def _schema_validator(name: str) -> Any:
    """A validator for one of the spec's schemas, resolving its references to the others."""
    from jsonschema import Draft7Validator
    from referencing import Registry
    from referencing.jsonschema import DRAFT7

    schemas = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in (SPEC / "schemas").glob("*.json")}
    base = "https://reconciliation-api.github.io/specs/0.2/schemas/"
    registry: Registry[Any] = Registry().with_resources(
        (base + file, DRAFT7.create_resource(schema)) for file, schema in schemas.items()
    )
    return Draft7Validator(schemas[name], registry=registry)


def _examples(kind: str, validity: str) -> list[Path]:
    return sorted((SPEC / "examples" / kind / validity).glob("*.json"))


@pytest.fixture()
def public_client(database_url: str, loaded_registry: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from undesirable import load_settings
    from undesirable.api import create_app

    settings = load_settings({"UNDESIRABLE_DATABASE_URL": database_url, "UNDESIRABLE_PUBLIC_URL": PUBLIC_URL + "/"})
    with TestClient(create_app(settings, registry=loaded_registry)) as test_client:
        yield test_client


def _assert_valid(name: str, body: Any) -> None:
    errors = sorted(_schema_validator(name).iter_errors(body), key=str)
    assert not errors, [e.message for e in errors[:5]]


def test_manifest_validates_and_every_url_in_it_resolves(public_client: Any) -> None:
    manifest = public_client.get("/reconcile", headers={"host": "elsewhere.example"}).json()
    _assert_valid("manifest.json", manifest)
    org_id = public_client.get("/api/organizations?limit=1").json()["organizations"][0]["id"]
    suggest = manifest["suggest"]["entity"]
    urls = [manifest["identifierSpace"] + org_id, manifest["schemaSpace"], manifest["documentation"],
            manifest["view"]["url"].replace("{{id}}", org_id), manifest["preview"]["url"].replace("{{id}}", org_id),
            suggest["service_url"] + suggest["service_path"] + "?prefix=a"]  # fmt: skip
    for url in urls:
        assert url.startswith(PUBLIC_URL + "/"), url
        parts = urlsplit(url)
        response = public_client.get(parts.path + (f"?{parts.query}" if parts.query else ""))
        assert response.status_code == 200, (url, response.status_code)


@pytest.mark.parametrize("example", _examples("reconciliation-query-batch", "valid"), ids=lambda p: p.name)
def test_the_specs_valid_query_batches_are_answered_with_valid_results(public_client: Any, example: Path) -> None:
    queries = example.read_text(encoding="utf-8")
    for response in (public_client.post("/reconcile", data={"queries": queries}),
                     public_client.get("/reconcile", params={"queries": queries})):  # fmt: skip
        assert response.status_code == 200, response.text
        body = response.json()
        assert set(body) == set(json.loads(queries))
        _assert_valid("reconciliation-result-batch.json", body)


@pytest.mark.parametrize("example", _examples("reconciliation-query-batch", "invalid"), ids=lambda p: p.name)
def test_the_specs_invalid_query_batches_are_refused(public_client: Any, example: Path) -> None:
    response = public_client.post("/reconcile", data={"queries": example.read_text(encoding="utf-8")})
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "bad_request"


def _reconcile(client: Any, query: dict[str, Any]) -> list[dict[str, Any]]:
    body = client.post("/reconcile", data={"queries": json.dumps({"q": query})}).json()
    _assert_valid("reconciliation-result-batch.json", body)
    return list(body["q"]["result"])


@pytest.mark.parametrize(
    "country",
    ["LV", "lv", "Латвия", "Latvia", ["EE", "LV"], {"id": "lv", "name": "Latvia"}, [{"id": "x", "name": "Латвия"}]],
)
def test_country_by_code_name_list_or_entity_is_a_match_not_a_mismatch(public_client: Any, country: Any) -> None:
    fits = _reconcile(public_client, {"query": "Medusa Project", "properties": [{"pid": "country", "v": country}]})
    other = _reconcile(public_client, {"query": "Medusa Project", "properties": [{"pid": "country", "v": "Germany"}]})
    assert fits[0]["score"] > other[0]["score"]
    assert {"id": "country_match", "value": True} in fits[0]["features"]


def test_property_only_queries_are_answered(public_client: Any) -> None:
    by_name = _reconcile(public_client, {"properties": [{"pid": "name", "v": "Bellingcat"}]})
    assert by_name and by_name[0]["name"].endswith("Bellingcat")
    org_id = by_name[0]["id"]
    by_id = _reconcile(public_client, {"properties": [{"pid": "id", "v": {"id": org_id}}]})
    assert [c["id"] for c in by_id] == [org_id] and by_id[0]["match"] is True
    by_country = _reconcile(public_client, {"properties": [{"pid": "country", "v": "Нидерланды"}], "limit": 50})
    assert org_id in [c["id"] for c in by_country] and not any(c["match"] for c in by_country)


def test_suggest_pages_with_cursor_and_gives_notable_types(public_client: Any) -> None:
    first = public_client.get("/reconcile/suggest/entity", params={"prefix": "fund", "limit": 2}).json()
    second = public_client.get("/reconcile/suggest/entity", params={"prefix": "fund", "limit": 2, "cursor": 2}).json()
    for body in (first, second):
        _assert_valid("suggest-entities-response.json", body)
        assert all(item["notable"] == [{"id": "Organization", "name": "Organization"}] for item in body["result"])
    assert len(first["result"]) == 2 and second["result"]
    assert {i["id"] for i in first["result"]}.isdisjoint({i["id"] for i in second["result"]})


@pytest.mark.parametrize("path", ["/reconcile", "/reconcile/suggest/entity?prefix=a", "/reconcile/types"])
def test_every_reconciliation_endpoint_allows_cors(public_client: Any, path: str) -> None:
    headers = {"Origin": "https://openrefine.example", "Access-Control-Request-Method": "GET"}
    assert public_client.options(path, headers=headers).status_code == 204
    got = public_client.get(path, headers={"Origin": "https://openrefine.example"})
    assert got.headers["access-control-allow-origin"] == "*"
