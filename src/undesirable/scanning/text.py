"""Text preparation for the scanner: one tokenizer for names and texts, and offset-safe rewriting.

The scanner searches a lower-cased twin of the text of exactly the same length
(:func:`lower_text`), so a position found in it is a position in the text. The one rewrite that
shortens a text is :func:`join_soft_hyphens`: a word broken at a line end (``Belling-`` /
``cat``) is joined again, and the returned :class:`OffsetMap` takes positions back to the
original text; it also removes invisible characters and joins letter-spaced words.
:func:`repair_mixed_words` repairs look-alike letters of the other script inside a word (same
length). Long texts are scanned in pieces cut at paragraph ends (:func:`split_text`).

Words are runs of letters and digits (:data:`WORD`): ``Heinrich-Böll-Stiftung`` is three words,
``Bellingcat's`` is ``bellingcat`` and ``s``, ``КрымSOS`` is one word.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from undesirable.names.clean import COMBINING_MARKS, combining_marks
from undesirable.names.translit import repair_mixed_script, strip_marks
from undesirable.scanning.spaced import MAY_BE_SPACED, spaced_removals

WORD = re.compile(r"[^\W_]+")
"""A word: a run of letters and digits of any script."""

_SOFT_HYPHEN_BREAK = re.compile(
    r"(?<=[^\W\d_])(?:-[ \t]*\r?\n[ \t]*(?=[a-zß-öø-ÿа-яёіїєґ])|\u00ad(?:[ \t]*\r?\n[ \t]*)?)"
)

INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
"""Characters that show nothing; removed before scanning."""

_MAY_NEED_PREPARING = re.compile(rf"-[ \t]*\r?\n|{MAY_BE_SPACED}|" + INVISIBLE.pattern + "|" + COMBINING_MARKS.pattern)
_CYRILLIC_LOWER = "а-яѐ-џґ"
"""Lower-case Cyrillic letters: Russian, and the Ukrainian and Belarusian і ї є ґ ў."""
_SCRIPT_SWITCH = re.compile(f"[a-z][{_CYRILLIC_LOWER}]|[{_CYRILLIC_LOWER}][a-z]")

OPENING_QUOTES = frozenset("«„“\"'‘‹‚")
CLOSING_QUOTES = frozenset("»“”\"'’›‘")
SOFT_GAP_CHARS = frozenset(" \t\r\n\u00a0\u2009\u202f«»„“”\"'‘’‹›‚-‐‑‒–—\u00ad")
"""Characters that may separate the words of a name in any text without being part of the name."""


def lower_text(text: str) -> str:
    """``text`` lower-cased with ``ё`` as ``е`` and Latin letters without their marks (``é`` as
    ``e``, ``ł`` as ``l``: a text that drops the diacritics of a name still names it), of exactly
    the same length.

    The rare characters whose lower case is longer are lower-cased to its first letter (``İ``, the
    Turkish capital dotted I: ``i`` and a combining dot, read ``i``), or kept as they are.
    """
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else _first_letter(c) for c in text)
    low = low.replace("ё", "е")
    return low if low.isascii() else low.translate(_latin_fold())


def _first_letter(char: str) -> str:
    lower = char.lower()
    return lower[0] if lower[0].isalpha() else char


_UNMARKED = {"ø": "o", "đ": "d", "ı": "i", "ħ": "h"}
"""Latin letters whose base letter Unicode does not decompose."""


@cache
def _latin_fold() -> dict[int, str]:
    """Each lower-case Latin letter with a mark (Latin-1 Supplement and Extended-A/B) -> its base letter."""
    table = {ord(c): base for c, base in _UNMARKED.items()}
    for code in range(0xC0, 0x250):
        base = strip_marks(chr(code))
        if len(base) == 1 and base.isascii() and base.isalpha() and base != chr(code):
            table[code] = base
    return table


def split_text(text: str, *, size: int) -> list[tuple[int, str]]:
    """``text`` in pieces of at most about ``size`` characters, ``(offset, piece)``, cut at a
    paragraph end, else a line end, a sentence end or a space in the second half of a piece."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        cut = start + size
        for mark in ("\n\n", "\n", ". ", " "):
            found = text.rfind(mark, start + size // 2, start + size)
            if found >= 0:
                cut = found + len(mark)
                break
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def words_key(text: str) -> str:
    """The lower-case words of ``text`` joined by single spaces, look-alike letters of the other
    script repaired (``«Медуза»`` -> ``медуза``, ``Регiональний`` with a Latin ``i`` -> ``регіональний``),
    stress marks removed (``Откры́тая`` -> ``открытая``)."""
    if not text.isascii() and COMBINING_MARKS.search(text) is not None:
        text = COMBINING_MARKS.sub("", unicodedata.normalize("NFC", text))  # «Откры́тая»: its stress mark
    return " ".join(WORD.findall(repair_mixed_words(lower_text(text))))


@dataclass(frozen=True)
class OffsetMap:
    """Takes positions in a text with some characters removed back to the original text.

    Attributes:
        cuts: positions in the shortened text where removed characters were, ascending.
        removed: how many characters were removed at or before each cut, cumulative.
    """

    cuts: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()

    def start(self, position: int) -> int:
        """The original position of the character at ``position``."""
        i = bisect_right(self.cuts, position)
        return position + (self.removed[i - 1] if i else 0)

    def end(self, position: int) -> int:
        """The original position just after the character before ``position``."""
        if position <= 0:
            return position
        return self.start(position - 1) + 1


def join_soft_hyphens(text: str) -> tuple[str, OffsetMap]:
    """Undo what hides a word from a search, keeping a map back to ``text``.

    - a word broken by a hyphen at a line end when the next line goes on in lower case is joined
      (``Belling-\\ncat`` becomes ``Bellingcat``; ``Идель-\\nУрал``, a capital after the break, is a
      real hyphen and stays);
    - invisible characters (soft hyphens, zero-width spaces and joiners, direction marks) are removed;
    - a combining mark is removed, made one with its letter when they make one (``и`` and a breve:
      ``й``), else dropped (the stress marks of ``Гражда́нский сове́т``), as names lose it;
    - a letter-spaced word (``М е д у з а``: letters or digits one space apart) is joined, as are
      the shorter words of its name a wider gap or a dash away (``S T O P  O F``, ``К о м и т е т
      - 2 0 2 4``); a one-letter word after it stays apart when the case tells it is no part of
      the word (``А Л Л А Т Р А о конце``: see :mod:`undesirable.scanning.spaced`).

    Returns:
        The prepared text and the map from its positions back to ``text``.
    """
    if not _MAY_NEED_PREPARING.search(text):
        return text, OffsetMap()
    removals: list[tuple[int, int]] = [m.span() for m in _SOFT_HYPHEN_BREAK.finditer(text)]
    removals += [m.span() for m in INVISIBLE.finditer(text)]
    composed = combining_marks(text)
    removals += [(position, position + 1) for position in composed]
    removals += spaced_removals(text)
    if not removals:
        return text, OffsetMap()
    pieces: list[str] = []
    cuts: list[int] = []
    removed: list[int] = []
    last = total = 0
    for start, end in _merged(removals):
        letter = composed.get(start)
        pieces.append(text[last:start] if letter is None else text[last : start - 1] + letter)
        cuts.append(start - total)
        total += end - start
        removed.append(total)
        last = end
    pieces.append(text[last:])
    return "".join(pieces), OffsetMap(tuple(cuts), tuple(removed))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def repair_mixed_words(low: str) -> str:
    """``low`` with look-alike letters of the other script repaired inside words (same length).

    The words are found from the few places where the script switches (a search for a whole word
    around a switch would try every position of the text)."""
    return _repair_words(low, low, repair_mixed_script)


def repair_mixed_cased_words(clean: str, low: str) -> str:
    """``clean`` with look-alike letters of the other script repaired inside words, capitals kept (``Тhe``,
    a Cyrillic Т, reads ``The``); ``low``: its lower case, where :func:`repair_mixed_words` finds words."""
    return _repair_words(clean, low, repair_mixed_cased)


def _repair_words(text: str, low: str, repair: Callable[[str], str]) -> str:
    """``text`` with ``repair`` applied to each word of it where ``low`` (its lower case) switches script."""
    pieces: list[str] = []
    last = 0
    for switch in _SCRIPT_SWITCH.finditer(low):
        if switch.start() < last:
            continue  # a word already repaired
        start, end = switch.start(), switch.end()
        while start > 0 and _is_letter(low[start - 1]):
            start -= 1
        while end < len(low) and _is_letter(low[end]):
            end += 1
        pieces += [text[last:start], repair(text[start:end])]
        last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def repair_mixed_cased(word: str) -> str:
    """``word`` with look-alike letters of the other script repaired, its capitals kept (the
    register's acronym ``MIПЛ``, Latin M and I, as a text writes it: ``МІПЛ``)."""
    low = word.lower()
    fixed = repair_mixed_script(low)
    if fixed == low or len(low) != len(word):
        return word
    return "".join(new.upper() if old.isupper() else new for old, new in zip(word, fixed, strict=True))


def _is_letter(char: str) -> bool:
    """What ``[^\\W\\d_]`` matches: a letter of any script."""
    return char.isalnum() and not char.isdecimal()


def is_sentence_start(text: str, position: int) -> bool:
    """True when nothing but spaces, quotes, brackets or a bullet stands between ``position`` and
    the start of the text, a line start or the end of a sentence."""
    i = position - 1
    while i >= 0 and (text[i] in " \t\u00a0" or text[i] in OPENING_QUOTES or text[i] in "([{-–—•*#>"):
        i -= 1
    return i < 0 or text[i] in ".!?…\n\r"


def word_before(text: str, position: int, *, max_gap: int = 2) -> tuple[int, int] | None:
    """The span of the word ending at most ``max_gap`` spaces before ``position``, if any."""
    i = position
    while i > 0 and position - i < max_gap and text[i - 1] in " \t\u00a0":
        i -= 1
    if i == position or i == 0 or not text[i - 1].isalnum():
        return None
    start = i
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    return start, i


def word_after(text: str, position: int, *, max_gap: int = 2) -> tuple[int, int] | None:
    """The span of the word starting at most ``max_gap`` spaces after ``position``, if any."""
    i = position
    while i < len(text) and i - position < max_gap and text[i] in " \t\u00a0":
        i += 1
    if i == position or i >= len(text) or not text[i].isalnum():
        return None
    end = i
    while end < len(text) and text[end].isalnum():
        end += 1
    return i, end


def split_gap(gap: str) -> frozenset[str]:
    """The characters of a gap between two words that are not soft (see :data:`SOFT_GAP_CHARS`)."""
    return frozenset(c for c in gap if c not in SOFT_GAP_CHARS)


def in_longer_number(text: str, start: int, end: int) -> bool:
    """Whether a span that ends (or starts) with a digit is part of a longer number or an ordinal
    in ``text`` («36-й», «36,6», «365», «2.36»): the span's number is then not the name's."""
    if text[end - 1 : end].isdigit() and end < len(text):
        after = text[end : end + 2]
        if after[0].isdigit() or (len(after) == 2 and after[0] in "-–.,/" and after[1].isalnum()) or after[0] in "%°":
            return True
    if text[start : start + 1].isdigit() and start > 0:
        before = text[max(0, start - 2) : start]
        return before[-1].isdigit() or (len(before) == 2 and before[1] in ".,/" and before[0].isdigit())
    return False
