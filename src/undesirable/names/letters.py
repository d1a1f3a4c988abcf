"""Acronyms spelled out by the names of their letters in Cyrillic: ``Эй-Эф-Эс`` for ``AFS``,
``Би-Би-Си`` for ``BBC``.

Russian writes a Latin acronym heard aloud as the English names of its letters joined by hyphens.
:func:`read_spelled_acronyms` writes such a word back as the acronym's letters, so that it meets
the register's acronym and names that start with it.
"""

from __future__ import annotations

import itertools
import re

LETTER_NAMES: dict[str, str] = {
    "эй": "A", "би": "B", "си": "C", "ди": "D", "иф": "F", "эф": "F", "джи": "G", "эйч": "H",
    "ай": "I", "джей": "J", "кей": "K", "эл": "L", "эм": "M", "эн": "N", "оу": "O", "пи": "P", "кью": "Q",
    "ар": "R", "эс": "S", "ти": "T", "ю": "U", "ви": "V", "дабл-ю": "W", "экс": "X", "уай": "Y", "зед": "Z",
    "зи": "Z",
}  # fmt: skip
"""The English names of the Latin letters as Russian writes them (not E, written «и» like the word «и»)."""

_SAID = {letter: tuple(n for n, of in LETTER_NAMES.items() if of == letter) for letter in set(LETTER_NAMES.values())}
MIN_SPACED_NAMES = 3
"""Letter names written apart (not joined by hyphens) are read as an acronym from this many on."""
MAX_SAID = 4
"""Ways of saying the one-letter words of one text kept at most."""

_NAMES = "|".join(sorted((re.escape(n) for n in LETTER_NAMES), key=len, reverse=True))
_SPELLED = re.compile(rf"(?<![\w-])(?:{_NAMES})(?:-(?:{_NAMES})){{1,7}}(?![\w-])", re.IGNORECASE)


_SPACED = re.compile(rf"(?<![\w-])(?:{_NAMES})(?: (?:{_NAMES})){{{MIN_SPACED_NAMES - 1},7}}(?![\w-])", re.IGNORECASE)


def read_spelled_acronyms(text: str) -> str:
    """``text`` with each word of two or more Cyrillic letter names joined by hyphens, and each
    run of :data:`MIN_SPACED_NAMES` or more capitalized letter names written apart (``Эн Ди
    Ай``), written as the acronym's Latin capitals; the text itself when it has none (a cheap test
    first).

    >>> read_spelled_acronyms("Эй-Эф-Эс Интеркалчерал Програмс")
    'AFS Интеркалчерал Програмс'
    >>> read_spelled_acronyms("Би Би Си")
    'BBC'
    """
    if "-" in text:
        text = _SPELLED.sub(_letters, text)
    if " " in text and not text.isascii():
        text = _SPACED.sub(_spaced_letters, text)
    return text


def _letters(match: re.Match[str]) -> str:
    word = match.group().lower().replace("дабл-ю", "дабл_ю")
    return "".join(LETTER_NAMES[part.replace("_", "-")] for part in word.split("-"))


def _spaced_letters(match: re.Match[str]) -> str:
    """The acronym of a run of letter names written apart, when each is capitalized (``Би Би Си``,
    not ``си ди``); else the run as written."""
    words = match.group().split(" ")
    if not all(w[0].isupper() for w in words):
        return match.group()
    return "".join(LETTER_NAMES[w.lower()] for w in words)


def letters_said(text: str) -> list[str]:
    """``text`` with each of its one-letter Latin words said as the letter's name (``K for
    Peace``: «Кей for Peace»), one text per way of saying them; empty when it has none."""
    words = text.split(" ")
    spots = [k for k, word in enumerate(words) if len(word) == 1 and word.upper() in _SAID]
    if not spots:
        return []
    said: list[str] = []
    for names in itertools.islice(itertools.product(*(_SAID[words[k].upper()] for k in spots)), MAX_SAID):
        out = list(words)
        for k, name in zip(spots, names, strict=True):
            out[k] = name.capitalize()
        said.append(" ".join(out))
    return said


def spelled_acronym_words(text: str) -> list[str]:
    """The words of ``text`` that :func:`read_spelled_acronyms` reads as acronyms."""
    found = _SPELLED.findall(text) if "-" in text else []
    if " " in text and not text.isascii():
        found += [run for run in _SPACED.findall(text) if all(w[0].isupper() for w in run.split(" "))]
    return found
