"""A place phrase written as one compound adjective: «Восточная Европа» as «восточноевропейский».

Russian makes one adjective of a cardinal direction and a place: «Восточная Европа» ->
«восточноевропейский», «Центральная Азия» -> «центральноазиатский», «Северная Атлантика» ->
«североатлантический», «Южный Кавказ» -> «южнокавказский». A name with such a phrase («Академическая
сеть Восточная Европа», «Фонд Восточной Европы») is also written with the adjective before the
rest of it («Восточноевропейская академическая сеть», «Восточноевропейский фонд»), when the
phrase ends the name and the rest is the head noun and its adjectives: «Германское общество
изучения Восточной Европы» is no «восточноевропейское общество».

The rule, not a list: the direction is one of :data:`DIRECTIONS` (an adjective in any case form),
the word after it a place the dictionary knows (pymorphy3's ``Geox``); the place's adjective is
the first of its stem with a final vowel or -ия/-ика left out, and an adjective suffix of
:data:`PLACE_SUFFIXES`, that the dictionary knows as an adjective (Европа: европ + ейский; Азия:
ази + атский; Атлантика: атлант + ический; Кавказ: кавказ + ский).
"""

from __future__ import annotations

import re
from functools import lru_cache

from undesirable.names.lemma import is_cyrillic_word, morph_analyzer

DIRECTIONS = {
    "восточный": "восточно",
    "западный": "западно",
    "северный": "северо",
    "южный": "южно",
    "центральный": "центрально",
}
"""A direction adjective's lemma -> the first part of a compound adjective it makes."""
PLACE_SUFFIXES = ("ский", "ейский", "йский", "анский", "янский", "атский", "ический", "ийский", "инский")
_ENDINGS = ("", "а", "я", "ь", "ы", "и", "ия", "ика")
"""Left out of a place's lemma before the suffix, shortest first (Корея: коре + йский, not кор...)."""
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 3
"""A head noun and the two words of the phrase."""


def place_adjective_names(name: str) -> list[str]:
    """``name`` with the direction-and-place phrase that ends it written as one adjective before
    the rest («Академическая сеть Восточная Европа» -> «Восточноевропейская академическая сеть»);
    empty for a name without one (see the module docstring)."""
    if not any(prefix[:5] in name.lower() for prefix in DIRECTIONS.values()):
        return []  # most names have no direction word: no dictionary lookups
    words = _WORD.findall(name)
    if len(words) < MIN_WORDS or not _is_head_group([w.lower() for w in words[:-2]]):
        return []
    compound = _compound(words[-2].lower(), words[-1].lower())
    if compound is None:
        return []
    head = words[:-2]
    first = head[0].lower() if head[0][1:].islower() else head[0]
    return [" ".join([_agreeing(compound, head[0].lower()).capitalize(), first, *head[1:]])]


def _is_head_group(words: list[str]) -> bool:
    """Whether words are adjectives before one noun (Академическая сеть, Фонд): what the compound
    adjective may qualify; not a noun with a complement («общество изучения»)."""
    analyzer = morph_analyzer()
    kinds = [analyzer.parse(w)[0].tag.POS for w in words]
    return kinds[-1] == "NOUN" and all(kind == "ADJF" for kind in kinds[:-1])


@lru_cache(maxsize=4096)
def _compound(direction: str, place: str) -> str | None:
    if not (is_cyrillic_word(direction) and is_cyrillic_word(place)):
        return None
    analyzer = morph_analyzer()
    prefix = next((DIRECTIONS[p.normal_form] for p in analyzer.parse(direction) if p.normal_form in DIRECTIONS), None)
    parses = [p for p in analyzer.parse(place) if p.is_known and "Geox" in p.tag.grammemes]
    if prefix is None or not parses:
        return None
    adjective = place_adjective(parses[0].normal_form.replace("ё", "е"))
    return None if adjective is None else prefix + adjective


@lru_cache(maxsize=4096)
def place_adjective(place: str) -> str | None:
    """The adjective the dictionary knows for a place's lemma («европа» -> «европейский»), or None."""
    analyzer = morph_analyzer()
    for ending in _ENDINGS:
        if ending and not place.endswith(ending):
            continue
        stem = place[: len(place) - len(ending)]
        for suffix in PLACE_SUFFIXES:
            candidate = stem + suffix
            parse = analyzer.parse(candidate)[0]
            if parse.is_known and parse.tag.POS == "ADJF" and parse.normal_form == candidate:
                return candidate
    return None


def _agreeing(adjective: str, word: str) -> str:
    """``adjective`` in the gender, number and case of the word after it (the first of the head
    group), when the dictionary can tell."""
    analyzer = morph_analyzer()
    tag = analyzer.parse(word)[0].tag
    wanted = {g for g in (tag.gender, tag.number, tag.case) if g}
    if tag.number == "plur":
        wanted.discard(tag.gender)
    inflected = analyzer.parse(adjective)[0].inflect(wanted) if wanted else None
    return adjective if inflected is None else str(inflected.word)
