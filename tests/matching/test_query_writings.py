"""How a query may be written besides the name itself: letters and digits spaced apart, two names
of one thing joined by a slash, a founder's or leader's name after the name. Tested on register
entries and invented names, with the ordinary writings each rule must leave alone."""

from __future__ import annotations

from functools import cache

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.model import Organization
from undesirable.registry.bundled import load_bundled_organizations


@cache
def _index() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("A R T E C  3 D", "ru-undesirable-2026-01-19-artec-3d"),  # digits spaced like the letters
        ("F O R  A  F R E E  R U S S I A", "ru-undesirable-1148-r-2023-08-23"),  # short words between wider gaps
        ("Ф о н д  1 9 / 2 9", "ru-undesirable-2025-05-22-sdruzeni-investigativnich-novinaru-fond-19-29-z-s"),
        ("A r t e c - 3 D", "ru-undesirable-2026-01-19-artec-3d"),  # a spaced dash between the words
        ("Ч-е-л-о-в-е-к в б-е-д-е", "ru-undesirable-1443-r-2019-11-12"),  # hyphens in words, spaces between
        ("O-p-e-n D-i-a-l-o-g-u-e F-o-u-n-d-a-t-i-o-n", "ru-undesirable-363-r-2024-03-25"),
    ],
)
def test_a_name_spaced_letter_by_letter_with_digits_and_wider_gaps(query: str, org: str) -> None:
    found = match_name(_index(), query)
    assert found and found[0].organization.id == org and found[0].score >= STRONG_THRESHOLD
    assert "normalized_letter_spaced" in [r.code for r in found[0].reasons]


@pytest.mark.parametrize("query", ["Фонд 1 2 3 4", "пункты 1 2 3"])
def test_digits_alone_are_not_a_spaced_name(query: str) -> None:
    assert all("normalized_letter_spaced" not in [r.code for r in m.reasons] for m in match_name(_index(), query))


NORDWIND = (
    Organization("ru-undesirable-2030-01-01-nordwind-nl", "Фонд «Нордвинд»", "Stichting Nordwind", country_code="NL"),
    Organization("ru-undesirable-2030-01-01-nordwind-uk", "Нордвинд", "Nordwind Ltd", country_code="GB"),
    Organization("ru-undesirable-2030-01-02-polar", "Полярная звезда", "Polar Star Foundation"),
)


@pytest.mark.parametrize(
    "query", ["Stichting Nordwind / Nordwind Ltd", "Nordwind Ltd | Stichting Nordwind", "Фонд Нордвинд; Nordwind Ltd"]
)
def test_two_names_of_one_thing_joined_by_a_slash_give_every_entry_of_each(query: str) -> None:
    found = {m.organization.id: m for m in match_name(build_match_index(NORDWIND), query)}
    assert set(found) >= {NORDWIND[0].id, NORDWIND[1].id}
    for org in NORDWIND[:2]:
        assert found[org.id].score >= STRONG_THRESHOLD
        assert found[org.id].reasons[0].code == "listed_part"


def test_listed_names_of_two_register_entries() -> None:
    found = match_name(_index(), "Open Society Foundations | OSI Assistance Foundation")
    assert {m.organization.id for m in found if m.score >= STRONG_THRESHOLD} >= {
        "ru-undesirable-1777-r-2015-12-01",
        "ru-undesirable-1778-r-2015-12-01",
    }


@pytest.mark.parametrize(
    "query", ["Фонд 19/29", "Radio Free Europe/Radio Liberty", "Radio Free Europe / Radio Liberty"]
)
def test_a_slash_inside_a_name_lists_nothing(query: str) -> None:
    found = match_name(_index(), query)
    assert found[0].score == 1.0 and "listed_part" not in [r.code for r in found[0].reasons]


def test_listed_ordinary_names_find_nothing() -> None:
    assert match_name(_index(), "ООО Ромашка / Romashka Ltd") == []
    assert all(
        m.score < POSSIBLE_THRESHOLD for m in match_name(build_match_index(NORDWIND), "Nord Stream / Polar Bear")
    )


