"""The first part of a hyphenated compound adjective («русско» of «Русско-Американская») is an
ordinary adjective's stem and a linking vowel: an ordinary word, not a distinctive one, so two
separate words of a query that pair with a compound by spelling and by place adjective are no
strong short form of its name, and an entry that writes those words as the query does ranks
first. Invented names."""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.model import Organization
from undesirable.names.normalize import analyze_word
from undesirable.names.vocabulary import classify_word

INVENTED = (
    Organization("compound", "Польско-Канадская научная ассоциация", None),
    Organization("apart", "Польская Канада за свободу слова", None),
)


@pytest.fixture(scope="module")
def invented() -> MatchIndex:
    return build_match_index(INVENTED)


@pytest.mark.parametrize(
    ("word", "word_class"),
    [
        ("польско", "general"),  # польский
        ("российско", "general"),  # российский
        ("германо", "general"),  # германский
        ("англо", "general"),  # английский
        ("мемориало", "distinctive"),  # no adjective
    ],
)
def test_the_first_part_of_a_compound_adjective_is_an_ordinary_word(word: str, word_class: str) -> None:
    assert classify_word(analyze_word(word)) == word_class


@pytest.mark.parametrize("query", ["Польская Канада", "Польской Канады"])
def test_the_entry_that_writes_the_words_apart_ranks_first(invented: MatchIndex, query: str) -> None:
    found = match_name(invented, query, threshold=0.3)
    assert found and found[0].organization.id == "apart"
    assert all(m.score < POSSIBLE_THRESHOLD for m in found if m.organization.id == "compound")


def test_the_compound_itself_still_finds_its_entry(invented: MatchIndex) -> None:
    found = match_name(invented, "Польско-Канадская научная ассоциация")
    assert found[0].organization.id == "compound" and found[0].score == 1.0
