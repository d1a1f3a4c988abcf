"""Classes of the twelfth held-out round, tested with other names: the quoted name inside a quoted
name, and a quoted name followed only by its founder's name, are names by themselves; a name
ending in its own acronym is also named without it."""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, STRONG_THRESHOLD, build_match_index, match_name
from undesirable.matching.tables import two_other_words
from undesirable.names.initials import without_own_acronym
from undesirable.registry.bundled import load_bundled_organizations
from undesirable.scanning.aliases import quoted_cores
from undesirable.scanning.lists import load_scan_lists


@pytest.mark.parametrize(
    ("name", "cores"),
    [
        # the founder's name after the quoted name: the quoted name is the organization's own
        ("Благотворительный фонд «Заря» Ивана Петрова", ["Заря"]),
        ("Фонд «Надежда» Heinrich Müller", ["Надежда"]),
        # what follows is not a person's name: the quoted part is no tail
        ("Фонд «Заря» Северной Европы", []),
        ("Общество «Маяк» и партнёры", []),
        # a quoted name inside a quoted name, whatever description stands before it
        ("Организация «Всероссийский духовный центр «Заря»»", ["Всероссийский духовный центр Заря", "Заря"]),
        ("Союз «Балтийский центр «Маяк»»", ["Балтийский центр Маяк", "Маяк"]),
        # one quoted word after a description is no name by itself
        ("Всероссийский духовный центр «Заря»", []),
    ],
)
def test_quoted_names_by_themselves(name: str, cores: list[str]) -> None:
    assert quoted_cores(name, load_scan_lists()) == cores


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Transformation Center Covenant Network TCCN", "Transformation Center Covenant Network"),
        ("Baltic Media Alliance BMA", "Baltic Media Alliance"),
        ("Center for Policy Studies (CPS)", "Center for Policy Studies"),
        ("Open Society OS", None),  # two words: too short to be shortened to initials
        ("Baltic Media Alliance BMX", None),  # not its initials
        ("Baltic Media Alliance bma", None),  # not written as an acronym
    ],
)
def test_a_name_ending_in_its_own_acronym_is_named_without_it(name: str, short: str | None) -> None:
    assert without_own_acronym(name) == short


def test_the_name_without_its_own_acronym_is_found_with_any_legal_form() -> None:
    index = build_match_index(load_bundled_organizations())
    for query in ("Transformation Center Covenant Network", "Transformation Center Covenant Network, Inc."):
        found = match_name(index, query)
        assert found[0].organization.id == "ru-undesirable-867-r-2023-06-27"
        assert found[0].score >= STRONG_THRESHOLD
    assert not match_name(index, "Covenant Network Inc.")  # two ordinary words and a foreign form


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Bellingcat — международная группа расследователей", "ru-undesirable-951-r-2022-07-26"),
        ("Новая газета Европа - независимое издание", "ru-undesirable-962-r-2023-07-14"),
    ],
)
def test_the_name_on_one_side_of_a_dash_is_screened_alone(query: str, expected: str) -> None:
    index = build_match_index(load_bundled_organizations())
    found = match_name(index, query)
    assert found and expected in {m.organization.id for m in found if m.score >= STRONG_THRESHOLD}
    best = next(m for m in found if m.organization.id == expected)
    assert best.reasons[0].code == "dash_part"


def test_a_dash_between_ordinary_words_finds_nothing() -> None:
    index = build_match_index(load_bundled_organizations())
    assert not match_name(index, "Ромашка — Плюс")
    assert not match_name(index, "Торговый дом — Северный альянс")


@pytest.mark.parametrize(
    ("query", "expected"),
    [("iStories Media", "ru-undesirable-226-r-2022-03-05"), ("HELPDESK MEDIA", "ru-undesirable-1734-r-2023-12-26")],
)
def test_an_outlet_named_by_its_web_address_in_words_is_found(query: str, expected: str) -> None:
    index = build_match_index(load_bundled_organizations())
    found = match_name(index, query)
    assert expected in {m.organization.id for m in found if m.score >= STRONG_THRESHOLD}


@pytest.mark.parametrize("query", ["Yale Edu", "Berkeley Edu", "Tvrain Tv"])
def test_a_web_address_of_a_generic_ending_in_words_is_no_name(query: str) -> None:
    index = build_match_index(load_bundled_organizations())
    assert all(r.code != "web_domain_words" for m in match_name(index, query) for r in m.reasons)


@pytest.mark.parametrize(
    ("key", "other", "apart"),
    [
        ("open", "opinion", True),  # two words that share their consonants
        ("wach", "watch", False),  # one letter apart: may be one misspelled
        ("ukrainian", "ukraine", False),  # one stem
        ("ist", "east", False),  # a Cyrillic word's key that happens to be a word (Ист Вью)
        ("medusa", "meduza", False),  # not both words of the general vocabulary
    ],
)
def test_two_words_of_the_general_vocabulary_do_not_pair_by_sound(key: str, other: str, apart: bool) -> None:
    assert two_other_words(key, other) is apart


def test_an_ordinary_name_sharing_consonants_with_a_listed_word_is_no_match() -> None:
    index = build_match_index(load_bundled_organizations())
    assert all(m.score < POSSIBLE_THRESHOLD for m in match_name(index, "Open Media", threshold=0.3))
    found = match_name(index, "Human Rights Wach")
    assert found[0].organization.id == "ru-undesirable-2025-11-28-human-rights-watch"
