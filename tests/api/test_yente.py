"""The yente-compatible ``POST /match/{dataset}``, driven by a recorded client request."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RECORDING = json.loads((Path(__file__).parent / "recordings" / "yente_match.json").read_text(encoding="utf-8"))
ENTITY_KEYS = {"id", "caption", "schema", "properties", "datasets", "referents", "target", "first_seen",
               "last_seen", "last_change", "score", "match", "features", "explanations"}  # fmt: skip


def _replay(client: Any) -> Any:
    return client.request(
        RECORDING["method"], RECORDING["path"], params=RECORDING["params"], json=RECORDING["body"],
        headers=RECORDING["headers"],
    )  # fmt: skip


def test_recorded_request_gets_yentes_response_shape(client: Any) -> None:
    response = _replay(client)
    assert response.status_code == 200, response.text
    assert response.headers["x-batch-size"] == "4"
    body = response.json()
    assert set(body) == {"responses", "matcher", "limit"}
    assert body["limit"] == 5
    assert set(body["responses"]) == set(RECORDING["body"]["queries"])
    for key, answer in body["responses"].items():
        assert answer["status"] == 200
        assert answer["total"]["relation"] == "eq" and answer["total"]["value"] >= len(answer["results"])
        assert answer["query"]["schema"] == RECORDING["body"]["queries"][key]["schema"]
    assert all(isinstance(doc["coefficient"], float) for doc in body["matcher"].values())


def test_designated_organizations_match_and_others_do_not(client: Any) -> None:
    responses = _replay(client).json()["responses"]
    amnesty = responses["amnesty"]["results"][0]
    assert set(amnesty) == ENTITY_KEYS
    assert "Amnesty International" in amnesty["properties"]["name"]
    assert "Amnesty International Ltd" in amnesty["properties"]["alias"]  # the register's full words stay
    assert amnesty["match"] is True and amnesty["schema"] == "Organization"
    assert amnesty["datasets"] == ["ru_undesirable"]
    assert amnesty["explanations"]["name_match"]["query"] == "Amnesty International"
    assert responses["bellingcat"]["results"][0]["properties"]["country"] == ["nl"]
    assert responses["person"]["results"] == []
    assert not any(r["match"] for r in responses["unrelated"]["results"])


def test_country_mismatch_lowers_the_score(client: Any) -> None:
    def score(country: str) -> float:
        query = {"schema": "Organization", "properties": {"name": ["Stichting Bellingcat"], "country": [country]}}
        body = client.post("/match/ru_undesirable", json={"queries": {"q": query}}).json()
        return float(body["responses"]["q"]["results"][0]["score"])

    assert score("ru") < score("nl")


def test_too_many_queries_is_refused(client: Any) -> None:
    queries = {f"q{i}": {"schema": "Organization", "properties": {"name": ["x"]}} for i in range(101)}
    response = client.post("/match/default", json={"queries": queries})
    assert response.status_code == 400
    assert response.json() == {"detail": "Too many queries in one batch (limit: 100)"}


def test_referents_are_the_earlier_ids_ftm_accepts() -> None:
    from undesirable.api.yente_data import entity_json
    from undesirable.model import Organization

    org = Organization(
        id="ru-undesirable-2024-01-10-example-fund",
        name_ru=None,
        name_en="Example Fund",
        former_ids=("ru-undesirable-12-r-2024-01-10", "12-р/2024-01-10", "curated:example-fund"),
    )
    entity = entity_json(org, snapshot=None)
    assert entity["id"] == org.id
    assert entity["referents"] == ["ru-undesirable-12-r-2024-01-10"]
