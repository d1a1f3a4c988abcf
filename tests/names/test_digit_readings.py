"""Digits a Latin name glues between letters, read as the English words they stand for."""

from __future__ import annotations

import pytest

from undesirable.names.letters import letters_said
from undesirable.names.numbers import digit_readings, digits_left_out, digits_read_in
from undesirable.registry.bundled import load_bundled_organizations


@pytest.mark.parametrize(
    ("name", "readings"),
    [
        ("Help2kids", [("Help to Kids", "2 = to"), ("Help two Kids", "2 = two")]),
        ("Books4Peace e.V.", [("Books for Peace e.V.", "4 = for"), ("Books four Peace e.V.", "4 = four")]),
        ("Gr8Minds", [("Gr ate Minds", "8 = ate"), ("Gr eight Minds", "8 = eight")]),
        ("art2life", [("art to life", "2 = to"), ("art two life", "2 = two")]),  # in lower case, kept so
        (
            "Peace2all4ever",
            [
                ("Peace to All for Ever", "2 = to, 4 = for"),
                ("Peace to All four Ever", "2 = to, 4 = four"),
                ("Peace two All for Ever", "2 = two, 4 = for"),
                ("Peace two All four Ever", "2 = two, 4 = four"),
            ],
        ),
    ],
)
def test_a_digit_between_letters_is_read_as_the_words_it_stands_for(name: str, readings: list[tuple[str, str]]) -> None:
    assert list(digit_readings(name)) == readings


@pytest.mark.parametrize(
    "name",
    [
        "Group 36",  # numbers that are numbers
        "Фонд 19/29",
        "Komitet-2024",
        "Calvert22 Foundation",  # a number of several digits glued to letters
        "Artec 3D",  # a digit before letters only, and one no word sounds like
        "RD4U",  # a word in capitals: an acronym, read letter by letter
        "Web3Foundation",  # no word sounds like 3
        "Foundation 2 Europe",  # the digit is a word of its own, not glued
    ],
)
def test_numbers_and_acronyms_are_not_read(name: str) -> None:
    assert not digit_readings(name)


def test_register_names_read_out_are_the_ones_with_such_a_digit() -> None:
    """Of the register's names, only those gluing one of the digits read between letters (and not
    in an acronym) are read out; every one of them reads its digit as a word."""
    for org in load_bundled_organizations():
        for name in org.all_names():
            readings = digit_readings(name)
            glued = any(
                word[k].isdigit() and word[k - 1].isalpha() and word[k + 1].isalpha() and word[k] in "248"
                for word in name.split()
                if not word.isupper()
                for k in range(1, len(word) - 1)
            )
            assert bool(readings) == glued, name
            assert all(not any(c.isdigit() for c in text) for text, _ in readings if glued), name


@pytest.mark.parametrize(
    ("name", "words", "read"),
    [
        ("Help2kids", ["Help", "to", "Kids"], "2 = to"),
        ("Help2kids", ["Хелп", "ту", "Кидс"], "2 = to"),  # by ear
        ("Books4Peace", ["Books", "four", "Peace"], "4 = four"),  # as written before by sound
        ("Books4Peace", ["Books", "4", "Peace"], ""),  # the digit written: nothing read
        ("Books4Peace", ["Books", "Peace"], ""),
        ("Group 36", ["Group", "thirty", "six"], ""),
    ],
)
def test_what_a_text_reads_of_the_digits(name: str, words: list[str], read: str) -> None:
    assert digits_read_in(name, words) == read


def test_a_digit_left_out_is_no_digit_read() -> None:
    assert digits_left_out("Help2kids", ["Help", "Kids"])
    assert not digits_left_out("Help2kids", ["Help", "to", "Kids"])
    assert not digits_left_out("Help2kids", ["Help", "2", "Kids"])
    assert not digits_left_out("Stiftung Kinderhilfe", ["Stiftung"])  # no digit to leave out


def test_one_letter_words_said_as_their_letters_names() -> None:
    assert letters_said("K to Kids") == ["Кей to Kids"]
    assert letters_said("Help to Kids") == []
