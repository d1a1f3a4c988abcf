"""Cleaning a name's text: one script per word, no invisible characters, words split by one space.

:func:`normalize_name` gives the cleaned text in its own script: Unicode NFKC, casefold, ``ё`` ->
``е``, dotted abbreviations joined (``e.V.`` -> ``ev``, ``U.S.`` -> ``us``), quotes, punctuation,
symbols and control characters out, invisible characters (zero-width spaces, soft hyphens)
and the combining marks no letter takes (stress marks: ``Гражда́нский``) removed, letter-spaced
words (``M e d u z a``) joined and look-alike letters of the other script repaired, a letter the
file lost read (:mod:`undesirable.names.unreadable`), single spaces.
:func:`normalize_name_noted` also says what it had to undo, so an
explanation can say so (evasion is reported, not only undone).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import pairwise
from typing import Literal

from undesirable.names.translit import repair_mixed_script
from undesirable.names.unreadable import UNREADABLE, read_unreadable

MIN_SPACED_LETTERS = 3
"""A run of at least this many one-letter words is a letter-spaced word (``M e d u z a``) and is joined."""

MIN_CAPITALS_WORD = 7
"""A text in capitals counts as "all capitals" (not an acronym) with a word this long or two words."""

NormalizationNote = Literal["invisible", "letter_spaced", "mixed_script", "all_caps", "combining_marks"]
"""What :func:`normalize_name_noted` had to undo: invisible characters removed, letter-spaced words
joined, look-alike letters of the other script repaired, a text written all in capitals, combining
marks (stress marks) removed."""

_DOTTED = re.compile(r"(?<!\w)(?:[^\W\d_]\.){2,}(?:[^\W\d_](?!\w))?")
_APOSTROPHES = frozenset("'’ʼ`´")
"""The apostrophes the patterns below look for (a text without any is left as it is)."""
_APOSTROPHE_S = re.compile(r"(?<=\w)['’ʼ`´](?=s\b)")
_APOSTROPHE_CYR = re.compile(r"(?<=[\u0400-\u052f])['’ʼ`´](?=[\u0400-\u052f])")
_APOSTROPHE_SOFT = re.compile(r"(?<=[a-zà-ɏ]{2})['’ʼ`´]{1,2}(?=[a-zà-ɏ]{2})")
"""An apostrophe inside a Latin word after two letters or more: the soft or hard sign of a
transliterated Russian word (``Nacional'nyj``, ``ob''edinenie``), removed like the Cyrillic one;
a French or Italian elision (``l'Ukraine``, ``d'Europe``) follows one letter and still splits."""
_NON_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
"""Characters that show nothing (zero-width spaces and joiners, soft hyphens, direction marks): removed."""
COMBINING_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
"""The combining diacritical marks of the Latin, Greek and Cyrillic letters. One that NFKC composes with
its letter is part of it (``и`` + breve is ``й``); one left over (the stress mark of ``Гражда́нский``:
no Cyrillic letter takes it) is removed."""
_HAS_LATIN = re.compile(r"[a-zà-ɏ]")
_HAS_CYRILLIC = re.compile(r"[\u0400-\u052f]")


def normalize_name(text: str) -> str:
    """The cleaned, lower-case text of a name, in its own script, words separated by one space.

    Invisible characters (zero-width spaces, soft hyphens) are removed, a letter-spaced word
    (``M e d u z a``) is joined, and look-alike letters of the other script inside a word repaired.

    >>> normalize_name("  «Heinrich-Böll-Stiftung» e.V. ")
    'heinrich böll stiftung ev'
    """
    return _normalize(text, None)


def normalize_name_noted(text: str) -> tuple[str, tuple[NormalizationNote, ...]]:
    """:func:`normalize_name` and what it had to undo beyond case and punctuation (see
    :data:`NormalizationNote`), so an explanation can say so.

    >>> normalize_name_noted("M e d u z a")
    ('meduza', ('letter_spaced',))
    """
    notes: list[NormalizationNote] = []
    normalized = _normalize(text, notes)
    for char in text:  # most names stop at their second letter
        if char.islower() and char.isalpha():
            break
    else:
        letters = sum(1 for c in text if c.isalpha())
        if letters and (len(text.split()) > 1 or letters >= MIN_CAPITALS_WORD):
            notes.append("all_caps")
    return normalized, tuple(dict.fromkeys(notes))


def _normalize(text: str, notes: list[NormalizationNote] | None) -> str:
    if not text:
        return ""
    if _INVISIBLE.search(text) is not None:
        text = _INVISIBLE.sub("", text)
        if notes is not None:
            notes.append("invisible")
    folded = unicodedata.normalize("NFKC", text)
    if not folded.isascii() and COMBINING_MARKS.search(folded) is not None:
        folded = COMBINING_MARKS.sub("", folded)  # «Гражда́нский сове́т»: stress marks
        if notes is not None:
            notes.append("combining_marks")
    folded = folded.casefold().replace("ё", "е")
    if not folded.isascii() and "\u0307" in folded:
        folded = folded.replace("\u0307", "")  # İ (Turkish) casefolds to i and a dot above
    if "." in folded:
        folded = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), folded)
    if not folded.isascii() and UNREADABLE.search(folded) is not None:
        folded = read_unreadable(folded)  # a letter the file lost: «associa\uf50dão» = associação
    if not _APOSTROPHES.isdisjoint(folded):
        folded = _APOSTROPHE_S.sub("", folded)
        folded = _APOSTROPHE_CYR.sub("", folded)
        if "'" in folded or "’" in folded or "ʼ" in folded:
            folded = _APOSTROPHE_SOFT.sub("", folded)
    words = _NON_WORD.sub(" ", folded).split()
    if any(len(w) == 1 for w in words):
        joined = _join_spaced_letters(words, _word_breaks(folded))
        if notes is not None and len(joined) != len(words):
            notes.append("letter_spaced")
        words = joined
    if folded.isascii() or not (_HAS_LATIN.search(folded) and _HAS_CYRILLIC.search(folded)):
        return " ".join(words)  # no word mixes scripts
    out = []
    for word in words:
        if _is_mixed(word):
            repaired = repair_mixed_script(word)
            if notes is not None and repaired != word:
                notes.append("mixed_script")
            word = repaired
        out.append(word)
    return " ".join(out)


def combining_marks(text: str) -> dict[int, str | None]:
    """The combining marks of ``text`` (:data:`COMBINING_MARKS`), each with the
    letter it makes with the letter before it (``и`` and a breve: ``й``), or None: a mark no letter
    takes (the stress mark of ``Гражда́нский``), which :func:`normalize_name` removes."""
    if text.isascii():
        return {}
    marks: dict[int, str | None] = {}
    for found in COMBINING_MARKS.finditer(text):
        position = found.start()
        pair = unicodedata.normalize("NFC", text[position - 1 : position + 1]) if position else ""
        marks[position] = pair if len(pair) == 1 and position - 1 not in marks else None
    return marks


def _word_breaks(folded: str) -> frozenset[int]:
    """Positions of the words that follow a gap wider than the one between spaced letters, or a
    gap with a hyphen or other mark in it (``Й е л ь с к и й   у н и в е р с и т е т``,
    ``К о м и т е т - 2 0 2 4``: the wider gap and the dash end a word); when the letters are
    mostly spaced by a mark (``Р-о-с-с-и-я``), every other gap (a space) ends a word. None when
    no two one-character words stand next to each other (the text is not letter-spaced)."""
    found = list(_WORD.finditer(folded))
    pairs = list(pairwise(found))
    gaps = [folded[a.end() : b.start()] for a, b in pairs]
    letter_gaps = [g for g, (a, b) in zip(gaps, pairs, strict=True) if len(a[0]) == len(b[0]) == 1]
    if not letter_gaps:
        return frozenset()
    mark = Counter(letter_gaps).most_common(1)[0][0]
    if not mark.isspace():  # letters joined by a mark (``О-т-к-р-ы-т-а-я Р-о-с-с-и-я``): other gaps end a word
        return frozenset(i + 1 for i, gap in enumerate(gaps) if gap != mark)
    narrow = min(len(g) for g in letter_gaps if g.isspace())
    return frozenset(i + 1 for i, gap in enumerate(gaps) if len(gap) > narrow or not gap.isspace())


def _join_spaced_letters(words: list[str], breaks: frozenset[int] = frozenset()) -> list[str]:
    """Runs of one-character words (letters or digits) joined into one word; a run ends at a
    word of ``breaks`` (its position).

    A run is joined when it has at least ``MIN_SPACED_LETTERS`` characters and a letter (``A B C
    Group``); once one is, the name is letter-spaced, and so are its shorter runs between wider gaps
    (``S T O P  O F``) and its runs of digits (``К о м и т е т - 2 0 2 4``). A run of digits alone
    (``пункты 1 2 3``) stays as it is."""
    runs: list[list[str] | str] = []
    run: list[str] = []
    for position, word in enumerate([*words, ""]):
        if position in breaks and run:
            runs.append(run)
            run = []
        if len(word) == 1 and word.isalnum():
            run.append(word)
            continue
        if run:
            runs.append(run)
            run = []
        if word:
            runs.append(word)
    spaced = any(isinstance(r, list) and len(r) >= MIN_SPACED_LETTERS and _has_letter(r) for r in runs)
    out: list[str] = []
    for item in runs:
        if isinstance(item, str):
            out.append(item)
        elif spaced and (len(item) >= MIN_SPACED_LETTERS or (breaks and len(item) > 1)):
            out.append("".join(item))
        else:
            out.extend(item)
    return out


def _has_letter(run: list[str]) -> bool:
    return any(c.isalpha() for c in run)


def _is_mixed(word: str) -> bool:
    return not word.isascii() and bool(_HAS_LATIN.search(word)) and bool(_HAS_CYRILLIC.search(word))
