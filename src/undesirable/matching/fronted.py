"""A name's phrase in an oblique case written as the head's adjective: «Гарвардский институт» for
«Институт ... при Гарвардском университете», «Украинский институт» for «Институт украинских
исследований».

Russian names qualify their head word with a phrase after it, an adjective and a noun in the
genitive or the prepositional case («украинских исследований», «при Гарвардском университете»);
people name the organization with the adjective moved before the head, agreeing with it, and the
phrase's noun left out (the English order: Harvard Ukrainian Research Institute). In a short form
(:mod:`undesirable.matching.shortforms`) such a noun may then be left out like a generic word,
when its adjective is kept and the query writes that adjective before the head; what the short
form keeps must still tell enough («Украинский институт» does not).
"""

from __future__ import annotations

from functools import lru_cache

from undesirable.matching.index import NameEntry
from undesirable.matching.score import Alignment
from undesirable.names.lemma import morph_analyzer
from undesirable.names.normalize import tokenize_name

OBLIQUE_CASES = frozenset({"gent", "loct", "datv", "ablt"})
"""The cases of a phrase that qualifies a head word after it (of, at, for, with)."""
PARSE_CACHE = 4096
NAME_CACHE = 2048


def fronted_nouns(alignment: Alignment, texts: tuple[str, ...]) -> frozenset[int]:
    """The name's words that a short form may leave out as the noun of a fronted phrase (see the
    module docstring): a noun right after a kept adjective of the same oblique case and number,
    both after a kept head word the query writes after that adjective."""
    partner = {j: i for i, j, _ in alignment.pairs}
    found: set[int] = set()
    if not texts:
        return frozenset()
    for j in alignment.unpaired:
        adjective = j - 1
        if adjective not in partner or not _agree(texts[adjective], texts[j]):
            continue
        if any(k < adjective and partner[k] > partner[adjective] for k in partner):
            found.add(j)
    return frozenset(found)


def written_words(entry: NameEntry) -> tuple[str, ...]:
    """The words of an entry's name as written (a ``lemma`` entry's texts are dictionary forms,
    which tell no case); empty when they are not one to one with its keys."""
    return entry.texts if entry.kind != "lemma" else _surface(entry.name, len(entry.texts))


@lru_cache(maxsize=NAME_CACHE)
def _surface(name: str, size: int) -> tuple[str, ...]:
    words = tuple(t.text for t in tokenize_name(name) if t.kind != "legal_form")
    return words if len(words) == size else ()


def _agree(adjective: str, noun: str) -> bool:
    """Whether an adjective and a noun may be one phrase in an oblique case: some reading of each
    in the same case and number (plural adjectives have several: «альпийских»)."""
    return bool(_forms(adjective, "ADJF") & _forms(noun, "NOUN"))


@lru_cache(maxsize=PARSE_CACHE)
def _forms(word: str, part: str) -> frozenset[tuple[str, str]]:
    """The oblique cases and numbers of a Russian word's readings as ``part`` of speech."""
    if not word or not ("а" <= word[0] <= "я" or word[0] == "ё"):
        return frozenset()
    tags = [p.tag for p in morph_analyzer().parse(word)]
    return frozenset((str(t.case), str(t.number)) for t in tags if part == t.POS and t.case in OBLIQUE_CASES)
