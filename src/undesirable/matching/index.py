"""The match index: every name of every organization, analyzed once, with lookup tables.

:func:`build_match_index` takes the organizations' names (``all_names()``, which includes former
names, plus ``acronyms``), tokenizes each with :func:`undesirable.names.normalize.tokenize_name`
and keeps one :class:`NameEntry` per distinct key sequence: the surface keys and, for Russian
names, the keys of the lemmas. Lookup tables point from a token key, or from a whole name's
compact key (keys run together, so ``Belling Cat`` meets ``Bellingcat``), to the entries that
contain it, so a query only ever looks at entries that share something with it.

Token weights come from the register itself: a key found in the names of many organizations
(``russia``, ``democracy``) weighs less than one found in one (``bellingcat``); stop words and
generic words (see ``data/weak_words.json``) weigh a fixed small amount.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from undesirable.matching.bound import bound_words, with_light_initials
from undesirable.matching.caches import IndexCaches
from undesirable.matching.derived import analyze_names
from undesirable.matching.tables import (
    MIN_PHONETIC_LENGTH,
    STEM_PREFIX,
    STOP_WEIGHT,
    acronym_owners_of,
    compact_key,
    fuzzy_choices_of,
    phonetic_keys_of,
    postings_of,
    spelled_compact,
    stem_prefixes_of,
    weak_weight,
    weighted_postings,
)
from undesirable.model import Organization
from undesirable.names.normalize import Token
from undesirable.names.persons import surname_flags, with_surnames
from undesirable.names.proper_words import classify_proper_words
from undesirable.names.translit import Script, detect_script, skeletonize_token, strip_marks
from undesirable.names.unreadable import has_unreadable, unreadable_readings
from undesirable.names.vocabulary import WordClass, classify_word

GENERIC_WEIGHT = 0.3
"""Weight of a generic word ("Foundation", "Фонд", "Center")."""

MIN_WORD_WEIGHT = 0.35
"""Weight of an ordinary word that occurs in the names of every organization."""

COMMON_OWNERS = 3
"""A word found in the names of more organizations than this is ordinary, never distinctive."""

EntryKind = Literal["surface", "lemma"]


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One comparable form of one name of one organization.

    Attributes:
        org: position of the organization in :attr:`MatchIndex.organizations`.
        name: the name as the register writes it.
        keys: comparison keys of its words, legal forms left out.
        texts: the normalized words those keys come from (lemmas for a ``lemma`` entry), to tell an
            exact match from a spelling or transliteration variant with the same keys.
        weights: the weight of each key.
        total: the sum of ``weights``.
        compact: the keys run together (generic words by their meaning).
        legal_forms: display forms of the legal forms the name carries.
        is_acronym: the name is an acronym (matches only as a whole word).
        kind: ``surface`` (words as written) or ``lemma`` (Russian words in dictionary form).
        script: the script of the name.
        classes: what kind of word each key comes from (see :mod:`undesirable.names.vocabulary`).
        derived: the quoted part of a longer register name (``Открытая Россия`` of
            ``Общественное сетевое движение «Открытая Россия»``), matched as a short form.
        surnames: for each key, whether its word is the surname of a person the organization's
            names name (:func:`undesirable.names.persons.person_surnames`: «Немцова»).
        apart: a name glued from words (``LexCollective``) written apart, to meet a query that
            writes them apart.
        bound: words distinctive only with the generic word after them (:mod:`undesirable.matching.bound`).
        digits: for a name read out, the digits it glues between letters read as words (``4 = for``:
            ``K4Peace`` as ``K for Peace``; :func:`undesirable.names.numbers.digit_readings`).
        unreadable: for a name with a character standing for a letter the file lost, each such word
            as written and how it is read (:func:`undesirable.names.unreadable.unreadable_readings`).
        descriptive: no word is distinctive, even before words many names share count as
            general: a name of ordinary words ("Open Dialogue Foundation"), which ordinary names
            resemble (see :mod:`undesirable.matching.candidates`).
    """

    org: int
    name: str
    keys: tuple[str, ...]
    texts: tuple[str, ...]
    weights: tuple[float, ...]
    total: float
    compact: str
    legal_forms: frozenset[str]
    is_acronym: bool
    kind: EntryKind
    script: Script
    classes: tuple[WordClass, ...] = ()
    derived: bool = False
    surnames: tuple[bool, ...] = ()
    descriptive: bool = False
    apart: bool = False
    bound: tuple[bool, ...] = ()
    digits: str = ""
    unreadable: tuple[tuple[str, str], ...] = ()


