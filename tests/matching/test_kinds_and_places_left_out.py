"""What a query may leave out of a name of ordinary words, and the legal forms of an organization's kind:

- the kind words that lead a name («Фонд …») may be left out: «Рассвет Карелии» is «Фонд Рассвет
  Карелии», "Dawn Association" is the International Dawn Association;
- the place of a name whose word before it is a name of its own (a noun in the nominative) may not:
  «Фонд Рассвет» is any fund called so; after the kind word or a complement it still may
  («Зелёный комитет» of «Зелёный комитет Карелии»); in English, "of <place>" tells the same way by
  the word "of" follows ("Save Rivers" of "Save Rivers of Canada" is no match; "Lantern Council" of
  "Lantern Council of Canada" and "Council of Craftsmen" of "Council of Craftsmen of Finland" are);
- one side of a name a full stop divides in two («Маяк» of «Завтра. Маяк») leaves out no word of it;
- a legal form of the kind of organization the names say it is (e.V., a registered association, for
  an association) is not foreign to it.
"""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, build_match_index, match_name
from undesirable.matching.index import MatchIndex
from undesirable.model import Organization

ORGS = (
    Organization("ru-undesirable-2031-04-01-rassvet", "Фонд Рассвет Карелии", "Karelian Dawn Foundation"),
    Organization("ru-undesirable-2031-04-02-green", "Зелёный комитет Карелии", None),
    Organization(
        "ru-undesirable-2031-04-03-dawn", "Международная ассоциация «Заря»", "International Zarya Association"
    ),
    Organization(
        "ru-undesirable-2031-04-04-mayak", "Завтра. Маяк", "Morgen Leuchtturm", aliases=("Morgen Leuchtturm e.V.",)
    ),
    Organization("ru-undesirable-2031-04-05-rivers", "Спасите реки Канады", "Save Rivers Of Canada"),
    Organization(
        "ru-undesirable-2031-04-06-crafts", "Совет ремесленников Финляндии", "Council of Craftsmen of Finland"
    ),
    Organization("ru-undesirable-2031-04-07-lantern", "Фонарный совет Канады", "Lantern Council of Canada"),
)


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(ORGS)


def _found(index: MatchIndex, query: str) -> dict[str, float]:
    return {m.organization.id[26:]: m.score for m in match_name(index, query)}


@pytest.mark.parametrize(
    ("query", "org", "lowest"),
    [
        ("Фонд Рассвет Карелии", "rassvet", 1.0),
        ("Рассвет Карелии", "rassvet", POSSIBLE_THRESHOLD),  # without the kind word that leads it
        ("Рассвета Карелии", "rassvet", POSSIBLE_THRESHOLD),
        ("Зелёный комитет", "green", POSSIBLE_THRESHOLD),  # without the place after its kind word
        ("Zarya Association", "dawn", POSSIBLE_THRESHOLD),
        ("Zarya e.V.", "dawn", POSSIBLE_THRESHOLD),  # a registered association
        ("Заря e.V.", "dawn", POSSIBLE_THRESHOLD),
        ("Маяк", "mayak", POSSIBLE_THRESHOLD),  # one side of a name divided by a full stop
        ("Маяка", "mayak", POSSIBLE_THRESHOLD),
        ("Council of Craftsmen", "crafts", POSSIBLE_THRESHOLD),  # "of Finland" after a complement
        ("Lantern Council", "lantern", POSSIBLE_THRESHOLD),  # "of Canada" after its kind word
    ],
)
def test_found(index: MatchIndex, query: str, org: str, lowest: float) -> None:
    assert _found(index, query).get(org, 0.0) >= lowest, match_name(index, query, threshold=0.4)


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("Фонд Рассвет", "rassvet"),  # a name of an ordinary word without its place
        ("Фонда Рассвет", "rassvet"),
        ("Рассвет", "rassvet"),
        ("Association", "dawn"),
        ("Save Rivers", "rivers"),  # "of Canada" after the name's own noun: ordinary words without it
        ("Save for Rivers", "rivers"),
    ],
)
def test_not_possible(index: MatchIndex, query: str, org: str) -> None:
    assert org not in _found(index, query), match_name(index, query, threshold=0.4)


def test_a_full_stop_after_an_initial_or_abbreviation_divides_nothing() -> None:
    from undesirable.matching.halves import side_split

    assert side_split("Завтра. Маяк") == 1
    assert side_split("Вальдрина – сеть независимых редакций") == 1
    for name in ("Фонд им. Кестрела", "U.S. Helsinki Commission", "Zentrum e.V. Berlin", "Фонд Р.Т. Кестрела"):
        assert side_split(name) is None, name
