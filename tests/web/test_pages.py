"""The server-rendered pages: content, language, footer, JSON twins, and the same error body."""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import quote

import pytest

NED = "ru-undesirable-1076-r-2015-07-29"
HTML = {"accept": "text/html"}


@pytest.mark.parametrize(
    ("url", "twin"),
    [
        ("/", "/api/match?q="),
        ("/?q=Bellingcat", "/api/match?q=Bellingcat"),
        ("/organizations", "/api/organizations"),
        (f"/organizations/{NED}", f"/api/organizations/{NED}"),
        ("/changes", "/api/changes"),
        ("/changes/1", "/api/snapshots/1/diff"),
        ("/scan", "/docs#op-post-api-scan"),
        ("/stats", "/api/stats"),
        ("/review", "/api/review"),
    ],
)
def test_every_page_names_its_json_twin_and_the_data_source(client: Any, url: str, twin: str) -> None:
    response = client.get(url, headers=HTML)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    link = re.search(r'id="json-twin"|href="([^"]+)" id="json-twin"', response.text)
    assert link is not None and twin.split("?")[0] in response.text
    if "#" in twin:  # an anchor on the API reference page: it must exist there
        assert f'id="{twin.split("#")[1]}"' in client.get("/docs", headers=HTML).text
    footer = response.text.split('id="data-source"', 1)[1].split("</p>", 1)[0]
    assert "367" in footer and ("реконструкция" in footer or "reconstruction" in footer)
    assert "03.07.2026" in footer


def test_nothing_loads_from_another_host(client: Any) -> None:
    page = client.get("/stats", headers=HTML).text
    assert not re.search(r'(src|href)="(https?:)?//', page.replace('href="https://', ""))
    assert '<script src="/static/app.js"' in page


def test_language_follows_the_switch_and_is_remembered(client: Any) -> None:
    russian = client.get("/?lang=ru", headers=HTML)
    assert '<html lang="ru">' in russian.text and "Поиск" in russian.text
    assert 'href="/?lang=en"' in russian.text
    english = client.get("/?lang=en", headers=HTML)
    assert '<html lang="en">' in english.text and "Search" in english.text
    assert english.cookies.get("lang") == "en"
    assert '<html lang="en">' in client.get("/organizations", headers=HTML).text


def test_browser_language_is_the_default(client: Any) -> None:
    client.cookies.clear()
    page = client.get("/", headers={**HTML, "accept-language": "en-GB,en;q=0.9"}).text
    assert '<html lang="en">' in page


def test_search_results_say_why_they_matched(client: Any) -> None:
    fragment = client.get("/search/results?q=амнистия&lang=ru").text
    assert "Amnesty International" in fragment
    assert "совпало с названием" in fragment and "%" in fragment


def test_search_with_no_match_does_not_claim_clearance(client: Any) -> None:
    fragment = client.get("/search/results?q=Acme%20Widgets%20Manufacturing&lang=en").text
    assert "No match" in fragment and "does not prove" in fragment


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("path", ["/", "/search/results"])
def test_a_search_that_cannot_be_answered_says_so_never_no_match(
    client: Any, monkeypatch: pytest.MonkeyPatch, path: str, lang: str
) -> None:
    from undesirable.errors import UsageError
    from undesirable.web import pages

    def refuse(*args: object, **kwargs: object) -> None:
        raise UsageError("the name is empty")

    monkeypatch.setattr(pages, "check_name", refuse)
    response = client.get(f"{path}?q=Meduza&lang={lang}", headers=HTML)
    assert response.status_code == 422
    text = response.text
    assert 'role="alert"' in text and 'data-code="bad_request"' in text
    assert ("не проверено" if lang == "ru" else "was not checked") in text
    assert "No match" not in text and "Совпадений в перечне нет" not in text
    assert ("the name is empty" in text) == (lang == "en")


def test_organization_page_shows_names_dates_events_and_meaning(client: Any) -> None:
    page = client.get(f"/organizations/{NED}?lang=ru", headers=HTML).text
    assert "Национальный фонд в поддержку демократии" in page
    assert "29.07.2015" in page and "1076-р" in page and "28.07.2015" in page
    assert 'id="timeline"' in page and 'id="meaning"' in page
    assert "/api/law/explain?org=" in page


def test_organization_page_explains_a_chosen_role_and_date(client: Any) -> None:
    page = client.get(f"/organizations/{NED}?lang=en&role=organizer&date=2016-01-01", headers=HTML).text
    assert '<option value="organizer" selected>' in page
    assert 'value="2016-01-01"' in page


def test_list_filters_by_date(client: Any) -> None:
    page = client.get("/organizations?as_of=2015-08-01&lang=en", headers=HTML).text
    assert "The National Endowment for Democracy" in page
    assert "Bellingcat" not in page


