"""Tests for country lookup: every spelling the register uses, official forms, other languages."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from undesirable.names.countries import (
    country_name_ru,
    has_country_word,
    lookup_country_code,
    normalize_country_key,
)

EU = [
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
]


@pytest.mark.parametrize(
    ("country", "code"),
    [
        # spellings seen in the register, verbatim
        ("США", "US"),
        ("Соединенные Штаты Америки", "US"),
        ("ФРГ", "DE"),
        ("Германия", "DE"),
        ("Федеративная Республика Германия", "DE"),
        ("Великобритания", "GB"),
        ("Нидерланды", "NL"),
        ("Королевство Нидерландов", "NL"),
        ("Чешская Республика", "CZ"),
        ("Чехия", "CZ"),
        ("Литовская Республика", "LT"),
        ("Литва", "LT"),
        ("Латвийская Республика", "LV"),
        ("Латвия", "LV"),
        ("Республика Польша", "PL"),
        ("Польша", "PL"),
        ("Королевство Бельгия", "BE"),
        ("Королевство Норвегия", "NO"),
        ("Норвегия", "NO"),
        ("Эстонская Республика", "EE"),
        ("Эстония", "EE"),
        ("Франция", "FR"),
        ("Французская Республика", "FR"),
        ("Турецкая Республика", "TR"),
        ("Финляндия", "FI"),
        ("Финляндская Республика", "FI"),
        ("Швейцария", "CH"),
        ("Швеция", "SE"),
        ("Румыния", "RO"),
        ("Болгария", "BG"),
        ("Австрия", "AT"),
        ("Испания", "ES"),
        ("Япония", "JP"),
        ("Грузия", "GE"),
        ("Республика Армения", "AM"),
        ("Канада", "CA"),
        ("Украина", "UA"),
        # other official and short forms
        ("Соединенное Королевство Великобритании и Северной Ирландии", "GB"),
        ("Соединённые Штаты Америки", "US"),
        ("Республика Молдова", "MD"),
        ("Молдавия", "MD"),
        ("Республика Казахстан", "KZ"),
        ("Государство Израиль", "IL"),
        ("Швейцарская Конфедерация", "CH"),
        ("Великое Герцогство Люксембург", "LU"),
        ("Черногория", "ME"),
        ("Белоруссия", "BY"),
        # Ukrainian
        ("Україна", "UA"),
        ("Німеччина", "DE"),
        ("Сполучені Штати Америки", "US"),
        # English
        ("United States", "US"),
        ("USA", "US"),
        ("U.S.", "US"),
        ("United Kingdom", "GB"),
        ("Germany", "DE"),
        ("Czech Republic", "CZ"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Moldova", "MD"),
        # spacing, case and punctuation do not matter
        ("  сша ", "US"),
        ("ФРГ.", "DE"),
        ("королевство  нидерландов", "NL"),
    ],
)
def test_lookup_country_code(country: str, code: str) -> None:
    assert lookup_country_code(country) == code


NOT_COUNTRIES = ["", "Лондон", "Республика Абхазия", "Фонд Открытая Россия", "Georgia Tech", "OR"]


@pytest.mark.parametrize("country", NOT_COUNTRIES)
def test_lookup_country_code_unknown(country: str) -> None:
    assert lookup_country_code(country) is None


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("US", "США"),
        ("de", "ФРГ"),
        ("GB", "Великобритания"),
        ("NL", "Нидерланды"),
        ("UA", "Украина"),
    ],
)
def test_country_name_ru(code: str, name: str) -> None:
    assert country_name_ru(code) == name


@pytest.mark.parametrize("code", ["", "XX", "USA", "ru-RU"])
def test_country_name_ru_unknown(code: str) -> None:
    assert country_name_ru(code) is None


def test_every_russian_name_maps_back_to_its_code() -> None:
    names = json.loads(files("undesirable.data").joinpath("countries_ru.json").read_text("utf-8"))
    assert len(names) >= 249
    for code, name in names.items():
        assert lookup_country_code(name) == code, (code, name)


@pytest.mark.parametrize("code", [*EU, "GB", "US", "CA", "UA", "GE", "MD", "AM", "KZ", "IL", "JP"])
def test_common_countries_are_covered(code: str) -> None:
    name = country_name_ru(code)
    assert name is not None
    assert lookup_country_code(name) == code


def test_codes_are_iso_alpha_2() -> None:
    data = json.loads(files("undesirable.data").joinpath("countries.json").read_text("utf-8"))
    codes = set(data["codes"].values())
    assert all(len(code) == 2 and code.isascii() and code.isupper() for code in codes)
    assert all(key == normalize_country_key(key) for key in data["codes"])


def test_normalize_country_key() -> None:
    assert normalize_country_key("Соединённые  Штаты-Америки\u00a0") == "соединенные штаты америки"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Республика Абхазия", True),
        ("Королевство Тонга", True),
        ("Republic of Somewhere", True),
        ("Фонд Открытая Россия", False),
        ("Free Russia Foundation", False),
    ],
)
def test_has_country_word(text: str, expected: bool) -> None:
    assert has_country_word(text) is expected
