"""``/api/organizations``: the list as of a date, filters, paging, one organization's record."""

from __future__ import annotations

from typing import Any

import pytest

NED = "ru-undesirable-1076-r-2015-07-29"


def test_list_has_the_cli_shape_with_paging(client: Any) -> None:
    body = client.get("/api/organizations?limit=5").json()
    assert set(body) == {
        "as_of",
        "snapshot",
        "count",
        "limit",
        "offset",
        "organizations",
        "uncertain_count",
        "uncertain",
        "coverage",
    }
    assert body["count"] > 100
    assert len(body["organizations"]) == 5
    assert body["snapshot"]["official"] is False
    second = client.get("/api/organizations?limit=5&offset=5").json()["organizations"]
    assert {o["id"] for o in second}.isdisjoint({o["id"] for o in body["organizations"]})


def test_as_of_date_shows_the_list_as_it_stood(client: Any) -> None:
    early = client.get("/api/organizations?as_of=2015-12-31&limit=500").json()
    assert early["as_of"] == "2015-12-31"
    assert NED in [o["id"] for o in early["organizations"]]
    assert all((o["inclusion_date"] or "") <= "2015-12-31" for o in early["organizations"])
    assert early["count"] < client.get("/api/organizations").json()["count"]
    before_ned = client.get("/api/organizations?as_of=28.07.2015&limit=500").json()["organizations"]
    assert NED not in [o["id"] for o in before_ned]


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [("category=media&q=meduza", None), ("country=us&q=national%20endowment", NED), ("q=NED", NED)],
)
def test_filters_narrow_the_list(client: Any, query: str, expected_id: str | None) -> None:
    orgs = client.get(f"/api/organizations?{query}&limit=500").json()["organizations"]
    assert orgs
    if expected_id:
        assert expected_id in [o["id"] for o in orgs]
    if "category=media" in query:
        assert {o["category"] for o in orgs} == {"media"}


def test_one_organization_has_names_events_and_sources(client: Any) -> None:
    body = client.get(f"/api/organizations/{NED}").json()
    assert body["organization"]["id"] == NED
    assert body["organization"]["name_en"] == "The National Endowment for Democracy"
    kinds = [e["kind"] for e in body["events"]]
    assert "included" in kinds and "designated" in kinds
    assert body["snapshots"] == [body["snapshot"]["id"]]


def test_latin_r_in_the_id_is_accepted(client: Any) -> None:
    assert client.get("/api/organizations/1076-r/2015-07-29").json()["organization"]["id"] == NED


def test_status_is_reported_as_of_the_date_asked(client: Any) -> None:
    before = client.get(f"/api/organizations/{NED}?as_of=2015-01-01").json()["organization"]
    assert before["status"] == "not_yet" and before["designated"] is False