def test_scan_page_highlights_mentions(client: Any) -> None:
    text = "Вчера Bellingcat опубликовал новое расследование."
    page = client.post("/scan?lang=ru", data={"text": text}, headers=HTML).text
    assert '<mark data-mention="0"' in page and ">Bellingcat</mark>" in page
    assert re.search(r"Упоминаний: [12]\b", page)


def test_stats_page_draws_svg_charts(client: Any) -> None:
    page = client.get("/stats?lang=en", headers=HTML).text
    assert page.count("<svg") == 6  # each chart drawn for wide screens and for phones
    assert page.count('<div class="chart-wide"><svg') == page.count('<div class="chart-phone"><svg') == 3
    assert "human rights" in page


def test_error_page_in_the_browser(client: Any) -> None:
    page = client.get("/organizations/no-such-org?lang=en", headers=HTML)
    assert page.status_code == 404 and "Error 404" in page.text and "no organization" in page.text


def test_api_docs_page_lists_every_operation_without_a_cdn(client: Any) -> None:
    page = client.get("/docs?lang=en", headers=HTML).text
    for path in client.get("/openapi.json").json()["paths"]:
        assert f"<code>{path}</code>" in page
    assert "Amnesty International" in page  # the request examples are shown
    assert "cdn" not in page.lower() and '<script src="/static/app.js"' in page


def test_review_page_lists_the_queue_with_reasons_and_links(client: Any) -> None:
    items = client.get("/api/review").json()["items"]
    assert items  # the bundled register has flagged names: the loop below checks each
    first = client.get("/review?lang=en", headers=HTML).text
    assert f"Waiting for review: {len(items)}" in first
    pages, number = [first], 1
    while 'rel="next"' in pages[-1]:
        number += 1
        pages.append(client.get(f"/review?lang=en&page={number}", headers=HTML).text)
    assert all(p.count('class="card review-item"') <= 20 for p in pages)  # paged
    page = "".join(pages)
    assert page.count('class="card review-item"') == len(items)
    for item in items:
        org = item["organization"]
        assert f'href="/organizations/{quote(org["id"], safe="/:")}"' in page
        for reason in item["reasons"]:
            head, _, quoted = reason.partition(": ")
            assert html.escape(head) in page and html.escape(quoted) in page
    assert "UNDESIRABLE_API_TOKEN" in first and 'type="password" name="token"' in first
    assert 'id="writes-disabled"' not in first  # the test app has a token
    past = client.get(f"/review?lang=en&page={number + 5}", headers=HTML).text
    assert 'class="card review-item"' not in past and f"There is no page {number + 5}" in past


def test_review_page_in_russian_and_linked_from_the_changes_page(client: Any) -> None:
    page = client.get("/review?lang=ru", headers=HTML).text
    assert '<html lang="ru">' in page and "Очередь проверки" in page and "Ждут проверки:" in page
    assert 'href="/review" id="review-link"' in client.get("/changes?lang=ru", headers=HTML).text


def test_review_page_says_when_writes_are_disabled(database_url: str, loaded_registry: Any) -> None:
    from fastapi.testclient import TestClient

    from undesirable import load_settings
    from undesirable.api import create_app

    settings = load_settings({"UNDESIRABLE_DATABASE_URL": database_url})
    with TestClient(create_app(settings, registry=loaded_registry)) as client:
        page = client.get("/review?lang=en", headers=HTML).text
    assert 'id="writes-disabled"' in page and "undesirable review correct" in page
    assert 'type="password"' not in page and "data-review=" not in page  # read-only: no form, no buttons


def test_a_flagged_organization_links_to_the_review_queue(client: Any) -> None:
    org = next(
        i["organization"] for i in client.get("/api/review").json()["items"] if i["organization"]["needs_review"]
    )
    page = client.get(f"/organizations/{quote(org['id'], safe='/:')}?lang=en", headers=HTML).text
    assert 'id="needs-review"' in page and 'href="/review#review-' in page
    assert 'id="needs-review"' not in client.get(f"/organizations/{NED}?lang=en", headers=HTML).text


def test_review_page_after_a_correction(client: Any) -> None:
    from tests.api.conftest import API_TOKEN

    org_id = client.get("/api/review").json()["items"][0]["organization"]["id"]
    headers = {"Authorization": f"Bearer {API_TOKEN}"}
    response = client.post(f"/api/review/{quote(org_id)}", json={"by": "anna", "action": "accept"}, headers=headers)
    assert response.status_code == 201
    assert f'id="review-{org_id}"' not in client.get("/review?lang=en", headers=HTML).text
