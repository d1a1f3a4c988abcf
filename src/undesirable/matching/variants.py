"""How a matched name differs from the query when their comparison keys agree.

Comparison keys are deliberately lossy (see :mod:`undesirable.names.translit`): ``Belingcat`` and
``Bellingcat`` share one key, as do ``Otkrytaja`` and ``Открытая``. A score of 1.0 and the word
"exact" are kept for names whose normalized words are the same; everything else is a variant,
named and scored a little lower (:func:`variant_penalty`):

- a spelling variant, counted in letters (``Belingcat``: 1 letter);
- diacritics dropped (``Clovek v tisni``);
- a transliteration variant (the same word in the other script);
- equivalent words (``Fund`` for ``Foundation``, ``Европейский`` for ``European``);
- function words the other side lacks (``the``, ``имени``);
- another word order.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Literal, NamedTuple

from rapidfuzz.distance import OSA

from undesirable.matching.index import STOP_WEIGHT
from undesirable.names.translit import detect_script, phonetic_key, skeletonize_token

LETTER_PENALTY = 0.03
"""Score taken off per letter of a spelling variant."""
TRANSLITERATION_PENALTY = 0.04
DIACRITICS_PENALTY = 0.02
EQUIVALENT_PENALTY = 0.03
FUNCTION_WORD_PENALTY = 0.01
ORDER_PENALTY = 0.01
JOINED_PENALTY = 0.03
MAX_VARIANT_PENALTY = 0.08
"""A name whose keys all agree stays a strong match whatever its variants."""
KEPT_LEVEL = 0.7
"""The possible match (``matching.match.POSSIBLE_THRESHOLD``): the words of a name that reach it
written in the other script (transliterated, or heard by ear) stay there (:func:`variant_score`)."""


class Variation(NamedTuple):
    """What differs between the query's paired words and the name's, beyond the keys."""

    letters: int = 0
    transliteration: bool = False
    diacritics: bool = False
    equivalent: tuple[tuple[str, str], ...] = ()
    function_words: tuple[str, ...] = ()
    order: bool = False

    @property
    def is_exact(self) -> bool:
        return (
            not (self.letters or self.transliteration or self.diacritics or self.equivalent or self.function_words)
            and not self.order
        )


NO_VARIATION = Variation()

PairKind = Literal["equivalent", "transliteration", "diacritics", "letters"]


@lru_cache(maxsize=65536)
def pair_variation(left: str, right: str) -> tuple[PairKind, int]:
    """How two different words with equal keys differ: equivalent words (their skeletons differ),
    the same word in the other script, diacritics, or a spelling (with its letter edits)."""
    if skeletonize_token(left) != skeletonize_token(right):
        return "equivalent", 0
    if detect_script(left) != detect_script(right):
        return "transliteration", 0
    if _strip_marks(left) == _strip_marks(right) or _spell_marks(left) == _spell_marks(right):
        return "diacritics", 0
    return "letters", OSA.distance(_strip_marks(left), _strip_marks(right)) or 1


def describe_variation(
    query_texts: tuple[str, ...],
    query_weights: tuple[float, ...],
    name_texts: tuple[str, ...],
    name_weights: tuple[float, ...],
    pairs: tuple[tuple[int, int, float], ...],
) -> Variation:
    """The differences between the words of equal-key pairs, and the unpaired function words."""
    letters = 0
    translit = diacritics = False
    equivalent: list[tuple[str, str]] = []
    for i, j, sim in pairs:
        left, right = query_texts[i], name_texts[j]
        if sim < 1.0 or left == right:
            continue
        kind, count = pair_variation(left, right)
        if kind == "equivalent":
            equivalent.append((left, right))
        elif kind == "transliteration":
            translit = True
        elif kind == "diacritics":
            diacritics = True
        else:
            letters += count
    function_words: tuple[str, ...] = ()
    if len(pairs) < len(query_texts) or len(pairs) < len(name_texts):
        paired_q = {i for i, _, _ in pairs}
        paired_n = {j for _, j, _ in pairs}
        function_words = tuple(
            [query_texts[i] for i, w in enumerate(query_weights) if w <= STOP_WEIGHT and i not in paired_q]
            + [name_texts[j] for j, w in enumerate(name_weights) if w <= STOP_WEIGHT and j not in paired_n]
        )
    order = False
    if len(pairs) > 1:  # the words paired in the query's order: the name's in its own, or another order
        previous = -1
        for _, j, _ in sorted(pairs):
            if j < previous:
                order = True
                break
            previous = j
    if not (letters or translit or diacritics or equivalent or function_words or order):
        return NO_VARIATION
    return Variation(letters, translit, diacritics, tuple(equivalent), function_words, order)


def variant_penalty(variation: Variation, *, joined: bool, unreadable: int = 0) -> float:
    """How much lower than its alignment a variant scores (see the module docstring); ``unreadable``:
    the words of the name with a letter its file lost, each read as a letter of a spelling variant."""
    if variation is NO_VARIATION and not joined and not unreadable:
        return 0.0
    penalty = LETTER_PENALTY * (variation.letters + unreadable)
    penalty += TRANSLITERATION_PENALTY if variation.transliteration else 0.0
    penalty += DIACRITICS_PENALTY if variation.diacritics else 0.0
    penalty += EQUIVALENT_PENALTY if variation.equivalent else 0.0
    penalty += FUNCTION_WORD_PENALTY if variation.function_words else 0.0
    penalty += ORDER_PENALTY if variation.order else 0.0
    penalty += JOINED_PENALTY if joined else 0.0
    return min(MAX_VARIANT_PENALTY, penalty)


def variant_score(base: float, penalty: float, variation: Variation) -> float:
    """``base`` lowered by a variant's ``penalty``; when the variant only writes the words in the
    other script (transliterated, or heard by ear: «Нортерн Фаундейшнз» for Northern Foundations) it
    is lowered within a possible match, never below it: what deserves a look written one way
    deserves it written the other."""
    score = base * (1.0 - penalty)
    if base >= KEPT_LEVEL > score and _only_script(variation):
        return KEPT_LEVEL
    return score


def _only_script(variation: Variation) -> bool:
    """Whether a variation only writes the name's words in the other script, word for word (words
    heard by ear that the keys tell as one, a generic word's plural among them, count)."""
    if not variation.transliteration or variation.letters or variation.diacritics or variation.order:
        return False
    return all(detect_script(a) != detect_script(b) and _sound(a) == _sound(b) for a, b in variation.equivalent)


def _sound(word: str) -> str:
    return phonetic_key(skeletonize_token(word))


_SPELLED_MARKS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "å": "aa", "ø": "oe", "æ": "ae"})


def _spell_marks(text: str) -> str:
    """German and Nordic letters spelled out as people type them without the marks (``ö`` -> ``oe``)."""
    return _strip_marks(text.translate(_SPELLED_MARKS))


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")
