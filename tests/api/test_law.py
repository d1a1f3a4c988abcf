"""``/api/law/explain``: exposure by role and date, for an organization named by id or name."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api.conftest import assert_error_body


def test_explanation_for_a_participant(client: Any) -> None:
    body = client.get(
        "/api/law/explain", params={"org": "ru-undesirable-1076-r-2015-07-29", "date": "2022-01-10"}
    ).json()
    assert body["designated"] is True
    assert body["role"] == "participant"
    assert body["offences"] and body["summary_ru"] and body["summary_en"]


def test_before_designation_nothing_applies(client: Any) -> None:
    body = client.get(
        "/api/law/explain", params={"org": "ru-undesirable-1076-r-2015-07-29", "date": "2015-01-01"}
    ).json()
    assert body["designated"] is False
    assert not any(o["applies"] for o in body["offences"])


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"org": "no such org at all"}, 404),
        ({"org": "ru-undesirable-1076-r-2015-07-29", "date": "31.02.2020"}, 422),
        ({"org": "ru-undesirable-1076-r-2015-07-29", "role": "astronaut"}, 422),
    ],
)
def test_bad_questions_get_the_error_body(client: Any, params: dict[str, str], status: int) -> None:
    assert_error_body(client.get("/api/law/explain", params=params), status)


def test_roles_are_listed(client: Any) -> None:
    assert "participant" in client.get("/api/law/roles").json()["roles"]
