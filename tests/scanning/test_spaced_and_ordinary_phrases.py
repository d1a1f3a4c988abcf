"""Names made of ordinary words, which a text uses in their ordinary sense (letter-spaced names with
digits, dashes and wider gaps are tested with the other letter-spaced names, in test_register_writings.py)."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text
from undesirable.scanning.rules import is_kind_and_number, is_said_phrase


@pytest.mark.parametrize(
    ("words", "said"),
    [
        (["спасибо", "всем"], True),  # a particle and a pronoun: something said
        (["вернись", "домой"], True),  # a verb
        (["вместе", "навсегда"], True),  # adverbs
        (["репортеры", "без", "границ"], False),  # a noun phrase names a thing
        (["корпорация", "вместе"], False),  # a word of an organization's kind
        (["открытый", "диалог"], False),
    ],
)
def test_a_phrase_that_says_something(words: list[str], said: bool) -> None:
    assert is_said_phrase(words) is said


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["центр", "7"], True),
        (["союз", "17"], True),
        (["fund", "24", "02"], True),
        (["артек", "3д"], False),  # a word of its own
        (["центр", "ух"], False),  # no number
        (["снег", "7"], False),  # no word of an organization's kind
    ],
)
def test_a_kind_of_organization_and_a_number(words: list[str], expected: bool) -> None:
    assert is_kind_and_number(words) is expected


ORDINARY = (
    Organization("ru-undesirable-2030-04-01-spasibo", "Спасибо всем", "Thanks to All e.V."),
    Organization("ru-undesirable-2030-04-02-soyuz-17", "Союз 17", "Union 17"),
)


@pytest.fixture(scope="module")
def ordinary_index() -> ScanIndex:
    return build_scan_index(ORDINARY)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Спасибо всем, кто пришёл, сказал ведущий.", []),  # said, at a sentence's start
        ("Он сказал: спасибо всем за помощь.", []),  # in lower case
        ("Вчера «Спасибо всем» провела акцию.", ["spasibo"]),  # quoted
        ("Вчера организация Спасибо всем провела акцию.", ["spasibo"]),  # a capital within a sentence
        ("Союз 17-й школы победил в конкурсе.", []),  # the number is an ordinal's
        ("Союз 17-го года провёл собрание.", []),
        ("Союз 17,5 тысячи человек.", []),  # a longer number
        ("Вчера Союз 17 провёл акцию.", ["soyuz-17"]),
        ("вчера союз 17 школ подписал письмо.", []),  # no capital: any union of seventeen
    ],
)
def test_names_of_ordinary_words_and_numbers_need_marks(ordinary_index: ScanIndex, text: str, found: list[str]) -> None:
    assert [m.organization.id[len("ru-undesirable-2030-04-01-") :] for m in scan_text(ordinary_index, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Мы живём вместе для Украины и мира.", []),
        ("Организация Разом для Украины провела сбор.", ["ru-undesirable-2025-06-24-razom-for-ukraine"]),
    ],
)
def test_a_register_phrase_said_in_a_text(scan_index: ScanIndex, text: str, found: list[str]) -> None:
    assert [m.organization.id for m in scan_text(scan_index, text)] == found
