from __future__ import annotations

import json
from datetime import date
from typing import Any

from followthemoney import model

from undesirable.exports import render_export
from undesirable.exports.ftm import TOPIC


def _entities(data: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def test_an_organization_and_a_sanction_per_entry(filled: Any) -> None:
    entities = _entities(render_export(filled, format="ftm").data)
    assert [e["schema"] for e in entities] == ["Organization", "Sanction"] * 5
    org, sanction = entities[0], entities[1]
    assert org["id"] == "ru-undesirable-1076-r-2015-07-29"
    assert org["properties"]["name"] == [
        "Национальный фонд в поддержку демократии",
        "The National Endowment for Democracy",
    ]
    assert org["properties"]["topics"] == [TOPIC]
    assert sanction["id"] == "ru-undesirable-1076-r-2015-07-29-sanction"
    props = sanction["properties"]
    assert props["entity"] == [org["id"]]
    assert props["authorityId"] == ["1076-р"]
    assert props["listingDate"] == ["2015-07-29"]
    assert props["startDate"] == ["2015-07-28"]
    assert props["country"] == ["ru"]
    assert props["status"] == ["designated"]


def test_every_name_and_the_country_code_are_kept(filled: Any) -> None:
    entities = {e["id"]: e for e in _entities(render_export(filled, format="ftm").data)}
    medusa = entities["ru-undesirable-103-r-2020-01-10"]["properties"]
    assert "Проект Медуза" in medusa["name"]
    assert medusa["country"] == ["lv"]
    excluded = entities["ru-undesirable-103-r-2020-01-10-sanction"]["properties"]
    assert excluded["endDate"] == ["2024-03-01"]
    assert excluded["status"] == ["excluded"]
    assert "topics" not in medusa


def test_entities_load_back_into_followthemoney(filled: Any) -> None:
    for item in _entities(render_export(filled, format="ftm", as_of=date(2024, 1, 1)).data):
        proxy = model.get_proxy(item)
        assert proxy.id == item["id"]
        assert proxy.schema.name in ("Organization", "Sanction")
