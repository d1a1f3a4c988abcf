"""Names written as one word of several: ``ProtectDefenders``, ``КрымSOS``, ``Action4life``.

A register name glued from words (a capital inside a word, a switch of script, letters next to
digits) is also written apart in texts and queries: "Protect Defenders", «Крым SOS», "Action 4
Life". :func:`glued_parts` tells the parts of such a word.

The other way round, a query glues words the register writes apart ("Watchtower" for "Watch
Tower"): :func:`split_reading` reads such a word as the two register words it is made of.
"""

from __future__ import annotations

import re
from collections.abc import Container

from undesirable.names.normalize import Token, analyze_word, listed_word_group
from undesirable.names.translit import is_cyrillic_char, is_latin_char

_WORD = re.compile(r"[^\W_]+")

MIN_PART_LETTERS = 2
"""A part of a glued word has at least this many characters (``iPhone`` and ``eBay`` are no two words)."""

_JOINS = re.compile(
    r"(?<=[a-zà-ÿа-яё])(?=[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё])"  # ProtectDefenders
    r"|(?<=[a-zà-ÿа-яё])(?=[A-ZÀ-ÞА-ЯЁ]{2,}$)"  # CrimeaSOS
    r"|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])"  # Action4life
)


def glued_parts(word: str, min_part: int = MIN_PART_LETTERS) -> tuple[str, ...]:
    """The parts of a word glued from several (see the module docstring), or ``(word,)``; a word
    in capitals only (an acronym: ``MIПЛ``) is one word; so is a word with a part shorter than
    ``min_part`` characters (digits aside).

    >>> glued_parts("ProtectDefenders"), glued_parts("КрымSOS"), glued_parts("Action4life")
    (('Protect', 'Defenders'), ('Крым', 'SOS'), ('Action', '4', 'life'))
    """
    if word.isupper():
        return (word,)
    parts = [part for piece in _JOINS.split(word) for part in _script_parts(piece)]
    if len(parts) < 2 or any(len(p) < min_part and not p.isdigit() for p in parts):
        return (word,)
    return tuple(parts)


_WORD_STARTS = re.compile(r"(?<=[^\W_])(?=[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё])")
"""Where a capitalized word starts inside a glued word (``K4|Peace``, ``Protect|Defenders``)."""


def word_parts(word: str, min_part: int = MIN_PART_LETTERS) -> tuple[str, ...]:
    """The parts of a glued word split only where a capitalized word starts, letters and digits
    before it kept together: ``K4Peace`` is also written ``K4 Peace`` (its ``K`` alone is too
    short a part for :func:`glued_parts`); ``(word,)`` when there is no such start or a part is
    shorter than ``min_part``."""
    parts = _WORD_STARTS.split(word)
    if len(parts) < 2 or any(len(p) < min_part for p in parts):
        return (word,)
    return tuple(parts)


