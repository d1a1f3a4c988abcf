"""Acronyms spelled out by the names of their letters: ``Эй-Эф-Эс`` for ``AFS``, ``Би-Би-Си`` for
``BBC``, ``Эф-Бэ-Ка`` and ``Ef-Be-Ka`` for ``ФБК``.

Russian writes an acronym heard aloud as the names of its letters joined by hyphens: a Latin acronym
by the English names of its letters (or the school names: ``эр``, ``эль``, ``икс``), a Cyrillic one
by the Russian names (``бэ``, ``ка``, ``эс``), which Latin text writes in Latin letters (``Es-Er``).
:func:`read_spelled_acronyms` writes such a word back as the acronym's letters, so that it meets
the register's acronym and names that start with it. The tables are in ``data/letter_names.json``;
a name of one vowel (``и``, ``о``), also a word, is read only inside a run joined by hyphens.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from importlib.resources import files

from undesirable.names.translit import skeletonize_token, transliterate

_TABLES: dict[str, dict[str, str]] = {
    key: value
    for key, value in json.loads(files("undesirable.data").joinpath("letter_names.json").read_text("utf-8")).items()
    if isinstance(value, dict)
}
LETTER_NAMES: dict[str, str] = _TABLES["latin"]
"""The English names of the Latin letters as Russian writes them (not E, written «и» like the word «и»)."""
_LATIN_APART = LETTER_NAMES | _TABLES["latin_continental"]
_LATIN_JOINED = _LATIN_APART | _TABLES["latin_joined_only"]
_CYRILLIC_JOINED = _TABLES["cyrillic"]
_CYRILLIC_APART = {name: letter for name, letter in _CYRILLIC_JOINED.items() if len(name) > 1}
_CYRILLIC_IN_LATIN = {skeletonize_token(transliterate(name)): letter for name, letter in _CYRILLIC_JOINED.items()}

_SAID = {letter: tuple(n for n, of in LETTER_NAMES.items() if of == letter) for letter in set(LETTER_NAMES.values())}
MIN_SPACED_NAMES = 3
"""Letter names written apart (not joined by hyphens) are read as an acronym from this many on."""
MAX_SAID = 4
"""Ways of saying the one-letter words of one text kept at most."""
MAX_RUN = 8
"""Letter names read as one acronym at most."""

_JOINED = re.compile(rf"(?<![\w-])[а-яё]+(?:-[а-яё]+){{1,{MAX_RUN}}}(?![\w-])", re.IGNORECASE)
_JOINED_LATIN = re.compile(rf"(?<![\w-])[A-Z][a-z]*(?:-[A-Z][a-z]*){{1,{MAX_RUN - 1}}}(?![\w-])")
_APART_NAMES = "|".join(sorted((re.escape(n) for n in _LATIN_APART | _CYRILLIC_APART), key=len, reverse=True))
_SPACED = re.compile(
    rf"(?<![\w-])(?:{_APART_NAMES})(?: (?:{_APART_NAMES})){{{MIN_SPACED_NAMES - 1},7}}(?![\w-])", re.IGNORECASE
)
_APART_NAMES_SET = frozenset(_LATIN_APART | _CYRILLIC_APART)
_WORD = r"[^\W\d_][\w-]*"
_SPACED_PAIR = re.compile(
    rf"(?<![\w-])(?:({_WORD}) )?((?:{_APART_NAMES}) (?:{_APART_NAMES}))(?![\w-])(?: ({_WORD}))?", re.IGNORECASE
)
PairTells = Callable[[str, tuple[str, ...]], bool]
"""Whether two letter names written apart are an acronym: given the acronym they spell and the
words right before and after them."""


def read_spelled_acronyms(text: str) -> str:
    """``text`` with each word of two or more letter names joined by hyphens, and each run of
    :data:`MIN_SPACED_NAMES` or more capitalized Cyrillic letter names written apart (``Эн Ди
    Ай``), written as the acronym's capitals; the text itself when it has none (a cheap test first).

    >>> read_spelled_acronyms("Эй-Эф-Эс Интеркалчерал Програмс")
    'AFS Интеркалчерал Програмс'
    >>> read_spelled_acronyms("Би Би Си")
    'BBC'
    >>> read_spelled_acronyms("Es-Er")
    'СР'
    """
    if "-" in text:
        text = _JOINED.sub(_joined_letters, text)
        text = _JOINED_LATIN.sub(_joined_latin_letters, text)
    if " " in text and not text.isascii():
        text = _SPACED.sub(_spaced_letters, text)
    return text


def read_spelled_pairs(text: str, tells: PairTells) -> str:
    """``text`` with two capitalized Latin or Cyrillic letter names written apart (``Джей Экс``)
    written as the acronym they spell when ``tells`` says they are one (a kind word beside them, or
    a listed acronym: see :func:`undesirable.matching.spelled.pair_tells`). Two letter names are
    fewer than :data:`MIN_SPACED_NAMES`, so alone they are read only so: «Би», «Си», «Ай» are
    also words."""
    if " " not in text or text.isascii():
        return text
    return _SPACED_PAIR.sub(lambda m: _pair_letters(m, tells), text)


def _pair_letters(match: re.Match[str], tells: PairTells) -> str:
    before, pair, after = match.group(1), match.group(2), match.group(3)
    neighbours = tuple(w for w in (before, after) if w)
    read = _spelled(pair.split(" "))
    if read is None or any(w.lower() in _APART_NAMES_SET for w in neighbours) or not tells(read, neighbours):
        return match.group()
    return " ".join(w for w in (before, read, after) if w)


def _read_names(names: list[str], tables: tuple[dict[str, str], ...]) -> str | None:
    """The acronym ``names`` spell in the first table that has them all, when one of them is
    more than a vowel; else None."""
    if all(len(name) == 1 for name in names):
        return None
    for table in tables:
        if all(name in table for name in names):
            return "".join(table[name] for name in names)
    return None


def _joined_parts(word: str) -> list[str]:
    """The letter names of a word joined by hyphens, ``дабл-ю`` (W) kept whole."""
    return [part.replace("_", "-") for part in word.lower().replace("дабл-ю", "дабл_ю").split("-")]


def _joined_letters(match: re.Match[str]) -> str:
    read = _read_names(_joined_parts(match.group()), (_LATIN_JOINED, _CYRILLIC_JOINED))
    return match.group() if read is None else read


def _joined_latin_letters(match: re.Match[str]) -> str:
    """The Cyrillic acronym a Latin word of capitalized Cyrillic letter names spells (``Ef-Be-Ka``)."""
    skeletons = [skeletonize_token(part.lower()) for part in match.group().split("-")]
    read = _read_names(skeletons, (_CYRILLIC_IN_LATIN,))
    return match.group() if read is None else read


def _spaced_letters(match: re.Match[str]) -> str:
    """The acronym of a run of letter names written apart, when each is capitalized (``Би Би Си``,
    not ``си ди``); else the run as written."""
    read = _spelled(match.group().split(" "))
    return match.group() if read is None else read


def _spelled(words: list[str]) -> str | None:
    """The acronym letter names written apart spell when each is capitalized; else None."""
    if not all(w[0].isupper() for w in words):
        return None
    return _read_names([w.lower() for w in words], (_LATIN_APART, _CYRILLIC_APART))


def letters_said(text: str) -> list[str]:
    """``text`` with each of its one-letter Latin words said as the letter's name (``K for
    Peace``: «Кей for Peace»), one text per way of saying them; empty when it has none."""
    words = text.split(" ")
    spots = [k for k, word in enumerate(words) if len(word) == 1 and word.upper() in _SAID]
    if not spots:
        return []
    said: list[str] = []
    for names in itertools.islice(itertools.product(*(_SAID[words[k].upper()] for k in spots)), MAX_SAID):
        out = list(words)
        for k, name in zip(spots, names, strict=True):
            out[k] = name.capitalize()
        said.append(" ".join(out))
    return said


def spelled_acronym_words(text: str, tells: PairTells | None = None) -> list[str]:
    """The words of ``text`` that :func:`read_spelled_acronyms` reads as acronyms (and
    :func:`read_spelled_pairs`, given ``tells``)."""
    found: list[str] = []
    if "-" in text:
        found += [m.group() for m in _JOINED.finditer(text) if _joined_letters(m) != m.group()]
        found += [m.group() for m in _JOINED_LATIN.finditer(text) if _joined_latin_letters(m) != m.group()]
    if " " in text and not text.isascii():
        found += [m.group() for m in _SPACED.finditer(text) if _spaced_letters(m) != m.group()]
    if tells is not None and " " in text and not text.isascii():
        read = read_spelled_acronyms(text)
        found += [m.group(2) for m in _SPACED_PAIR.finditer(read) if _pair_letters(m, tells) != m.group()]
    return found
