"""Characters a file lost: a private-use code point or U+FFFD where a letter was.

The ministry's file writes «Associa\\uf50dão» (U+F50D, a private-use code point, where the
letter was lost). The name as written keeps it: :mod:`undesirable.names.parse` never rewrites
it into a space, so what is shown is what the register says. For comparison such a character
between two letters is one unknown letter of that word (:func:`read_unreadable`): the word is
read as the only word of the shipped vocabularies (stop, generic and synonym words, legal forms,
the general English, German and French words) that its known letters fit, one letter in the
place of the lost one («associação»); a word no such word fits, or several, keeps its known
letters joined («associaão»), so a spelling that has one more letter there is one letter away.
Elsewhere (between a letter and a space, alone) it separates words, as any symbol does.
An explanation says that the register's word has an unreadable character, and how it was read.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

UNREADABLE_CHARS = "\ue000-\uf8ff\ufffd\U000f0000-\U000ffffd\U00100000-\U0010fffd"
"""Private-use code points (the Basic Multilingual Plane's and planes 15 and 16) and U+FFFD, the
replacement character a decoder writes for bytes it could not read."""

UNREADABLE = re.compile(f"[{UNREADABLE_CHARS}]")
_IN_WORD = re.compile(f"(?<=[^\\W\\d_])[{UNREADABLE_CHARS}](?=[^\\W\\d_])")
_WORD_AROUND = re.compile(f"[^\\W\\d_]*[{UNREADABLE_CHARS}][^\\W\\d_]*")

READINGS_REMEMBERED = 4096


def has_unreadable(text: str) -> bool:
    """Whether ``text`` has a character that stands for a lost one (see the module docstring)."""
    return not text.isascii() and UNREADABLE.search(text) is not None


def read_unreadable(text: str) -> str:
    """``text`` with each word that has one unreadable character between letters read as the one
    vocabulary word it fits (in the word's capitals), else with that character left out; any other
    unreadable character becomes a space (see the module docstring)."""
    return _WORD_AROUND.sub(lambda m: _read_written(m.group(0)), text)


def _read_written(written: str) -> str:
    read, known = _read_word(written.casefold())
    if not known:
        return UNREADABLE.sub(" ", _IN_WORD.sub("", written))
    if len(read) != len(written):
        return read
    if not any(c.islower() for c in written):  # ASSOCIA\uf50dÃO: the lost letter in capitals too
        return read.upper()
    return "".join(r.upper() if w.isupper() else r for w, r in zip(written, read, strict=True))


def unreadable_readings(text: str) -> tuple[tuple[str, str], ...]:
    """Each word of ``text`` (a name as written) that has an unreadable character between letters,
    with the vocabulary word it is read as (``""`` when none or several fit)."""
    found: list[tuple[str, str]] = []
    for match in _WORD_AROUND.finditer(text):
        word = match.group(0)
        if _IN_WORD.search(word) is not None:
            read, known = _read_word(word.casefold())
            found.append((word, read if known else ""))
    return tuple(found)


@lru_cache(maxsize=READINGS_REMEMBERED)
def _read_word(word: str) -> tuple[str, bool]:
    """How one word with unreadable characters reads, and whether as a vocabulary word."""
    inside = list(_IN_WORD.finditer(word))
    if len(inside) == 1 and len(UNREADABLE.findall(word)) == 1:
        at = inside[0].start()
        fits = _candidates(word[:at], word[at + 1 :])
        if len(fits) == 1:
            return fits[0], True
    return UNREADABLE.sub(" ", _IN_WORD.sub("", word)), False


def _candidates(before: str, after: str) -> list[str]:
    """The vocabulary words that are ``before``, one letter, ``after``."""
    size = len(before) + len(after) + 1
    return [w for w in _by_length().get(size, ()) if w.startswith(before) and w.endswith(after)]


@cache
def _by_length() -> dict[int, tuple[str, ...]]:
    by_length: dict[int, list[str]] = {}
    for word in sorted(_vocabulary()):
        by_length.setdefault(len(word), []).append(word)
    return {size: tuple(words) for size, words in by_length.items()}


@cache
def _vocabulary() -> frozenset[str]:
    from undesirable.names.vocabulary import general_words
    from undesirable.names.word_lists import word_lists

    return frozenset(w for w in word_lists().words | general_words() if w.isalpha())
