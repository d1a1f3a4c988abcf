"""A name written with its country or region after a comma (``Bellingcat, Нидерланды``, as the
register's raw names write some entries) is screened without the place."""

from __future__ import annotations

import pytest

from undesirable.matching import build_match_index, match_name
from undesirable.matching.index import MatchIndex
from undesirable.matching.parts import place_part
from undesirable.names.countries import country_name_en, country_name_ru
from undesirable.registry.bundled import load_bundled_organizations


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Human Rights Watch, США", ("Human Rights Watch", "США")),
        ("OAK Foundation LTD, Швейцарская Конфедерация", ("OAK Foundation LTD", "Швейцарская Конфедерация")),
        ("Stichting Bellingcat, the Netherlands", ("Stichting Bellingcat", "the Netherlands")),
        ("Freedom House, Pennsylvania", ("Freedom House", "Pennsylvania")),
        # a comma inside the name, no place after it
        ("Общество Сторожевой башни, Библии и трактатов Пенсильвании", None),
        ("Фонд, созданный вчера", None),
        (", Германия", None),
    ],
)
def test_the_name_before_a_trailing_country_or_region(text: str, part: tuple[str, str] | None) -> None:
    assert place_part(text) == part


def test_every_name_with_its_country_after_a_comma_is_found_at_the_default_threshold(index: MatchIndex) -> None:
    queries = []
    for org in load_bundled_organizations():
        for name in org.all_names()[:2] if org.country_code else ():
            for country in (country_name_ru(org.country_code), country_name_en(org.country_code)):
                if country:
                    queries.append((f"{name}, {country}", org.id))
    assert len(queries) > 1000
    missed = [q for q, org in queries if org not in {m.organization.id for m in match_name(index, q)}]
    assert not missed, missed[:20]


def test_the_place_left_aside_is_said_and_the_score_is_below_exact(index: MatchIndex) -> None:
    found = match_name(index, "OAK Foundation LTD, Швейцарская Конфедерация")
    assert found and found[0].organization.display_name == "OAK Foundation"
    assert 0.9 <= found[0].score < 1.0
    reason = next(r for r in found[0].reasons if r.code == "place_part")
    assert reason.values == {"words": "Швейцарская Конфедерация"}


def test_an_ordinary_company_with_its_country_stays_clean(index: MatchIndex) -> None:
    assert not match_name(index, "ООО «Ромашка», Россия")
    assert not match_name(index, "Global Trade Partners Ltd, United Kingdom")
