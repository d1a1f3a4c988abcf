"""A query word in an oblique case read as equally likely words («родников»: «родниковый» or
«родник») takes the dictionary form that is a register word, so a quoted short form in the genitive
meets its name. Invented names."""

from __future__ import annotations

import pytest

from undesirable.matching import STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.matching.register_lemmas import with_register_lemmas
from undesirable.model import Organization
from undesirable.names.normalize import analyze_word

INVENTED = (Organization("springs", "Общество «Родники гор»", None),)


@pytest.fixture(scope="module")
def invented() -> MatchIndex:
    return build_match_index(INVENTED)


def test_the_reading_the_register_has_is_taken(invented: MatchIndex) -> None:
    (token,) = with_register_lemmas(invented, [analyze_word("родников")])
    assert token.lemma == "родник" and token.text == "родников"
    (other,) = with_register_lemmas(
        build_match_index((Organization("x", "Фонд «Заря»", None),)), [analyze_word("родников")]
    )
    assert other.lemma == analyze_word("родников").lemma  # no register word: the likeliest reading


@pytest.mark.parametrize("query", ["«Родников гор»", "Родников гор", "Родники гор"])
def test_a_quoted_short_form_in_the_genitive_meets_its_name(invented: MatchIndex, query: str) -> None:
    best = match_name(invented, query)[0]
    assert best.organization.id == "springs" and best.score >= STRONG_THRESHOLD
