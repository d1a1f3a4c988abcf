"""Find the country in a raw register name and take it out of the names.

The country is the last bracket (``(США)``), the part after the last comma (``…, Канада``), or a
country followed by a city (``…, Великобритания, Лондон``). It is kept verbatim and mapped to an
ISO code; a phrase with a country word (``Республика …``) is a country even when its spelling is
unknown, and then asks for review. A country among the names (``X (США) (ACR)``) is taken too.
"""

from __future__ import annotations

from undesirable.names.brackets import Group, Pieces
from undesirable.names.countries import has_country_word, lookup_country_code
from undesirable.names.fragments import WORDS, Fragment, detect_majority_script, is_acronym, shorten_for_reason
from undesirable.names.quotes import QUOTE_CHARS

MAX_COUNTRY_PHRASE_WORDS = 5
MAX_UNKNOWN_COUNTRY_WORDS = 2  # a short Cyrillic last bracket may be a misspelt country

Country = tuple[str, str | None]  # verbatim, ISO code


def take_country(pieces: Pieces, reasons: list[str], *, places: list[str] | None = None) -> Country | None:
    """Remove and return the country (verbatim, ISO code) from the end of the top level.

    A city written after the country (``…, Великобритания, Лондон``) is appended to ``places``.
    """
    if not pieces:
        return None
    last = pieces[-1]
    tail = last[-1]
    text = (tail.text() if isinstance(tail, Group) else tail).strip()
    if _is_country(text):
        last.pop()
        code = lookup_country_code(text)
        if code is None:
            reasons.append(f"unknown country: {shorten_for_reason(text)}")
        return text, code
    if isinstance(tail, Group):
        short = len(text.split()) <= MAX_UNKNOWN_COUNTRY_WORDS and not is_acronym(text)
        if short and detect_majority_script(text) == "cyrillic" and not any(c in QUOTE_CHARS for c in text):
            reasons.append(f"last bracket may be an unknown country: {shorten_for_reason(text)}")
        return None
    return _take_country_and_city(pieces, text, places if places is not None else [])


def _take_country_and_city(pieces: Pieces, city: str, places: list[str]) -> Country | None:
    """``…, Великобритания, Лондон``: the country followed by one more capitalised word."""
    before = pieces[-2] if len(pieces) > 1 and len(pieces[-1]) == 1 else None
    if before is None or len(before) != 1 or not isinstance(before[0], str):
        return None
    country = before[0].strip()
    code = lookup_country_code(country)
    if code is None or not WORDS.fullmatch(city) or not city[0].isupper():
        return None
    del pieces[-2:]
    places.append(city)
    return country, code


def _is_country(text: str) -> bool:
    if not text or any(c in QUOTE_CHARS for c in text):
        return False
    if lookup_country_code(text):
        return True
    words = text.split()
    return len(words) <= MAX_COUNTRY_PHRASE_WORDS and text[0].isupper() and has_country_word(text)


def take_country_from_names(names: list[Fragment], reasons: list[str]) -> tuple[str, str] | None:
    """Remove and return a country written as a name in brackets, not at the end (``X (США) (ACR)``)."""
    for fragment in names:
        code = lookup_country_code(fragment.text)
        if code and fragment.level > 0:
            names.remove(fragment)
            reasons.append("country not at the end")
            return fragment.text, code
    return None
