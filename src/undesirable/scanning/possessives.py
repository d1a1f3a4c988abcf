"""A surname's possessive adjective before the head word of a name called after the person:
«Вильсоновский центр» for the Центр Вудро Вильсона, «Гудзоновский институт» for the Hudson Institute.

Russian names an organization called after a person by the surname in the genitive after its head
word (the eponym form of :mod:`undesirable.scanning.shortforms`: «Центр Вильсона»), or by the
adjective made from the surname before it. A surname in -ов, -ев, -ин makes it with -ский
(Сахаров: сахаровский), another ending in a hard consonant with -овский (Вильсон: вильсоновский).
The surname's nominative is its dictionary form, or the genitive without its -а (Карра: Карр),
whichever sounds as a word of the organization's Latin names (Wilson, Carr): an ordinary word or a
surname the Latin names do not have never makes one.
"""

from __future__ import annotations

from collections.abc import Sequence

from undesirable.names.lemma import is_cyrillic_word, lemmatize_token
from undesirable.names.translit import phonetic_key, skeletonize_token
from undesirable.names.vocabulary import WordClass

POSSESSIVE_SUFFIX = "овский"
HARD_CONSONANTS = frozenset("бвгдзклмнпрстфх")
"""A surname ending in one of these makes its adjective with :data:`POSSESSIVE_SUFFIX`…"""
RUSSIAN_SURNAME_ENDS = ("ов", "ев", "ин", "ын")
"""… or, ending so, with -ский."""
GENITIVE_ENDING = "а"


def possessive_forms(
    words: Sequence[str],
    classes: Sequence[WordClass],
    cut: Sequence[int],
    others: Sequence[tuple[str, ...]],
    is_surname: Sequence[bool],
) -> list[tuple[str, str]]:
    """The possessive form («вильсоновский», «центр») of an eponym form of a Russian name: ``cut``,
    the positions of its head word and the surname after it (a given name between them aside);
    ``others``: the words of the organization's other names; ``is_surname``: which words are the
    surname of a person its names name (a place or a word is none). Empty when there is none."""
    if len(cut) < 2 or classes[cut[0]] != "generic" or classes[cut[-1]] != "distinctive" or not is_surname[cut[-1]]:
        return []
    head, surname = words[cut[0]], words[cut[-1]]
    if not (is_cyrillic_word(head) and is_cyrillic_word(surname)):
        return []
    sounds = {_sound(w) for name in others for w in name if w.isascii() and w.isalpha()}
    for nominative in dict.fromkeys((lemmatize_token(surname), *_without_ending(surname))):
        if nominative[-1:] in HARD_CONSONANTS and _sound(nominative) in sounds:
            suffix = POSSESSIVE_SUFFIX[2:] if nominative.endswith(RUSSIAN_SURNAME_ENDS) else POSSESSIVE_SUFFIX
            return [(nominative + suffix, lemmatize_token(head))]
    return []


def _without_ending(word: str) -> tuple[str, ...]:
    return (word[: -len(GENITIVE_ENDING)],) if word.endswith(GENITIVE_ENDING) else ()


def _sound(word: str) -> str:
    return phonetic_key(skeletonize_token(word))
