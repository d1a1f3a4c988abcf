"""Russian inflection reduced to the dictionary form, so «Международной амнистии» meets «Международная амнистия».

One ``pymorphy3.MorphAnalyzer`` (its dictionary comes from the ``pymorphy3-dicts-ru`` package, no
download) is created on first use; every word's lemma is cached. Only all-Cyrillic words are
looked up: Latin words, numbers and mixed words come back unchanged.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from undesirable.names.translit import is_cyrillic_char

LEMMA_CACHE_SIZE = 262_144
"""How many distinct words keep their lemma in memory."""

MIN_LEMMA_LENGTH = 3
"""Shorter words (prepositions, acronym letters) are left as they are."""


def morph_analyzer() -> Any:
    """The one shared ``pymorphy3.MorphAnalyzer`` of the process (created on first use)."""
    return _analyzer()


@cache
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def is_cyrillic_word(word: str) -> bool:
    """True when every character of ``word`` is a Cyrillic letter (or a hyphen inside it)."""
    return bool(word) and all(is_cyrillic_char(c) or c == "-" for c in word)


@lru_cache(maxsize=LEMMA_CACHE_SIZE)
def readings(word: str) -> tuple[Any, ...]:
    """The dictionary's readings (``pymorphy3`` parses) of one lower-case Russian word, likeliest
    first: parsed once a word, for its lemma and for whoever weighs its other readings."""
    return tuple(_analyzer().parse(word))


@lru_cache(maxsize=LEMMA_CACHE_SIZE)
def lemmatize_token(word: str) -> str:
    """The dictionary form of one lower-case Russian word (``россии`` -> ``россия``).

    Words that are not all-Cyrillic, or shorter than ``MIN_LEMMA_LENGTH``, are returned as given;
    ``ё`` in the lemma is written ``е`` like everywhere else in the normalizer.

    Args:
        word: one lower-case word, as produced by :func:`undesirable.names.normalize.normalize_name`.

    Returns:
        The lemma, or ``word`` itself when there is nothing to reduce.
    """
    if len(word) < MIN_LEMMA_LENGTH or not is_cyrillic_word(word):
        return word
    parses = readings(word)
    if not parses:
        return word
    # of readings as likely as the likeliest, an adjective's: names are made of adjectives, and
    # «Великое» is as likely a place (a noun of its own) as the adjective «великий»
    best = parses[0]
    if len(parses) > 1 and parses[1].score >= best.score and best.tag.POS != "ADJF":
        best = next((p for p in parses if p.score >= best.score and p.tag.POS == "ADJF"), best)
    lemma: str = best.normal_form
    return lemma.replace("ё", "е")


ADJECTIVE_TAGS = frozenset({"ADJF", "ADJS", "PRTF", "PRTS"})


@lru_cache(maxsize=LEMMA_CACHE_SIZE)
def is_adjective(word: str) -> bool:
    """True for a lower-case Russian word whose likeliest reading is an adjective or participle
    (``международных``, ``научный``); False for other words and other scripts."""
    if len(word) < MIN_LEMMA_LENGTH or not is_cyrillic_word(word):
        return False
    parses = _analyzer().parse(word)
    return bool(parses) and parses[0].tag.POS in ADJECTIVE_TAGS


def is_dictionary_word(word: str) -> bool:
    """True for a lower-case Russian word the dictionary knows in some form (``медузы``); False for
    others (``медузыи``), and for other scripts."""
    return is_cyrillic_word(word) and bool(_analyzer().word_is_known(word))


@lru_cache(maxsize=LEMMA_CACHE_SIZE)
def is_oblique_noun(word: str) -> bool:
    """True for a lower-case Russian word whose likeliest reading is a noun in a case other than
    the nominative (``ремесленников``, ``россии``): a complement of the word before it, not a
    name of its own (``будущее``, ``рассвет``); False for other words and other scripts."""
    if len(word) < MIN_LEMMA_LENGTH or not is_cyrillic_word(word):
        return False
    parses = _analyzer().parse(word)
    return bool(parses) and parses[0].tag.POS == "NOUN" and parses[0].tag.case in _OBLIQUE_CASES


_OBLIQUE_CASES = frozenset({"gent", "gen1", "gen2", "datv", "ablt", "loct", "loc1", "loc2"})
"""Cases of a complement; not the accusative, which an inanimate noun writes as its nominative."""
