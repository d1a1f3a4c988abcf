"""Letter-spaced writing in a text (``М е д у з а``, ``S T O P  O F  K A R E L I A``): which spaces to remove.

A letter-spaced word is a run of letters or digits, one space apart; the words of a letter-spaced
name stand a wider gap apart (two spaces or more) or with a dash between them (``К о м и т е т -
2 0 2 4``). :func:`spaced_removals` gives the spaces inside such words, for
:func:`undesirable.scanning.text.join_soft_hyphens` to remove. Ordinary text keeps its one-letter
words (``в``, ``и``, ``a``, ``I``, the initials ``J. K.``): a run is joined only in a passage with
a word of at least :data:`MIN_SPACED_LETTERS` spaced letters.
"""

from __future__ import annotations

import re

from undesirable.names.lemma import is_dictionary_word

MIN_SPACED_LETTERS = 4
"""A run of at least this many single letters, one space apart, is a letter-spaced word."""
MIN_CAMEL_LETTERS = 2
"""… and a capital right after a lower-case letter of such a word starts a word of at least this
many letters: the second word of a name glued in CamelCase (``G r e e n B o x`` is ``Green Box``)."""

LETTER_SPACES = " \u00a0\u2009\u202f"
"""What may stand between the letters of a letter-spaced word: a space, a no-break or a thin space."""
_SPACE = f"[{LETTER_SPACES}]"
_RUN = rf"(?<![^\W_])[^\W_](?:{_SPACE}[^\W_])*(?![^\W_])"
"""One-character words (letters or digits), one space apart."""
_GAP = rf"(?:{_SPACE}{{2,}}|{_SPACE}*[-‐‑–—/]{_SPACE}*)"
"""What stands between the words of a letter-spaced name: a wider gap, a dash or a slash."""
_PASSAGE = re.compile(rf"{_RUN}(?:{_GAP}{_RUN})*")
_ONE_RUN = re.compile(_RUN)
MAY_BE_SPACED = rf"(?<![^\W\d_])[^\W\d_]{_SPACE}[^\W\d_]{_SPACE}[^\W\d_]{_SPACE}"
"""A cheap first test: a letter-spaced word has three letters one space apart (digits aside)."""


def spaced_removals(text: str) -> list[tuple[int, int]]:
    """The spans of the spaces inside the letter-spaced words of ``text``.

    In each passage of letter-spaced runs, a run's words are those :func:`spaced_words` finds
    (at least :data:`MIN_SPACED_LETTERS` letters); when it has one, the passage is letter-spaced
    and its shorter runs of two characters or more are words too (``O F``, ``2 0 2 4``)."""
    removals: list[tuple[int, int]] = []
    for passage in _PASSAGE.finditer(text):
        runs = [(run.start(), run.group()) for run in _ONE_RUN.finditer(passage.group())]
        found = [(start, run, spaced_words(run)) for start, run in runs]
        if not any(words for _, _, words in found):
            continue
        for start, run, words in found:
            if not words and sum(c.isalpha() for c in run) < MIN_SPACED_LETTERS:
                words = _short_word(run[::2])
            at = passage.start() + start
            for first, last in words:
                removals += [(at + i, at + i + 1) for i in range(2 * first + 1, 2 * last, 2)]
    return removals


def _short_word(letters: str) -> list[tuple[int, int]]:
    """A short run of a letter-spaced passage as one word (``O F``, ``2 0 2 4``), but for a last
    lower-case letter after a capital or a digit, a one-letter word of its own (``2 0 3 0 и``)."""
    last = len(letters) - 1
    if last > 0 and letters[last].islower() and not letters[last - 1].islower():
        last -= 1
    return [(0, last)] if last > 0 else []


def spaced_words(run: str) -> list[tuple[int, int]]:
    """The words of a run of spaced letters (``А Л Л А Т Р А о``), as ``(first, last)`` letter
    numbers, of at least ``MIN_SPACED_LETTERS`` letters each.

    A word in capitals ends before a lower-case letter (``АЛЛАТРА`` then the preposition ``о``),
    a capital after a lower-case letter starts a new word (``Медуза`` ``Рига``; of
    :data:`MIN_CAMEL_LETTERS` letters at least: ``Green`` ``Box``), and a last letter
    of the other script is a word of its own (``Bellingcat`` then the Russian ``о``). Digits
    belong to the word they stand in (``B4Ukraine``); a run with fewer than
    ``MIN_SPACED_LETTERS`` letters has no word."""
    letters = run[::2]
    if sum(c.isalpha() for c in letters) < MIN_SPACED_LETTERS:
        return []
    words: list[tuple[int, int]] = []
    first = 0
    camel = False  # the word started with a capital right after a lower-case letter
    for k in range(1, len(letters) + 1):
        if k < len(letters):
            before, letter = letters[k - 1], letters[k]
            caps_end = letter.islower() and before.isupper() and k - first >= 2
            other_script = (
                k == len(letters) - 1
                and letter.isalpha()
                and before.isalpha()
                and (letter <= "\u024f") != (before <= "\u024f")
            )
            last_apart = k == len(letters) - 1 and _last_letter_apart(letters[first:])
            starts = letter.isupper() and before.islower()
            if not (caps_end or other_script or last_apart or starts):
                continue
        if k - first >= (MIN_CAMEL_LETTERS if camel else MIN_SPACED_LETTERS):
            words.append((first, k - 1))
        first, camel = k, k < len(letters) and starts
    return words


def _last_letter_apart(letters: str) -> bool:
    """Whether the last spaced letter is a one-letter word (``М е д у з а в``: «медуза» a word, «медузав» not)."""
    word = letters.lower().replace("ё", "е")
    long_enough = word[-1] in "вскуоиая" and len(word) > MIN_SPACED_LETTERS  # a one-letter Russian word
    return long_enough and is_dictionary_word(word[:-1]) and not is_dictionary_word(word)
