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
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from undesirable.matching.index import STOP_WEIGHT
from undesirable.names.translit import detect_script, skeletonize_token

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


@dataclass(frozen=True, slots=True)
class Variation:
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
        if skeletonize_token(left) != skeletonize_token(right):
            equivalent.append((left, right))
        elif detect_script(left) != detect_script(right):
            translit = True
        elif _strip_marks(left) == _strip_marks(right) or _spell_marks(left) == _spell_marks(right):
            diacritics = True
        else:
            letters += OSA.distance(_strip_marks(left), _strip_marks(right)) or 1
    paired_q = {i for i, _, _ in pairs}
    paired_n = {j for _, j, _ in pairs}
    function_words = tuple(
        [query_texts[i] for i in range(len(query_texts)) if i not in paired_q and query_weights[i] <= STOP_WEIGHT]
        + [name_texts[j] for j in range(len(name_texts)) if j not in paired_n and name_weights[j] <= STOP_WEIGHT]
    )
    order = [j for _, j, _ in sorted(pairs)]
    return Variation(letters, translit, diacritics, tuple(equivalent), function_words, order != sorted(order))


def variant_penalty(variation: Variation, *, joined: bool) -> float:
    """How much lower than its alignment a variant scores (see the module docstring)."""
    penalty = LETTER_PENALTY * variation.letters
    penalty += TRANSLITERATION_PENALTY if variation.transliteration else 0.0
    penalty += DIACRITICS_PENALTY if variation.diacritics else 0.0
    penalty += EQUIVALENT_PENALTY if variation.equivalent else 0.0
    penalty += FUNCTION_WORD_PENALTY if variation.function_words else 0.0
    penalty += ORDER_PENALTY if variation.order else 0.0
    penalty += JOINED_PENALTY if joined else 0.0
    return min(MAX_VARIANT_PENALTY, penalty)


_SPELLED_MARKS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "å": "aa", "ø": "oe", "æ": "ae"})


def _spell_marks(text: str) -> str:
    """German and Nordic letters spelled out as people type them without the marks (``ö`` -> ``oe``)."""
    return _strip_marks(text.translate(_SPELLED_MARKS))


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")
