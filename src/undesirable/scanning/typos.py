"""A misspelled word in a Russian name in running text, in any case form: «Норвежского
Хельсинского комитета» (a letter dropped from Хельсинкского).

Every Cyrillic form of a name word of at least :data:`MIN_TYPO_LETTERS` letters is also kept under
each spelling with one letter after the first left out (a deletion key). A text word of a name's
region (:mod:`undesirable.scanning.match`), written as a name or no ordinary Russian word, finds the forms one
letter edit from it (a letter dropped, added, changed, or two swapped, the first letter kept) by
those keys; it may then stand for their words. A name so found keeps all its other words as they
are written and has one such word; it is a mention of kind ``spelling``. Two letters with one
between them swapped («Украинская национальная фередация Канады») are a typo too, in a name of
:data:`MIN_FAR_NAME_WORDS` words or more, the others as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from undesirable.names.lemma import is_cyrillic_word
from undesirable.scanning.forms import inflect_word, is_dictionary_word

MIN_TYPO_LETTERS = 7
"""Shorter words are never taken for misspellings (too many words are one letter apart)."""

MIN_FAR_NAME_WORDS = 3
"""A name found with a word two letters swapped across a third has at least this many words."""

CACHE_SIZE = 16_384
"""Text words whose misspelled forms a table remembers (texts repeat their words)."""


@dataclass
class TypoTable:
    """The long Cyrillic forms of the names' words by their deletion keys, and the forms
    themselves (word -> word ids)."""

    keys: dict[str, tuple[str, ...]]
    forms: Mapping[str, object]
    cache: dict[tuple[str, bool, bool], tuple[str, ...]] = field(default_factory=dict)

    def __getstate__(self) -> dict[str, object]:
        return {"keys": self.keys, "forms": self.forms, "cache": {}}  # a pickled table starts with no cache


def build_typo_table(forms: Mapping[str, object]) -> TypoTable:
    """Each deletion key of the long Cyrillic forms -> the forms."""
    keys: dict[str, list[str]] = {}
    for form in forms:
        if len(form) >= MIN_TYPO_LETTERS and is_cyrillic_word(form):
            for key in typo_deletions(form):
                keys.setdefault(key, []).append(form)
    return TypoTable({key: tuple(found) for key, found in keys.items()}, forms)


def misspelled_forms(table: TypoTable, word: str, *, as_name: bool, far: bool = False) -> tuple[str, ...]:
    """The name-word forms one letter edit from a lower-case text word (none for a word shorter
    than :data:`MIN_TYPO_LETTERS` - 1); ``as_name``: the word is written as a name (a capital, not
    at a sentence start), which a word the dictionary knows must be (Хельсинского is also a form
    of a spelling of its own; «фонд маршала» is a marshal's). ``far``: instead, the forms two
    letters with one between them swapped (фередация for федерация), of words of
    :data:`MIN_TYPO_LETTERS` letters or more."""
    if len(word) < MIN_TYPO_LETTERS - (0 if far else 1):
        return ()
    found = table.cache.get((word, as_name, far))
    if found is None:
        found = (_swapped(table, word) if far else _near(table, word)) if is_cyrillic_word(word) else ()
        if found and not as_name and is_dictionary_word(word):
            found = ()
        if len(table.cache) >= CACHE_SIZE:
            table.cache.clear()
        table.cache[(word, as_name, far)] = found
    return found


def _swapped(table: TypoTable, word: str) -> tuple[str, ...]:
    """The forms the word is with two letters that have one letter between them swapped back."""
    found = {word[:i] + word[i + 2] + word[i + 1] + word[i] + word[i + 3 :] for i in range(1, len(word) - 2)}
    return tuple(sorted(form for form in found if form != word and form in table.forms))


def anchor_keys(word: str) -> frozenset[str]:
    """The forms of an anchor word, and of a long Cyrillic one also each form with a letter after
    the first dropped («политческих»): a misspelled anchor still says where a name may be, and
    the rule here then reads the word."""
    forms = inflect_word(word)
    if len(word) < MIN_TYPO_LETTERS or not is_cyrillic_word(word):
        return forms
    return forms.union(*(typo_deletions(form) for form in forms if len(form) >= MIN_TYPO_LETTERS))


def _near(table: TypoTable, word: str) -> tuple[str, ...]:
    keys, forms = table.keys, table.forms
    found = set(keys.get(word, ()))  # a letter dropped
    for key in typo_deletions(word):
        found.update(keys.get(key, ()))  # a letter changed or two swapped
        if key in forms:
            found.add(key)  # a letter added
    return tuple(sorted(f for f in found if f != word and f[0] == word[0] and OSA.distance(f, word) <= 1))


def typo_deletions(word: str) -> tuple[str, ...]:
    """The word with one letter after the first left out, each way."""
    return tuple(dict.fromkeys(word[:i] + word[i + 1 :] for i in range(1, len(word))))