@dataclass
class MatchIndex:
    """Everything :func:`undesirable.matching.match.match_name` needs, built once.

    ``fuzzy_choices`` maps spellings a misspelled word may be close to onto register keys;
    ``caches`` holds what matching learns while it runs (see :mod:`undesirable.matching.caches`).
    """

    organizations: tuple[Organization, ...]
    entries: tuple[NameEntry, ...]
    postings: dict[str, tuple[tuple[int, float], ...]]
    compact_postings: dict[str, tuple[int, ...]]
    weak_weights: tuple[float, ...]
    word_weights: dict[str, float]
    fuzzy_choices: dict[str, str]
    acronym_owners: dict[str, frozenset[int]]
    phonetic: dict[str, tuple[str, ...]] = field(default_factory=dict)
    stem_prefixes: frozenset[str] = frozenset()
    caches: IndexCaches = field(default_factory=IndexCaches, compare=False, repr=False)


def build_match_index(orgs: Sequence[Organization]) -> MatchIndex:
    """Analyze every name of ``orgs`` once and build the lookup tables for matching.

    Args:
        orgs: the organizations to screen against (typically the whole register).

    Returns:
        A :class:`MatchIndex`; it is not changed by matching except for its caches.
    """
    organizations = tuple(orgs)
    analyzed, derived, apart, read = analyze_names(organizations)
    weights, owners = _word_weights(analyzed, len(organizations))
    proper = [classify_proper_words(org.all_names()) for org in organizations]
    classes_of = [
        tuple(_word_class(t, owners, proper[position]) for t in tokens if t.kind != "legal_form")
        for position, _, tokens, _ in analyzed
    ]
    entries: list[NameEntry] = []
    seen: set[tuple[int, tuple[str, ...], tuple[str, ...], bool]] = set()
    keys_of = [[(t.key, t.lemma_key) for t in tokens if t.kind != "legal_form"] for _, _, tokens, _ in analyzed]
    surnames_of = surname_flags([(a[0], k, c) for a, k, c in zip(analyzed, keys_of, classes_of, strict=True)])
    bound_of = bound_words(analyzed, classes_of, lambda p, t: _word_class(t, {}, proper[p]), owners)
    rows = zip(analyzed, classes_of, surnames_of, strict=True)
    for row, ((position, name, tokens, is_acronym), classes, persons) in enumerate(rows):
        is_derived = (position, name) in derived
        words = (with_surnames(classes, persons), persons)
        plain = all(_word_class(t, {}, proper[position]) != "distinctive" for t in tokens)
        found = _entries_for(position, name, tokens, is_acronym, weights, words, derived=is_derived, plain=plain)
        found = [replace(e, apart=row in apart, bound=bound_of[row], digits=read.get(row, "")) for e in found]
        if has_unreadable(name):
            found = [replace(e, unreadable=unreadable_readings(name)) for e in found]
        for entry in map(with_light_initials, found):
            marker = (position, entry.keys, entry.texts, entry.is_acronym)
            if marker not in seen:
                seen.add(marker)
                entries.append(entry)
    return MatchIndex(
        organizations=organizations,
        entries=tuple(entries),
        postings=weighted_postings(entries),
        compact_postings=postings_of((i, (e.compact, spelled_compact(e.keys, e.texts))) for i, e in enumerate(entries)),
        weak_weights=tuple(weak_weight(e) for e in entries),
        word_weights=weights,
        fuzzy_choices=(choices := fuzzy_choices_of(entries)),
        acronym_owners=acronym_owners_of(entries),
        phonetic=phonetic_keys_of(choices),
        stem_prefixes=stem_prefixes_of(analyzed),
    )


