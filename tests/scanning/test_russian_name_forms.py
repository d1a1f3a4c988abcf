"""Russian names written in other forms: a possessive adjective as its noun in a hyphenated
compound («Баренц-секретариат»), a preposition left out with the case it governed, a place phrase
as a compound adjective («Восточноевропейская»)."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text
from undesirable.scanning.forms import inflect_word


def ids(index: ScanIndex, text: str) -> set[str]:
    return {m.organization.id for m in scan_text(index, text)}


@pytest.fixture(scope="module")
def tomorrow() -> ScanIndex:
    """Entries added tomorrow, with possessive adjectives in their Russian names."""
    return build_scan_index(
        [
            Organization("club", "Мамин клуб Риги", "Mothers Club of Riga", category="ngo"),
            Organization("bering", "Прокрустово общество исследователей", "Procrustean Society", category="ngo"),
        ]
    )


def test_a_possessive_adjective_stands_for_its_noun() -> None:
    assert "баренц" in inflect_word("баренцев")
    assert "мама" in inflect_word("мамин")
    assert "отц" not in inflect_word("отцов")  # a noun's plural, no possessive


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Встречу провёл Мама-клуб Риги.", "club"),
        ("Участницы Маминого клуба Риги собрали деньги.", "club"),
        ("Доклад выпустило Прокруст-общество исследователей.", "bering"),
    ],
)
def test_a_possessive_written_as_its_noun_in_a_compound(tomorrow: ScanIndex, text: str, expected: str) -> None:
    assert ids(tomorrow, text) == {expected}


@pytest.mark.parametrize(
    "text",
    ["Баренц-регион и Баренцево море.", "Экспедиция Баренца в 1596 году.", "Секретариат норвежской миссии."],
)
def test_the_noun_alone_or_other_words_name_nothing(scan_index: ScanIndex, text: str) -> None:
    assert ids(scan_index, text) == set()


def test_the_register_possessive_as_a_compound(scan_index: ScanIndex) -> None:
    barents = "ru-undesirable-2026-03-06-the-norwegian-barents-secretariat"
    assert ids(scan_index, "Грант выдал Норвежский Баренц секретариат.") == {barents}
    assert ids(scan_index, "Сотрудники Норвежского Баренц-секретариата приехали.") == {barents}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Союз возвращения северных территорий провёл митинг.", "ru-undesirable-136-r-2024-02-05"),
        (
            "Комиссия безопасности и сотрудничества в Европе опубликовала доклад.",
            "ru-undesirable-2025-01-17-commission-on-security-and-cooperation-in-europe",
        ),
    ],
)
def test_a_preposition_left_out_with_its_case(scan_index: ScanIndex, text: str, expected: str) -> None:
    found = [m for m in scan_text(scan_index, text) if m.organization.id == expected]
    assert found and found[0].kind == "function_words"


@pytest.mark.parametrize(
    "text",
    [
        "Союз северных территорий провёл митинг.",  # a content word left out as well
        "Союз против возвращения северных территорий провёл митинг.",  # another preposition
        "союз возвращения северных территорий — давняя мечта.",  # no capital: an ordinary phrase
    ],
)
def test_every_content_word_and_no_other_preposition(scan_index: ScanIndex, text: str) -> None:
    assert "ru-undesirable-136-r-2024-02-05" not in ids(scan_index, text)


@pytest.fixture(scope="module")
def places() -> ScanIndex:
    """Entries added tomorrow whose Russian names end in a direction and a place."""
    return build_scan_index(
        [
            Organization("caucasus", "Фонд Южного Кавказа", "South Caucasus Fund", category="ngo"),
            Organization("atlantic", "Молодёжный совет Северная Атлантика", "North Atlantic Youth Council"),
            Organization("study", "Немецкое общество изучения Центральной Азии", "German Central Asia Society"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Южнокавказский фонд выделил гранты журналистам.", "caucasus"),
        ("Грант Южнокавказского фонда получили трое.", "caucasus"),
        ("В Брюсселе заседал Североатлантический молодёжный совет.", "atlantic"),
    ],
)
def test_a_place_phrase_written_as_a_compound_adjective(places: ScanIndex, text: str, expected: str) -> None:
    assert ids(places, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Это южнокавказский фонд поддержки фермеров.",  # no capital: an ordinary phrase
        "Южнокавказский регион остаётся нестабильным.",
        "Центральноазиатское немецкое общество изучения языков.",  # «общество изучения»: no head group
    ],
)
def test_the_compound_adjective_needs_the_name_and_a_capital(places: ScanIndex, text: str) -> None:
    assert ids(places, text) == set()
