"""Proper names told by an organization's own names: kept by sound while the rest is translated."""

from __future__ import annotations

import pytest

from undesirable.names.proper_words import classify_proper_words


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Фонд Клуни за справедливость", "Clooney Foundation for Justice"], {"клуни": "distinctive"}),
        (  # Вудро is a given name as Woodrow is
            ["Центр Вудро Вильсона", "Woodrow Wilson International Center for Scholars"],
            {"вудро": "given_name", "wilson": "distinctive"},
        ),
        (
            ["Фонд Роберта Карра для сетей гражданского общества", "Robert Carr Fund For Civil Society Networks"],
            {"роберта": "given_name", "карра": "distinctive", "carr": "distinctive"},  # Robert: a listed given name
        ),
        (
            ["Школа права и дипломатии имени Флетчера", "The Fletcher School of Law and Diplomacy"],
            {"fletcher": "distinctive"},
        ),
    ],
)
def test_words_kept_by_sound_are_proper_names(names: list[str], expected: dict[str, str]) -> None:
    assert classify_proper_words(names) == expected


@pytest.mark.parametrize(
    "names",
    [
        ["Хьюман Райтс Вотч", "Human Rights Watch"],  # written wholly by ear: nothing told apart
        ["Свободная Россия Берлин", "Freies Russland Berlin"],  # a place stays a place
        ["Университет Джорджа Вашингтона", "The George Washington University"],  # after a given name, a place
        ["Открытая Россия", "Otkrytaya Rossia Foundation"],  # a Russian word spelled in Latin letters
        ["Международный форум", "International Forum Network"],  # a word both languages have
        ["Фонд клуни", "Clooney Foundation"],  # an ordinary word in lower case stays one
    ],
)
def test_ordinary_words_places_and_transcribed_names_stay(names: list[str]) -> None:
    found = classify_proper_words(names)
    assert not {w for w, c in found.items() if c == "distinctive"} & {
        "россия",
        "berlin",
        "вашингтона",
        "открытая",
        "форум",
        "forum",
        "клуни",
    }
