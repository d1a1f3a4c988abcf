"""Classes of the fifteenth held-out round, tested with other register entries and invented names:
an acronym spelled out by its letters' names in the other script or by names the earlier tables
lacked (``Эн-И-Ди``, ``Эф-Бэ-Ка``, ``Ef-Be-Ka``)."""

from __future__ import annotations

import pytest

from undesirable.matching import STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.names.letters import read_spelled_acronyms, spelled_acronym_words
from undesirable.registry.bundled import load_bundled_organizations


@pytest.fixture(scope="module")
def register() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Эн-И-Ди", "NED"),  # и, also a word, is E inside letter names joined by hyphens
        ("Ай-Би-О", "IBO"),
        ("Ю-Эс-Эр-Эф", "USRF"),  # эр, the school name of R
        ("Эл-Эс-И", "LSE"),
        ("Эф-Бэ-Ка", "ФБК"),  # the Russian names of Cyrillic letters
        ("Ка-Гэ-Бэ", "КГБ"),
        ("Эф Бэ Ка", "ФБК"),
        ("Ef-Be-Ka", "ФБК"),  # the same names written in Latin letters
        ("Es-Er", "СР"),
        ("Ka-Ge-Be Archive", "КГБ Archive"),
        ("и-о", "и-о"),  # vowels alone are words
        ("Эн-Ди-Ай и", "NDI и"),  # и apart is the word
        ("Ростов-на-Дону", "Ростов-на-Дону"),
        ("Jean-Pierre", "Jean-Pierre"),
        ("es-er", "es-er"),  # Latin letter names are capitalized
        ("Эй Би", "Эй Би"),  # two names apart are words
        ("Эф Бэ", "Эф Бэ"),
    ],
)
def test_letter_names_of_both_alphabets_are_read_as_the_acronym(text: str, read: str) -> None:
    assert read_spelled_acronyms(text) == read
    assert bool(spelled_acronym_words(text)) == (read != text)


@pytest.mark.parametrize(
    ("query", "org", "acronym"),
    [
        ("Эн-И-Ди", "ru-undesirable-1076-r-2015-07-29", "NED"),
        ("Ю-Эс-Эр-Эф", "ru-undesirable-1821-r-2015-12-07", "USRF"),
        ("Эф-Бэ-Ка", "ru-undesirable-723-r-2023-06-01", "ФБК"),
        ("Ef-Be-Ka", "ru-undesirable-723-r-2023-06-01", "ФБК"),
        ("Эм-Пэ-Пэ-Че", "ru-undesirable-915-r-2021-08-17", "МППЧ"),
    ],
)
def test_an_acronym_spelled_by_letter_names_finds_its_entry(
    register: MatchIndex, query: str, org: str, acronym: str
) -> None:
    found = match_name(register, query)
    assert found and found[0].organization.id == org and found[0].score >= STRONG_THRESHOLD
    assert found[0].matched_name == acronym
    read = [r for r in found[0].reasons if r.code == "acronym_letters_read"]
    assert read and read[0].values["words"] == query
