"""An acronym written with a place or a word of the organization's own beside it.

People write an organization's acronym with where it is ("LYMEC Brussels", «NED Вашингтон») or with
a word of its own name that says what it is («Реестр RD4U» of the Register of Damage, «Реестр
ущерба…»). :func:`acronym_sides` gives the acronym apart from such words (reason ``acronym_part``),
screened alone as the other parts of a query are (:mod:`undesirable.matching.parts`), and
:func:`narrow_side_part` keeps only the organizations the acronym names as a listed acronym and
whose own words, country or cities of its country the words beside it are: an acronym with another word beside it
(``KLIO Bank``) may be another organization's.
"""

from __future__ import annotations

from undesirable.matching.index import MatchIndex
from undesirable.matching.parts import with_kind_conflicts
from undesirable.matching.result import NameMatch
from undesirable.names.countries import lookup_country_code
from undesirable.names.normalize import tokenize_name
from undesirable.names.places import city_countries

MAX_WORDS_BESIDE = 2
"""Words written beside an acronym taken aside at most ("LYMEC Brussels", "NED New York")."""

MIN_ACRONYM_LETTERS = 3
"""An acronym read with words beside it has at least this many letters and digits (two are a code)."""

ACRONYM_CODES = frozenset({"acronym", "acronym_letters_read"})
"""The reasons of a match of an acronym the register lists."""


def acronym_sides(text: str) -> list[tuple[str, tuple[str, str], float]]:
    """The acronym of ``text`` apart from one or two words written before or after it, as
    :func:`undesirable.matching.parts.side_parts` gives its parts; empty unless exactly one word, at
    one end, is an acronym in capitals (letters and digits: ``RD4U``)."""
    words = text.split()
    if not 2 <= len(words) <= MAX_WORDS_BESIDE + 1:
        return []
    capitals = [i for i, w in enumerate(words) if _is_acronym(w) and lookup_country_code(w.lower()) is None]  # США
    if len(capitals) != 1 or capitals[0] not in (0, len(words) - 1):
        return []
    at = capitals[0]
    rest = " ".join(words[:at] + words[at + 1 :])
    return [("acronym_part", (words[at], rest), 0.0)]


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return (
        word.isalnum() and len(word) >= MIN_ACRONYM_LETTERS and len(letters) >= 2 and all(c.isupper() for c in letters)
    )


def narrow_side_part(
    index: MatchIndex, code: str, matches: list[NameMatch], rest: str, name: str, least: float
) -> list[NameMatch]:
    """The matches of a side part that the words taken aside (``rest``) leave: a name of another kind
    than the kind words before it say is lowered (:func:`with_kind_conflicts`); an acronym's
    organization is kept when it is named by its listed acronym and every word beside it is a place
    of its own or a word of its names (see the module docstring)."""
    if code == "kind_word_part":
        return with_kind_conflicts(matches, rest, name, least)
    if code != "acronym_part":
        return matches
    return [m for m in matches if m.reasons and m.reasons[0].code in ACRONYM_CODES and _own_words(index, m, rest)]


def _own_words(index: MatchIndex, match: NameMatch, rest: str) -> bool:
    """Whether every word of ``rest`` (function words and legal forms aside) is the organization's:
    its country or a city of its country (all of ``rest``, or each word), or a word of its names."""
    org = match.organization
    own = _own_keys(index, org.id, tuple(org.all_names()))
    tokens = [t for t in tokenize_name(rest) if t.kind not in ("stop", "legal_form")]
    if not tokens:
        return False
    if _is_own_place(rest, org.country_code):
        return True
    return all(t.key in own or t.lemma_key in own or _is_own_place(t.text, org.country_code) for t in tokens)


def _is_own_place(phrase: str, country: str | None) -> bool:
    if country is None:
        return False
    return lookup_country_code(phrase.lower()) == country or country in city_countries(phrase)


def _own_keys(index: MatchIndex, org_id: str, names: tuple[str, ...]) -> frozenset[str]:
    """The keys and lemma keys of the words of an organization's names (cached in the index)."""

    def build() -> frozenset[str]:
        tokens = [t for name in names for t in tokenize_name(name) if t.kind not in ("stop", "legal_form")]
        return frozenset(t.key for t in tokens) | frozenset(t.lemma_key for t in tokens)

    return index.caches.remembered("own keys", org_id, build)
