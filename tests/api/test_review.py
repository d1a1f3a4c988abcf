"""``/api/review``: the queue, and corrections guarded by the API token like every write."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.api.conftest import API_TOKEN, assert_error_body

AUTH = {"Authorization": f"Bearer {API_TOKEN}"}


def _first_flagged(client: Any) -> dict[str, Any]:
    items = client.get("/api/review").json()["items"]
    return next(i for i in items if i["organization"]["needs_review"])


def test_queue_lists_flagged_entries_with_their_reasons(client: Any, loaded_registry: Any) -> None:
    body = client.get("/api/review").json()
    assert body["snapshot"]["sha256"] == loaded_registry.current_snapshot().sha256
    assert body["count"] == len(body["items"]) > 0
    flagged = {o.id for o in loaded_registry.all_organizations() if o.needs_review}
    assert {i["organization"]["id"] for i in body["items"]} == flagged
    assert all(i["reasons"] and set(i) == {"organization", "reasons", "changes"} for i in body["items"])


def test_queue_lists_what_the_current_snapshot_added_or_changed(app_settings: Any, registry: Any,
                                                                tmp_path: Path) -> None:  # fmt: skip
    from fastapi.testclient import TestClient

    from tests.factories import sample_row, write_sample_xlsx
    from undesirable.api import create_app

    first = [sample_row(1), sample_row(2)]
    second = [sample_row(1, raw_name="Фонд Открытое общество (Open Society Foundations)"), sample_row(2),
              sample_row(3)]  # fmt: skip
    registry.import_file(write_sample_xlsx(tmp_path / "a.xlsx", rows=first, actuality=datetime(2024, 9, 1)))
    registry.import_file(write_sample_xlsx(tmp_path / "b.xlsx", rows=second, actuality=datetime(2024, 10, 1)))
    with TestClient(create_app(app_settings, registry=registry)) as client:
        items = {i["organization"]["id"]: i for i in client.get("/api/review").json()["items"]}
    assert items["ru-undesirable-103-r-2020-01-10"]["reasons"] == ["new in snapshot 2"]
    changed = items["ru-undesirable-101-r-2020-01-10"]
    assert changed["reasons"][-1].startswith("changed in snapshot 2: ")
    assert "raw_name" in {c["field"] for c in changed["changes"]}
    assert "ru-undesirable-102-r-2020-01-10" not in items


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong-token"}, {"Authorization": f"Basic {API_TOKEN}"}, {"Authorization": ""}],
)
def test_a_correction_needs_the_token(client: Any, headers: dict[str, str]) -> None:
    org_id = _first_flagged(client)["organization"]["id"]
    response = client.post(f"/api/review/{quote(org_id)}", json={"by": "anna", "name_en": "X"}, headers=headers)
    assert_error_body(response, 401, "unauthorized")
    assert client.get(f"/api/organizations/{quote(org_id)}").json()["organization"]["name_en"] != "X"


def test_the_token_is_checked_before_the_body(client: Any) -> None:
    assert_error_body(client.post("/api/review/x", json={"nonsense": True}), 401, "unauthorized")


def test_writes_are_disabled_without_a_configured_token(database_url: str, loaded_registry: Any) -> None:
    from fastapi.testclient import TestClient

    from undesirable import load_settings
    from undesirable.api import create_app

    settings = load_settings({"UNDESIRABLE_DATABASE_URL": database_url})
    with TestClient(create_app(settings, registry=loaded_registry)) as client:
        response = client.post("/api/review/x", json={"by": "anna", "name_en": "X"}, headers=AUTH)
    assert "disabled" in assert_error_body(response, 401, "unauthorized")["message"]


def test_a_correction_shows_on_the_organization_and_leaves_the_queue(client: Any) -> None:
    org_id = _first_flagged(client)["organization"]["id"]
    decision = {"by": "anna", "name_en": "Corrected Name Foundation", "aliases": ["CNF"], "note": "checked"}
    response = client.post(f"/api/review/{quote(org_id)}", json=decision, headers=AUTH)
    assert response.status_code == 201, response.text
    review = response.json()["review"]
    assert (review["org_id"], review["reviewer"], review["action"]) == (org_id, "anna", "correct")
    assert review["created_at"] and review["snapshot_id"] == 1
    org = client.get(f"/api/organizations/{quote(org_id)}").json()["organization"]
    assert org["name_en"] == "Corrected Name Foundation"
    assert "CNF" in org["aliases"] and org["notes"] == "checked"
    assert org_id not in {i["organization"]["id"] for i in client.get("/api/review").json()["items"]}
    assert (
        client.get("/api/match", params={"q": "Corrected Name Foundation"}).json()["matches"][0]["organization"]["id"]
        == org_id
    )


def test_an_acceptance_leaves_the_names_and_clears_the_entry(client: Any) -> None:
    item = _first_flagged(client)
    org_id = item["organization"]["id"]
    latin_r = org_id.replace("р", "r")
    response = client.post(f"/api/review/{quote(latin_r)}", json={"by": "boris", "action": "accept"}, headers=AUTH)
    assert response.status_code == 201, response.text
    org = response.json()["organization"]
    assert (org["id"], org["name_ru"], org["name_en"]) == (org_id, item["organization"]["name_ru"],
                                                           item["organization"]["name_en"])  # fmt: skip
    assert org["needs_review"] is False


@pytest.mark.parametrize(
    ("org_id", "body", "status"),
    [
        ("ru-undesirable-9999-r-2015-01-01", {"by": "anna", "name_en": "X"}, 404),
        (None, {"by": "anna"}, 422),  # a correction that changes nothing
        (None, {"by": " ", "name_en": "X"}, 422),
        (None, {"by": "anna", "category": "spies"}, 422),
        (None, {"by": "anna", "action": "accept", "name_en": "X"}, 422),
        (None, {"by": "anna", "action": "delete"}, 422),
        (None, {"by": "anna", "name_en": "X", "extra": 1}, 422),
        (None, {"by": "anna", "aliases": "not a list"}, 422),
        (None, {"name_en": "X"}, 422),
    ],
)
def test_bad_decisions_get_the_error_body(client: Any, org_id: str | None, body: dict[str, Any], status: int) -> None:
    target = org_id or _first_flagged(client)["organization"]["id"]
    assert_error_body(client.post(f"/api/review/{quote(target)}", json=body, headers=AUTH), status)


def test_malformed_json_is_a_400(client: Any) -> None:
    org_id = _first_flagged(client)["organization"]["id"]
    response = client.post(f"/api/review/{quote(org_id)}", content=b"{by: anna", headers={**AUTH,
                           "content-type": "application/json"})  # fmt: skip
    assert_error_body(response, 400, "malformed_json")
