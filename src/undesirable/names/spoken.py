"""Latin acronyms read aloud as a word: ``LYMEC`` said «Лаймек», ``CEPA`` «Сипа» or «Сепа».

An acronym whose letters make a syllable English can say (:func:`is_pronounceable`: a vowel, one
consonant at most before it, two at most between vowels and at the end) may be read as a word by
English letter-to-sound rules rather than spelled by the names of its letters
(:mod:`undesirable.names.letters`); Russian then writes the word as it hears it. The rules are in
``data/letter_sounds.json``: each consonant's sounds, softened before e, i and y; each vowel's short
sounds, and its long ones in an open syllable (before one consonant and a vowel). :func:`spoken_forms`
gives every writing the rules allow, :func:`case_forms` their case forms, :func:`fold` the form
they are compared in.
"""

from __future__ import annotations

import itertools
import json
import re
from functools import lru_cache
from importlib.resources import files

_TABLES: dict[str, dict[str, list[str]]] = {
    key: value
    for key, value in json.loads(files("undesirable.data").joinpath("letter_sounds.json").read_text("utf-8")).items()
    if isinstance(value, dict)
}
MIN_SPOKEN_LETTERS = 4
"""Shorter acronyms are not read as words here (their spoken forms are the short words of the language)."""
MAX_VOWELS_TOGETHER = 2
MAX_CONSONANTS_BETWEEN = 2
_VOWELS = frozenset("aeiou")
_SOFTENING = frozenset("eiy")
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяй")


def _is_vowel(letters: str, i: int) -> bool:
    """Whether the letter at ``i`` is a vowel (y is one when no vowel follows it)."""
    char = letters[i]
    return char in _VOWELS or (char == "y" and i > 0 and (i + 1 == len(letters) or letters[i + 1] not in _VOWELS))


def is_pronounceable(acronym: str) -> bool:
    """Whether a Latin acronym can be said as one English word (LYMEC, ENEMO; not CSIS, IWMF or IAIS)."""
    letters = acronym.lower()
    if not (letters.isascii() and letters.isalpha()) or len(letters) < MIN_SPOKEN_LETTERS:
        return False
    pattern = "".join("v" if _is_vowel(letters, i) else "c" for i in range(len(letters)))
    runs = re.findall(r"v+|c+", pattern)
    if "v" not in pattern or (runs[0][0] == "c" and len(runs[0]) > 1):
        return False
    return all(len(run) <= (MAX_VOWELS_TOGETHER if run[0] == "v" else MAX_CONSONANTS_BETWEEN) for run in runs)


@lru_cache(maxsize=1024)
def spoken_forms(acronym: str) -> tuple[str, ...]:
    """Every Cyrillic writing of ``acronym`` read as a word (:func:`fold` ed), none when it cannot be said."""
    if not is_pronounceable(acronym):
        return ()
    letters = acronym.lower()
    options = [_sounds(letters, i) for i in range(len(letters))]
    return tuple(sorted({fold("".join(parts)) for parts in itertools.product(*options)}))


def _sounds(letters: str, i: int) -> list[str]:
    char, after = letters[i], letters[i + 1 : i + 3]
    if not _is_vowel(letters, i):
        soft = _TABLES["soft"].get(char) if after[:1] in _SOFTENING else None
        return soft or _TABLES["consonants"][char]
    if not after:
        return _TABLES["short"][char][:1]  # a final vowel is weak: CEPA's a is «а»
    is_open = len(after) == 2 and not _is_vowel(letters, i + 1) and _is_vowel(letters, i + 2)
    return [*_TABLES["short"][char], *(_TABLES["open"][char] if is_open else [])]


def case_forms(word: str) -> tuple[str, ...]:
    """The singular case forms Russian gives a spoken acronym ``word`` (:func:`fold` ed): «джайка»,
    «джайки», «джайке»…; «перк», «перка»…; a word ending in another vowel is not declined (нато)."""
    endings = _TABLES["endings"]
    if word.endswith("а"):
        return tuple(fold(word[:-1] + ending) for ending in endings["а"])
    if word[-1:] in _CYRILLIC_VOWELS:
        return (fold(word),)
    return tuple(fold(word + ending) for ending in endings["consonant"])


def fold(word: str) -> str:
    """A lower-case Cyrillic word as spoken forms are compared: ё and э as е."""
    return word.lower().replace("ё", "е").replace("э", "е")
