"""A word of a Latin name cut short: "East View Info Services" for East View Information Services.

A Latin word of a query that is no word of the register, of at least :data:`MIN_CUT_LETTERS`
letters, that begins a Latin word of a register name and leaves out at least :data:`MIN_LEFT_OUT`
of its letters (and no register word: ``Yardimvakfi`` glues Yardim and Vakfi), pairs with that word
at :data:`CUT_SIMILARITY` (a spelling variant), and the match says the word was written short
(``word_cut``). It counts only where every other word of the query is a word of the name as written
(:func:`is_cut_alone`; the name may be named short, as any name may): a word cut short beside other
words that differ is too little to go on, and such a match scores at most :data:`CUT_PARTIAL_SCORE`.
Kind words written short have their own reading (:mod:`undesirable.names.abbreviations`: ``Intl``,
``Assoc.``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from undesirable.matching.tables import STOP_WEIGHT
from undesirable.names.normalize import analyze_word

if TYPE_CHECKING:
    from undesirable.matching.index import MatchIndex, NameEntry
    from undesirable.matching.query import QueryVariant
    from undesirable.matching.score import Alignment

MIN_CUT_LETTERS = 4
"""Letters a word cut short keeps at least ("Info"; "Inf" tells too little)."""
MIN_LEFT_OUT = 2
"""Letters a word cut short leaves out at least (a plural's or a spelling's last letter is no cut)."""
CUT_SIMILARITY = 0.85
"""Similarity of a word cut short and the name's word it begins (info / information)."""
CUT_PARTIAL_SCORE = 0.6
"""The most a name scores that a word cut short meets among other words that differ: below possible."""


def cut_partners(index: MatchIndex) -> dict[str, frozenset[str]]:
    """Key of every start of a register Latin word that may be written for it -> the keys of the
    words it begins (built on first use)."""

    def build() -> dict[str, frozenset[str]]:
        words = {
            text.lower(): key
            for entry in index.entries
            for text, key in zip(entry.texts, entry.keys, strict=True)
            if text.isascii() and text.isalpha() and not key.startswith("#")
        }
        table: dict[str, set[str]] = {}
        for word, key in words.items():
            for end in range(MIN_CUT_LETTERS, len(word) - MIN_LEFT_OUT + 1):
                start = analyze_word(word[:end]).key
                if word[:end] in words or start in index.postings or analyze_word(word[end:]).key in index.postings:
                    continue  # a word of its own, or two glued (Yardimvakfi: Yardim + Vakfi)
                table.setdefault(start, set()).add(key)
        return {start: frozenset(keys) for start, keys in table.items()}

    return index.caches.table("cut_words", build)


def cut_pairs(index: MatchIndex, query: QueryVariant, entry: NameEntry, alignment: Alignment) -> list[tuple[int, int]]:
    """The pairs of ``alignment`` (query position, name position) of a query word cut short and the
    name's word it begins."""
    table = cut_partners(index)
    return [
        (i, j)
        for i, j, sim in alignment.pairs
        if sim < 1.0 and query.texts[i].isascii() and entry.keys[j] in table.get(query.keys[i], ())
    ]


def is_cut_alone(query: QueryVariant, alignment: Alignment, cut: list[tuple[int, int]]) -> bool:
    """Whether every word of the query but function words is paired, and every pair but ``cut`` as
    written (see the module docstring)."""
    paired = {i for i, _, _ in alignment.pairs}
    if any(i not in paired and weight > STOP_WEIGHT for i, weight in enumerate(query.weights)):
        return False
    return all(sim >= 1.0 for i, j, sim in alignment.pairs if (i, j) not in cut)


def without_cut_words(
    index: MatchIndex, query: QueryVariant, entry: NameEntry, alignment: Alignment
) -> tuple[Alignment, tuple[str, ...]]:
    """The alignment as the reasons see it, its pairs of a word cut short not counted as fuzzy, and
    those pairs as words (``Info = Information``)."""
    met = cut_pairs(index, query, entry, alignment)
    if not met:
        return alignment, ()
    rest = [sim for i, j, sim in alignment.pairs if sim < 1.0 and (i, j) not in met]
    seen = alignment._replace(fuzzy=max(0, alignment.fuzzy - len(met)), min_similarity=min(rest, default=1.0))
    return seen, tuple(f"{query.texts[i]} = {entry.texts[j]}" for i, j in met)
