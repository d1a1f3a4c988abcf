"""A typo of two letters swapped across a third in one word of a Russian name of three words or
more, the other words as written («Комитет защиты журланистов»)."""

from __future__ import annotations

import pytest

from undesirable.scanning import ScanIndex, scan_text
from undesirable.scanning.typos import misspelled_forms


def found(index: ScanIndex, text: str) -> list[tuple[str, str]]:
    return [(m.organization.id, m.kind) for m in scan_text(index, text)]


@pytest.mark.parametrize(
    ("word", "meant"),
    [("журланистов", "журналистов"), ("коргнесс", "конгресс"), ("унивсреитет", "университет")],
)
def test_two_letters_swapped_across_a_third_are_read_back(scan_index: ScanIndex, word: str, meant: str) -> None:
    assert scan_index.typos is not None
    assert meant in misspelled_forms(scan_index.typos, word, as_name=False, far=True)
    assert meant not in misspelled_forms(scan_index.typos, word, as_name=False)  # no one-letter edit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Комитет защиты журланистов осудил приговор.", "ru-undesirable-2026-05-12-committee-to-protect-journalists"),
        ("Всемирный коргнесс украинцев осудил аннексию.", "ru-undesirable-887-r-2019-07-17"),
    ],
)
def test_a_long_name_with_such_a_typo_is_found(scan_index: ScanIndex, text: str, expected: str) -> None:
    assert found(scan_index, text) == [(expected, "spelling")]


@pytest.mark.parametrize(
    "text",
    [
        "Вчера Йельский унивсреитет объявил набор.",  # a name of two words: too little else written
        "Это журланистов комитет обсуждал.",  # the other words not as the name has them
    ],
)
def test_a_short_name_or_scattered_words_are_not_enough(scan_index: ScanIndex, text: str) -> None:
    assert found(scan_index, text) == []
