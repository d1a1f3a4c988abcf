"""Countries as the register writes them, mapped to ISO 3166-1 alpha-2 codes and back.

The register names an organization's country in many spellings: short (``США``, ``ФРГ``,
``Великобритания``), official (``Федеративная Республика Германия``, ``Королевство
Нидерландов``), occasionally Ukrainian or English. ``countries.json`` maps every known spelling,
normalized by :func:`normalize_country_key`, to its ISO code and lists the words that mark a
phrase as a country name (``Республика``, ``Королевство``...) even when the spelling is unknown.
``countries_ru.json`` gives, for each code, the short Russian name the register uses, to write
official-style names for entries known only from the press; ``countries_en.json`` the English name.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib.resources import files
from typing import Any

_DATA_PACKAGE = "undesirable.data"
_NON_WORD = re.compile(r"[\W_]+")
_APOSTROPHES = str.maketrans("", "", "'’ʼ`")


def normalize_country_key(text: str) -> str:
    """Return ``text`` as a lookup key: NFKC, casefolded, ``ё``→``е``, punctuation as spaces.

    Args:
        text: a country name in any spelling.

    Returns:
        The key used in ``countries.json`` (``"Соединённые Штаты"`` -> ``"соединенные штаты"``).
    """
    key = unicodedata.normalize("NFKC", text).replace("\u0301", "").casefold()
    key = key.replace("ё", "е").translate(_APOSTROPHES)
    return " ".join(_NON_WORD.sub(" ", key).split())


def lookup_country_code(country: str) -> str | None:
    """Return the ISO 3166-1 alpha-2 code of a country name, or None if it is not known.

    Args:
        country: the name as a source writes it, Russian, Ukrainian or English
            (``"США"``, ``"Федеративная Республика Германия"``, ``"United Kingdom"``).

    Returns:
        The upper-case code (``"US"``, ``"DE"``, ``"GB"``), or None.
    """
    codes: dict[str, str] = _load_countries()["codes"]
    return codes.get(normalize_country_key(country))


def country_name_ru(code: str) -> str | None:
    """Return the short Russian name the register uses for an ISO alpha-2 code, or None.

    Args:
        code: an ISO 3166-1 alpha-2 code, any case (``"us"``, ``"DE"``).

    Returns:
        The Russian name (``"США"``, ``"ФРГ"``, ``"Великобритания"``), or None for an unknown code.
    """
    names: dict[str, str] = _load_names_ru()
    return names.get(code.strip().upper())


def country_spellings(code: str) -> tuple[str, ...]:
    """Every known spelling of a country (normalized, see :func:`normalize_country_key`): ``"LV"`` ->
    ``("latvia", "латвия", "латвийская республика", ...)``."""
    return _spellings_by_code().get(code.strip().upper(), ())


@lru_cache(maxsize=1)
def _spellings_by_code() -> dict[str, tuple[str, ...]]:
    by_code: dict[str, list[str]] = {}
    for spelling, found in _load_countries()["codes"].items():
        by_code.setdefault(found, []).append(spelling)
    return {found: tuple(spellings) for found, spellings in by_code.items()}


def latin_country_words() -> frozenset[str]:
    """The one-word Latin spellings of every country (``canada``, ``ukraine``, ``america``)."""
    return frozenset(s for s in _load_countries()["codes"] if s.isascii() and s.isalpha())


def country_name_en(code: str) -> str | None:
    """The English name of an ISO alpha-2 code (``"NL"`` -> ``"Netherlands"``), or None."""
    names: dict[str, str] = _load_names_en()
    return names.get(code.strip().upper())


def has_country_word(text: str) -> bool:
    """Return True when ``text`` contains a word that marks a country name (``Республика``).

    Args:
        text: a phrase, typically the last bracket or comma part of a register name.
    """
    words: frozenset[str] = _load_country_words()
    return any(word in words for word in normalize_country_key(text).split())


@lru_cache(maxsize=1)
def _load_countries() -> dict[str, Any]:
    text = files(_DATA_PACKAGE).joinpath("countries.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=1)
def _load_country_words() -> frozenset[str]:
    words: list[str] = _load_countries()["country_words"]
    return frozenset(normalize_country_key(word) for word in words)


@lru_cache(maxsize=1)
def _load_names_ru() -> dict[str, str]:
    text = files(_DATA_PACKAGE).joinpath("countries_ru.json").read_text(encoding="utf-8")
    names: dict[str, str] = json.loads(text)
    return names


@lru_cache(maxsize=1)
def _load_names_en() -> dict[str, str]:
    text = files(_DATA_PACKAGE).joinpath("countries_en.json").read_text(encoding="utf-8")
    names: dict[str, str] = json.loads(text)
    return names
