"""When two letter names written apart are an acronym (``Джей Экс Фанд`` for JX Fund).

Three or more capitalized letter names written apart are read as the acronym they spell
(:func:`undesirable.names.letters.read_spelled_acronyms`); two are fewer, and each of «Би», «Си»,
«Ай» is also a word. Two are read as an acronym when the query tells they are one: a kind word right
before or after them (a word of a group of words for a kind of organization whose Russian word is
a noun, ``data/weak_words.json``, in any language or heard by ear: Фонд, Фанд, Center, Институт),
or the acronym they spell is one the register lists.
"""

from __future__ import annotations

from functools import cache

from undesirable.matching.index import MatchIndex
from undesirable.matching.kind_initials import kind_noun_groups
from undesirable.names.letters import PairTells
from undesirable.names.normalize import GENERIC_KEY_PREFIX, analyze_word


@cache
def kind_noun_keys() -> frozenset[str]:
    """The keys of the groups of words for a kind of organization whose Russian word is a noun
    (``#foundation``, ``#center``; not ``#international``, an adjective)."""
    keys = {analyze_word(words[0]).lemma_key for words in kind_noun_groups()}
    return frozenset(k for k in keys if k.startswith(GENERIC_KEY_PREFIX))


def is_kind_noun(word: str) -> bool:
    """Whether ``word`` is a word for a kind of organization that is a noun (see :func:`kind_noun_keys`)."""
    return analyze_word(word.lower()).lemma_key in kind_noun_keys()


def pair_tells(index: MatchIndex) -> PairTells:
    """Whether two letter names written apart are an acronym (see the module docstring)."""

    def tells(acronym: str, neighbours: tuple[str, ...]) -> bool:
        return analyze_word(acronym.lower()).key in index.acronym_owners or any(map(is_kind_noun, neighbours))

    return tells
