"""Hushing sounds heard by ear: «Раша» for Russia.

Word keys merge ш, щ and ж with ``s``, so a word heard by ear and a Latin spelling that writes the
sound (``s``, ``ss`` or ``z`` and ``i`` before a vowel) meet on a key of fewer consonants than they
hear; the sound both write counts one more (:func:`heard_hush`).
"""

from __future__ import annotations

import re

PHONETIC_LONG_SOUND = 3
"""Sounds of fewer consonants (``йеля`` / ``yale``: ``l``) pair at the lowest similarity; a hushing
sound both words hear counts one more (see :func:`heard_hush`)."""

_HUSH_LETTERS = frozenset("шщж")
_HUSH_SPELLING = re.compile(r"(?<=[a-z])s?[sz]i(?=[aeou])")


def hears_hush(text: str) -> bool:
    """Whether a word as written has a hushing sound a key does not keep (ш, щ, ж)."""
    return not _HUSH_LETTERS.isdisjoint(text)


def heard_hush(text: str, target: str) -> bool:
    """Whether a Cyrillic word heard by ear writes a hushing sound (ш, щ, ж) where a register word's
    Latin spelling has one (``s``, ``ss`` or ``z`` and ``i`` before a vowel inside the word: «Раша»
    for Russia). Keys merge it with ``s`` (``rs``: Rosa, Reese); heard in both, it is one more sound."""
    return hears_hush(text) and _HUSH_SPELLING.search(target) is not None
