"""Two letter names written apart read as an acronym when the query tells they are one: a kind word
beside them (``Кью Ви Фаундейшн`` for QV Foundation) or an acronym the register lists (``Эр Джи``
for RG); alone, «Би», «Си», «Ай» are words and two of them no acronym."""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.matching.spelled_pairs import is_kind_noun, pair_tells
from undesirable.model import Organization
from undesirable.names.letters import read_spelled_pairs, spelled_acronym_words
from undesirable.registry.bundled import load_bundled_organizations

INVENTED = (
    Organization("ru-undesirable-2030-11-01-qv", None, "QV Foundation"),
    Organization("ru-undesirable-2030-11-02-kt", "Центр КТ", "KT Center"),
    Organization("ru-undesirable-2030-11-03-bc", None, "Bright Coast Institute", acronyms=("BCI",)),
)


@pytest.fixture(scope="module")
def invented() -> MatchIndex:
    return build_match_index(INVENTED)


@pytest.fixture(scope="module")
def register() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.mark.parametrize(
    ("word", "kind"),
    [("Фонд", True), ("фонда", True), ("Фанд", True), ("Фаундейшн", True), ("Центр", True), ("Institute", True)],
)
def test_kind_nouns_are_the_registers_words_for_kinds_in_any_language_or_heard(word: str, kind: bool) -> None:
    assert is_kind_noun(word) == kind


@pytest.mark.parametrize("word", ["Интернешнл", "Международный", "Би", "Новый", "Вале"])
def test_adjectives_and_other_words_are_no_kind_noun(word: str) -> None:
    assert not is_kind_noun(word)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Кью Ви Фаундейшн", "QV Фаундейшн"),
        ("Фонд Кью Ви", "Фонд QV"),
        ("Кей Ти Центр", "KT Центр"),
        ("Эр Джи", "RG"),  # an acronym the register lists (Rasmussen Global)
        ("Би Си", "Би Си"),  # no kind word, not listed
        ("Ай Си", "Ай Си"),
        ("кью ви фонд", "кью ви фонд"),  # letter names are capitalized
        ("Кью Ви Интернешнл", "Кью Ви Интернешнл"),  # an adjective tells no kind
        ("Кью Ви Вале", "Кью Ви Вале"),
    ],
)
def test_two_letter_names_are_read_beside_a_kind_word_or_as_a_listed_acronym(
    register: MatchIndex, text: str, read: str
) -> None:
    tells = pair_tells(register)
    assert read_spelled_pairs(text, tells) == read
    assert bool(spelled_acronym_words(text, tells)) == (read != text)


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("Кью Ви Фаундейшн", "ru-undesirable-2030-11-01-qv"),
        ("Фонд Кью Ви", "ru-undesirable-2030-11-01-qv"),
        ("Кей Ти Центр", "ru-undesirable-2030-11-02-kt"),
        ("Кей Ти Сентер", "ru-undesirable-2030-11-02-kt"),
    ],
)
def test_two_letter_names_with_a_kind_word_find_the_name(invented: MatchIndex, query: str, org: str) -> None:
    found = match_name(invented, query)
    assert found and found[0].organization.id == org and found[0].score >= STRONG_THRESHOLD
    read = [r for r in found[0].reasons if r.code == "acronym_letters_read"]
    assert read and read[0].values["words"] == " ".join(w for w in query.split() if not is_kind_noun(w))


@pytest.mark.parametrize("query", ["Би", "Си", "Ай", "Би Си", "Ай Си", "Си Би", "Кью Ви"])
def test_letter_names_alone_match_nothing(invented: MatchIndex, query: str) -> None:
    assert not match_name(invented, query, threshold=POSSIBLE_THRESHOLD)
