"""Stress marks that set a name apart from its sentence.

A text that writes stress marks on the words of a name and on no other word of its sentence
(«Се́верный сою́з провёл заседание») sets those words apart as quotes would: Russian writes no
stress marks in running text, and a reader's text (a primer, a dictionary entry) marks every word
of several syllables, not one phrase. The marks are gone from the text the scanner reads
(:func:`undesirable.scanning.text.join_soft_hyphens` removes them); :func:`read_stress_marks` finds
the words that had them, in the positions of that text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from undesirable.names.clean import combining_marks
from undesirable.scanning.text import WORD, OffsetMap

MIN_MARKED_WORDS = 2
"""A name is set apart by stress marks on this many of its words at least (one marked word is a
homograph told apart: «за́мок»)."""

_VOWELS = re.compile("[аеёиоуыэюяaeiouy]", re.IGNORECASE)
_SENTENCE_ENDS = ".!?…\n"
_SENTENCE_END = re.compile(f"[{re.escape(_SENTENCE_ENDS)}]")


@dataclass(frozen=True, slots=True)
class StressMarks:
    """The words of a prepared text that were written with a stress mark.

    Attributes:
        text: the prepared text (marks removed).
        marked: the start positions, in ``text``, of the words that had a mark.
    """

    text: str
    marked: frozenset[int]


def read_stress_marks(original: str, prepared: str, offsets: OffsetMap) -> StressMarks | None:
    """The stress-marked words of ``prepared`` (``original`` with its marks removed, ``offsets``
    back to it); None when ``original`` has no mark that no letter takes."""
    dropped = sorted(position for position, letter in combining_marks(original).items() if letter is None)
    if not dropped:
        return None
    marked: set[int] = set()
    for word in WORD.finditer(prepared):
        first, last = offsets.start(word.start()), offsets.end(word.end())
        if any(first <= position <= last for position in dropped):  # a mark right after the word's last letter
            marked.add(word.start())
    return StressMarks(prepared, frozenset(marked))


def sets_apart(stress: StressMarks | None, start: int, end: int) -> bool:
    """Whether stress marks set ``stress.text[start:end]`` apart: every word of it of more than one
    syllable has one, :data:`MIN_MARKED_WORDS` at least, and no other word of its sentence has one."""
    if stress is None:
        return False
    text = stress.text
    words = list(WORD.finditer(text, start, end))
    inside = [w for w in words if w.start() in stress.marked]
    if len(inside) < MIN_MARKED_WORDS or any(
        w.start() not in stress.marked and len(_VOWELS.findall(w.group())) > 1 for w in words
    ):
        return False
    after = _SENTENCE_END.search(text, end)
    sentence = range(
        max(text.rfind(mark, 0, start) for mark in _SENTENCE_ENDS) + 1, after.start() if after else len(text)
    )
    return not any(position in sentence and not start <= position < end for position in stress.marked)
