"""A hushing sound heard by ear (ш for the English -ssia of Russia) tells one more sound of a short
word: «Раша» pairs with Russia as a word heard by ear, so a short form heard by ear is one; a
word without it («Роса») pairs as before, at the lowest similarity."""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.matching.hush import heard_hush
from undesirable.matching.query import PHONETIC_SIMILARITY, find_similar_keys
from undesirable.matching.score import TOKEN_SIMILARITY_MIN
from undesirable.model import Organization

INVENTED = (
    Organization("ru-undesirable-2030-12-01-rpn", None, "Russia Liberty Network for Democracy and the Rule of Law"),
    Organization("ru-undesirable-2030-12-02-rosa", None, "Rosa Garden Trust"),
)


@pytest.fixture(scope="module")
def invented() -> MatchIndex:
    return build_match_index(INVENTED)


@pytest.mark.parametrize(
    ("text", "target", "hush"),
    [
        ("раша", "rusia", True),
        ("эйжа", "asia", True),
        ("роса", "rusia", False),  # no hushing letter heard
        ("раша", "rosa", False),  # none spelled
        ("шон", "sian", False),  # not inside the word
    ],
)
def test_a_hushing_sound_is_heard_for_an_english_si_before_a_vowel(text: str, target: str, hush: bool) -> None:
    assert heard_hush(text, target) == hush


@pytest.mark.parametrize(("text", "sim"), [("раша", PHONETIC_SIMILARITY), ("роса", TOKEN_SIMILARITY_MIN)])
def test_a_short_sound_pairs_higher_with_its_hush(invented: MatchIndex, text: str, sim: float) -> None:
    assert dict(find_similar_keys(invented, "rasa" if text == "раша" else "rosa", text)).get("rusia") == sim


def test_a_short_form_heard_by_ear_with_a_hush_is_a_possible_match(invented: MatchIndex) -> None:
    found = match_name(invented, "Раша Либерти Нетворк")
    assert found and found[0].organization.id == "ru-undesirable-2030-12-01-rpn"
    assert found[0].score >= POSSIBLE_THRESHOLD
    assert any(r.code == "short_form" for r in found[0].reasons)


@pytest.mark.parametrize("query", ["Роса Либерти Нетворк", "Раша Гарден"])
def test_without_the_hush_heard_in_both_no_short_form(invented: MatchIndex, query: str) -> None:
    found = match_name(invented, query, threshold=0.3)
    assert not any(r.code == "short_form" for m in found for r in m.reasons)
