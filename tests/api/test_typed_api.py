"""A typed API: every operation declares its response body, so a generated client has models.

A client is generated from the live server's ``/openapi.json`` with openapi-python-client (from
PyPI) and three operations are called with it; the document's own examples are checked too.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.api.live import live_server

JSON = "application/json"


def _success_schemas(document: dict[str, Any]) -> Iterator[tuple[str, str, str, dict[str, Any] | None]]:
    for path, item in document["paths"].items():
        for method, operation in item.items():
            for status, response in operation["responses"].items():
                if status.startswith("2"):
                    content = response.get("content", {})
                    yield method, path, status, content.get(JSON, {}).get("schema") if JSON in content else None


def _is_typed(schema: dict[str, Any], components: dict[str, Any]) -> bool:
    """A schema names its fields: a reference to a model with properties (or a map/union of such)."""
    if "$ref" in schema:
        target = components[schema["$ref"].rsplit("/", 1)[1]]
        return bool(target.get("properties")) or _is_typed_map(target, components)
    if "anyOf" in schema:
        return all(_is_typed(s, components) for s in schema["anyOf"])
    return False


def _is_typed_map(schema: dict[str, Any], components: dict[str, Any]) -> bool:
    values = schema.get("additionalProperties")
    return schema.get("type") == "object" and isinstance(values, dict) and _is_typed(values, components)


def test_no_operation_in_the_document_is_untyped(client: Any) -> None:
    document = client.get("/openapi.json").json()
    components = document["components"]["schemas"]
    untyped = []
    for method, path, status, schema in _success_schemas(document):
        responses = document["paths"][path][method]["responses"][status]
        if schema is None:
            assert set(responses.get("content", {})) <= {"application/atom+xml"}, (method, path)
            continue
        if not _is_typed(schema, components):
            untyped.append(f"{method.upper()} {path} {status}")
    assert untyped == []


def test_the_untyped_check_sees_a_free_form_object() -> None:
    components = {"Free": {"type": "object", "additionalProperties": True}, "Typed": {"properties": {"a": {}}}}
    assert not _is_typed({"type": "object", "additionalProperties": True}, components)
    assert not _is_typed({"$ref": "#/components/schemas/Free"}, components)
    assert _is_typed({"$ref": "#/components/schemas/Typed"}, components)


def test_examples_in_the_document_are_true(client: Any) -> None:
    document = client.get("/openapi.json").json()
    for path, item in document["paths"].items():
        for method, operation in item.items():
            for status, response in operation["responses"].items():
                example = response.get("content", {}).get(JSON, {}).get("example")
                if isinstance(example, dict) and "error" in example:
                    assert example["error"]["status"] == int(status), (method, path, status)
    body_example = document["components"]["schemas"]["MatchBatch"]["examples"][0]
    answer = client.post("/api/match", json=body_example)
    assert answer.status_code == 200, answer.text


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from undesirable import Registry, load_settings

    db = tmp_path_factory.mktemp("typed-db") / "store.sqlite3"
    settings = load_settings({"UNDESIRABLE_DATABASE_URL": f"sqlite:///{db}", "UNDESIRABLE_AUTOLOAD": "1"})
    registry = Registry.open(settings=settings)
    try:
        with live_server(settings, registry) as url:
            yield url
    finally:
        registry.close()


@pytest.fixture(scope="module")
def generated(server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The client openapi-python-client generates from the server's document, imported."""
    folder = tmp_path_factory.mktemp("generated")
    document = folder / "openapi.json"
    document.write_bytes(httpx.get(f"{server}/openapi.json").content)
    package = folder / "undesirable_generated_client"
    config = folder / "config.json"  # the Atom feed is bytes to a Python client
    config.write_text('{"content_type_overrides": {"application/atom+xml": "application/octet-stream"}}')
    command = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(document), "--meta", "none",
               "--config", str(config), "--output-path", str(package)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Warning" not in done.stdout + done.stderr, done.stdout + done.stderr
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module("undesirable_generated_client")
    finally:
        sys.path.remove(str(folder))
        for name in [m for m in sys.modules if m.startswith("undesirable_generated_client")]:
            del sys.modules[name]


def _operation(generated: Any, tag: str, name: str) -> Any:
    return importlib.import_module(f"{generated.__name__}.api.{tag}.{name}")


def test_a_generated_client_calls_three_operations_with_models(server: str, generated: Any) -> None:
    with generated.Client(base_url=server) as client:
        models = importlib.import_module(f"{generated.__name__}.models")
        page = _operation(generated, "organizations", "list_organizations_api_organizations_get").sync(
            client=client, limit=3
        )
        assert isinstance(page, models.OrganizationPage)
        assert page.count > 3 and len(page.organizations) == 3
        first = page.organizations[0]
        assert isinstance(first, models.OrganizationOut) and isinstance(first.designated, bool)
        history = _operation(generated, "organizations", "get_organization_api_organizations_org_id_get").sync(
            first.id, client=client
        )
        assert isinstance(history, models.OrganizationHistory)
        assert history.organization.id == first.id and all(isinstance(e, models.EventOut) for e in history.events)
        check = _operation(generated, "matching", "match_one_api_match_get").sync(client=client, q="Medusa Project")
        assert isinstance(check, models.NameCheck)
        assert check.matches and isinstance(check.matches[0], models.MatchOut) and 0 < check.matches[0].score <= 1
        entity = _operation(generated, "yente_compatibility", "fetch_entity_entities_entity_id_get").sync(
            check.matches[0].organization.id, client=client
        )
        assert isinstance(entity, models.EntityResponse) and entity.id == check.matches[0].organization.id


def test_every_app_gets_its_own_document_and_a_new_route_is_in_it(app_settings: Any, loaded_registry: Any) -> None:
    from undesirable.api import create_app

    first, second = (create_app(app_settings, registry=loaded_registry) for _ in range(2))
    document = first.openapi()
    assert second.openapi() == document and second.openapi() is not document
    second.openapi()["paths"].clear()  # one app's copy changed: no other app's document changes
    assert create_app(app_settings, registry=loaded_registry).openapi() == document

    third = create_app(app_settings, registry=loaded_registry)

    @third.get("/api/extra", summary="An extra operation")
    def extra() -> dict[str, str]:
        return {}

    assert set(third.openapi()["paths"]) == {*document["paths"], "/api/extra"}
