"""A Russian compound abbreviation of a kind phrase («юрфирма» for «юридическая фирма», «медцентр»
for «медицинский центр») read as its phrase, in its case: a variant of a name that writes the
phrase, never exact. Invented names."""

from __future__ import annotations

import pytest

from undesirable.matching import STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.model import Organization
from undesirable.names.compounds import compound_phrase, read_compound_words

INVENTED = (
    Organization("clinic", "Медицинский центр «Северный ветер»", None),
    Organization("firm", "Юридическая фирма Lexton", "Lexton (law firm)"),
)


@pytest.fixture(scope="module")
def invented() -> MatchIndex:
    return build_match_index(INVENTED)


@pytest.mark.parametrize(
    ("word", "phrase"),
    [
        ("юрфирма", "юридическая фирма"),
        ("юрфирмы", "юридической фирмы"),
        ("медцентром", "медицинским центром"),
        ("медцентров", "медицинских центров"),
        ("юрист", None),  # a word the dictionary knows
        ("профсоюз", None),  # a compound the dictionary knows
        ("юрх", None),  # no noun after the first part
    ],
)
def test_compound_abbreviations_read_as_their_phrase(word: str, phrase: str | None) -> None:
    assert compound_phrase(word) == phrase


def test_what_was_read_is_said() -> None:
    assert read_compound_words("сотрудники юрфирмы Lexton") == (
        "сотрудники юридической фирмы Lexton",
        "юрфирмы = юридической фирмы",
    )
    assert read_compound_words("Юридическая фирма Lexton") == ("Юридическая фирма Lexton", "")


@pytest.mark.parametrize(("query", "org"), [("юрфирмы Lexton", "firm"), ("Медцентр «Северный ветер»", "clinic")])
def test_a_compound_abbreviation_meets_the_phrase_of_a_name(invented: MatchIndex, query: str, org: str) -> None:
    best = match_name(invented, query)[0]
    assert best.organization.id == org and STRONG_THRESHOLD <= best.score < 1.0
    codes = [r.code for r in best.reasons]
    assert "compound_word_read" in codes and not {"exact_name", "exact_alias"} & set(codes)
