"""The leading words of a long Russian name that already say what it is.

People write «Пражский центр» for the Пражский центр гражданского общества, and «Тихоокеанский
центр» for the Тихоокеанский центр защиты окружающей среды и природных ресурсов. Neither keeps a
distinctive word (a surname, a coined name): each is two ordinary words. They say what the
organization is because of the register itself: no other organization's names use them.

The name's first two words are its *telling lead* when the name is long (at least
:data:`MIN_NAME_WORDS` words, Cyrillic) and the two are

- a head noun and a noun in the genitive after it («Хранилище свидетельств» of a name «Хранилище
  свидетельств, собранных …»), neither a word of an
  organization's kind (фонд, центр) nor a word of its own (a surname: «Фонд Бёлля» is a short form
  of another kind), each found in the names of this organization only; a word of an
  organization's kind with an ordinary genitive («Совет министров», «Институт наук») names any
  council or institute;
- or an adjective made from a place (:func:`place_of_adjective`: «Пражский», «Тихоокеанский»,
  «Калифорнийский») found in the names of this organization only, and a word of an
  organization's kind after it («фонд», «центр», «университет»). An ordinary adjective
  («Экологический фонд», «Аналитический центр», «Национальный фонд») makes no name however rare.

A name whose lead a preposition follows says where it is («Калифорнийский университет в Беркли»):
its lead names every such organization of the larger place, not this one; it has none.

Word counts come from the register (``owners``: how many organizations' names hold a word); the
word kinds from the normalizer and the dictionary. Nothing here lists an organization.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from undesirable.names.lemma import is_adjective, is_cyrillic_word, lemmatize_token, morph_analyzer

MIN_NAME_WORDS = 4
"""A name this long (its legal forms aside) leaves out at least two words when written by its lead."""
PLACE_SUFFIXES = ("ейский", "йский", "анский", "янский", "атский", "ический", "ийский", "инский", "ский", "цкий")
"""Suffixes that make an adjective of a place (Европа: европ + ейский; Прага: праж + ский)."""
_ENDINGS = ("", "а", "я", "ь", "ы", "и", "ия", "ика", "ье", "о", "е")
"""Left out of a place's lemma before the suffix (Калифорния: калифорн + ийский)."""
_ALTERNATIONS = {"ж": "г", "ч": "к", "ш": "х", "щ": "ск"}
"""A consonant the suffix changes (Прага: пражский)."""
_LINKS = "ое"
"""The vowel that joins the two parts of a compound adjective (черн-о-морский, тих-о-океанский)."""
MIN_STEM = 3


def telling_lead(words: Sequence[str], kinds: Sequence[str], classes: Sequence[str], owners: Sequence[int]) -> bool:
    """Whether the first two of a name's ``words`` (its legal forms aside; ``kinds``: their token
    kinds, ``classes``: their word classes) are its telling lead (see the module docstring);
    ``owners``: for each word, how many organizations' names hold its lemma."""
    if len(words) < MIN_NAME_WORDS or not all(map(is_cyrillic_word, words)) or "stop" in kinds[:3]:
        return False  # «Калифорнийский университет в Беркли»: the lead names more than the place's own
    first, second = words[0], words[1]
    if kinds[1] == "generic":
        return kinds[0] == "word" and is_adjective(first) and owners[0] == 1 and place_of_adjective(first) is not None
    return (
        kinds[0] == kinds[1] == "word"
        and classes[0] == classes[1] == "general"
        and _is_noun(first, "nomn")
        and _is_noun(second, "gent")
        and owners[0] == owners[1] == 1
    )


def _is_noun(word: str, case: str) -> bool:
    parses = morph_analyzer().parse(word)
    if case == "nomn":  # the head: its likeliest reading
        return bool(parses) and parses[0].tag.POS == "NOUN" and case in parses[0].tag
    return any(p.tag.POS == "NOUN" and case in p.tag for p in parses[:3])


@lru_cache(maxsize=4096)
def place_of_adjective(word: str) -> str | None:
    """The place a Russian adjective is made from, in its dictionary form, or None: a place the
    dictionary knows (пражский: «прага»; калифорнийский: «калифорния»), or, for a compound
    adjective, its two parts, an adjective, a linking vowel and the adjective of a thing
    (тихоокеанский: «тихий океан»; южноафриканский: южн-о-африканский)."""
    lemma = lemmatize_token(word).replace("ё", "е")
    stems = [lemma[: -len(suffix)] for suffix in PLACE_SUFFIXES if lemma.endswith(suffix)]
    for stem in stems:
        found = _noun_of(stem, place=True)
        if found:
            return found
    for stem in stems:
        for k in range(MIN_STEM, len(stem) - 2):
            if lemma[k] in _LINKS and (adjective := _adjective_of(lemma[:k])):
                thing = _noun_of(stem[k + 1 :], place=False)
                if thing:
                    return f"{adjective} {thing}"
    return None


def _noun_of(stem: str, *, place: bool) -> str | None:
    """A noun made of ``stem`` and one of the endings a suffix replaces: a place (``place``), else
    any inanimate thing («море», «океан»)."""
    stems = [stem, stem[:-1] + _ALTERNATIONS[stem[-1]]] if stem and stem[-1] in _ALTERNATIONS else [stem]
    for base in stems:
        for ending in _ENDINGS if len(base) >= MIN_STEM else ():
            noun = base + ending
            for parse in morph_analyzer().parse(noun):
                grammemes = parse.tag.grammemes
                if not parse.is_known or parse.tag.POS != "NOUN" or parse.normal_form.replace("ё", "е") != noun:
                    continue
                if ("Geox" in grammemes) if place else ("inan" in grammemes):
                    return noun
    return None


def _adjective_of(first: str) -> str | None:
    """The adjective whose stem is ``first`` (черн: «черный»), or None."""
    for ending in ("ый", "ий", "ой"):
        for parse in morph_analyzer().parse(first + ending):
            lemma = str(parse.normal_form).replace("ё", "е")
            if parse.is_known and parse.tag.POS == "ADJF" and lemma.startswith(first):
                return lemma
    return None