def _script_parts(piece: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for i in range(1, len(piece)):
        before, after = piece[i - 1], piece[i]
        if (is_cyrillic_char(before) and is_latin_char(after)) or (is_latin_char(before) and is_cyrillic_char(after)):
            parts.append(piece[start:i])
            start = i
    parts.append(piece[start:])
    return parts


def written_apart(name: str, min_part: int = MIN_PART_LETTERS) -> str:
    """``name`` with each glued word written apart (``ProtectDefenders.eu`` -> ``Protect Defenders.eu``);
    ``min_part``: see :func:`glued_parts`."""
    return _WORD.sub(lambda m: " ".join(glued_parts(m.group(), min_part)), name)


def hyphen_parts(word: str) -> list[str]:
    """The parts of a word hyphens join, a function word among them left out as a name's keys
    leave it out (``Hromada-JA`` heard as «Хромада-Я»: its ``JA``, «Я», is a function word)
    when another part remains; ``[]`` for no word.

    >>> hyphen_parts("Хромада-Я"), hyphen_parts("Чатэм-Хаусе"), hyphen_parts("Я-Ты")
    (['Хромада'], ['Чатэм', 'Хаусе'], ['Ты'])
    """
    parts = [part for part in word.split("-") if part]
    if len(parts) < 2:
        return parts
    kept = [part for part in parts if analyze_word(part.lower()).kind != "stop"]
    return kept or parts


MIN_SPLIT_KEY = 4
"""Each of the two words a query's glued word is read as has a key of at least this many letters."""


def split_reading(tokens: list[Token], known: Container[str], written: Container[str] = ()) -> list[Token] | None:
    """The tokens with each word the register writes as two written apart (``Watchtower`` for
    ``Watch Tower``, ``Greenhouse`` for ``Green House``): a word whose key no register name has
    but which is two words as register names write them (``written``), or whose key is two keys
    that register names have (``known``), each of at least :data:`MIN_SPLIT_KEY` letters, or
    letters glued to digits, each part a key register names have (``Calvert22`` for ``Calvert
    22``); ``None`` when no word is such."""
    out: list[Token] = []
    split = False
    for token in tokens:
        parts = split_word(token, known, written) if token.kind == "word" and token.key not in known else None
        split = split or parts is not None
        out.extend(parts or (token,))
    return out if split else None


def split_word(token: Token, known: Container[str], written: Container[str]) -> tuple[Token, ...] | None:
    """The two (or more) register words one word is glued from, or None (see :func:`split_reading`,
    which calls it for each word of kind ``word`` whose key is not in ``known``)."""
    key = token.key
    if not key.isalpha():
        return _split_digits(token, known)
    if len(key) < 2 * MIN_SPLIT_KEY - 1:
        return None
    text = token.text
    for at in range(MIN_SPLIT_KEY, len(text) - MIN_SPLIT_KEY + 1):
        # the two words as written: a fold across the join (т+с, s+h) changes the glued word's key
        if text[:at] in written and text[at:] in written:
            first, second = analyze_word(text[:at]), analyze_word(text[at:])
            if _known_as(first.key, known) and _known_as(second.key, known):
                return first, second
    for head, tail in _key_cuts(key):
        head_key = _known_as(head, known)
        tail_key = _known_as(tail, known) if head_key else None
        if head_key and tail_key:
            for at in range(1, len(text)):
                first = analyze_word(text[:at])
                if first.key == head_key:
                    second = analyze_word(text[at:])
                    if second.key == tail_key:
                        return first, second
    return None


def _split_digits(token: Token, known: Container[str]) -> tuple[Token, ...] | None:
    """A word of letters glued to digits (``Calvert22``, ``4freedoms``) read as its parts when each
    part is a register word (the digits a number some register name writes)."""
    if not token.key.isalnum():
        return None
    parts = glued_parts(token.text)
    if len(parts) < 2:
        return None
    tokens = tuple(analyze_word(part) for part in parts)
    return tokens if all(t.key in known for t in tokens) else None


def _key_cuts(key: str) -> list[tuple[str, str]]:
    """The ways a glued word's key is two keys of at least :data:`MIN_SPLIT_KEY` letters. The key
    of a word ending in the letter the next one starts with has that letter once (the skeleton
    folds doubled letters: ``центрразвития`` gives ``centrazvitia``), so the letter at each cut
    may also belong to both."""
    cuts = [(key[:cut], key[cut:]) for cut in range(MIN_SPLIT_KEY, len(key) - MIN_SPLIT_KEY + 1)]
    shared = [(key[:cut], key[cut - 1 :]) for cut in range(MIN_SPLIT_KEY, len(key) - MIN_SPLIT_KEY + 2)]
    return cuts + shared


def _known_as(part: str, known: Container[str]) -> str | None:
    """The key a part of a glued word has in ``known``: its own, or the group key of the listed
    generic or synonym word it spells (``centr``, the «центр» of ``центрразвития``, is ``#center``)."""
    if part in known:
        return part
    group = listed_word_group(part)
    return group if group is not None and group in known else None
