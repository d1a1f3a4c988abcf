"""Every id form ever used resolves wherever ids are accepted, and web URLs move to the canonical id.

Forms: the order/date key with a Cyrillic ``р``, the same with a Latin ``p`` or ``r``, and a
``curated:`` id of an entry known from reporting. Each is tried with the CLI's ``show``, the JSON
API, the yente entity route (308 to the canonical id) and the web page (308 to the canonical URL).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote, unquote

import pytest

from tests.cli.test_registry_cli import run

FORMS = ["1076-р/2015-07-29", "1076-p/2015-07-29", "1076-r/2015-07-29", "curated:belsat"]


@pytest.fixture()
def canonical(loaded_registry: Any) -> dict[str, str]:
    return {form: loaded_registry.get(form).id for form in FORMS}


def test_the_forms_name_two_organizations(canonical: dict[str, str]) -> None:
    assert len({canonical[f] for f in FORMS[:3]}) == 1
    assert canonical["curated:belsat"] != canonical["1076-р/2015-07-29"]


@pytest.mark.parametrize("form", FORMS)
def test_cli_show_accepts_the_form(form: str, database_url: str, canonical: dict[str, str]) -> None:
    done = run(["show", form, "--json"], database_url=database_url)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["organization"]["id"] == canonical[form]


@pytest.mark.parametrize("form", FORMS)
def test_api_accepts_the_form(form: str, client: Any, canonical: dict[str, str]) -> None:
    response = client.get(f"/api/organizations/{quote(form, safe='/:')}")
    assert response.status_code == 200, response.text
    assert response.json()["organization"]["id"] == canonical[form]


@pytest.mark.parametrize("form", FORMS)
def test_web_url_redirects_to_the_canonical_one(form: str, client: Any, canonical: dict[str, str]) -> None:
    _assert_lands_on(client, f"/organizations/{quote(form, safe='/:')}?lang=en", "/organizations/", canonical[form])
    _assert_lands_on(client, f"/entities/{quote(form, safe='/:')}", "/entities/", canonical[form])


def _assert_lands_on(client: Any, url: str, prefix: str, canonical_id: str) -> None:
    response = client.get(url, follow_redirects=False)
    if unquote(url.split("?")[0]) == prefix + canonical_id:
        assert response.status_code == 200
        return
    assert response.status_code == 308, response.text
    location = response.headers["location"]
    assert unquote(location.split("?")[0]) == prefix + canonical_id
    assert client.get(location).status_code == 200


@pytest.mark.parametrize("path", ["/entities/a/%2e%2e", "/entities/%2e", "/api/organizations/a/%2e%2e"])
def test_an_id_with_a_dot_segment_is_refused_in_the_routes_shape(path: str, client: Any) -> None:
    # Clients resolve "." and ".." segments before sending (such an id would reach another route);
    # sent encoded, they reach the id routes, whose pattern refuses them, each in its own error shape.
    response = client.get(path)
    assert response.status_code == 422
    body = response.json()
    if path.startswith("/entities/"):
        assert body["detail"][0]["loc"] == ["path", "entity_id"]
    else:
        assert body["error"]["code"] == "invalid_request"


def test_a_yente_path_no_route_takes_answers_in_yentes_shape(client: Any) -> None:
    # A line break in an id: the entity route's path pattern does not take it, so no route answers.
    response = client.get("/entities/a%0Ab")
    assert response.status_code == 404
    assert isinstance(response.json()["detail"], str)
    assert client.get("/api/no-such-thing").json()["error"]["code"] == "not_found"
