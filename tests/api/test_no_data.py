"""An empty store is an error on every face (503 ``no_data``), never an empty answer that reads as "not listed"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.api.conftest import assert_error_body


@pytest.fixture()
def empty_client(app_settings: Any, registry: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from undesirable.api import create_app

    assert registry.current_snapshot() is None
    with TestClient(create_app(app_settings, registry=registry), raise_server_exceptions=False) as client:
        yield client


def test_matching_and_scanning_an_empty_store_is_an_error(empty_client: Any) -> None:
    assert_error_body(empty_client.get("/api/match", params={"q": "Meduza"}), 503, "no_data")
    assert_error_body(empty_client.post("/api/scan", json={"text": "журналисты «Медузы»"}), 503, "no_data")


def test_the_search_page_says_there_is_no_data(empty_client: Any) -> None:
    page = empty_client.get("/?q=Meduza&lang=en", headers={"accept": "text/html"})
    assert page.status_code == 503
    assert "The store holds no version of the list yet" in page.text
    assert "No match" not in page.text


def test_the_list_page_says_there_is_no_data(empty_client: Any) -> None:
    page = empty_client.get("/organizations?lang=ru", headers={"accept": "text/html"})
    assert page.status_code == 503 and "В хранилище ещё нет ни одной версии перечня" in page.text
