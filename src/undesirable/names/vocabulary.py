"""How informative a word of a name is: the basis of short forms.

People write long names short: «Фонд Бёлля» for «Фонд имени Генриха Бёлля», "Jamestown" for "The
Jamestown Foundation", «Германский фонд Маршалла» without «Соединенных Штатов». What may be left
out, and what must stay, follows from the words themselves, never from a list per organization:

- ``stop`` and ``generic`` words (see :mod:`undesirable.names.normalize`) and ``given_name`` s
  (in any script and case form: :func:`undesirable.names.persons.is_given_name`) may be left out
  anywhere;
- ``general`` words (ordinary vocabulary: pymorphy3's dictionary for Russian, the shipped
  ``data/general_words.txt`` for English, German and French) may be left out at the end of a name,
  where they qualify it («Соединенных Штатов», "for International Affairs");
- ``distinctive`` words (surnames, coined names, places the dictionaries do not know) must stay.

:data:`INFORMATIVENESS` says how much each kind of word tells; a short form must keep enough of it
(see :mod:`undesirable.matching.shortforms`).
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib.resources import files
from typing import Literal

from undesirable.names.lemma import is_cyrillic_word, morph_analyzer
from undesirable.names.normalize import Token, analyze_word
from undesirable.names.persons import is_given_name

WordClass = Literal["stop", "generic", "given_name", "general", "distinctive"]

INFORMATIVENESS: dict[WordClass, float] = {
    "stop": 0.0,
    "generic": 0.2,
    "given_name": 0.2,
    "general": 0.5,
    "distinctive": 1.0,
}

PROPER_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Orgn", "Trad", "Geox"})
MIN_PLURAL_LENGTH = 5


@cache
def _word_list(name: str) -> frozenset[str]:
    text = files("undesirable.data").joinpath(name).read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def general_words() -> frozenset[str]:
    """The general English, German and French words (``data/general_words.txt``)."""
    return _word_list("general_words.txt")


def classify_word(token: Token) -> WordClass:
    """The class of one analyzed word of a name (see the module docstring)."""
    if token.kind in ("stop", "legal_form"):
        return "stop"
    if token.kind == "generic":
        return "generic"
    return _classify_text(token.text)


def is_ordinary_word(word: str) -> bool:
    """True for a word that, analyzed, is of the general vocabulary (``open``, ``care``): not a
    function, generic or legal-form word, not a word of its own (any script, any case)."""
    return classify_word(analyze_word(word)) == "general"


def is_general_word(word: str) -> bool:
    """True for a lower-case Latin word of the shipped general vocabulary (``rights``, ``project``)."""
    return word.isascii() and _classify_text(word) == "general"


def is_common_code(word: str) -> bool:
    """True for three to six letters that are a frequent token of ordinary text and no ordinary
    word: a code of something else (``FSB``, ``ФСБ``, ``KPMG``, ``ДНР``); the shipped
    ``data/common_codes.txt``, derived by ``scripts/derive_common_codes.py``."""
    return word.lower().replace("ё", "е") in _word_list("common_codes.txt")


def _is_compound_part(text: str) -> bool:
    """Whether a Russian word the dictionary does not know is the first part of a compound adjective
    written with a hyphen (русско of «Русско-Американская»): an ordinary adjective's stem and a
    linking vowel, which says no more than the adjective."""
    if not text.endswith(COMPOUND_LINKS):
        return False
    stem = text[:-1]
    return any(
        p.is_known and p.tag.POS == "ADJF" and p.normal_form == stem + ending
        for ending in ADJECTIVE_ENDINGS
        for p in morph_analyzer().parse(stem + ending)
    )


@lru_cache(maxsize=65_536)
def _classify_text(text: str) -> WordClass:
    if text.isdigit():
        return "general"
    if is_given_name(text):
        return "given_name"
    if is_cyrillic_word(text):
        return _classify_russian(text)
    words = general_words()
    if text in words or (len(text) >= MIN_PLURAL_LENGTH and text.endswith("s") and text[:-1] in words):
        return "general"
    return "distinctive"


COMPOUND_LINKS = ("о", "е")
"""Letters that end the first part of a compound adjective (русск-о-американский, российск-о-)."""
ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ский", "ийский")
"""Endings of the adjective the first part of a compound stands for (русско: русский; американо: американский)."""


def _classify_russian(text: str) -> WordClass:
    parses = [p for p in morph_analyzer().parse(text) if p.is_known]
    if not parses:
        return "general" if _is_compound_part(text) else "distinctive"
    best = parses[0]
    grammemes = set(best.tag.grammemes)
    if "Geox" in grammemes:
        return "general"  # a place names where an organization is, not which one
    if any(not (PROPER_GRAMMEMES & set(p.tag.grammemes)) for p in parses[:2]) and not (PROPER_GRAMMEMES & grammemes):
        return "general"
    return "distinctive"
