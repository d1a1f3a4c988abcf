"""The leading words of a long Russian name that say what it is: a head noun and its genitive,
or a place's adjective and a word of the organization's kind, that no other organization's names
use (names.leading_words), are a strong short form in any case form; ordinary leading parts are not."""

from __future__ import annotations

import pytest

from undesirable.matching import STRONG_THRESHOLD, build_match_index, match_name
from undesirable.matching.index import MatchIndex
from undesirable.model import Organization
from undesirable.names.leading_words import place_of_adjective
from undesirable.registry.bundled import load_bundled_organizations

ARCHIVE = "Хранилище свидетельств, собранных правозащитниками Европы"
ORGS = (
    Organization("ru-undesirable-2030-08-01-archive", ARCHIVE, None),
    Organization("ru-undesirable-2030-08-02-prague", "Пражский фонд открытых архивов", None),
    Organization("ru-undesirable-2030-08-03-rivers", "Экологический фонд защиты рек", None),
    Organization("ru-undesirable-2030-08-04-ministers", "Совет министров культуры Севера", None),
    Organization("ru-undesirable-2030-08-05-tromso", "Норвежский университет в Тромсё", None),
    Organization("ru-undesirable-2030-08-06-lviv", "Львовский союз журналистов-расследователей", None),
    Organization("ru-undesirable-2030-08-07-lviv-press", "Львовский фонд свободной прессы", None),
)


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(ORGS)


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("Хранилище свидетельств", "archive"),
        ("Хранилища свидетельств", "archive"),
        ("Пражский фонд", "prague"),
        ("Пражскому фонду", "prague"),
    ],
)
def test_a_telling_lead_is_a_strong_short_form(index: MatchIndex, query: str, org: str) -> None:
    found = match_name(index, query)
    assert found[0].organization.id[26:] == org
    assert found[0].score >= STRONG_THRESHOLD
    assert found[0].reasons[0].code == "short_form"


@pytest.mark.parametrize(
    "query",
    [
        "Экологический фонд",  # an ordinary adjective, however rare in the register
        "Совет министров",  # a word of an organization's kind and an ordinary genitive
        "Норвежский университет",  # the name says where it is: its lead names every one of the country's
        "Львовский фонд",  # two organizations' names use the place's adjective
        "Пражский фонд развития",  # a word the name does not have
        "Хранилище",  # one word of the two
    ],
)
def test_an_ordinary_leading_part_is_no_strong_match(index: MatchIndex, query: str) -> None:
    assert all(m.score < STRONG_THRESHOLD for m in match_name(index, query))


@pytest.mark.parametrize(
    ("adjective", "place"),
    [
        ("пражский", "прага"),
        ("Львовского", "львов"),
        ("тихоокеанский", "тихий океан"),
        ("южноафриканская", "южный африка"),
    ],
)
def test_an_adjective_made_from_a_place(adjective: str, place: str) -> None:
    assert place_of_adjective(adjective.lower()) == place


@pytest.mark.parametrize("adjective", ["экологический", "аналитический", "национальный", "юридический", "религиозный"])
def test_an_ordinary_adjective_is_made_from_no_place(adjective: str) -> None:
    assert place_of_adjective(adjective) is None


def test_the_register_leads_are_strong() -> None:
    index = build_match_index(load_bundled_organizations())
    leads = (
        ("Пражский центр", "ru-undesirable-1282-r-2020-12-25"),
        ("Тихоокеанского центра", "ru-undesirable-989-r-2018-08-28"),
    )
    for query, org in leads:
        found = match_name(index, query)
        assert (found[0].organization.id, found[0].score >= STRONG_THRESHOLD) == (org, True)
