"""A Russian word borrowed by ear from a Latin word of a name.

Russian borrows words by ear, so a Russian word heard as a Latin name's word («инсайдер» / The
Insider) is how the name is written in Russian, not another word that happens to look like it
(:func:`is_borrowed`, which :func:`undesirable.matching.guesses.short_guess` asks). Unless the
register writes that word in Cyrillic itself: where the organization's Russian name gives the
word's Russian spelling («Культурус» of Kulturus), a Russian word spelled otherwise («культура») is
another word, the ordinary word it is.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from undesirable.matching.index import MatchIndex, NameEntry
from undesirable.names.normalize import tokenize_name
from undesirable.names.translit import detect_script

BORROWED_SIMILARITY = 0.4
"""How alike (normalized letter edits of the two keys) a Russian word and a Latin word of a name are
at least to be the one borrowed from the other («инсайдер» / insider 0.88, «амнистия» / amnesty
0.75, «райтс» / rights 0.4), not two words whose sounds only begin alike («ингушский» / young 0.29)."""


def is_borrowed(index: MatchIndex, text: str, entry: NameEntry, position: int, key: str) -> bool:
    """Whether the Russian word ``text`` (key ``key``) meets the Latin word at ``position`` of the
    name ``entry`` as a word borrowed from it: their keys are alike (:data:`BORROWED_SIMILARITY`)
    and the organization's Cyrillic names do not write the word otherwise (see the module
    docstring)."""
    name_text, name_key = entry.texts[position], entry.keys[position]
    if detect_script(text) != "cyrillic" or detect_script(name_text) != "latin":
        return False
    if Levenshtein.normalized_similarity(key, name_key) < BORROWED_SIMILARITY:
        return False
    return name_key not in _cyrillic_keys(index, entry.org) or key == name_key


def _cyrillic_keys(index: MatchIndex, org: int) -> frozenset[str]:
    """The keys of the words the organization's names write in Cyrillic (cached in the index)."""

    def build() -> frozenset[str]:
        names = index.organizations[org].all_names()
        return frozenset(t.key for name in names for t in tokenize_name(name) if detect_script(t.text) == "cyrillic")

    return index.caches.remembered("cyrillic keys", org, build)
