"""An English name that writes a people's word in the plural (``Russians``) and moves the kind word
(``Free Russians Society`` for «Общество свободных россиян») reaches the name, tested on invented
names; a name of the people's word and a kind word alone does not."""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.model import Organization
from undesirable.names.normalize import analyze_word

INVENTED = (Organization("ru-undesirable-2030-12-01-society", "Общество свободных россиян", None),)


@pytest.fixture(scope="module")
def invented() -> MatchIndex:
    return build_match_index(INVENTED)


@pytest.mark.parametrize(
    "query", ["Free Russians Society", "Society of Free Russians", "Free Russian Society", "Russians Free Society"]
)
def test_an_english_rendering_in_another_order_reaches_the_russian_name(invented: MatchIndex, query: str) -> None:
    found = match_name(invented, query)
    assert found and found[0].organization.id == INVENTED[0].id and found[0].score >= STRONG_THRESHOLD


@pytest.mark.parametrize("word", ["Russians", "russian", "россиян", "россиянин", "rusos", "russos"])
def test_the_peoples_word_is_one_word_in_every_language(word: str) -> None:
    assert analyze_word(word.lower()).lemma_key == analyze_word("russian").key


@pytest.mark.parametrize("query", ["Russian Society", "Общество россиян"])
def test_the_peoples_word_with_a_kind_word_alone_is_no_match(invented: MatchIndex, query: str) -> None:
    found = match_name(invented, query)
    assert not found or found[0].score < POSSIBLE_THRESHOLD
