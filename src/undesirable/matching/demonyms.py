"""A place or people written as a noun where a register name writes its adjective: "Congress of
Ukrainians in Canada" for the Ukrainian Canadian Congress, «Конгресс украинцев Канады» for the
«Украинский канадский конгресс» (the pairs of :mod:`undesirable.names.demonyms`).

Each adjective of a place in the register's names gives its nouns' keys a partner: the query's noun
pairs with the name's adjective at :data:`DEMONYM_SIMILARITY`, like a word heard and written in the
other script, and the match says so (``place_as_adjective``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from undesirable.names.demonyms import nouns_of_adjective
from undesirable.names.normalize import analyze_word

if TYPE_CHECKING:
    from undesirable.matching.index import MatchIndex, NameEntry
    from undesirable.matching.query import QueryVariant
    from undesirable.matching.score import Alignment

DEMONYM_SIMILARITY = 0.85
"""Similarity of a noun of a place or people and the name's adjective of it (canada / canadian)."""


def demonym_partners(index: MatchIndex) -> dict[str, frozenset[str]]:
    """Key of a place or people noun -> the keys of the register's adjectives of it (built on first use)."""

    def build() -> dict[str, frozenset[str]]:
        table: dict[str, set[str]] = {}
        seen: set[tuple[str, str]] = set()
        for entry in index.entries:
            for text, key in zip(entry.texts, entry.keys, strict=True):
                if (text, key) in seen or key.startswith("#"):
                    continue
                seen.add((text, key))
                for noun in nouns_of_adjective(text):
                    token = analyze_word(noun)
                    for noun_key in {token.key, token.lemma_key} - {key}:
                        table.setdefault(noun_key, set()).add(key)
        return {noun_key: frozenset(keys) for noun_key, keys in table.items()}

    return index.caches.table("demonyms", build)


def without_demonyms(
    index: MatchIndex, query: QueryVariant, entry: NameEntry, alignment: Alignment
) -> tuple[Alignment, tuple[str, ...]]:
    """The alignment as the reasons see it, its pairs of a noun and the name's adjective of it not
    counted as fuzzy, and those pairs as words (``canada = canadian``)."""
    table = demonym_partners(index)
    met = [(i, j) for i, j, sim in alignment.pairs if sim < 1.0 and entry.keys[j] in table.get(query.keys[i], ())]
    if not met:
        return alignment, ()
    rest = [sim for i, j, sim in alignment.pairs if sim < 1.0 and (i, j) not in met]
    seen = alignment._replace(fuzzy=max(0, alignment.fuzzy - len(met)), min_similarity=min(rest, default=1.0))
    return seen, tuple(f"{query.texts[i]} = {entry.texts[j]}" for i, j in met)
