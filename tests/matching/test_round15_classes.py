"""Classes of the fifteenth held-out round, tested with other register entries and invented names:
an acronym spelled out by its letters' names in the other script or by names the earlier tables
lacked (``Эн-И-Ди``, ``Эф-Бэ-Ка``, ``Ef-Be-Ka``); an acronym with the initial of a kind word the
name does not write (``LBO`` for Lumen Baltica, listed as ``LB``), possible at most; adjectives of
a place or people written as nouns in phrases ("Lake Society of Estonia" for the Estonian Lake
Society, «Палата армян Канады» for the «Армянская канадская палата»)."""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.matching.kind_initials import KIND_INITIAL_SCORE, kind_words_by_initial
from undesirable.model import Organization
from undesirable.names.demonyms import nouns_of_adjective
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


KINDLESS = (
    Organization("ru-undesirable-2030-10-01-lumen", "Люмен Балтика", "Lumen Baltica", acronyms=("LB",)),
    Organization("ru-undesirable-2030-10-02-danube", None, "Danube Rights Action", acronyms=("DRA",)),
    Organization("ru-undesirable-2030-10-03-kestrel", None, "Kestrel Watch Foundation", acronyms=("KW",)),
    Organization("ru-undesirable-2030-10-04-marten", None, "Marten Vale", acronyms=("MV",)),
    Organization("ru-undesirable-2030-10-05-mirren", None, "Mirren Vale"),
    Organization("ru-undesirable-2030-10-06-tarvin", None, "Tarvin Lodge"),
)


@pytest.fixture(scope="module")
def kindless() -> MatchIndex:
    return build_match_index(KINDLESS)


def test_kind_words_are_the_registers_nouns_for_kinds_of_organization() -> None:
    kinds = kind_words_by_initial()
    assert {"organization", "organisation"} <= set(kinds["O"])
    assert "institute" in kinds["I"] and "foundation" in kinds["F"]
    assert not any(w in ("international", "charitable") for words in kinds.values() for w in words)  # adjectives


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("LBO", "ru-undesirable-2030-10-01-lumen"),  # LB + Organization
        ("LBI", "ru-undesirable-2030-10-01-lumen"),  # LB + Institute
        ("DRAF", "ru-undesirable-2030-10-02-danube"),  # DRA + Foundation
        ("TLF", "ru-undesirable-2030-10-06-tarvin"),  # the initials of its name + Foundation
    ],
)
def test_an_acronym_with_a_kind_words_initial_is_a_possible_match(kindless: MatchIndex, query: str, org: str) -> None:
    found = match_name(kindless, query)
    assert found and found[0].organization.id == org
    assert POSSIBLE_THRESHOLD <= found[0].score == KIND_INITIAL_SCORE < STRONG_THRESHOLD
    assert [r.code for r in found[0].reasons] == ["kind_initial_added"]
    assert found[0].reasons[0].values["letter"] == query[-1]


@pytest.mark.parametrize(
    ("query", "doubt"),
    [
        ("DRAG", "kind_initial_ordinary_word"),  # drag
        ("DRAM", "kind_initial_common_code"),
        ("MVF", "kind_initial_shared"),  # Marten Vale's MV, and Mirren Vale's initials
    ],
)
def test_an_extended_acronym_that_means_something_else_is_weak(kindless: MatchIndex, query: str, doubt: str) -> None:
    assert match_name(kindless, query) == []
    found = match_name(kindless, query, threshold=0.5)
    assert found and all(m.score < POSSIBLE_THRESHOLD for m in found)
    assert found[0].reasons[-1].code == doubt


@pytest.mark.parametrize(
    "query",
    [
        "KWF",  # the name says its kind: its acronym is KWF whole, not KW extended
        "KWO",
        "LBX",  # no kind word starts with X
        "Lbo",  # not in capitals
        "LBOO",
    ],
)
def test_no_kind_initial_where_the_name_says_its_kind_or_the_letter_is_none(kindless: MatchIndex, query: str) -> None:
    found = match_name(kindless, query, threshold=0.3)
    assert not any(r.code == "kind_initial_added" for m in found for r in m.reasons)


@pytest.mark.parametrize(
    ("word", "nouns"),
    [
        ("canadian", ("canada",)),
        ("norwegian", ("norway",)),
        ("australian", ("australia",)),  # the longest shared start: not Austria
        ("german", ("germany",)),
        ("эстонского", ("эстония", "эстонец")),
        ("грузинская", ("грузия", "грузин")),
        ("гражданский", ()),  # an adjective of no place: гражданин is no people of it
        ("open", ()),
        ("society", ()),
    ],
)
def test_the_nouns_an_adjective_of_a_place_stands_for(word: str, nouns: tuple[str, ...]) -> None:
    assert nouns_of_adjective(word) == nouns


PLACED = (
    Organization("ru-undesirable-2030-11-01-lake", "Эстонское озерное общество", "Estonian Lake Society"),
    Organization("ru-undesirable-2030-11-02-chamber", "Грузинская канадская палата", "Georgian Canadian Chamber"),
    Organization("ru-undesirable-2030-11-03-forum", "Гражданский лесной форум", "Civic Forest Forum"),
)


@pytest.fixture(scope="module")
def placed() -> MatchIndex:
    return build_match_index(PLACED)


@pytest.mark.parametrize(
    ("query", "org", "words"),
    [
        ("Lake Society of Estonia", "ru-undesirable-2030-11-01-lake", "estonia = estonian"),
        ("Society of the Lakes in Estonia", "ru-undesirable-2030-11-01-lake", "estonia = estonian"),
        ("Chamber of Georgians in Canada", "ru-undesirable-2030-11-02-chamber", "canada = canadian"),
        ("Палата грузин Канады", "ru-undesirable-2030-11-02-chamber", "грузин = грузинская"),
    ],
)
def test_a_place_or_people_as_a_noun_meets_the_names_adjective(
    placed: MatchIndex, query: str, org: str, words: str
) -> None:
    found = match_name(placed, query)
    assert found and found[0].organization.id == org and found[0].score >= POSSIBLE_THRESHOLD
    said = [r.values["words"] for r in found[0].reasons if r.code == "place_as_adjective"]
    assert said and words in said[0]


@pytest.mark.parametrize(
    "query",
    [
        "Lake Society of Latvia",  # another country
        "Chamber of Georgians in Australia",
        "Лесной форум граждан",  # гражданский is no adjective of a place
    ],
)
def test_no_place_pair_without_the_names_own_place(placed: MatchIndex, query: str) -> None:
    found = match_name(placed, query, threshold=0.3)
    assert not any(r.code == "place_as_adjective" for m in found for r in m.reasons)
    assert all(m.score < POSSIBLE_THRESHOLD for m in found) or "форум" in query


def test_the_register_meets_a_name_written_with_its_places_noun(register: MatchIndex) -> None:
    found = match_name(register, "Helsinki Committee of Norway")
    assert found and found[0].organization.id == "ru-undesirable-2025-07-11-norwegian-helsinki-committee"
    assert found[0].score >= POSSIBLE_THRESHOLD
    assert any(r.code == "place_as_adjective" and r.values["words"] == "norway = norwegian" for r in found[0].reasons)
