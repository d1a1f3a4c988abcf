"""Ordinary words in another language's spelling: a name's word the query writes as an ordinary word.

A word of a name in Ukrainian, Czech or a Latin transliteration («Музика», ``Pravdy``) is unknown
to the dictionaries, so it is taken for a distinctive word of the name; yet it is the same word as
the Russian ordinary word with the same comparison key («музыка», «правды»: see
:func:`undesirable.names.translit.skeletonize_token`). When the query writes it so, it names what
the ordinary word names: the name's word counts as an ordinary word of the general vocabulary for
that query (:func:`ordinary_readings`), as the same word of the register's Russian names does
(«Благотворительный фонд Музыка» is no more «Музика Вальдрен» than «Музыка Вальдрен»; «Общество
правды» is no short form of a Czech «Spolecnost Pravdy …»). Not when the organization's names show
the word to be a proper name (:func:`undesirable.names.proper_words.distinctive_words`: «Клуни»,
though the dictionary reads a barn).
"""

from __future__ import annotations

from undesirable.matching.index import MatchIndex, NameEntry
from undesirable.matching.query import QueryVariant
from undesirable.matching.score import Alignment
from undesirable.names.normalize import tokenize_name
from undesirable.names.proper_words import distinctive_words
from undesirable.names.vocabulary import WordClass, is_ordinary_word


def ordinary_readings(
    index: MatchIndex, variant: QueryVariant, entry: NameEntry, classes: tuple[WordClass, ...], alignment: Alignment
) -> frozenset[int]:
    """The name's distinctive words (indexes) that pair by equal keys with a query word written
    otherwise that is an ordinary word (see the module docstring): their own keys, or for the
    lemma of a word of another language the key of the word as the name writes it (the Russian
    dictionary guesses a lemma for any word); empty for most names, whose words the query writes
    as they do."""
    texts = entry.texts
    found = [
        (i, j, sim)
        for i, j, sim in alignment.pairs
        if classes[j] == "distinctive" and (sim < 1.0 or variant.texts[i] != texts[j])
    ]
    if not found:
        return frozenset()
    if any(sim < 1.0 for _, _, sim in found):  # a lemma the dictionary guessed for a foreign word pairs by spelling
        keys = _surface_keys(index, entry) if entry.kind == "lemma" else entry.keys
        keys = keys if len(keys) == len(entry.keys) else entry.keys
        found = [(i, j, 1.0) for i, j, sim in found if sim >= 1.0 or variant.keys[i] == keys[j]]
    read = [(i, j) for i, j, _ in found if is_ordinary_word(variant.texts[i])]
    if not read:
        return frozenset()
    proper = distinctive_words(tuple(index.organizations[entry.org].all_names()))
    return frozenset(j for i, j in read if variant.texts[i] not in proper and texts[j] not in proper)


def _surface_keys(index: MatchIndex, entry: NameEntry) -> tuple[str, ...]:
    """The keys of a lemma entry's words as its name writes them (a Ukrainian word, for which the
    Russian dictionary guesses a lemma of its own), cached in the index by name."""
    name = entry.name
    return index.caches.remembered(
        "surface keys", name, lambda: tuple(t.key for t in tokenize_name(name) if t.kind != "legal_form")
    )


def with_ordinary_readings(classes: tuple[WordClass, ...], read: frozenset[int]) -> tuple[WordClass, ...]:
    """``classes`` with the words of ``read`` (:func:`ordinary_readings`) ordinary."""
    return tuple("general" if j in read else c for j, c in enumerate(classes)) if read else classes
