"""Adjectives of places and peoples, and the nouns they stand for: "Canadian" for Canada,
«украинский» for Украина and for украинец.

A name written with such adjectives (Ukrainian Canadian Congress, «Украинский канадский конгресс»)
is also written with the nouns in phrases (Congress of Ukrainians in Canada, «Конгресс украинцев
Канады»). The pairs come from the data the project ships, not from a list:

- Russian: the place an adjective is made from, as :func:`undesirable.names.leading_words.place_of_adjective`
  finds it in the dictionary (канадский: «канада»), and the people's noun the dictionary knows
  made of the adjective's stem (канад + ец, армян + ин, белорус);
- English: the one-word spelling of a country (``data/countries.json``) that shares the longest
  start with an adjective-like word, but for at most :data:`MAX_NOUN_LEFT` of its last letters, at
  least :data:`MIN_SHARED` letters, and at most :data:`MAX_ADJECTIVE_ADDED` letters of the adjective
  after it (Canad-a, Canad-ian; Norw-ay, Norw-egian; Australia, not Austria, for Australian; not
  Liberia for libertarian).
"""

from __future__ import annotations

from functools import lru_cache

from undesirable.names.countries import latin_country_words
from undesirable.names.leading_words import PLACE_SUFFIXES, place_of_adjective
from undesirable.names.lemma import is_adjective, is_cyrillic_word, lemmatize_token, morph_analyzer

LATIN_ADJECTIVE_ENDINGS = ("ian", "ish", "ese", "ic", "an")
"""Endings of an English adjective of a place or people (Canadian, Polish, Chinese, Baltic, German)."""
MIN_SHARED = 4
MAX_NOUN_LEFT = 2
MAX_ADJECTIVE_ADDED = 5
"""Letters an English adjective adds after the start it shares with its country (Norw-egian)."""
_PEOPLE_ENDINGS = ("ец", "ин", "")
"""Added to a Russian adjective's stem to make its people's noun (канадец, армянин, белорус)."""


@lru_cache(maxsize=8192)
def nouns_of_adjective(word: str) -> tuple[str, ...]:
    """The place and people nouns (dictionary forms) a word stands for when it is an adjective of a
    place; empty for any other word.

    >>> nouns_of_adjective("canadian"), nouns_of_adjective("украинского")
    (('canada',), ('украина', 'украинец'))
    """
    if is_cyrillic_word(word):
        return _russian_nouns(word) if is_adjective(word) else ()
    if not (word.isascii() and word.isalpha() and word.endswith(LATIN_ADJECTIVE_ENDINGS)):
        return ()
    shared = {n: _shared_start(word, n) for n in latin_country_words() if n != word}
    most_added = len(word) - MAX_ADJECTIVE_ADDED  # Liberia is no place of libertarian
    found = [n for n, k in shared.items() if k >= max(MIN_SHARED, len(n) - MAX_NOUN_LEFT, most_added)]
    most = max((shared[n] for n in found), default=0)
    return tuple(sorted(n for n in found if shared[n] == most))  # Australian: Australia, not Austria


def _shared_start(left: str, right: str) -> int:
    return next((k for k, (a, b) in enumerate(zip(left, right, strict=False)) if a != b), min(len(left), len(right)))


def _russian_nouns(word: str) -> tuple[str, ...]:
    place = place_of_adjective(word)
    if not place or " " in place or len(place) < MIN_SHARED:
        return ()
    nouns = [place]
    lemma = lemmatize_token(word).replace("ё", "е")
    for suffix in PLACE_SUFFIXES:
        stem = lemma[: -len(suffix)] if lemma.endswith(suffix) else ""
        for ending in _PEOPLE_ENDINGS if len(stem) >= MIN_SHARED - 1 else ():
            noun = stem + ending
            if noun not in nouns and _is_people_noun(noun):
                nouns.append(noun)
    return tuple(nouns)


def _is_people_noun(word: str) -> bool:
    return any(
        p.is_known and p.tag.POS == "NOUN" and "anim" in p.tag and p.normal_form == word
        for p in morph_analyzer().parse(word)
    )
