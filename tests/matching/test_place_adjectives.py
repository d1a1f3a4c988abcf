"""A name ending in a direction and a place, written with one compound adjective
(:mod:`undesirable.names.place_adjectives`): the rule and the matcher's use of it."""

from __future__ import annotations

import pytest

from undesirable.matching import build_match_index, match_name
from undesirable.matching.index import MatchIndex
from undesirable.model import Organization
from undesirable.names.place_adjectives import place_adjective, place_adjective_names


@pytest.mark.parametrize(
    ("place", "adjective"),
    [
        ("европа", "европейский"),
        ("азия", "азиатский"),
        ("атлантика", "атлантический"),
        ("кавказ", "кавказский"),
        ("корея", "корейский"),
        ("германия", "германский"),
        ("сибирь", "сибирский"),
    ],
)
def test_the_adjective_of_a_place_is_derived_and_checked_in_the_dictionary(place: str, adjective: str) -> None:
    assert place_adjective(place) == adjective


def test_names_ending_in_a_direction_and_a_place() -> None:
    assert place_adjective_names("Фонд Западной Европы") == ["Западноевропейский фонд"]
    assert place_adjective_names("Новые молодёжные сети Северной Атлантики") == [
        "Североатлантические новые молодёжные сети"
    ]
    assert place_adjective_names("Общество изучения Восточной Европы") == []  # a noun and its complement
    assert place_adjective_names("Восточная Европа сегодня") == []  # the phrase does not end the name
    assert place_adjective_names("Фонд Западного фронта") == []  # no place


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(
        [
            Organization("caucasus", "Фонд Южного Кавказа", "South Caucasus Fund"),
            Organization("europe", "Молодёжный совет Западная Европа", "Western Europe Youth Council"),
        ]
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Южнокавказский фонд", "caucasus"), ("Западноевропейский молодёжный совет", "europe")],
)
def test_the_matcher_finds_the_compound_adjective(index: MatchIndex, query: str, expected: str) -> None:
    found = match_name(index, query)
    assert found and found[0].organization.id == expected and found[0].score >= 0.9


def test_another_place_is_no_match(index: MatchIndex) -> None:
    assert all(m.score < 0.7 for m in match_name(index, "Северокавказский фонд"))
