"""What a name's language tells about how texts write it and how Russian hears it.

German, French and West Slavic names reach Russian texts written by ear: «Ферантвортунг унд
Цукунфт» for Verantwortung und Zukunft (a German v is heard ф, a z ц), «Рюсси-Либерте» for
Russie-Libertés (a French final s is silent), «Фундация Вольносць» for Fundacja Wolność (a Polish
c is ц). A word Russian has a cognate of is heard as that word: the -cracy family as -кратия
(«Фундацья Вольносць и Демократия» for Fundacja Wolność i Demokracja). And German names lose
their umlauts in two ways: für as fur or as fuer.

A name is taken to be German, West Slavic or French by its letters (ä, ö, ü, ß; ł, ś, ř, č…; é, è,
ç…) or else by its organization's country (:data:`GERMAN_COUNTRIES`,
:data:`WEST_SLAVIC_COUNTRIES`, :data:`FRENCH_COUNTRIES`).
"""

from __future__ import annotations

import re
from typing import Literal

Language = Literal["de", "fr", "pl"]

GERMAN_COUNTRIES = frozenset({"DE", "AT", "LI"})
FRENCH_COUNTRIES = frozenset({"FR", "MC"})
WEST_SLAVIC_COUNTRIES = frozenset({"PL", "CZ", "SK"})
_GERMAN_LETTERS = frozenset("äöüßÄÖÜ")
_WEST_SLAVIC_LETTERS = frozenset("ąćęłńśźżĄĆĘŁŃŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽ")
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
_WEST_SLAVIC_HEARD = (
    (re.compile("sz"), "sh"),
    (re.compile("rz"), "zh"),
    (re.compile("cz"), "ch"),
    (re.compile("c(?![hz])"), "ts"),
)
"""Polish, Czech and Slovak: c is ц (Fundacja Wolnosc i Demokracja: Фундация Вольносць), and
Polish sz is ш, rz ж, cz ч."""
_HEARD = {"de": _GERMAN_HEARD, "fr": _FRENCH_HEARD, "pl": _WEST_SLAVIC_HEARD}


def name_language(name: str, country_code: str | None) -> Language | None:
    """German, French, West Slavic (``pl``: Polish, Czech, Slovak) or none of them, by the name's
    letters, else by its organization's country."""
    letters = set(name)
    if letters & _GERMAN_LETTERS:
        return "de"
    if letters & _WEST_SLAVIC_LETTERS:
        return "pl"
    if letters & _FRENCH_LETTERS:
        return "fr"
    if country_code in GERMAN_COUNTRIES:
        return "de"
    if country_code in WEST_SLAVIC_COUNTRIES:
        return "pl"
    if country_code in FRENCH_COUNTRIES:
        return "fr"
    return None


def heard_spelling(word: str, language: Language | None) -> str:
    """A lower-case word of a name spelled as Russian hears it in the name's language
    (``verantwortung`` -> ``ferantwortung``, ``libertés`` -> ``liberté``); else the word itself."""
    if language is None:
        return word
    for pattern, repl in _HEARD[language]:
        word = pattern.sub(repl, word)
    return word


_RUSSIAN_COGNATE = re.compile(r"(?<=[kc]ra)(?:cja|cia|cy|tie|tia|zia)$")
"""The ending of a word of the -cracy family (Demokracja, Democracy, Démocratie, Demokratie)."""


def russian_cognate(word: str) -> str:
    """A lower-case word of the -cracy family spelled as its Russian cognate ends (``demokracja`` ->
    ``demokratia``: Демократия), so a name heard by ear with that Russian word meets it; else the
    word itself."""
    return _RUSSIAN_COGNATE.sub("tia", word)


def umlauts_spelled_out(word: str) -> str:
    """A German word with its umlauts written as two letters (``für`` -> ``fuer``)."""
    return word.translate(_UMLAUTS)


_CARON_ELISION = re.compile(r"(?<![^\W\d_])([ďľť])(?=[aeiouyhàâæéèêëîïôœùûüAEIOUYH])")
_CARON_LETTERS = {"ď": "d", "ľ": "l", "ť": "t"}


def caron_elisions(text: str) -> str:
    """``text`` with a word-initial ``ď``, ``ľ`` or ``ť`` before a vowel written as the letter and
    an apostrophe (``ďaction`` -> ``d'action``): the caron of these letters is drawn as an
    apostrophe, and a French elision (d', l') copied through a Central European keyboard or font
    comes out as one, so the register may have the one where texts have the other."""
    return _CARON_ELISION.sub(lambda m: _CARON_LETTERS[m.group(1)] + "'", text)
