"""What a name's language tells about how texts write it and how Russian hears it.

German and French names reach Russian texts written by ear: «Ферантвортунг унд Цукунфт» for
Verantwortung und Zukunft (a German v is heard ф, a z ц), «Рюсси-Либерте» for Russie-Libertés (a
French final s is silent). And German names lose their umlauts in two ways: für as fur or as fuer.

A name is taken to be German or French by its letters (ä, ö, ü, ß; é, è, ç…) or else by its
organization's country (:data:`GERMAN_COUNTRIES`, :data:`FRENCH_COUNTRIES`).
"""

from __future__ import annotations

import re
from typing import Literal

Language = Literal["de", "fr"]

GERMAN_COUNTRIES = frozenset({"DE", "AT", "LI"})
FRENCH_COUNTRIES = frozenset({"FR", "MC"})
_GERMAN_LETTERS = frozenset("äöüßÄÖÜ")
_FRENCH_LETTERS = frozenset("éèêëàâçîïôûùœÉÈÊÀÇÎÔ")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})

_GERMAN_HEARD = ((re.compile("v"), "f"), (re.compile("z"), "ts"))
"""A German v sounds f (Verantwortung: Ферантвортунг), a z ts (Zukunft: Цукунфт)."""
_FRENCH_HEARD = (
    (re.compile("ç"), "s"),
    (re.compile("ch"), "sh"),
    (re.compile("gn"), "ni"),
    (re.compile("j"), "zh"),
    (re.compile("^h"), ""),
    (re.compile("[sx]$"), ""),
    (re.compile("(?<=[aeiouyéè])[tdz]$"), ""),
)
"""French: ç is s, ch sh, gn нь, j ж, an h at the start and consonants at the end are silent
(Libertés: Либерте)."""


def name_language(name: str, country_code: str | None) -> Language | None:
    """German, French or neither, by the name's letters, else by its organization's country."""
    letters = set(name)
    if letters & _GERMAN_LETTERS:
        return "de"
    if letters & _FRENCH_LETTERS:
        return "fr"
    if country_code in GERMAN_COUNTRIES:
        return "de"
    if country_code in FRENCH_COUNTRIES:
        return "fr"
    return None


def heard_spelling(word: str, language: Language | None) -> str:
    """A lower-case word of a name spelled as Russian hears it in the name's language
    (``verantwortung`` -> ``ferantwortung``, ``libertés`` -> ``liberté``); else the word itself."""
    if language is None:
        return word
    for pattern, repl in _GERMAN_HEARD if language == "de" else _FRENCH_HEARD:
        word = pattern.sub(repl, word)
    return word


def umlauts_spelled_out(word: str) -> str:
    """A German word with its umlauts written as two letters (``für`` -> ``fuer``)."""
    return word.translate(_UMLAUTS)
