"""Kind words written short: ``Inst. of Politics``, ``Assoc. of …``, «Междунар. центр», ``AIDS Fdn``.

A word of at least :data:`MIN_ABBREVIATION` letters written with a period after it stands for a
kind word it begins (``Inst.`` for Institute), when the words it begins in the shipped lists of
kind words (``data/weak_words.json``, generic groups) are all of one group: it then compares as
that group's generic word does. A word that begins words of two groups (``Com.``: Committee,
Company) stands for neither. A word written without a period is read as written, unless it is a
listed short form of a kind word (``data/kind_abbreviations.json``: ``Fdn``, ``Assn``, ``Ctr``,
with or without a period) whose word is one of the listed kind words.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files

from undesirable.names.normalize import GENERIC_KEY_PREFIX, Token, normalize_name

MIN_ABBREVIATION = 3
"""The fewest letters of a word written short ("Inst.", not "In.")."""

_ABBREVIATED = re.compile(r"(?<![\w.])([^\W\d_]+)\.(?![\w.])")
"""A word with a period after it and none before (``U.S.`` and ``e.V.`` are dotted letters)."""


def read_abbreviations(tokens: list[Token], text: str) -> list[Token]:
    """``tokens`` (the words of ``text``) with each word written short read as the kind word it
    stands for (its text kept, so an explanation shows it as written)."""
    short = abbreviated_words(text)
    contracted = _contractions()
    if not short and not any(t.text in contracted for t in tokens):
        return tokens
    short = {**{t.text: contracted[t.text] for t in tokens if t.text in contracted}, **short}
    return [
        Token(t.text, t.text, short[t.text], short[t.text], "generic") if t.kind == "word" and t.text in short else t
        for t in tokens
    ]


def abbreviated_words(text: str) -> dict[str, str]:
    """The words of ``text`` written short with a period (normalized) -> the generic group key of
    the kind word they stand for (``{"inst": "#institute"}``); empty for most names."""
    if "." not in text:
        return {}
    found: dict[str, str] = {}
    for match in _ABBREVIATED.finditer(text):
        word = normalize_name(match.group(1))
        group = kind_word_begun(word) or _contractions().get(word)
        if group is not None:
            found[word] = group
    return found


@cache
def kind_word_begun(word: str) -> str | None:
    """The generic group key of the kind words ``word`` begins, when they are all of one group
    and longer than it; else None (see the module docstring)."""
    if len(word) < MIN_ABBREVIATION or " " in word:
        return None
    groups = {group for kind, group in _kind_words() if kind.startswith(word) and len(kind) > len(word)}
    return groups.pop() if len(groups) == 1 else None


@cache
def _kind_words() -> tuple[tuple[str, str], ...]:
    """Every listed kind word (normalized) with its group key."""
    weak = json.loads(files("undesirable.data").joinpath("weak_words.json").read_text("utf-8"))
    return tuple(
        (word, GENERIC_KEY_PREFIX + meaning.replace(" ", "_"))
        for meaning, members in weak["generic"].items()
        for member in members
        for word in normalize_name(member).split()
    )


@cache
def _contractions() -> dict[str, str]:
    """The listed short forms of kind words (normalized) whose word is a listed kind word -> its group key."""
    data = json.loads(files("undesirable.data").joinpath("kind_abbreviations.json").read_text("utf-8"))
    groups = dict(_kind_words())
    return {
        normalize_name(short): groups[word]
        for short, full in data["abbreviations"].items()
        if (word := normalize_name(full)) in groups
    }
