"""Every inflected form of the words of the register's names, so a text is searched without parsing it.

A name word like ``Медуза`` is expanded once, when the index is built, into all forms of its
paradigm (``медузы``, ``медузе``, ``медузой``…; pymorphy3 predicts a paradigm for words it does not
know, like ``Беллона``). A text word is then looked up, not analyzed. Words of other scripts stand
for themselves. Lemmas for the words of a text that are not among these forms come from
:func:`undesirable.names.lemma.lemmatize_token`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from undesirable.names.lemma import is_cyrillic_word, morph_analyzer

MIN_INFLECTED_LENGTH = 3
"""Shorter Russian words (prepositions, acronym letters) are not expanded."""

FIRST_DECLENSION = {"а": ("а", "ы", "е", "у", "ой", "ою"), "я": ("я", "и", "е", "ю", "ей", "ею")}
"""Case endings of a Russian noun in -а/-я (Медуза: медузы, медузе, медузу, медузой)."""
VELARS_AND_SIBILANTS = "гкхжчшщ"
"""After these letters the genitive ending ы is written и."""

PROPER_NOUN_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Orgn", "Trad"})
"""pymorphy3 marks for names of people and organizations: such words are not ordinary words."""


def _analyzer() -> Any:
    return morph_analyzer()


@lru_cache(maxsize=8192)
def inflect_word(word: str) -> frozenset[str]:
    """All forms of a lower-case word: itself and, for a Russian word, every form of each paradigm
    pymorphy3 gives it, ``ё`` written ``е``; for a German adjective, its other endings
    (:func:`german_adjective_forms`).

    >>> sorted(inflect_word("медуза"))[:3]
    ['медуз', 'медуза', 'медузам']
    """
    forms = {word}
    if len(word) < MIN_INFLECTED_LENGTH or not is_cyrillic_word(word):
        return frozenset(forms | german_adjective_forms(word))
    parses = _analyzer().parse(word)
    for parse in parses:
        forms.update(form.word.replace("ё", "е") for form in parse.lexeme)
    if word[-1] in FIRST_DECLENSION and all(not p.is_known and "Fixd" in p.tag for p in parses):
        forms.update(decline_first(word))
    return frozenset(forms | possessed_noun(parses))


_GERMAN_ADJECTIVE = re.compile(r"([a-zäöüß]{3,}(?:isch|lich|ig)|deutsch)(?:e|er|es|en|em)")
"""A German adjective with its ending: a stem of -isch, -lich or -ig (russischer, friedlichen,
gemeinnützige), or deutsch."""


def german_adjective_forms(word: str) -> set[str]:
    """The other endings of a German adjective (``russischer``: russische, russisches, russischen,
    russischem): German declines an adjective by the article before it (der Deutsch-Russische …,
    ein Deutsch-Russischer …), so a text writes a German name's adjectives with any of them."""
    found = _GERMAN_ADJECTIVE.fullmatch(word)
    return {found.group(1) + ending for ending in ("e", "er", "es", "en", "em")} if found else set()


POSSESSIVE_SUFFIXES = {"ов": "", "ев": "", "ин": "а", "ын": "а"}
"""A Russian possessive adjective's suffix -> the ending of the noun it is made from (Баренцев
Баренца, Гудзонов Гудзона, Маринин Марины)."""


def possessed_noun(parses: list[Any]) -> set[str]:
    """The noun a possessive adjective is made from, uninflected («Баренцев» -> «баренц»): a name
    with «Баренцев секретариат» is also written «Баренц-секретариат», the noun joined by a hyphen
    to the head it qualifies (a text's hyphen splits words, so the noun is one word of the name)."""
    found = set()
    for parse in parses[:1]:  # the likeliest reading only: «отцов» is the plural of «отец»
        lemma = parse.normal_form.replace("ё", "е")
        suffix = lemma[-2:]
        if "Poss" in parse.tag and suffix in POSSESSIVE_SUFFIXES and len(lemma) > MIN_INFLECTED_LENGTH + 1:
            found.add(lemma[:-2] + POSSESSIVE_SUFFIXES[suffix])
    return found


def decline_first(word: str) -> set[str]:
    """The case forms of an unknown word in -а/-я that the dictionary guessed indeclinable
    (``докса``: доксы, доксе, доксу, доксой): a foreign name in -а declines in Russian."""
    stem = word[:-1]
    endings = FIRST_DECLENSION[word[-1]]
    return {stem + ("и" if e == "ы" and stem[-1:] in VELARS_AND_SIBILANTS else e) for e in endings}


@lru_cache(maxsize=8192)
def is_dictionary_word(word: str) -> bool:
    """True for a lower-case Russian word the dictionary knows as an ordinary word (``дождь``,
    ``проект``), not for guessed words (``беллона``) or names of people."""
    if len(word) < MIN_INFLECTED_LENGTH or not is_cyrillic_word(word):
        return False
    parses = _analyzer().parse(word)
    return any(p.is_known and not (PROPER_NOUN_GRAMMEMES & set(p.tag.grammemes)) for p in parses)


ORDINARY_POS_EXCLUDED = PROPER_NOUN_GRAMMEMES | {"Geox"}


@lru_cache(maxsize=8192)
def is_ordinary_russian_word(word: str) -> bool:
    """True for a lower-case Russian word whose likeliest reading is a known ordinary word, not a
    person, place or organization (``свободы``, not ``калифорнии`` or ``беркли``)."""
    if not is_cyrillic_word(word):
        return False
    parses = _analyzer().parse(word)
    return bool(parses) and parses[0].is_known and not (ORDINARY_POS_EXCLUDED & set(parses[0].tag.grammemes))
