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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from undesirable.model import Organization
from undesirable.names.normalize import (
    GENERIC_KEY_PREFIX,
    Token,
    generic_word_keys,
    tokenize_name,
)
from undesirable.names.translit import Script, detect_script

STOP_WEIGHT = 0.1
"""Weight of a stop word ("the", "of", "и")."""

GENERIC_WEIGHT = 0.3
"""Weight of a generic word ("Foundation", "Фонд", "Center")."""

MIN_WORD_WEIGHT = 0.35
"""Weight of an ordinary word that occurs in the names of every organization."""

MAX_ACRONYM_LENGTH = 6
"""A one-word name of at most this many letters, written in capitals, counts as an acronym."""

EntryKind = Literal["surface", "lemma"]


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One comparable form of one name of one organization.

    Attributes:
        org: position of the organization in :attr:`MatchIndex.organizations`.
        name: the name as the register writes it.
        keys: comparison keys of its words, legal forms left out.
        weights: the weight of each key.
        total: the sum of ``weights``.
        compact: the keys run together (generic words by their meaning).
        legal_forms: display forms of the legal forms the name carries.
        is_acronym: the name is an acronym (matches only as a whole word).
        kind: ``surface`` (words as written) or ``lemma`` (Russian words in dictionary form).
        script: the script of the name.
    """

    org: int
    name: str
    keys: tuple[str, ...]
    weights: tuple[float, ...]
    total: float
    compact: str
    legal_forms: frozenset[str]
    is_acronym: bool
    kind: EntryKind
    script: Script


@dataclass
class MatchIndex:
    """Everything :func:`undesirable.matching.match.match_name` needs, built once.

    ``fuzzy_choices`` maps spellings a misspelled word may be close to onto register keys;
    ``similar_cache`` is filled while matching (query word key -> register keys close to it).
    """

    organizations: tuple[Organization, ...]
    entries: tuple[NameEntry, ...]
    postings: dict[str, tuple[tuple[int, float], ...]]
    compact_postings: dict[str, tuple[int, ...]]
    weak_weights: tuple[float, ...]
    word_weights: dict[str, float]
    fuzzy_choices: dict[str, str]
    acronym_owners: dict[str, frozenset[int]]
    similar_cache: dict[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)


def build_match_index(orgs: Sequence[Organization]) -> MatchIndex:
    """Analyze every name of ``orgs`` once and build the lookup tables for matching.

    Args:
        orgs: the organizations to screen against (typically the whole register).

    Returns:
        A :class:`MatchIndex`; it is not changed by matching except for its caches.
    """
    organizations = tuple(orgs)
    analyzed: list[tuple[int, str, list[Token], bool]] = []
    for position, org in enumerate(organizations):
        for name, is_acronym in _names_of(org):
            tokens = [t for t in tokenize_name(name) if t.text]
            if tokens:
                analyzed.append((position, name, tokens, is_acronym))
    weights = _word_weights(analyzed, len(organizations))
    entries: list[NameEntry] = []
    seen: set[tuple[int, tuple[str, ...], bool]] = set()
    for position, name, tokens, is_acronym in analyzed:
        for entry in _entries_for(position, name, tokens, is_acronym, weights):
            marker = (position, entry.keys, entry.is_acronym)
            if marker not in seen:
                seen.add(marker)
                entries.append(entry)
    return MatchIndex(
        organizations=organizations,
        entries=tuple(entries),
        postings=_weighted_postings(entries),
        compact_postings=_postings((i, (e.compact,)) for i, e in enumerate(entries)),
        weak_weights=tuple(_weak_weight(e) for e in entries),
        word_weights=weights,
        fuzzy_choices=_fuzzy_choices(entries),
        acronym_owners=_acronym_owners(entries),
    )


def weigh_token(token: Token, word_weights: dict[str, float], key: str) -> float:
    """The weight of one token whose comparison key is ``key`` (unknown words weigh 1)."""
    if token.kind == "stop":
        return STOP_WEIGHT
    if token.kind == "generic":
        return GENERIC_WEIGHT
    return word_weights.get(key, 1.0)


def compact_key(keys: Iterable[str]) -> str:
    """The keys of a name run together, generic words by their meaning (``#foundation`` ->
    ``foundation``)."""
    return "".join(k.removeprefix(GENERIC_KEY_PREFIX).replace("_", "") for k in keys)


def is_acronym_like(name: str) -> bool:
    """One word of 2 to ``MAX_ACRONYM_LENGTH`` letters with no lower-case letter (``NED``, ``ФБК``)."""
    letters = [c for c in name if c.isalpha()]
    compact = "".join(c for c in name if c.isalnum())
    return (
        " " not in name.strip()
        and 2 <= len(compact) <= MAX_ACRONYM_LENGTH
        and bool(letters)
        and not any(c.islower() for c in letters)
    )


def _names_of(org: Organization) -> list[tuple[str, bool]]:
    acronyms = set(org.acronyms)
    names = [(n, n in acronyms or is_acronym_like(n)) for n in org.all_names()]
    names += [(a, True) for a in org.acronyms if a not in set(org.all_names())]
    return names


def _entries_for(
    position: int, name: str, tokens: list[Token], is_acronym: bool, weights: dict[str, float]
) -> list[NameEntry]:
    kept = [t for t in tokens if t.kind != "legal_form"]
    legal = frozenset(t.legal_form for t in tokens if t.legal_form)
    script = detect_script(name)
    variants: list[tuple[EntryKind, tuple[str, ...]]] = [("surface", tuple(t.key for t in kept))]
    lemma_keys = tuple(t.lemma_key for t in kept)
    if lemma_keys != variants[0][1]:
        variants.append(("lemma", lemma_keys))
    entries = []
    for kind, keys in variants:
        token_weights = tuple(weigh_token(t, weights, k) for t, k in zip(kept, keys, strict=True))
        entries.append(
            NameEntry(
                org=position,
                name=name,
                keys=keys,
                weights=token_weights,
                total=sum(token_weights),
                compact=compact_key(keys),
                legal_forms=legal,
                is_acronym=is_acronym and len(keys) == 1,
                kind=kind,
                script=script,
            )
        )
    return entries


def _word_weights(analyzed: list[tuple[int, str, list[Token], bool]], n_orgs: int) -> dict[str, float]:
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
    return weights


def _weighted_postings(entries: list[NameEntry]) -> dict[str, tuple[tuple[int, float], ...]]:
    """Key -> (entry id, the key's weight in that entry) for every entry containing the key."""
    table: dict[str, dict[int, float]] = {}
    for entry_id, entry in enumerate(entries):
        for key, weight in zip(entry.keys, entry.weights, strict=True):
            slot = table.setdefault(key, {})
            slot[entry_id] = max(slot.get(entry_id, 0.0), weight)
    return {key: tuple(slot.items()) for key, slot in table.items()}


def _weak_weight(entry: NameEntry) -> float:
    """The weight of an entry's generic and stop words (what unlisted query words may still pair)."""
    return sum(
        w
        for k, w in zip(entry.keys, entry.weights, strict=True)
        if k.startswith(GENERIC_KEY_PREFIX) or w <= STOP_WEIGHT
    )


def _postings(items: Iterable[tuple[int, tuple[str, ...]]]) -> dict[str, tuple[int, ...]]:
    table: dict[str, list[int]] = {}
    for entry_id, keys in items:
        for key in dict.fromkeys(keys):
            table.setdefault(key, []).append(entry_id)
    return {key: tuple(ids) for key, ids in table.items()}


def _fuzzy_choices(entries: list[NameEntry]) -> dict[str, str]:
    """Spellings a misspelled query word may be close to -> the register key they stand for.

    Ordinary words stand for themselves; a generic word's group key (``#foundation``) is reached
    through the spellings of its members (``foundation``, ``stiftung``, ``fond`` ...).
    """
    keys = {k for e in entries if not e.is_acronym for k in e.keys}
    choices = {k: k for k in keys if not k.startswith(GENERIC_KEY_PREFIX)}
    for word_key, group in generic_word_keys().items():
        if group in keys:
            choices.setdefault(word_key, group)
    return choices


def _acronym_owners(entries: list[NameEntry]) -> dict[str, frozenset[int]]:
    owners: dict[str, set[int]] = {}
    for entry in entries:
        if len(entry.keys) == 1:
            owners.setdefault(entry.keys[0], set()).add(entry.org)
    return {key: frozenset(orgs) for key, orgs in owners.items()}
