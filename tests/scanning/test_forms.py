"""Inflected forms of name words, and which words are ordinary dictionary words."""

from __future__ import annotations

import pytest

from undesirable.scanning.forms import decline_first, inflect_word, is_dictionary_word


def test_a_name_in_a_guessed_indeclinable_declines_like_a_noun_in_a() -> None:
    assert {"доксы", "доксе", "доксу", "доксой"} <= inflect_word("докса")  # pymorphy3 guesses an abbreviation
    assert decline_first("прага") >= {"праги", "праге", "прагу", "прагой"}
    assert decline_first("ирия") >= {"ирии", "ирие", "ирию", "ирией"}


def test_inflect_word_gives_the_paradigm() -> None:
    assert {"медуза", "медузы", "медузе", "медузой", "медузу"} <= inflect_word("медуза")
    assert {"беллона", "беллоны", "беллоне"} <= inflect_word("беллона")  # guessed paradigm
    assert inflect_word("bellingcat") == {"bellingcat"}
    assert inflect_word("в") == {"в"}


@pytest.mark.parametrize(
    ("word", "expected"),
    [("дождь", True), ("медуза", True), ("проект", True), ("беллона", False), ("bellingcat", False),
     ("аллатра", False)],
)  # fmt: skip
def test_is_dictionary_word(word: str, expected: bool) -> None:
    assert is_dictionary_word(word) is expected
