"""Which words of a query are written in capitals (an acronym written as the register writes it)."""

from __future__ import annotations

import re
from functools import lru_cache

from undesirable.names.clean import normalize_name
from undesirable.names.fragments import is_acronym_name
from undesirable.names.translit import skeletonize_token

_RAW_WORD = re.compile(r"[^\W_]+(?:[./&][^\W_]+)*")


@lru_cache(maxsize=1024)
def find_capital_keys(text: str) -> frozenset[str]:
    """Keys of the words written in capitals, if the query also has lower-case letters or is one word."""
    words = _RAW_WORD.findall(text)
    if len(words) > 1 and not any(c.islower() for c in text):
        return frozenset()
    return frozenset(skeletonize_token(normalize_name(w).replace(" ", "")) for w in words if is_acronym_name(w))
