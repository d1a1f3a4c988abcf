"""Entries that share a name, told apart by the country the text gives the name.

Two entries may carry one name in different countries: «За свободную Россию» is the name of a
Polish association and of a Bulgarian diaspora group. A text that writes that name alone names
either, and the scanner returns both (:mod:`undesirable.scanning.shared`), unless the words that
describe the name give the country of exactly one of them: an adjective of the country or of a city
of it (``data/cities.json``) among the adjectives and kind words right before the name («болгарская
диаспорная организация «…»», the Polish group "…"), or the country or city right after it with
в/из/in/from («…» из Болгарии). Then the entry of that country is the one meant and the others are
left out (:func:`told_by_country`). A place elsewhere in the sentence (a picket held in Sofia, a
broadcast from Amsterdam) says where something happened, not which entry it is; a name written
longer for one entry (Ассоциация «За свободную Россию») is already that entry's, and an adjective
beside it does not outweigh it: both are kept, as when nothing tells them apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from undesirable.names.countries import country_spellings, lookup_country_code
from undesirable.names.demonyms import LATIN_ADJECTIVE_ENDINGS, nouns_of_adjective
from undesirable.names.leading_words import PLACE_SUFFIXES
from undesirable.names.lemma import is_adjective, is_cyrillic_word, lemmatize_token
from undesirable.names.normalize import analyze_word
from undesirable.names.places import city_countries
from undesirable.scanning.cues import cue_lemma
from undesirable.scanning.match import Candidate
from undesirable.scanning.text import lower_text

MAX_DESCRIBING_WORDS = 4
"""Adjectives and kind words right before a name that are read for an adjective of its country."""
DESCRIBING_WINDOW_CHARS = 240
"""The words describing a name are looked for this far before it, so a long text's every mention
does not search all the text before it; a word cut by the window's start is not read."""
MIN_COUNTRY_STEM = 3
"""Letters an adjective of a country shares with the start of the country's name (поль-ский, Поль-ша)."""
COORDINATING = frozenset({"и", "или", "and", "or"})
"""Words that join two adjectives of places before a name («польская и болгарская группы»)."""
PLACE_PREPOSITIONS = frozenset({"в", "во", "из", "in", "from"})
"""Prepositions of a place right after a name that say where the organization is."""
_GAP = " \t\u00a0«»„“”\"'"
_LAST_WORD = re.compile(r"\w[\w-]*$")
_FIRST_WORDS = re.compile(r"[»“”\"']?\s+(\w+)\s+(\w[\w-]*)")

Found = list[tuple[Candidate, float]]


def told_by_country(text: str, found: Found) -> tuple[Found, dict[int, str]]:
    """``found`` without the entries a sentence tells are not meant (see the module docstring), and
    for each kept one so told (by its position in the result) the word that named its country."""
    groups: list[list[int]] = []
    for k, (cand, _) in enumerate(found):
        if groups and any(_overlaps(found[j][0], cand) for j in groups[-1]):
            groups[-1].append(k)
        else:
            groups.append([k])
    dropped: set[int] = set()
    words: dict[int, str] = {}
    for group in groups:
        named = _named_in_sentence(text, [found[k][0] for k in group])
        if named and len(named) < len({found[k][0].org.id for k in group}):
            dropped |= {k for k in group if found[k][0].org.id not in named}
            words |= {k: named[found[k][0].org.id] for k in group if found[k][0].org.id in named}
    kept = [k for k in range(len(found)) if k not in dropped]
    return [found[k] for k in kept], {n: words[k] for n, k in enumerate(kept) if k in words}


def _overlaps(one: Candidate, two: Candidate) -> bool:
    return one.start < two.end and two.start < one.end


def _named_in_sentence(text: str, cands: list[Candidate]) -> dict[str, str]:
    """The organizations of ``cands`` (by id) whose country the words describing their name give,
    each with the word that gives it; empty when the candidates are of one country, or of spans
    that differ (one entry's name written longer)."""
    countries = {cand.org.id: cand.org.country_code or "" for cand in cands}
    spans = {(cand.start, cand.end) for cand in cands}
    if len(spans) > 1 or "" in countries.values() or len(set(countries.values())) < 2:
        return {}
    start, end = spans.pop()
    named: dict[str, str] = {}
    cues: frozenset[str] = frozenset().union(*(cand.entry.cues for cand in cands if cand.entry is not None))
    before = _describing_before(text, start, cues)
    for word in [*before, *_place_after(text, end)]:
        codes = word_countries(word)
        for org_id, code in countries.items():
            if code in codes or (word in before and is_country_adjective(lower_text(word), code)):
                named.setdefault(org_id, word)
    return named


def _describing_before(text: str, start: int, cues: frozenset[str]) -> list[str]:
    """The adjectives, kind words and ``cues`` (cue words of the entries, :mod:`undesirable.scanning.cues`)
    right before ``start`` («Болгарская диаспорная организация» of «Болгарская диаспорная организация
    «…»»), nearest first."""
    found: list[str] = []
    window = max(0, start - DESCRIBING_WINDOW_CHARS)
    before = text[window:start]
    for _ in range(MAX_DESCRIBING_WORDS):
        last = _LAST_WORD.search(before.rstrip(_GAP))
        if last is None or (last.start() == 0 and window > 0):
            break
        word, before = last.group(), before[: last.start()]
        if not _may_describe(word, cues):
            break
        found.append(word)
    return found


def _place_after(text: str, end: int) -> list[str]:
    """The word after a preposition of place right after ``end`` («…» из Болгарии; … in Bulgaria)."""
    words = _FIRST_WORDS.match(text, end)
    if words is None or lower_text(words.group(1)) not in PLACE_PREPOSITIONS:
        return []
    return [words.group(2)]


def is_country_adjective(word: str, code: str) -> bool:
    """Whether a lower-case adjective is the country's, though not made of its name as the dictionary
    makes adjectives of places (польский: Польша; Swedish: Sweden): a Russian adjective of a place's
    suffix (-ский, -цкий) or an English one whose first :data:`MIN_COUNTRY_STEM` letters begin a
    one-word name of the country."""
    if is_cyrillic_word(word):
        if not (is_adjective(word) and lemmatize_token(word).endswith(PLACE_SUFFIXES)):
            return False
    elif not (word.isascii() and word.endswith(LATIN_ADJECTIVE_ENDINGS)):
        return False
    names = [n for n in country_spellings(code) if " " not in n and n != word]
    return len(word) > MIN_COUNTRY_STEM and any(n.startswith(word[:MIN_COUNTRY_STEM]) for n in names)


def _may_describe(word: str, cues: frozenset[str]) -> bool:
    """Whether a word may stand in the words describing a name: an adjective, a kind word, a cue
    word or a word joining two adjectives."""
    low = lower_text(word)
    if low in COORDINATING or analyze_word(low).kind == "generic" or cue_lemma(word) in cues:
        return True
    return is_cyrillic_word(low) and is_adjective(low)


@lru_cache(maxsize=8192)
def word_countries(word: str) -> frozenset[str]:
    """The countries (ISO 3166-1 codes) a word of a text names: a country or city as a capitalized
    name (Болгарии, Warsaw), or an adjective of one in any case (болгарская, Polish)."""
    low = lower_text(word)
    forms = {low, cue_lemma(word)}
    codes: set[str] = set()
    if word[:1].isupper():
        for form in forms:
            code = lookup_country_code(form)
            codes |= {code} if code else set()
            codes |= set(city_countries(form))
    for noun in nouns_of_adjective(low):
        code = lookup_country_code(noun)
        codes |= {code} if code else set(city_countries(noun))
    return frozenset(codes)
