"""An English short form that says only what a Russian adjective says: "Crimean Tatar" of the
Crimean Tatar Resource Center, whose Russian name is «Крымскотатарский Ресурсный Центр».

A Russian short form does not end in an adjective (:mod:`undesirable.scanning.shortforms`):
«Крымскотатарский» without its noun qualifies some other noun. Its English translation does the
same ("Crimean Tatar activists", "Kharkiv human rights defenders"), though English cannot tell
an adjective from a noun by its ending. The organization's own Russian name tells it: when an
English name and a Russian name of one organization end in the same number of generic words
(Resource Center, Ресурсный Центр) and the English short form is the English name without them,
the Russian name without them is what the short form says; if that is adjectives only, so is the
short form, which is then no name of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from undesirable.names.lemma import is_adjective, is_cyrillic_word
from undesirable.names.vocabulary import WordClass


def is_attributive(
    short: Sequence[str],
    full: Sequence[str],
    others: Sequence[Sequence[str]],
    classify: Callable[[str], WordClass],
) -> bool:
    """Whether the Latin short form ``short`` of the name ``full`` (its leading words, the name's
    generic head left out) says only what the adjectives of one of the organization's Russian
    names ``others`` say (see the module docstring)."""
    size = len(short)
    if size < 2 or size >= len(full) or tuple(full[:size]) != tuple(short) or not all(w.isascii() for w in full):
        return False
    if classify(full[-1]) != "generic" or any(classify(w) == "distinctive" for w in full[size:]):
        return False
    return any(_adjectives_and_head(words, classify) for words in others)


def _adjectives_and_head(words: Sequence[str], classify: Callable[[str], WordClass]) -> bool:
    """Whether a Russian name is adjectives before generic words (Крымскотатарский Ресурсный Центр)."""
    if not words or not all(is_cyrillic_word(w) for w in words):
        return False
    end = len(words)
    while end > 0 and classify(words[end - 1]) == "generic":
        end -= 1
    return 0 < end < len(words) and all(is_adjective(w) for w in words[:end])
