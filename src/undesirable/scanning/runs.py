"""Runs of words in the register's names, and which entries' names hold them.

A word many entries share («Хельсинкский»: four entries) is no distinctive word alone, but a run
of words that only one entry's names hold («Хельсинкская комиссия») names that entry (see
:mod:`undesirable.scanning.shortforms`).

A Russian name of an adjective made from a name and head words («Йельский университет»,
«Джеймстаунский фонд») gives the name it is made from as a one-word short form («Йель»,
«Джеймстаун»: "a graduate of Yale", «выпускник Йеля»), when the adjective sounds like a word of the
entry's Latin names (Yale, Jamestown).
"""

from __future__ import annotations

from collections.abc import Callable

from undesirable.model import Organization
from undesirable.names.lemma import is_adjective, is_cyrillic_word, lemmatize_token
from undesirable.names.proper_words import adjective_stem, is_known_place
from undesirable.names.translit import phonetic_key, skeletonize_token
from undesirable.names.vocabulary import WordClass
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.text import WORD, lower_text

MIN_STEM_LETTERS = 4
"""A name made from an adjective is at least this long («Йель»)."""
_HEAD_CLASSES = frozenset({"stop", "generic"})


def made_from_names(spec: AliasSpec, org: Organization, classify: Callable[[str], WordClass]) -> list[tuple[str]]:
    """The one-word short form a Russian name of one adjective and head words gives: the name the
    adjective is made from (see the module docstring), or none."""
    words = spec.words
    if spec.acronym or len(words) < 2 or not all(is_cyrillic_word(w) for w in words):
        return []
    rest = [w for w in words if classify(w) not in _HEAD_CLASSES]
    if len(rest) != 1:
        return []
    stem = adjective_stem(lemmatize_token(rest[0])) if is_adjective(rest[0]) else ""
    if len(stem) < MIN_STEM_LETTERS or is_known_place(stem):
        return []  # «Кавказский фонд»: «Кавказ» is the region
    sound = phonetic_key(skeletonize_token(stem))
    latin = {w for name in org.all_names() if name.isascii() for w in WORD.findall(lower_text(name))}
    if not any(phonetic_key(skeletonize_token(w)) == sound for w in latin):
        return []
    return [(stem,)]


def is_run(words: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Whether ``short`` stands in ``words`` as one run of neighbouring words."""
    size = len(short)
    return any(words[i : i + size] == short for i in range(len(words) - size + 1))


class RunOwners:
    """Which organizations' names hold a run of words (by lemma): a word many organizations share
    («Хельсинкский»: four entries) is no distinctive word alone, but a run of words that only one
    entry's names hold («Хельсинкская комиссия») names that entry."""

    def __init__(self, names: list[tuple[str, tuple[str, ...]]]) -> None:
        self.names = [(org_id, tuple(lemmatize_token(w) for w in words)) for org_id, words in names]
        self.by_word: dict[str, list[int]] = {}
        for k, (_, lemmas) in enumerate(self.names):
            for lemma in set(lemmas):
                self.by_word.setdefault(lemma, []).append(k)

    def runs_of_one(
        self, org_id: str, words: tuple[str, ...], shorts: list[AliasSpec], weak: Callable[[str], bool]
    ) -> list[AliasSpec]:
        """Of the short forms of a name (``words``) found with shared words taken as distinctive,
        those that are a run of the name, with no ``weak`` word at either end, and that no other
        entry's names hold («Хельсинкская комиссия»)."""
        return [
            short
            for short in shorts
            if not (weak(short.words[0]) or weak(short.words[-1]))
            and is_run(words, short.words)
            and self.only(org_id, short.words)
        ]

    def only(self, org_id: str, words: tuple[str, ...]) -> bool:
        """Whether no other organization's name holds ``words`` one after another."""
        run = tuple(lemmatize_token(w) for w in words)
        size = len(run)
        for k in self.by_word.get(run[0], ()):
            other, lemmas = self.names[k]
            if other != org_id and any(lemmas[i : i + size] == run for i in range(len(lemmas) - size + 1)):
                return False
        return True
