"""An app over a real store: the bundled register, and a token for writes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

API_TOKEN = "test-token-0123456789"


@pytest.fixture()
def app_settings(database_url: str) -> Any:
    from undesirable import load_settings

    return load_settings(
        {"UNDESIRABLE_DATABASE_URL": database_url, "UNDESIRABLE_AUTOLOAD": "0", "UNDESIRABLE_API_TOKEN": API_TOKEN}
    )


@pytest.fixture()
def client(app_settings: Any, loaded_registry: Any) -> Iterator[Any]:
    """A test client of ``create_app`` over the bundled register, writes enabled."""
    from fastapi.testclient import TestClient

    from undesirable.api import create_app

    with TestClient(create_app(app_settings, registry=loaded_registry), raise_server_exceptions=False) as test_client:
        yield test_client


def assert_error_body(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    """The response carries the one error body with ``status`` (and ``code``)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"status", "code", "message", "details"}
    assert error["status"] == status
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["details"], list)
    if code is not None:
        assert error["code"] == code
    return dict(error)
