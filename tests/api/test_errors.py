"""The one error body: every failure, whatever raised it, answers with the same JSON shape."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.api.conftest import assert_error_body
from undesirable.api.errors import BodyLimitMiddleware, build_error_body


def test_error_body_shape_is_pinned() -> None:
    assert build_error_body(404, "not_found", "no organization 'x'") == {
        "error": {"status": 404, "code": "not_found", "message": "no organization 'x'", "details": []}
    }


@pytest.mark.parametrize(
    ("method", "url", "kwargs", "status", "code"),
    [
        ("get", "/api/organizations/ru-undesirable-9999-r-2015-01-01", {}, 404, "not_found"),
        ("get", "/api/snapshots/999", {}, 404, "not_found"),
        ("get", "/api/no-such-endpoint", {}, 404, "not_found"),
        ("get", "/api/organizations?limit=0", {}, 422, "invalid_request"),
        ("get", "/api/organizations?limit=abc", {}, 422, "invalid_request"),
        ("get", "/api/organizations?as_of=2020-13-45", {}, 422, "bad_request"),
        ("get", "/api/organizations?as_of=yesterday", {}, 422, "invalid_request"),
        ("get", "/api/match", {}, 422, "invalid_request"),
        ("post", "/api/match", {"json": {"names": "not a list"}}, 422, "invalid_request"),
        ("post", "/api/match", {"json": {"names": ["x"] * 1001}}, 422, "invalid_request"),
        ("post", "/api/match", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 400,
         "malformed_json"),
        ("post", "/api/scan", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 400,
         "malformed_json"),
        ("post", "/api/scan", {"json": {"text": 5}}, 422, "bad_request"),
        ("post", "/api/scan", {"content": b"x", "headers": {"content-type": "text/csv"}}, 422, "bad_request"),
        ("delete", "/api/match", {}, 405, "method_not_allowed"),
        ("get", "/api/snapshots/1/diff?against=999", {}, 404, "not_found"),
        ("get", "/api/law/explain?org=ru-undesirable-1076-r-2015-07-29&role=astronaut", {}, 422, "bad_request"),
        ("get", "/reconcile?queries=%7Bbroken", {}, 422, "bad_request"),
    ],
)  # fmt: skip
def test_every_failure_has_the_one_error_body(
    client: Any, method: str, url: str, kwargs: dict[str, Any], status: int, code: str
) -> None:
    assert_error_body(getattr(client, method)(url, **kwargs), status, code)


def test_method_not_allowed_lists_every_method_of_the_path(client: Any) -> None:
    response = client.delete("/api/match")
    assert_error_body(response, 405, "method_not_allowed")
    assert response.headers["allow"] == "GET, HEAD, POST"


def test_validation_errors_name_the_parameter(client: Any) -> None:
    error = assert_error_body(client.get("/api/organizations?limit=0"), 422)
    assert error["details"][0]["location"] == "query.limit"
    assert "limit" in error["message"]


def test_declared_oversized_body_is_refused_with_413(client: Any) -> None:
    response = client.post("/api/match", content=b"x" * (3 * 1024 * 1024), headers={"content-type": "application/json"})
    assert "limit" in assert_error_body(response, 413, "too_large")["message"]


def test_streamed_oversized_body_is_refused_with_413(client: Any) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b"x" * 100_000

    response = client.post("/api/match", content=chunks(), headers={"content-type": "application/json"})
    assert_error_body(response, 413, "too_large")


def test_uploads_get_a_larger_limit_than_other_bodies() -> None:
    middleware = BodyLimitMiddleware(lambda *a: None, default_limit=10, limits={"/api/scan": 100})  # type: ignore[arg-type]
    assert middleware.limit_for("/api/scan") == 100
    assert middleware.limit_for("/api/match") == 10


def test_unknown_page_in_a_browser_renders_the_same_error_as_html(client: Any) -> None:
    response = client.get("/no/such/page", headers={"accept": "text/html"})
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert 'data-code="not_found"' in response.text
    assert "/no/such/page" in response.text


def test_api_paths_answer_json_even_to_a_browser(client: Any) -> None:
    assert_error_body(client.get("/api/organizations/nope", headers={"accept": "text/html"}), 404, "not_found")


def test_openapi_documents_the_error_body_and_examples(client: Any) -> None:
    schema = client.get("/openapi.json").json()
    assert "ErrorBody" in schema["components"]["schemas"]
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            yente = "yente compatibility" in operation["tags"]
            if yente and not operation.get("parameters"):
                continue  # /catalog, /algorithms: nothing to validate
            error = operation["responses"]["422"]["content"]["application/json"]["schema"]
            expected = "ValidationErrorResponse" if yente else "ErrorBody"
            assert error == {"$ref": f"#/components/schemas/{expected}"}, (method, path)
            for status, response in operation["responses"].items():
                example = response.get("content", {}).get("application/json", {}).get("example")
                if example is not None and not yente:
                    assert example["error"]["status"] == int(status), (method, path, status)
    assert schema["components"]["schemas"]["MatchBatch"]["examples"]