SIYANIE = (
    Organization(
        "ru-undesirable-2030-02-01-siyanie-movement", "Движение «Северное сияние»", "Northern Lights Movement"
    ),
    Organization("ru-undesirable-2030-02-02-siyanie-fund", "Северное сияние", "Northern Lights Foundation"),
)


@pytest.mark.parametrize(
    "query",
    [
        "Северное сияние Иванова",  # a surname in the genitive
        "Северное сияние Петра Иванова",  # with a given name
        "Северное сияние П. Иванова",  # with initials
        "Северное сияние Петра Мунтяна",  # a surname the dictionary does not know, after a given name
        "северное сияние иванова",  # all in lower case
    ],
)
def test_a_name_followed_by_its_founders_name_gives_every_entry_of_that_name(query: str) -> None:
    found = {m.organization.id: m for m in match_name(build_match_index(SIYANIE), query)}
    assert set(found) == {org.id for org in SIYANIE}
    for match in found.values():
        assert match.score >= STRONG_THRESHOLD
        assert match.reasons[0].code == "person_part"
        assert "shared_name" in [r.code for r in match.reasons]


@pytest.mark.parametrize(
    "query",
    [
        "Северное сияние Москвы",  # a place
        "Северное сияние народа",  # an ordinary word
        "Северное сияние Мунтяна",  # a word the dictionary does not know, with no given name before it
        "Северное сияние Иванов",  # not in the genitive
    ],
)
def test_other_words_after_a_name_are_no_persons_name(query: str) -> None:
    found = match_name(build_match_index(SIYANIE), query, threshold=0.0)
    assert all("person_part" not in [r.code for r in m.reasons] for m in found)


def test_a_founders_name_after_a_register_name() -> None:
    found = match_name(_index(), "Репортеры без границ Кристофа Делуара")
    assert found[0].organization.id == "ru-undesirable-2025-08-14-reporters-without-borders"
    assert found[0].score >= STRONG_THRESHOLD and found[0].reasons[0].code == "person_part"
    assert match_name(_index(), "ИП Иванова") == []  # nothing but a kind of business before the person
    assert match_name(_index(), "Общество Петрова") == []


STORMWATCH = (
    Organization("ru-undesirable-2030-02-01-stormwatch", "Штормвотч", "Stormwatch Solidarity Collective"),
    Organization("ru-undesirable-2030-02-02-storm-chasers", "Охотники за бурями", "Storm Chasers Guild"),
)


@pytest.mark.parametrize("query", ["Storm-Watch Solidarty Collective", "Storm Watch Solidarity Colective"])
def test_two_words_that_make_one_word_of_the_name_pair_with_it_beside_a_misspelled_word(query: str) -> None:
    index = build_match_index(STORMWATCH)
    found = match_name(index, query)
    assert found and found[0].organization.id == STORMWATCH[0].id and found[0].score >= STRONG_THRESHOLD
    assert "words_joined" in [r.code for r in found[0].reasons]
    assert "exact_name" not in [r.code for r in found[0].reasons]


@pytest.mark.parametrize("query", ["Storm Collective", "Watch Solidarity", "Storm Chasers Collective"])
def test_words_that_make_no_word_of_the_name_are_not_joined(query: str) -> None:
    found = match_name(build_match_index(STORMWATCH), query)
    assert all(m.organization.id != STORMWATCH[0].id for m in found)


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("Forum named after Lev Kopelev", "ru-undesirable-300-r-2024-03-13"),  # «Форум имени Льва Копелева»
        ("Foundation named after Friedrich Ebert", "ru-undesirable-256-r-2024-03-01"),
    ],
)
def test_named_after_is_a_function_word_like_imeni(query: str, org: str) -> None:
    found = match_name(_index(), query)
    assert found and found[0].organization.id == org and found[0].score >= STRONG_THRESHOLD
    ignored = [r for r in found[0].reasons if r.code == "function_words_ignored"]
    assert ignored and "named" in str(ignored[0].values["words"])


@pytest.mark.parametrize("query", ["Named after Lev", "After the Forum"])
def test_named_after_alone_names_nothing(query: str) -> None:
    assert all(m.score < POSSIBLE_THRESHOLD for m in match_name(_index(), query, threshold=0.3)[:1])
