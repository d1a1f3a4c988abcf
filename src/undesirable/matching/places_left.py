"""Whether a place a query leaves out of a name tells the organization.

A name of ordinary words is named by its place when the place follows the name's own noun («Фонд
Рассвет Карелии»: «Фонд Рассвет» is any fund; "Save Rivers of Canada"), not when it follows the kind
word or a complement («Ассоциация ремесленников Балтики», "Council of Craftsmen of Finland",
"Lantern Council of Canada"). Russian shows a complement by its case; English by the word "of"
follows.
"""

from __future__ import annotations

from undesirable.matching.index import STOP_WEIGHT, NameEntry
from undesirable.names.lemma import is_cyrillic_word, is_oblique_noun
from undesirable.names.normalize import GENERIC_KEY_PREFIX


def place_tells(words: tuple[str, ...], entry: NameEntry, first: int) -> bool:
    """Whether the place at word ``first`` of ``entry`` (its words as written: ``words``), left out by
    the query, tells the organization (see the module docstring)."""
    keys, weights = entry.keys, entry.weights
    before = words[first - 1]
    if weights[first - 1] > STOP_WEIGHT:
        kind = keys[first - 1].startswith(GENERIC_KEY_PREFIX)
        return not (is_cyrillic_word(before) and (kind or is_oblique_noun(before)))
    head = first - 2  # "of" before the place: the word it follows tells as a Russian noun's case does
    if is_cyrillic_word(before) or head < 0 or weights[head] <= STOP_WEIGHT:
        return False
    return not (keys[head].startswith(GENERIC_KEY_PREFIX) or (head > 0 and weights[head - 1] <= STOP_WEIGHT))


def before_complement(words: tuple[str, ...], places: frozenset[str], entry: NameEntry, stop: int) -> bool:
    """Whether the words before the function word at ``stop`` are a name up to its complement ("American
    Councils for …"), not up to one of the organization's ``places`` that tells it (:func:`place_tells`)."""
    after = stop + 1
    return after >= len(entry.keys) or entry.texts[after] not in places or not place_tells(words, entry, after)
