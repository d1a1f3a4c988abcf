"""Classes of the thirteenth held-out round, tested with invented names: a hyphenated Latin name
heard by ear whose hyphen joins a function word (``JA``, heard as «Я»)."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.names.glued import hyphen_parts
from undesirable.scanning import ScanIndex, build_scan_index, scan_text

HYPHENATED = (
    Organization("ru-undesirable-2030-07-01-hromada-ja", None, "Hromada-JA e.V.", country_code="DE"),
    Organization("ru-undesirable-2030-07-02-svoboda-ja", None, "Svoboda-JA", country_code="CZ"),
    Organization("ru-undesirable-2030-07-03-baltic", None, "Baltic Nordic Congress"),
)


@pytest.fixture(scope="module")
def hyphenated_index() -> ScanIndex:
    return build_scan_index(HYPHENATED)


def found(index: ScanIndex, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.organization.id[15:]) for m in scan_text(index, text)]


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Хромада-Я", ["Хромада"]),  # «Я» is a function word: the name's keys leave it out
        ("Svoboda-JA", ["Svoboda"]),
        ("Чатэм-Хаусе", ["Чатэм", "Хаусе"]),
        ("EU-Russia", ["EU", "Russia"]),
        ("Комитет-2024", ["Комитет", "2024"]),
        ("Я-и", ["Я", "и"]),  # function words only: kept as written
        ("Хромада", ["Хромада"]),
    ],
)
def test_the_parts_a_hyphen_joins(word: str, parts: list[str]) -> None:
    assert hyphen_parts(word) == parts


@pytest.mark.parametrize(
    ("text", "surface", "org"),
    [
        ("Объединение «Хромада-Я» провело пикет.", "Хромада-Я", "2030-07-01-hromada-ja"),
        ("Объединение Хромада-Я провело пикет.", "Хромада-Я", "2030-07-01-hromada-ja"),
        ("Движение «Свобода-Я» провело пикет.", "Свобода-Я", "2030-07-02-svoboda-ja"),
        ("Движение Свобода-Я провело пикет.", "Свобода-Я", "2030-07-02-svoboda-ja"),
    ],
)
def test_a_hyphenated_name_with_a_function_word_heard_by_ear(
    hyphenated_index: ScanIndex, text: str, surface: str, org: str
) -> None:
    assert found(hyphenated_index, text) == [(surface, org)]


@pytest.mark.parametrize(
    "text",
    [
        "Он сказал: «Я-то знаю».",  # a function word with a particle: no name's sound
        "Я-Балтика, ответил он.",
        "Свобода и я — вот что важно.",  # the words apart, no hyphen, no quotes
    ],
)
def test_function_words_by_hyphens_alone_name_nothing(hyphenated_index: ScanIndex, text: str) -> None:
    assert found(hyphenated_index, text) == []
