"""A Russian name that is an ordinary adjective and a word of an organization's kind («Гражданский
совет», «Антивоенный комитет»): a capital at a sentence's start is no evidence of the name."""

from __future__ import annotations

import pytest

from undesirable.scanning import ScanIndex, scan_text
from undesirable.scanning.rules import is_ordinary_kind_phrase

CIVIL_COUNCIL = "ru-undesirable-1522-r-2023-11-21"


def ids(index: ScanIndex, text: str) -> set[str]:
    return {m.organization.id for m in scan_text(index, text)}


@pytest.mark.parametrize(
    ("words", "ordinary"),
    [
        (("гражданский", "совет"), True),
        (("антивоенный", "комитет"), True),
        (("свободный", "университет"), True),
        (("йельский", "университет"), False),  # made from a name
        (("британский", "совет"), False),  # made from a country
        (("кавказский", "фонд"), False),  # made from a place
        (("бард", "колледж"), False),  # no adjective
        (("международный", "республиканский", "институт"), False),  # three words
    ],
)
def test_an_ordinary_kind_phrase_is_told_from_the_words(words: tuple[str, ...], ordinary: bool) -> None:
    assert is_ordinary_kind_phrase(words) is ordinary


@pytest.mark.parametrize(
    "text",
    [
        "Гражданский совет района соберётся в пятницу.",
        "Антивоенный комитет студентов провёл собрание во дворе.",
    ],
)
def test_at_a_sentence_start_an_ordinary_phrase_is_no_name(scan_index: ScanIndex, text: str) -> None:
    assert ids(scan_index, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Заявление опубликовал «Гражданский совет».",  # quotes
        "Вчера Гражданский совет призвал к сбору помощи.",  # a capital inside a sentence
        "Организация Гражданский совет призвала к сбору помощи.",  # a cue word
    ],
)
def test_a_marked_ordinary_phrase_is_the_name(scan_index: ScanIndex, text: str) -> None:
    assert CIVIL_COUNCIL in ids(scan_index, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Британский совет закрыл представительства в России.", "ru-undesirable-2025-06-11-the-british-council"),
        ("Йельский университет объявил набор.", "ru-undesirable-2025-07-11-yale-university"),
    ],
)
def test_a_name_made_from_a_proper_name_needs_no_mark(scan_index: ScanIndex, text: str, expected: str) -> None:
    assert expected in ids(scan_index, text)
