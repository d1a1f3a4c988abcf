"""English generic words heard by ear in the plural (-с, -з, -тс): the same generic words."""

from __future__ import annotations

import pytest

from undesirable.names.normalize import analyze_word


@pytest.mark.parametrize(
    ("heard", "group"),
    [
        ("ассошиэйшнз", "#association"),
        ("сентерс", "#center"),
        ("фаундейшнз", "#foundation"),
        ("инститьютс", "#institute"),  # -тс: the skeleton's c
        ("ассошиэйшнс", "#association"),
        ("фаундейшн", "#foundation"),  # the singular, as before
    ],
)
def test_a_generic_word_heard_in_the_plural(heard: str, group: str) -> None:
    token = analyze_word(heard)
    assert (token.kind, token.key) == ("generic", group)


@pytest.mark.parametrize("word", ["ресурс", "квас", "глаз", "барс", "риск", "прогресс", "foundationz", "ассошиэйшнш"])
def test_russian_words_and_latin_ones_are_not_heard_plurals(word: str) -> None:
    """Russian words ending in -с, a Latin word, and a -ш (which the skeleton also writes s): no plural heard."""
    assert analyze_word(word).kind != "generic"
