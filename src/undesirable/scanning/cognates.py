"""One name in two sibling languages: an entry without a Russian name takes its sibling's.

Two entries may be one organization's offices in two countries, named alike in two Romance
languages: La Asociación de Rusos Libres (Spain) and Associação de Russos Livres (Portugal). The
register gives a Russian name («Ассоциация свободных россиян») to one of them only, yet a Russian
text that writes it names either, so it is a name of both. An entry with no name in Cyrillic letters
takes the Cyrillic names of another entry when a Latin name of each is the same name written in a
sibling language (:func:`is_cognate_name`): as many words, function words where the other has
function words, and each other word beginning with the same letter and spelled nearly alike
(:data:`MIN_WORD_LIKENESS`, on the skeletons of :mod:`undesirable.names.translit`: ``rusos`` and
``russos``, ``libres`` and ``livres``, ``asociacion`` and ``asociacao``). Short names tell too little
to be sure (:data:`MIN_COGNATE_WORDS`): OAK Foundation is no WOT Foundation.

A name so taken is the entry's only while its sentence names no place but the entry's own country
(:func:`placed_elsewhere`): «митинг Ассоциации свободных россиян в Лиссабоне» is the Portuguese one's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from undesirable.model import Organization
from undesirable.names.countries import country_spellings
from undesirable.names.lemma import is_cyrillic_word, morph_analyzer
from undesirable.names.normalize import analyze_word
from undesirable.names.translit import skeletonize_token
from undesirable.scanning.aliases import ARTICLES, AliasSpec, derive_aliases
from undesirable.scanning.cues import cue_lemma
from undesirable.scanning.lists import ScanLists
from undesirable.scanning.text import WORD

MIN_WORD_LIKENESS = 0.7
"""How alike (difflib's ratio of the skeletons) two words of sibling languages' names are at least."""
MIN_COGNATE_WORDS = 3
"""Words a name has at least, its article aside, for a name of another language to be taken as the same."""
MAX_PARSES = 2
"""The likeliest readings of a word looked at for a place."""
_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
_SENTENCE_ENDS = (".", "!", "?", "\n")
MIN_TELLING_WORDS = 2
"""Words of a cognate pair that are neither function words nor kind words (Rusos Libres)."""


def register_names(orgs: Sequence[Organization], lists: ScanLists) -> list[tuple[Organization, AliasSpec]]:
    """Every name of ``orgs`` (:func:`~undesirable.scanning.aliases.derive_aliases`), with the Russian
    names an entry without one takes from its sibling (:func:`borrowed_names`)."""
    names = [(org, spec) for org in orgs for spec in derive_aliases(org, lists)]
    return names + borrowed_names(names)


def took_name(org: Organization, name: str) -> bool:
    """Whether ``name`` is a Cyrillic name ``org`` took from a sibling: it has none of its own."""
    if org.name_ru or not _CYRILLIC.search(name):
        return False  # a Russian name of its own (the common case, told at once)
    return not any(_CYRILLIC.search(own) for own in org.all_names())


def placed_elsewhere(text: str, start: int, end: int, country_code: str | None) -> bool:
    """Whether the sentence of ``text[start:end]`` names a place (a capitalized word the dictionary
    knows as one) other than the country ``country_code`` (see the module docstring)."""
    own = {cue_lemma(n) for n in country_spellings(country_code or "") if " " not in n}
    first = max(text.rfind(stop, 0, start) for stop in _SENTENCE_ENDS) + 1
    last = min((i for i in (text.find(stop, end) for stop in _SENTENCE_ENDS) if i >= 0), default=len(text))
    for match in WORD.finditer(text, first, last):
        word = match.group()
        if start <= match.start() < end or not word[:1].isupper() or not is_cyrillic_word(word.lower()):
            continue
        if _is_place(word.lower()) and cue_lemma(word) not in own:
            return True
    return False


@lru_cache(maxsize=4096)
def _is_place(word: str) -> bool:
    return any(p.is_known and "Geox" in p.tag for p in morph_analyzer().parse(word)[:MAX_PARSES])


def borrowed_names(names: Sequence[tuple[Organization, AliasSpec]]) -> list[tuple[Organization, AliasSpec]]:
    """The Cyrillic names of ``names``' entries that an entry without one takes (see the module docstring)."""
    latin: dict[str, list[tuple[str, ...]]] = {}
    cyrillic: dict[str, list[AliasSpec]] = {}
    orgs: dict[str, Organization] = {}
    for org, spec in names:
        orgs[org.id] = org
        if spec.acronym:
            continue
        if all(is_cyrillic_word(w) or not w.isalpha() for w in spec.words):
            cyrillic.setdefault(org.id, []).append(spec)
        elif all(w.isascii() for w in spec.words):
            latin.setdefault(org.id, []).append(_without_article(spec.words))
    out: list[tuple[Organization, AliasSpec]] = []
    for org_id, own in latin.items():
        if org_id in cyrillic:
            continue
        for other, specs in cyrillic.items():
            if any(is_cognate_name(a, b) for a in own for b in latin.get(other, ())):
                out += [(orgs[org_id], spec) for spec in specs]
    return out


def is_cognate_name(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two Latin names (lower-case words, no article) are one name in sibling languages."""
    if len(first) != len(second) or len(first) < MIN_COGNATE_WORDS or first == second:
        return False
    telling = 0
    for one, two in zip(first, second, strict=True):
        kinds = (analyze_word(one).kind, analyze_word(two).kind)
        if "stop" in kinds:
            if kinds[0] != kinds[1]:
                return False
            continue
        if not _alike(one, two):
            return False
        telling += "generic" not in kinds
    return telling >= MIN_TELLING_WORDS


@lru_cache(maxsize=4096)
def _alike(one: str, two: str) -> bool:
    left, right = skeletonize_token(one), skeletonize_token(two)
    return left[:1] == right[:1] and SequenceMatcher(None, left, right).ratio() >= MIN_WORD_LIKENESS


def _without_article(words: tuple[str, ...]) -> tuple[str, ...]:
    return words[1:] if len(words) > 1 and (words[0] in ARTICLES or analyze_word(words[0]).kind == "stop") else words
