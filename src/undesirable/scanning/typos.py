"""A misspelled word in a Russian name in running text, in any case form: «Норвежского
Хельсинского комитета» (a letter dropped from Хельсинкского).

Every Cyrillic form of a name word of at least :data:`MIN_TYPO_LETTERS` letters is also kept under
each spelling with one letter after the first left out (a deletion key). A text word of a name's
region (:mod:`undesirable.scanning.match`), written as a name or no ordinary Russian word, finds the forms one
letter edit from it (a letter dropped, added, changed, or two swapped, the first letter kept) by
those keys; it may then stand for their words. A name so found keeps all its other words as they
are written and has one such word; it is a mention of kind ``spelling``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from rapidfuzz.distance import OSA

from undesirable.names.lemma import is_cyrillic_word
from undesirable.scanning.forms import is_dictionary_word

MIN_TYPO_LETTERS = 7
"""Shorter words are never taken for misspellings (too many words are one letter apart)."""

TypoKeys = dict[str, tuple[str, ...]]


def build_typo_keys(forms: Mapping[str, object]) -> TypoKeys:
    """Each deletion key of the long Cyrillic forms -> the forms."""
    keys: dict[str, list[str]] = {}
    for form in forms:
        if len(form) >= MIN_TYPO_LETTERS and is_cyrillic_word(form):
            for key in _deletions(form):
                keys.setdefault(key, []).append(form)
    return {key: tuple(found) for key, found in keys.items()}


def misspelled_forms(keys: TypoKeys, forms: Mapping[str, object], word: str, *, as_name: bool) -> tuple[str, ...]:
    """The name-word forms one letter edit from a lower-case text word (none for a word shorter
    than :data:`MIN_TYPO_LETTERS` - 1); ``as_name``: the word is written as a name (a capital, not
    at a sentence start), which a word the dictionary knows must be (Хельсинского is also a form
    of a spelling of its own; «фонд маршала» is a marshal's)."""
    if len(word) < MIN_TYPO_LETTERS - 1 or not keys or not is_cyrillic_word(word):
        return ()
    if not as_name and is_dictionary_word(word):
        return ()
    return _near(keys, forms, word)


def _near(keys: TypoKeys, forms: Mapping[str, object], word: str) -> tuple[str, ...]:
    found = set(keys.get(word, ()))  # a letter dropped
    for key in _deletions(word):
        found.update(keys.get(key, ()))  # a letter changed or two swapped
        if key in forms:
            found.add(key)  # a letter added
    return tuple(sorted(f for f in found if f != word and f[0] == word[0] and OSA.distance(f, word) <= 1))


@lru_cache(maxsize=65_536)
def _deletions(word: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(word[:i] + word[i + 1 :] for i in range(1, len(word))))
