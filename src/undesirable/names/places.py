"""Places: every country's first-level regions, the cities of the time-zone database, the Russian
words the dictionary knows as places, and whether a phrase names a country or a region.

The regions come from ``data/regions.json`` (derived from ISO 3166-2 by ``scripts/derive_regions.py``);
the countries are every spelling :mod:`undesirable.names.countries` knows.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

from undesirable.names.countries import lookup_country_code
from undesirable.names.lemma import is_cyrillic_word, morph_analyzer

MAX_PLACE_WORDS = 4
"""A country's or region's name has at most this many words (Соединённые Штаты Америки)."""


@cache
def region_names() -> frozenset[str]:
    """Every first-level region's name, lower case, ``ё`` as ``е`` (``data/regions.json``)."""
    data = json.loads(files("undesirable.data").joinpath("regions.json").read_text("utf-8"))
    return frozenset(data["regions"])


def is_place_name(word: str) -> bool:
    """Whether a lower-case Russian word is a place the dictionary knows («пенсильвании», «берлин»)."""
    parses = morph_analyzer().parse(word) if is_cyrillic_word(word) else []
    return any(p.is_known and "Geox" in p.tag.grammemes for p in parses)


def is_country_or_region(phrase: str) -> bool:
    """Whether ``phrase`` is a country («Швейцарская Конфедерация», "the Netherlands") or a
    first-level region of one (Bavaria, «Пенсильвания»), in any of the spellings known."""
    words = phrase.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    if not words or len(words) > MAX_PLACE_WORDS:
        return False
    return is_place_key(" ".join(words))


def is_place_key(phrase: str) -> bool:
    """Whether ``phrase``, as written (lower-cased here, ``ё`` as ``е``, a final dot dropped), is a
    country or a first-level region."""
    key = phrase.lower().replace("ё", "е").rstrip(".")
    return key in region_names() or lookup_country_code(key) is not None


@cache
def _cities() -> dict[str, tuple[str, ...]]:
    data = json.loads(files("undesirable.data").joinpath("cities.json").read_text("utf-8"))
    return {name: tuple(codes) for name, codes in data["cities"].items()}


def city_countries(phrase: str) -> tuple[str, ...]:
    """The countries (ISO 3166-1 codes) of the city ``phrase`` names (Brussels, «Брюссель»: BE) in
    the time-zone database's cities (``data/cities.json``, by ``scripts/derive_cities.py``); empty
    for no city known."""
    return _cities().get(phrase.lower().replace("ё", "е").rstrip("."), ())
