"""What people expect of a register site: filters with counts, sorting, downloads, bounds, states, citing."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from typing import Any
from urllib.parse import quote

from undesirable.sources.project_format import read_register_bytes

HTML = {"accept": "text/html"}
NED = "1076-р/2015-07-29"


def rows(page: str) -> list[str]:
    """The entry links of a list page's table, in order."""
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in page else ""
    return re.findall(r'<td data-label="[^"]+"><a href="/organizations/([^"]+)"', body)


def test_filters_show_counts_and_agree_with_the_rows(site: tuple[Any, list[str]]) -> None:
    client, _ = site
    page = client.get("/organizations?lang=en", headers=HTML).text
    media = int(re.search(r'<option value="media">media \((\d+)\)', page).group(1))
    germany = int(re.search(r'<option value="DE">Germany \((\d+)\)', page).group(1))
    assert media > 0 and germany > 0
    filtered = client.get("/organizations?lang=en&category=media", headers=HTML).text
    assert f"Organizations: {media}" in filtered
    year = client.get("/organizations?lang=en&year=2015", headers=HTML).text
    count = int(re.search(r"Organizations: (\d+)", year).group(1))
    api = client.get("/api/organizations?as_of=2015-12-31&limit=500").json()
    in_2015 = [o for o in api["organizations"] if (o["inclusion_date"] or o["gp_decision_date"] or "")[:4] == "2015"]
    assert count == len(in_2015) > 0


def test_columns_sort_both_ways(site: tuple[Any, list[str]]) -> None:
    client, _ = site
    up = rows(client.get("/organizations?lang=en&sort=included", headers=HTML).text)
    down = rows(client.get("/organizations?lang=en&sort=-included", headers=HTML).text)
    assert "1076" in up[0] and up != down  # NED was the first designation
    assert client.get("/organizations?sort=nonsense", headers=HTML).status_code == 422


def test_the_current_view_downloads_as_csv_json_and_xlsx(site: tuple[Any, list[str]]) -> None:
    client, _ = site
    page = client.get("/organizations?lang=en&country=LV", headers=HTML).text
    count = int(re.search(r"Organizations: (\d+)", page).group(1))
    link = re.search(r'href="(/organizations\.download\?[^"]*format=csv[^"]*)"', page).group(1)
    table = list(csv.DictReader(io.StringIO(client.get(link.replace("&amp;", "&")).text)))
    assert len(table) == count > 0
    assert json.loads(client.get("/organizations.download?country=LV&format=json").content)
    for kind in ("csv", "json", "xlsx"):
        answer = client.get(f"/organizations.download?country=LV&format={kind}")
        assert answer.status_code == 200 and "attachment" in answer.headers["content-disposition"]
        source = read_register_bytes(answer.content, name=f"view.{kind}")  # importable again
        assert len(source.rows) == count


def test_paging_has_bounds(site: tuple[Any, list[str]]) -> None:
    client, _ = site
    first = client.get("/organizations?lang=en", headers=HTML).text
    pages = int(re.search(r"Page 1 of (\d+)", first).group(1))
    last = client.get(f"/organizations?lang=en&page={pages}", headers=HTML).text
    assert 'rel="next"' not in last and rows(last)
    past = client.get("/organizations?lang=en&page=9999", headers=HTML).text
    assert "There is no page 9999" in past and not rows(past)
    assert "page=9998" not in past and f"page={pages}" in past


def test_dates_past_the_data_and_before_the_law_say_so(site: tuple[Any, list[str]]) -> None:
    client, _ = site
    late = client.get("/organizations?lang=en&as_of=2099-01-01", headers=HTML).text
    assert 'id="list-state"' in late and "The data ends on" in late
    early = client.get("/organizations?lang=ru&as_of=2014-01-01", headers=HTML).text
    assert "раньше закона" in early
    if rows(early):  # only entries whose dates are unknown can be shown then, and the page says so
        assert "без известной даты" in early


def test_an_empty_result_says_why(site: tuple[Any, list[str]]) -> None:
    client, _ = site
    page = client.get("/organizations?lang=en&category=culture&year=2015", headers=HTML).text
    assert 'id="list-empty"' in page and "No organization meets all the chosen filters" in page
    assert 'href="/organizations"' in page  # a way out


def test_entry_page_cites_names_sources_and_versions(site: tuple[Any, list[str]]) -> None:
    client, _ = site
    page = client.get(f"/organizations/{NED}?lang=ru", headers=HTML).text
    sources = page.split('id="sources"', 1)[1].split("</section>", 1)[0]
    assert sources.index("Перечень Минюста России: распоряжение 1076-р от 29.07.2015") < sources.index("Пресса")
    cite = page.split('id="cite-text"', 1)[1].split("</blockquote>", 1)[0]
    assert "1076-р" in cite and "29.07.2015" in cite and "28.07.2015" in cite
    answer = client.get(f"/api/organizations/{NED}").json()
    canonical = answer.get("id") or answer["organization"]["id"]
    assert f"/organizations/{quote(canonical, safe='/:')}" in cite and date.today().strftime("%d.%m.%Y") in cite
    assert 'id="versions"' in page and "впервые в" in page
    assert '<dd id="country">США</dd>' in page  # never «— (US)»
    assert "GitHub test fixture" not in page  # curators' notes are not for the public


def test_related_entries_are_linked(site: tuple[Any, list[str]]) -> None:
    client, _ = site
    orgs = client.get("/api/organizations?limit=500").json()["organizations"]
    by_domain: dict[str, list[str]] = {}
    for org in orgs:
        for domain in org["domains"]:
            by_domain.setdefault(domain, []).append(org["id"])
    shared = next((ids for ids in by_domain.values() if len(ids) > 1), None)
    if shared is None:
        return  # the bundled data ties no two entries together
    page = client.get(f"/organizations/{shared[0]}?lang=en", headers=HTML).text
    related = page.split('id="related"', 1)[1].split("</section>", 1)[0]
    assert all(quote(other, safe="/:") in related for other in shared[1:])


def test_diff_page_groups_by_kind_with_dates(site: tuple[Any, list[str]]) -> None:
    client, _ = site
    page = client.get("/changes/1?lang=en", headers=HTML).text
    added = len(client.get("/api/snapshots/1/diff").json()["diff"]["added"])
    assert 'id="added"' in page and f"Added: {added}" in page
    assert "2015-07-29" in page and "1076-р" in page  # dates and orders, not only names


def test_no_match_says_what_was_searched(site: tuple[Any, list[str]]) -> None:
    client, _ = site
    page = client.get("/?q=zzzqqqxxx&lang=en", headers=HTML).text
    assert "No match on the list" in page and "does not prove" in page
    assert "Searched: a reconstruction of the list" in page


def test_the_old_favicon_address_leads_to_the_icon(site: tuple[Any, list[str]]) -> None:
    client, _ = site
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
