"""Hostile requests to the HTTP API: a DOCX bomb, a text over the limit, a text that mentions names
thousands of times, JSON nested thousands deep. Each answers with the one error body (or a bounded
answer), quickly, and never with a 500."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.api.conftest import assert_error_body
from tests.hostile.test_text_limits import docx_bomb
from undesirable.limits import Limits


@pytest.fixture()
def small_client(app_settings: Any, loaded_registry: Any) -> Iterator[Any]:
    """A client of an app with small limits."""
    from fastapi.testclient import TestClient

    from undesirable.api import create_app

    limits = Limits(text_chars=20_000, mentions=5, unpacked_bytes=4 * 1024 * 1024)
    settings = dataclasses.replace(app_settings, limits=limits)
    with TestClient(create_app(settings, registry=loaded_registry), raise_server_exceptions=False) as test_client:
        yield test_client


def test_a_docx_bomb_is_refused_quickly(small_client: Any) -> None:
    data = docx_bomb(3 * 1024 * 1024)  # within the unpacked limit, far over the text limit
    started = time.perf_counter()
    response = small_client.post("/api/scan", files={"file": ("report.docx", data, "application/octet-stream")})
    assert time.perf_counter() - started < 20
    error = assert_error_body(response, 413, "too_large")
    assert "limits.text_chars" in error["message"] and "report.docx" in error["message"]


def test_a_docx_that_unpacks_past_the_limit_is_refused(small_client: Any) -> None:
    data = docx_bomb(6 * 1024 * 1024)
    response = small_client.post("/api/scan", files={"file": ("report.docx", data, "application/octet-stream")})
    assert "limits.unpacked_bytes" in assert_error_body(response, 413, "too_large")["message"]


def test_a_text_over_the_limit_is_refused(small_client: Any) -> None:
    response = small_client.post("/api/scan", json={"text": "слово " * 5_000})
    assert "limits.text_chars" in assert_error_body(response, 422)["message"]


def test_an_answer_holds_at_most_the_mentions_limit_and_says_it_was_cut(small_client: Any) -> None:
    body = small_client.post("/api/scan", json={"text": "Bellingcat. " * 100}).json()
    assert len(body["mentions"]) == 5
    assert body["truncated"] is True
    few = small_client.post("/api/scan", json={"text": "Bellingcat. " * 2}).json()  # two entries each
    assert len(few["mentions"]) == 4 and few["truncated"] is False


DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize(
    ("path", "kwargs"),
    [
        ("/api/scan", {"content": b'{"text": ' + DEEP + b"}", "headers": {"content-type": "application/json"}}),
        ("/api/match", {"content": b'{"names": ' + DEEP + b"}", "headers": {"content-type": "application/json"}}),
        ("/reconcile", {"data": {"queries": '{"q0": {"query": ' + "[" * 20_000 + "]" * 20_000 + "}}"}}),
    ],
)
def test_deeply_nested_json_is_a_400_not_a_500(client: Any, path: str, kwargs: dict[str, Any]) -> None:
    response = client.post(path, **kwargs)
    assert response.status_code == 400, response.text
    assert_error_body(response, 400)
