"""Classify the fragments of a raw register name: script, acronym, Ukrainian spelling, oddities.

A fragment is one name cut out of the raw string, with the bracket level it stood at and the
comma list it came from. The tests here decide what a fragment is: an acronym (``NED``,
``GMRPFGP``), a Russian or a non-Russian Cyrillic name, a name with a lone letter of the other
script; :func:`fold_fragment_key` is the case- and quote-blind key under which repeats meet.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from undesirable.names.quotes import QUOTE_CHARS

MAX_ACRONYM_LETTERS = 8
SHORT_ACRONYM_LETTERS = 5  # up to this length an upper-case token is an acronym
LONG_ACRONYM_CONSONANT_RUN = 3  # longer ones need an unpronounceable cluster (GMRPFGP, WOIPFG)
MIN_ACRONYM_UPPER_SHARE = 0.6
MAX_REASON_TEXT = 60  # characters of a fragment quoted in a review reason

WORDS = re.compile(r"[^\W\d_]+")
_VOWELS = frozenset("aeiouyаеёиоуыэюяіїєäöüåæøéèáíóúý")
_UKRAINIAN_LETTERS = frozenset("іїєґўІЇЄҐЎ")
_UKRAINIAN_CLUSTERS = ("ськ", "цьк", "зьк")
_LATIN_I = frozenset("iIïÏ")
_ACRONYM_PUNCTUATION = "/&.-"


@dataclass(frozen=True)
class Fragment:
    """One name cut out of a raw register string."""

    text: str
    level: int  # 0 outside brackets, 1 in a top-level bracket, 2 deeper
    group: int  # the comma list the fragment belongs to


def detect_majority_script(text: str) -> str | None:
    """``"cyrillic"`` or ``"latin"``, whichever has more letters (a tie is Latin); None if neither."""
    cyrillic = latin = 0
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            cyrillic += name.startswith("CYRILLIC")
            latin += name.startswith("LATIN")
    if not cyrillic and not latin:
        return None
    return "cyrillic" if cyrillic > latin else "latin"


def is_acronym(text: str) -> bool:
    """True for an upper-case abbreviation: ``NED``, ``OSIAF``, ``WOIPFG``, ``ФБК``, ``A/S``."""
    letters = [c for c in text if c.isalpha()]
    if not 2 <= len(letters) <= MAX_ACRONYM_LETTERS or not letters[0].isupper():
        return False
    if not all(c.isalnum() or c in _ACRONYM_PUNCTUATION for c in text):
        return False
    upper = sum(c.isupper() for c in letters)
    if upper < 2 or upper / len(letters) < MIN_ACRONYM_UPPER_SHARE:
        return False
    if len(letters) <= SHORT_ACRONYM_LETTERS:
        return True
    run = longest = 0
    for c in letters:
        run = 0 if c.casefold() in _VOWELS else run + 1
        longest = max(longest, run)
    return longest >= LONG_ACRONYM_CONSONANT_RUN


def is_acronym_name(name: str, listed: Collection[str] = ()) -> bool:
    """Whether a name, or a word of a query, is an acronym: the one rule of the parser, the matcher
    and the scanner. One word (no space) that the register lists among the organization's acronyms
    (``listed``: ``ZOiS``), or that :func:`is_acronym` takes for one (``NED``, ``ФБК``, ``RFE/RL``)."""
    text = name.strip()
    if not text or any(c.isspace() for c in text):
        return False
    return text in listed or is_acronym(text)


def is_initialism(acronym: str, text: str) -> bool:
    """True when the letters of ``acronym`` are, in order, initials of words of ``text``."""
    initials = iter(w[0].casefold() for w in WORDS.findall(text))
    return all(c.casefold() in initials for c in acronym if c.isalpha())


def find_embedded_acronyms(text: str) -> list[str]:
    """``Transformation Center Covenant Network TCCN`` -> ``TCCN``.

    A word is taken when it is an acronym whose letters are, in order, initials of the *other*
    words. The initials are indexed once, so the time grows with the number of words times the
    (bounded) acronym length, not with the square of the number of words.
    """
    words = text.split()
    if len(words) <= 2:
        return []
    owners: list[int] = []  # for each initial, the word it belongs to
    positions: dict[str, list[int]] = {}  # initial -> its positions in ``owners``
    for index, word in enumerate(words):
        for part in WORDS.findall(word):
            positions.setdefault(part[0].casefold(), []).append(len(owners))
            owners.append(index)
    return [
        word
        for index, word in enumerate(words)
        if is_acronym(word) and _is_initialism_without(word, index, owners, positions)
    ]


def _is_initialism_without(acronym: str, skipped: int, owners: list[int], positions: dict[str, list[int]]) -> bool:
    """:func:`is_initialism` of ``acronym`` over the initials of every word but word ``skipped``."""
    at = 0
    for letter in (c.casefold() for c in acronym if c.isalpha()):
        found = positions.get(letter, [])
        spot = bisect.bisect_left(found, at)
        while spot < len(found) and owners[found[spot]] == skipped:
            spot += 1
        if spot == len(found):
            return False
        at = found[spot] + 1
    return True


def is_non_russian(text: str) -> bool:
    """Ukrainian or Belarusian: і ї є ґ ў, a Latin ``i`` inside a Cyrillic word, ``-ськ-``."""
    if any(c in _UKRAINIAN_LETTERS for c in text):
        return True
    folded = text.casefold()
    if any(cluster in folded for cluster in _UKRAINIAN_CLUSTERS):
        return True
    words = [word for word in WORDS.findall(text) if detect_majority_script(word) == "cyrillic"]
    return any(c in _LATIN_I for word in words for c in word)


def find_mixed_script_reasons(texts: Iterable[str]) -> list[str]:
    """A lone letter of another script inside a word (``Transparеncy`` with a Cyrillic ``е``)."""
    reasons = []
    for text in texts:
        for word in WORDS.findall(text):
            scripts = [detect_majority_script(c) for c in word]
            runs = [len(list(g)) for _, g in itertools.groupby(scripts)]
            if len(runs) < 2 or min(runs) > 1:
                continue
            if all(c in _LATIN_I for c in word if detect_majority_script(c) == "latin"):
                continue  # the register writes Ukrainian і as a Latin i
            reasons.append(f"mixed-script word: {shorten_for_reason(word)}")
    return reasons


def shorten_for_reason(text: str) -> str:
    """``text`` cut to ``MAX_REASON_TEXT`` characters, to be quoted in a review reason."""
    return text if len(text) <= MAX_REASON_TEXT else text[: MAX_REASON_TEXT - 1] + "…"


def has_letters(text: str) -> bool:
    """True when ``text`` has at least one letter of any script."""
    return any(c.isalpha() for c in text)


def fold_fragment_key(text: str) -> str:
    """The case-, quote-, ``ё``- and spacing-blind key under which repeated names meet."""
    folded = "".join(c for c in text.casefold() if c not in QUOTE_CHARS).replace("ё", "е")
    return " ".join(folded.split())


def dedupe_fragments(fragments: list[Fragment]) -> list[Fragment]:
    """Drop repeated fragments (case- and quote-blind), keeping a mixed-case spelling if any."""
    kept: dict[str, Fragment] = {}
    for fragment in fragments:
        key = fold_fragment_key(fragment.text)
        first = kept.get(key)
        if first is None:
            kept[key] = fragment
        elif first.text.isupper() and not fragment.text.isupper():
            kept[key] = Fragment(fragment.text, first.level, first.group)
    return list(kept.values())
