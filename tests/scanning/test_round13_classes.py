"""Classes of the thirteenth held-out round, tested with invented names: a hyphenated Latin name
heard by ear whose hyphen joins a function word (``JA``, heard as «Я»); a digit a Latin name glues
between letters read as the word it stands for."""

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


READ = (
    Organization("ru-undesirable-2030-08-01-help2kids", None, "Help2kids gGmbH", aliases=("Help2kids",)),
    Organization("ru-undesirable-2030-08-02-books4peace", None, "Books4Peace Foundation", aliases=("Books4Peace",)),
    Organization("ru-undesirable-2030-08-03-group-36", None, "Group 36"),
)


@pytest.fixture(scope="module")
def read_index() -> ScanIndex:
    return build_scan_index(READ)


@pytest.mark.parametrize(
    ("text", "surface", "org", "read"),
    [
        ("The charity Help to Kids sent parcels.", "Help to Kids", "2030-08-01-help2kids", "2 = to"),
        ("Фонд «Хелп ту Кидс» отправил посылки.", "Хелп ту Кидс", "2030-08-01-help2kids", "2 = to"),
        ("The Books for Peace Foundation sent.", "Books for Peace Foundation", "2030-08-02-books4peace", "4 = for"),
        ("Проект «Букс фор Пис» отправил книги.", "Букс фор Пис", "2030-08-02-books4peace", "4 = for"),
    ],
)
def test_a_digit_read_as_a_word(read_index: ScanIndex, text: str, surface: str, org: str, read: str) -> None:
    found = scan_text(read_index, text)
    assert [(m.text, m.organization.id[15:]) for m in found] == [(surface, org)]
    assert any(r.code == "digit_read" and r.values == {"digits": read} for r in found[0].reasons)
    assert not any(r.code in ("exact_name", "inflected_form") for r in found[0].reasons)


@pytest.mark.parametrize(
    "text",
    [
        "The charity «Help Kids» sent parcels.",  # the digit left out: no digit read
        "Проект «Букс Пис» отправил книги.",
        "Books for Children sent books.",
        "Группа 36-й школы заняла первое место.",  # a number that is a number: nothing read
    ],
)
def test_no_digit_read_no_reading(read_index: ScanIndex, text: str) -> None:
    for mention in scan_text(read_index, text):
        assert mention.organization.id[15:] not in ("2030-08-01-help2kids", "2030-08-02-books4peace"), text
