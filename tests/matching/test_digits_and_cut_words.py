"""A digit written for the English word it sounds like ("4" for "for", "2" for "to"), alone or glued
between letters: a variant of the name, strong, never exact. Other register entries and invented names."""

from __future__ import annotations

import pytest

from undesirable.matching import STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.names.normalize import analyze_word
from undesirable.names.numbers import digits_said
from undesirable.registry.bundled import load_bundled_organizations


@pytest.fixture(scope="module")
def register() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.mark.parametrize(
    ("words", "read", "said"),
    [
        ("ideas 4 change", "ideas for change", "4 = for"),
        ("ideas4change", "ideas for change", "4 = for"),
        ("return 2 the territories", "return to the territories", "2 = to"),
        ("calvert 22 foundation", None, None),  # a number, not a digit between words
        ("4 freedom", None, None),  # a digit first is a number
        ("фонд 4 свободы", None, None),  # between Russian words a digit is a number
        ("group 7 security", None, None),  # seven sounds like no word
    ],
)
def test_digits_said_as_words(words: str, read: str | None, said: str | None) -> None:
    found = digits_said([analyze_word(w) for w in words.split()])
    assert (found and " ".join(t.text for t in found[0])) == read
    assert (found and found[1]) == said


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Ideas 4 Change", "Ideas for Change"),
        ("Center 4 Civil Liberties", "Center for Civil Liberties"),
        ("International Partnership 4 Human Rights", "International Partnership for Human Rights"),
        ("Ideas4Change", "Ideas for Change"),
    ],
)
def test_a_digit_for_a_word_is_a_strong_variant_never_exact(register: MatchIndex, query: str, name: str) -> None:
    best = match_name(register, query)[0]
    assert best.matched_name == name
    assert STRONG_THRESHOLD <= best.score < 1.0
    codes = [r.code for r in best.reasons]
    assert "digit_as_word" in codes and "exact_name" not in codes and "exact_alias" not in codes


def test_a_digit_read_says_what_it_read(register: MatchIndex) -> None:
    best = match_name(register, "Ideas 4 Change")[0]
    assert [r.values for r in best.reasons if r.code == "digit_as_word"] == [{"digits": "4 = for"}]
