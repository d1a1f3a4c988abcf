"""Numbers written as words, read as digits: a name written with them meets a register name
written with digits (``Калверт Твенти Ту Фаундейшн``, ``Calvert Twenty Two Foundation`` =
``Calvert 22 Foundation``).

The words are English number words in Latin letters and as Russian speakers write them by ear,
and Russian number words (``data/number_words.json``). A tens word followed by a unit word is one
number (``twenty two`` = 22); every other number word stands for its own number.

The other way round, a digit a Latin name glues between letters stands for the English word it
sounds like (``K4Peace``: K for Peace; ``Help2kids``: Help to Kids) or for its number word:
:func:`digit_readings` reads such a name out, so that the name is also found written so, or heard
by ear («Кей фор Пис»). The words a digit sounds like are ``sound_alike`` in the same file.

A short word of digits and capitals (``3D``, ``G7``) is said letter by letter: :func:`codes_said`
writes it as Russian speakers write it by ear, each digit by its number word and each letter by its
name, as one word («Артек Три-Ди» for Artec 3D).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib.resources import files

from undesirable.names.letters import LETTER_NAMES
from undesirable.names.normalize import Token, analyze_word
from undesirable.names.translit import phonetic_key, skeletonize_token


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


_READ_DIGIT = re.compile(r"(?<=[A-Za-z])\d(?=[A-Za-z])")
_WORD = re.compile(r"[^\W_]+")
MAX_DIGIT_READINGS = 4
"""Readings of one name kept at most (each digit read one of its ways)."""


@cache
def _digit_words() -> dict[str, tuple[str, ...]]:
    """Each digit a Latin name may glue between letters as a word -> the English words it is read
    as: the words it sounds like, then its number word."""
    raw = json.loads(files("undesirable.data").joinpath("number_words.json").read_text("utf-8"))
    return {digit: (*words, raw["units"][digit][0]) for digit, words in raw["sound_alike"].items()}


@lru_cache(maxsize=8192)
def digit_readings(name: str) -> tuple[tuple[str, str], ...]:
    """``name`` with each digit it glues between Latin letters read as an English word it sounds
    like (``K4Peace``: ``K for Peace``, ``K four Peace``; ``Help2kids``: ``Help to Kids``,
    the word after the digit capitalized when the glued word is), and what was read (``4 = for``).
    A word in capitals (``RD4U``: an acronym) and a number of several digits (``Calvert22``,
    ``Group 36``) are not read. Empty when nothing is read; cached."""
    if not any(char.isdigit() for char in name):  # most names: nothing to read
        return ()
    readable = _digit_words()
    spots = [
        (word.start() + found.start(), found.group(), word.group()[0].isupper())
        for word in _WORD.finditer(name)
        if not word.group().isupper()
        for found in _READ_DIGIT.finditer(word.group())
        if found.group() in readable
    ]
    out: list[tuple[str, str]] = []
    for words in itertools.islice(itertools.product(*(readable[d] for _, d, _ in spots)), MAX_DIGIT_READINGS):
        if not words:
            break
        text = name
        for (at, _, capital), word in sorted(zip(spots, words, strict=True), reverse=True):
            after = text[at + 1 :]
            text = f"{text[:at]} {word} {after[:1].upper() + after[1:] if capital else after}"
        read = dict.fromkeys(f"{digit} = {word}" for (_, digit, _), word in zip(spots, words, strict=True))
        out.append((text, ", ".join(read)))
    return tuple(out)


def digits_said(tokens: Sequence[Token]) -> tuple[list[Token], str] | None:
    """``tokens`` with each digit that stands between Latin words, alone or glued between letters,
    read as the English word it sounds like (``Justice 4 Journalists``: ``Justice for Journalists``;
    ``Help2Kids``: ``Help to Kids``), and what was read (``4 = for``); ``None`` when none is."""
    sounds = _numbers_said()
    if not any(char in sounds for token in tokens for char in token.text):
        return None  # most queries: no such digit
    read: list[Token] = []
    said: dict[str, None] = {}
    for k, token in enumerate(tokens):
        text = token.text
        between = 0 < k < len(tokens) - 1 and _is_latin(tokens[k - 1].text) and _is_latin(tokens[k + 1].text)
        if text in sounds and between:
            read.append(analyze_word(sounds[text]))
            said[f"{text} = {sounds[text]}"] = None
            continue
        parts = _glued_digit().split(text) if not text[:1].isdigit() else [text]
        if len(parts) > 1 and all(_is_latin(part) for part in parts[::2]):
            read += [analyze_word(sounds[part] if k % 2 else part) for k, part in enumerate(parts)]
            said |= dict.fromkeys(f"{part} = {sounds[part]}" for part in parts[1::2])
            continue
        read.append(token)
    return (read, ", ".join(said)) if said else None


@cache
def _glued_digit() -> re.Pattern[str]:
    """A digit of :func:`_numbers_said` glued between two lower-case Latin letters (split out whole)."""
    return re.compile(f"(?<=[a-z])([{''.join(_numbers_said())}])(?=[a-z])")


def _is_latin(word: str) -> bool:
    return word.isascii() and word.isalpha()


@cache
def _numbers_said() -> dict[str, str]:
    """Each digit that sounds like an English word -> that word (``data/number_words.json``)."""
    raw = json.loads(files("undesirable.data").joinpath("number_words.json").read_text("utf-8"))
    return {digit: words[0] for digit, words in raw["sound_alike"].items()}


def digits_read_in(name: str, words: Sequence[str]) -> str:
    """What ``words`` (a text's or query's, as written or by ear) read of the digits ``name``
    glues between letters (``2 = to``: «Хелп ту Кидс» for ``Help2kids``), or ``""`` when
    they write a digit or read none."""
    readings = digit_readings(name)
    if not readings or any(char.isdigit() for word in words for char in word):
        return ""
    written = {word.lower() for word in words}
    sounds = {_sound(word) for word in written}
    for as_written in (True, False):  # as written first: Action four Life reads 4 as four, not for
        for _, read in readings:
            said = [pair.split(" = ")[1] for pair in read.split(", ")]
            if all(word in written if as_written else _sound(word) in sounds for word in said):
                return read
    return ""


def _sound(word: str) -> str:
    return phonetic_key(skeletonize_token(word))


def digits_left_out(name: str, words: Sequence[str]) -> bool:
    """Whether ``words`` naming ``name`` leave out a digit it glues between letters: they neither
    write a digit nor read one (``K Peace``, «Хелп Кидс»: no digit read, so no name read out)."""
    if not digit_readings(name) or any(char.isdigit() for word in words for char in word):
        return False
    return not digits_read_in(name, words)


_CODE = re.compile(r"(?<![^\W_])(?=[A-Z\d]*\d)(?=[A-Z\d]*[A-Z])[A-Z\d]{2,4}(?![^\W_])")
"""A short word of digits and Latin capitals, both (``3D``, ``G7``), said letter by letter."""
MAX_CODES_SAID = 4
"""Ways of saying the codes of one name kept at most."""


@cache
def _said_characters() -> dict[str, tuple[str, ...]]:
    """Each digit and Latin capital -> how Russian writes it said aloud: the Cyrillic number words
    of a digit (три, фри), the names of a letter (ди)."""
    raw = json.loads(files("undesirable.data").joinpath("number_words.json").read_text("utf-8"))
    said = {d: tuple(w for w in words if not w.isascii()) for d, words in raw["units"].items()}
    for name, letter in LETTER_NAMES.items():
        said[letter] = (*said.get(letter, ()), name)
    return said


@lru_cache(maxsize=8192)
def codes_said(name: str) -> tuple[str, ...]:
    """``name`` with its short words of digits and capitals said letter by letter, as one
    capitalized word each (``Artec 3D``: ``Artec Фриди``, ``Artec Триди`` …; a text hyphenates it:
    «Три-Ди»); at most :data:`MAX_CODES_SAID`, empty when it has none."""
    codes = list(_CODE.finditer(name)) if any(char.isdigit() for char in name) else []
    if not codes:
        return ()
    said = _said_characters()
    ways = [["".join(parts) for parts in itertools.product(*(said.get(c, ()) for c in m.group()))] for m in codes]
    out = []
    for words in itertools.islice(itertools.product(*ways), MAX_CODES_SAID):
        text = name
        for found, word in sorted(zip(codes, words, strict=True), key=lambda pair: -pair[0].start()):
            text = f"{text[: found.start()]}{word.capitalize()}{text[found.end() :]}"
        out.append(text)
    return tuple(out)