def weigh_token(token: Token, word_weights: dict[str, float], key: str) -> float:
    """The weight of one token whose comparison key is ``key`` (unknown words weigh 1)."""
    if token.kind == "stop":
        return STOP_WEIGHT
    if token.kind == "generic":
        return GENERIC_WEIGHT
    return word_weights.get(key, 1.0)


def _entries_for(
    position: int,
    name: str,
    tokens: list[Token],
    is_acronym: bool,
    weights: dict[str, float],
    words: tuple[tuple[WordClass, ...], tuple[bool, ...]],
    *,
    derived: bool,
    plain: bool = False,
) -> list[NameEntry]:
    classes, surnames = words
    kept = [t for t in tokens if t.kind != "legal_form"]
    legal = frozenset(t.legal_form for t in tokens if t.legal_form)
    script = detect_script(name)
    variants: list[tuple[EntryKind, tuple[str, ...], tuple[str, ...]]] = [
        ("surface", tuple(t.key for t in kept), tuple(t.text for t in kept))
    ]
    lemma_keys, lemmas = tuple(t.lemma_key for t in kept), tuple(t.lemma for t in kept)
    if lemma_keys != variants[0][1] or lemmas != variants[0][2]:
        variants.append(("lemma", lemma_keys, lemmas))
    unmarked = tuple(skeletonize_token(strip_marks(t.text)) if t.kind == "word" else t.key for t in kept)
    if unmarked != variants[0][1]:
        # the name as typed without its diacritics (Wolnosc for Wolność) meets the name itself
        variants.append(("surface", unmarked, tuple(t.text for t in kept)))
    entries = []
    for kind, keys, texts in variants:
        token_weights = tuple(weigh_token(t, weights, k) for t, k in zip(kept, keys, strict=True))
        entries.append(
            NameEntry(
                org=position,
                name=name,
                keys=keys,
                texts=texts,
                weights=token_weights,
                total=sum(token_weights),
                compact=compact_key(keys),
                legal_forms=legal,
                is_acronym=is_acronym and len(keys) == 1,
                kind=kind,
                script=script,
                classes=classes,
                derived=derived,
                surnames=surnames,
                descriptive=plain,
            )
        )
    return entries


def _word_class(token: Token, owners: dict[str, int], proper: dict[str, WordClass]) -> WordClass:
    found = proper.get(token.text) if token.kind == "word" else None
    found = found or classify_word(token)
    if found == "distinctive" and owners.get(token.lemma_key, 0) > COMMON_OWNERS:
        return "general"
    return found


def _word_weights(
    analyzed: list[tuple[int, str, list[Token], bool]], n_orgs: int
) -> tuple[dict[str, float], dict[str, int]]:
    orgs_by_key: dict[str, set[int]] = {}
    for position, _name, tokens, _acronym in analyzed:
        for token in tokens:
            if token.kind == "word":
                orgs_by_key.setdefault(token.key, set()).add(position)
                orgs_by_key.setdefault(token.lemma_key, set()).add(position)
    top = math.log((n_orgs + 1) / 0.5)
    weights = {}
    for key, owners in orgs_by_key.items():
        idf = math.log((n_orgs + 1) / (len(owners) + 0.5)) / top if top > 0 else 1.0
        weights[key] = max(MIN_WORD_WEIGHT, min(1.0, MIN_WORD_WEIGHT + (1 - MIN_WORD_WEIGHT) * idf))
    return weights, {key: len(found) for key, found in orgs_by_key.items()}


__all__ = [
    "MIN_PHONETIC_LENGTH",
    "STEM_PREFIX",
    "STOP_WEIGHT",
    "MatchIndex",
    "NameEntry",
    "build_match_index",
    "compact_key",
    "weigh_token",
]
