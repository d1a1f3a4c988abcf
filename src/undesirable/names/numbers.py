"""Numbers written as words, read as digits: a name written with them meets a register name
written with digits (``Калверт Твенти Ту Фаундейшн``, ``Calvert Twenty Two Foundation`` =
``Calvert 22 Foundation``).

The words are English number words in Latin letters and as Russian speakers write them by ear,
and Russian number words (``data/number_words.json``). A tens word followed by a unit word is one
number (``twenty two`` = 22); every other number word stands for its own number.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib.resources import files

from undesirable.names.normalize import Token, analyze_word


@cache
def _numbers() -> tuple[dict[str, int], dict[str, int]]:
    """Every number word -> its value, and the tens words -> their value."""
    raw = json.loads(files("undesirable.data").joinpath("number_words.json").read_text("utf-8"))
    values: dict[str, int] = {}
    tens: dict[str, int] = {}
    for group in ("units", "teens", "tens"):
        for value, words in raw[group].items():
            for word in words:
                values[_fold(word)] = int(value)
                if group == "tens":
                    tens[_fold(word)] = int(value)
    return values, tens


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е").replace("э", "е")


def _value(token: Token) -> int | None:
    found = _word_value(token.text)
    return _word_value(token.lemma) if found is None else found


@lru_cache(maxsize=65_536)
def _word_value(word: str) -> int | None:
    """The number a word says, or None (cached: most words of most names are no number)."""
    return _numbers()[0].get(_fold(word))


def number_reading(tokens: list[Token]) -> list[Token] | None:
    """``tokens`` with their number words read as digits, or ``None`` when none is a number word."""
    tens = _numbers()[1]
    for token in tokens:
        if _word_value(token.text) is not None or _word_value(token.lemma) is not None:
            break
    else:
        return None  # no number word: most names
    read: list[Token] = []
    i = 0
    while i < len(tokens):
        value = _value(tokens[i])
        if value is None:
            read.append(tokens[i])
            i += 1
            continue
        unit = _value(tokens[i + 1]) if i + 1 < len(tokens) and _fold(tokens[i].text) in tens else None
        if unit is not None and unit < 10:
            value, i = value + unit, i + 2
        else:
            i += 1
        read.append(analyze_word(str(value)))
    return read
