"""Who is a person in an organization's name (undesirable.names.persons): given names in both
scripts and any case form, the surname after them, and the words that are only the person's name."""

from __future__ import annotations

import pytest

from undesirable.names.normalize import analyze_word, tokenize_name
from undesirable.names.persons import NameWord, is_given_name, is_namesake_form, person_surnames
from undesirable.names.vocabulary import classify_word


def _words(name: str) -> list[NameWord]:
    return [((t.key, t.lemma_key), classify_word(t)) for t in tokenize_name(name) if t.kind != "legal_form"]


def _surnames(*names: str) -> set[str]:
    """The surnames found, as the normalized words whose keys they are."""
    keys = person_surnames(_words(name) for name in names)
    return {t.text for name in names for t in tokenize_name(name) if {t.key, t.lemma_key} & keys}


@pytest.mark.parametrize(
    "word",
    ["Andrei", "Andrey", "Heinrich", "Boris", "Friedrich", "Konrad", "Woodrow", "Elton", "Václav", "Robert",
     "Бориса", "Генриха", "Андрею", "Вудро", "Элтона", "Дмитриевича"],
)  # fmt: skip
def test_given_names_in_both_scripts_and_any_case_form(word: str) -> None:
    token = analyze_word(word)
    assert is_given_name(token.text)
    assert classify_word(token) == "given_name"  # the matcher's and the scanner's word class


@pytest.mark.parametrize(
    "word", ["Nemtsov", "Sakharov", "Böll", "Foundation", "Open", "Society", "Mark", "Grant", "Christian",
             "Немцова", "Фонд", "Свободы", "Германский"],
)  # fmt: skip
def test_surnames_and_ordinary_words_are_not_given_names(word: str) -> None:
    assert not is_given_name(analyze_word(word).text)


def test_the_surname_follows_the_given_names() -> None:
    assert _surnames("Фонд Бориса Немцова за свободу") == {"немцова"}
    assert _surnames("Woodrow Wilson International Center for Scholars") == {"wilson"}
    assert _surnames("John F. Kennedy School of Government") == {"kennedy"}  # an initial between
    assert _surnames("Фонд имени Андрея Дмитриевича Сахарова") >= {"сахарова"}  # a patronymic between
    assert "john" in _surnames("Elton John AIDS Foundation")  # two given names: the last is the surname


@pytest.mark.parametrize(
    "name",
    ["Boris Foundation", "Open Society Foundations", "Барт Маршо", "Фонд «Открытая Россия»"],
)
def test_no_person_without_given_name_and_surname_in_a_longer_name(name: str) -> None:
    # a generic word is no surname; a name that is only a person's («Барт Маршо») has no namesake
    assert _surnames(name) == set()


def test_namesake_forms_are_the_persons_name_only() -> None:
    words = _words("Фонд Бориса Немцова за свободу")
    classes = [c for _, c in words]
    surnames = [bool(set(keys) & person_surnames([words])) for keys, _ in words]
    assert is_namesake_form(classes, surnames, [1, 2])  # Бориса Немцова
    assert is_namesake_form(classes, surnames, [2])  # Немцова
    assert not is_namesake_form(classes, surnames, [0, 2])  # Фонд Немцова: the head word says which
    assert not is_namesake_form(classes, surnames, [1])  # Бориса alone is no one's surname
    assert not is_namesake_form(classes, surnames, [2, 4])  # Немцова ... свободу
