"""Names of two sides: a name divided in two by a dash between spaces or a full stop after a word.

The register writes some names as two names of one organization joined by a dash («Вальдрина – сеть
независимых редакций»), or as two parts each ending in a full stop («Будущее. Мемориал»). Each side
names the organization by itself: a query that writes one side leaves out no word of it (see
:func:`undesirable.matching.guesses.ordinary_part` and the words left out inside a name in
:mod:`undesirable.matching.candidates`). A full stop after an initial or an abbreviation («им.»,
``U.S.``, ``e.V.``) divides nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from undesirable.names.normalize import tokenize_name

_DIVIDE = re.compile(r"\s[–—-]\s|(?<=[^\W\d_]{3})\.\s+(?=[^\W\d_])")
"""A dash between spaces, or a full stop after a word of three letters or more."""


@lru_cache(maxsize=4096)
def side_split(name: str) -> int | None:
    """How many compared words (legal forms aside) the first side of ``name`` has when a dash or a
    full stop divides it in two (see the module docstring); ``None`` otherwise."""
    parts = _DIVIDE.split(name)
    if len(parts) != 2:
        return None
    return sum(t.kind != "legal_form" and bool(t.text) for t in tokenize_name(parts[0]))


def on_other_side(name: str, words: list[int], paired: list[int]) -> bool:
    """Whether ``name`` divides in two with the words ``words`` all on one side and the ``paired``
    words of the query all on the other."""
    split = side_split(name)
    if split is None or not words or not paired:
        return False
    return max(paired) < split <= min(words) or max(words) < split <= min(paired)
