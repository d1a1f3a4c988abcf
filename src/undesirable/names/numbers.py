"""Numbers written as words, read as digits: a name written with them meets a register name
written with digits (``Калверт Твенти Ту Фаундейшн``, ``Calvert Twenty Two Foundation`` =
``Calvert 22 Foundation``).

The words are English number words in Latin letters and as Russian speakers write them by ear,
and Russian number words (``data/number_words.json``). A tens word followed by a unit word is one
number (``twenty two`` = 22); every other number word stands for its own number.
"""

from __future__ import annotations

import json
from functools import cache
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


def _value(token: Token, values: dict[str, int]) -> int | None:
    found = values.get(_fold(token.text))
    return values.get(_fold(token.lemma)) if found is None else found


def number_reading(tokens: list[Token]) -> list[Token] | None:
    """``tokens`` with their number words read as digits, or ``None`` when none is a number word."""
    values, tens = _numbers()
    if not any(_value(t, values) is not None for t in tokens):
        return None
    read: list[Token] = []
    i = 0
    while i < len(tokens):
        value = _value(tokens[i], values)
        if value is None:
            read.append(tokens[i])
            i += 1
            continue
        unit = _value(tokens[i + 1], values) if i + 1 < len(tokens) and _fold(tokens[i].text) in tens else None
        if unit is not None and unit < 10:
            value, i = value + unit, i + 2
        else:
            i += 1
        read.append(analyze_word(str(value)))
    return read
