"""One misspelled word of a Latin name in a text (Reporters Whithout Borders, Internatonal Baccalaureate).

In a Latin name of two words or more, one word may be misspelled in a capitalized Latin run: the other words must
sound as the name's, and the word itself must be no general word, start with the same letter and be within one letter
edit of the name's word (two from :data:`LONG_MISSPELLED_WORD` letters on); such a mention is of kind ``spelling``.
The phonetic table (:mod:`undesirable.scanning.phonetic`) keeps each such name's sounds with one word left open.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rapidfuzz.distance import OSA

from undesirable.names.vocabulary import is_general_word
from undesirable.scanning.index import NameEntry
from undesirable.scanning.match import Candidate
from undesirable.scanning.written import name_words

MIN_MISSPELLED_WORD = 5
"""A word of a Latin name this long may be misspelled in a text (a letter or two), when its other words
sound :data:`MIN_KEPT_SOUND` consonants at least (Satanic of The Satanic Temle)."""
MIN_KEPT_SOUND = 4
LONG_MISSPELLED_WORD = 7
"""From this many letters on, a word may differ by two letter edits instead of one."""
ANY_SOUND = "?"
"""Stands for the one word that may be misspelled in a key of the table (no sound is written so)."""


def misspelled_keys(
    name: str, words: Sequence[str], sounds: tuple[str, ...], plain: tuple[str, ...]
) -> list[tuple[str, ...]]:
    """The name's sounds with each long word's left open, for a Latin name of two words or more
    (read plainly: only the first hearing of each word, ``plain``)."""
    if len(words) < 2 or not name.isascii() or sounds != plain:
        return []
    return [
        (*sounds[:k], ANY_SOUND, *sounds[k + 1 :])
        for k, word in enumerate(words)
        if len(word) >= MIN_MISSPELLED_WORD and sum(len(s) for i, s in enumerate(sounds) if i != k) >= MIN_KEPT_SOUND
    ]


def is_misspelled(written: str, meant: str) -> bool:
    """``written`` is ``meant`` with a letter or two wrong after the first, and is no word of its own."""
    if written == meant or written[:1] != meant[:1] or is_general_word(written):
        return False
    return OSA.distance(written, meant) <= (2 if len(meant) >= LONG_MISSPELLED_WORD else 1)


def misspelled_candidates(
    table: dict[tuple[str, ...], list[NameEntry]], texts: Sequence[str], sounds: Sequence[str], start: int, end: int
) -> Iterator[Candidate]:
    """Candidates where one word of a Latin name is misspelled (see the module docstring)."""
    for k, written in enumerate(texts):
        for entry in table.get((*sounds[:k], ANY_SOUND, *sounds[k + 1 :]), ()):
            meant = name_words(entry.name)
            if len(meant) == len(texts) and is_misspelled(written, meant[k]):
                yield Candidate(start, end, start, entry.org, entry.name, "spelling", entry)
