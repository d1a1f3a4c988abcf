"""Cyrillic to Latin transliteration and the Latin "skeleton" that all comparison keys live in.

Names of designated organizations reach a screener in Russian, Ukrainian, English, German and in
every homemade transliteration in between (``Otkrytaya Rossiya``, ``Otkrytaja Rossija``,
``Otkrytaia Rossiia``). Instead of guessing the scheme, every word is brought into one reduced
Latin key space:

1. :func:`transliterate` spells Cyrillic letters in Latin (one fixed spelling per letter; a word
   with a Ukrainian-only letter reads ``г`` as ``h``);
2. :func:`fold_latin` spells out letters with diacritics (``č`` -> ``ch``), strips accents and
   applies the ordered fold rules (``kh`` -> ``h``, ``ts``/``tz`` -> ``c``, ``y``/``j`` -> ``i``,
   hard ``c`` -> ``k``, soft ``c`` -> ``s``, ``oe`` -> ``o``, doubled letters once ...), so that
   the common schemes (GOST/ISO 9, BGN/PCGN, passport, informal) collapse onto one skeleton.

:func:`skeletonize_token` does both for one word and is cached. :func:`phonetic_key` reduces a
skeleton further to its sound, for English names written in Cyrillic by ear and back. :func:`repair_mixed_script`
fixes words typed with look-alike letters of the other script (a Latin ``o`` inside a Cyrillic
word, a Cyrillic ``е`` inside ``Transparеncy``). The tables live in ``data/translit.json``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from re import _constants as _re_constants  # type: ignore[attr-defined]
from re import _parser as _re_parser  # type: ignore[attr-defined]
from typing import Any, Literal

Script = Literal["latin", "cyrillic", "mixed", "other"]

SKELETON_CACHE_SIZE = 262_144
"""How many distinct words keep their skeleton in memory."""

MIN_COLLAPSED_LENGTH = 2
"""Doubled letters are merged only if at least this many letters remain (``ooo`` stays)."""

_UKRAINIAN_LETTERS = frozenset("іїєґ")
_NOT_ASCII_ALNUM = re.compile(r"[^a-zA-Z0-9]+")
_HEARD_W = re.compile(r"(?<![^\W\d_])уэ")


_Rule = tuple[str | re.Pattern[str] | dict[int, str], str, tuple[str, ...], bool, tuple[str, ...], bool]
"""A rewrite rule: a literal (replaced with ``str.replace``), a translation table (a pattern of one
class of letters, each replaced alike) or a compiled pattern; its replacement; strings one of which
every match contains (``()`` when none is known: the rule is always applied), so a text with none
of them is passed over; whether it is the doubled-letter rule; the strings one of which the text
starts with when the pattern is anchored at its start (``()``: any text); whether the replacement
refers to groups (such a pattern is looked for first: preparing its replacement costs more)."""

_COLLAPSE = r"([a-z])\1+"
"""The fold rule that merges doubled letters (applied only if enough letters remain)."""


@dataclass(frozen=True)
class _Tables:
    cyrillic: dict[int, str]
    ukrainian: dict[int, str]
    latin_letters: dict[int, str]
    cyr_to_lat_glyph: dict[str, str]
    lat_to_cyr_glyph: dict[str, str]
    fold_rules: tuple[_Rule, ...]
    phonetic_rules: tuple[_Rule, ...]
    phonetic_alternatives: tuple[tuple[re.Pattern[str], str], ...] = ()


@cache
def _tables() -> _Tables:
    raw = json.loads(files("undesirable.data").joinpath("translit.json").read_text("utf-8"))
    glyphs: dict[str, str] = raw["homoglyphs"]
    cyrillic = {k: v for k, v in raw["cyrillic"].items() if is_cyrillic_char(k)}
    ukrainian = {k: v for k, v in {**raw["cyrillic"], **raw["ukrainian"]}.items() if is_cyrillic_char(k)}
    return _Tables(
        cyrillic=str.maketrans(cyrillic),
        ukrainian=str.maketrans(ukrainian),
        latin_letters=str.maketrans(raw["latin_letters"]),
        cyr_to_lat_glyph=glyphs,
        lat_to_cyr_glyph={lat: cyr for cyr, lat in glyphs.items()},
        fold_rules=tuple(_rule(pattern, repl) for pattern, repl in raw["fold_rules"]),
        phonetic_rules=tuple(_rule(pattern, repl) for pattern, repl in raw["phonetic_rules"]),
        phonetic_alternatives=tuple((re.compile(left), right) for left, right in raw.get("phonetic_alternatives", ())),
    )


def _rule(pattern: str, repl: str) -> _Rule:
    """A literal pattern with a literal replacement is applied as a plain string replacement (the
    same result, faster); anything else as a regular expression, passed over for a text without
    any of the strings one of which its every match contains (see :func:`_required`)."""
    if pattern != _COLLAPSE and re.escape(pattern) == pattern and "\\" not in repl:
        return pattern, repl, (pattern,), False, (), False
    parsed = list(_re_parser.parse(pattern))
    templated = "\\" in repl
    letters = _class_letters(parsed)
    if letters and not templated:  # one letter of a class, each replaced alike: a translation
        return {ord(c): repl for c in letters}, repl, _required(parsed), False, (), False
    starts = _starts(parsed[1:]) if parsed[:1] == [(_re_constants.AT, _re_constants.AT_BEGINNING)] else ()
    return re.compile(pattern), repl, _required(parsed), pattern == _COLLAPSE, starts, templated


def _starts(items: list[tuple[Any, Any]]) -> tuple[str, ...]:
    """The letters one of which every match of a parsed pattern starts with (``()`` when not
    known): a literal letter, a class of literal letters, either repeated at least once."""
    if not items:
        return ()
    op, value = items[0]
    if op is _re_constants.LITERAL:
        return (chr(value),)
    if op is _re_constants.IN and all(o is _re_constants.LITERAL for o, _ in value):
        return tuple(chr(v) for _, v in value)
    if op in (_re_constants.MAX_REPEAT, _re_constants.MIN_REPEAT) and value[0] >= 1:
        return _starts(list(value[2]))
    return ()


def _class_letters(items: list[tuple[Any, Any]]) -> str:
    """The letters of a pattern that is one class of letters and nothing else (``[yj]``), or ``""``."""
    if len(items) != 1 or items[0][0] is not _re_constants.IN:
        return ""
    members = items[0][1]
    return "".join(chr(v) for _, v in members) if all(o is _re_constants.LITERAL for o, _ in members) else ""


MAX_REQUIRED_CHOICES = 3
"""A rule is passed over only when the strings one of which its every match contains are at most this many."""


def _required(items: list[tuple[Any, Any]]) -> tuple[str, ...]:
    """Strings one of which every match of a parsed pattern contains (``()`` when none is known):
    a run of literal characters it consumes in sequence, one of the few characters of a class, one
    string of each alternative; the fewest choices, the longest strings."""
    found: list[tuple[str, ...]] = []
    run = ""
    for op, value in items:
        run = run + chr(value) if op is _re_constants.LITERAL else ""
        if run:
            found.append((run,))
        elif op is _re_constants.IN and all(o is _re_constants.LITERAL for o, _ in value):
            found.append(tuple(chr(v) for _, v in value))
        elif op is _re_constants.SUBPATTERN:
            found.append(_required(list(value[-1])))
        elif op is _re_constants.BRANCH:
            branches = [_required(list(branch)) for branch in value[1]]
            if all(branches):
                found.append(tuple(dict.fromkeys(c for b in branches for c in b)))
        elif op in (_re_constants.MAX_REPEAT, _re_constants.MIN_REPEAT) and value[0] >= 1:
            found.append(_required(list(value[2])))
    usable = [f for f in found if 0 < len(f) <= MAX_REQUIRED_CHOICES]
    return min(usable, key=lambda f: (len(f), -min(map(len, f)))) if usable else ()


def _apply_all(rules: tuple[_Rule, ...], text: str, *, keep_letters: bool = False) -> str:
    """``text`` through each rule in order; with ``keep_letters``, the doubled-letter rule only while
    enough letters remain."""
    for pattern, repl, required, collapse, starts, templated in rules:
        if required:
            for part in required:
                if part in text:
                    break
            else:
                continue
        if isinstance(pattern, str):
            text = text.replace(pattern, repl)
            continue
        if isinstance(pattern, dict):
            text = text.translate(pattern)
            continue
        if (starts and not text.startswith(starts)) or (templated and pattern.search(text) is None):
            continue  # no match: the text stays as it is
        if keep_letters and collapse:
            collapsed = pattern.sub(repl, text)
            if len(collapsed) >= MIN_COLLAPSED_LENGTH:
                text = collapsed
        else:
            text = pattern.sub(repl, text)
    return text


def is_cyrillic_char(char: str) -> bool:
    """True for a letter of the Cyrillic blocks (U+0400-U+052F)."""
    return "\u0400" <= char <= "\u052f"


def is_latin_char(char: str) -> bool:
    """True for an ASCII letter or a Latin letter with diacritics (Latin-1 to Latin Extended-B)."""
    return char.isalpha() and char < "\u0250"


def _char_class(chars: Iterable[str]) -> re.Pattern[str]:
    """A regular expression matching any one of ``chars``."""
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


_CYRILLIC_CHAR = _char_class(chr(c) for c in range(0x400, 0x530))
_LATIN_CHAR = _char_class(chr(c) for c in range(0x250) if is_latin_char(chr(c)))


def detect_script(text: str) -> Script:
    """Which alphabet the letters of ``text`` use: latin, cyrillic, mixed, or other (no letters)."""
    has_cyrillic = _CYRILLIC_CHAR.search(text) is not None
    has_latin = _LATIN_CHAR.search(text) is not None
    if has_latin and has_cyrillic:
        return "mixed"
    if has_cyrillic:
        return "cyrillic"
    return "latin" if has_latin else "other"


def repair_mixed_script(word: str) -> str:
    """Replace look-alike letters of the minority script in a lower-case mixed-script word.

    ``мoсква`` (Latin o) becomes ``москва``; ``transparеncy`` (Cyrillic е) becomes ``transparency``.
    A word whose minority letters have no look-alike (``крымsos``) is returned unchanged.
    """
    latin = sum(1 for c in word if is_latin_char(c))
    cyrillic = sum(1 for c in word if is_cyrillic_char(c))
    if not latin or not cyrillic:
        return word
    tables = _tables()
    if cyrillic >= latin:
        mapping, minority = tables.lat_to_cyr_glyph, is_latin_char
    else:
        mapping, minority = tables.cyr_to_lat_glyph, is_cyrillic_char
    if any(minority(c) and c not in mapping for c in word):
        return word
    return "".join(mapping.get(c, c) if minority(c) else c for c in word)


def transliterate(text: str) -> str:
    """Spell the Cyrillic letters of lower-case ``text`` in Latin; other characters stay."""
    if text.isascii():
        return text
    tables = _tables()
    if "уэ" in text:  # Уэзерман, Уэльс: an English w heard at the start of a word (Weatherman, Wales)
        text = _HEARD_W.sub("wэ", text)
    return text.translate(tables.ukrainian if not _UKRAINIAN_LETTERS.isdisjoint(text) else tables.cyrillic)


def fold_latin(text: str) -> str:
    """Reduce a lower-case Latin word to its comparison skeleton (``khodorkovskiy`` -> ``hodorkovski``).

    Letters with diacritics are spelled out or stripped, the fold rules are applied in order and
    everything that is not an ASCII letter or digit is dropped.
    """
    tables = _tables()
    if text.isascii():
        ascii_text = (text if text.isalnum() else _NOT_ASCII_ALNUM.sub("", text)).lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text.translate(tables.latin_letters))
        ascii_text = "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()
    return _apply_all(tables.fold_rules, ascii_text, keep_letters=True)


@lru_cache(maxsize=SKELETON_CACHE_SIZE)
def skeletonize_token(word: str) -> str:
    """The comparison skeleton of one lower-case word in any script (``россия`` -> ``rosia``)."""
    return fold_latin(transliterate(word))


def skeletonize(text: str) -> str:
    """The skeleton of each whitespace-separated word of lower-case ``text``, joined by spaces."""
    return " ".join(key for key in (skeletonize_token(w) for w in text.split()) if key)


@lru_cache(maxsize=SKELETON_CACHE_SIZE)
def phonetic_key(skeleton: str) -> str:
    """The sound of a skeleton, coarsely: what a word heard and written in the other script keeps.

    ``хьюман`` and ``human`` both give ``hmn``, ``джеймстаун`` and ``jamestown`` give ``mstn``
    (the ordered ``phonetic_rules`` of ``data/translit.json``: English spellings read as sounds,
    vowels dropped, near sounds merged).
    """
    return _apply_all(_tables().phonetic_rules, skeleton)


def phonetic_keys(skeleton: str) -> tuple[str, ...]:
    """Every phonetic key a register word may be heard as: :func:`phonetic_key`, and the key with
    each ``phonetic_alternatives`` spelling of ``data/translit.json`` read the other way (an English
    ``th`` written ``с`` or ``з``: ``without`` = ``визаут``, ``truth`` = ``трус``)."""
    keys = [phonetic_key(skeleton)]
    every = skeleton
    for left, right in _tables().phonetic_alternatives:
        if left.search(skeleton):
            keys.append(phonetic_key(left.sub(right, skeleton)))
            every = left.sub(right, every)
    if len(keys) > 2:  # Technology = Текнолоджи: its ch heard к and its g heard дж
        keys.append(phonetic_key(every))
    return tuple(dict.fromkeys(keys))


def strip_marks(text: str) -> str:
    """``text`` with the accents and marks of its letters dropped (``wolność`` -> ``wolnosc``)."""
    if text.isascii():  # no ASCII letter decomposes or is a mark
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss").replace("ł", "l")
