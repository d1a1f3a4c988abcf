"""A register name as written: the words a reading by ear, a transliteration or a spelling
variant of a name are told apart from (a name as written follows its own rules, such as those
for a quote said aloud: «Разом для Украины», — воскликнули студенты).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from undesirable.matching.reasons import Reason
from undesirable.model import Organization
from undesirable.names.normalize import tokenize_name
from undesirable.scanning.text import words_key


@lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """The normalized words of a name, function words and legal forms aside."""
    return tuple(t.text for t in tokenize_name(name) if t.kind in ("word", "generic"))


def is_written_name(org: Organization, words: Sequence[str]) -> bool:
    """Whether ``words`` (normalized) are the words of one of ``org``'s names as written: Razom for
    Ukraine heard in «Разом для Украины» is the entry's Russian name, whose own rules apply."""
    return any(tuple(words) == name_words(name) for name in org.all_names())


def written_short(text: str, name: str, inflected: Reason) -> list[Reason]:
    """What a mention writing fewer words than its name says: a short form of the name, and an
    inflected form as well (``inflected``) when one of its words is not written as the name writes it."""
    named = set(words_key(name).split())
    if all(word in named for word in words_key(text).split()):
        return [Reason("short_form", inflected.values)]
    return [Reason("short_form", inflected.values), inflected]
