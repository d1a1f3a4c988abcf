"""Query analysis for name screening: the query's word keys and weights, and the register entries it reaches.

:func:`analyze_query` tokenizes a query with the same normalizer as the register's names, drops
legal forms (remembered apart) and keeps up to two variants of the word keys: as written and
lemmatized. :func:`find_similar_keys` pairs one query key with the register keys equal or close
in spelling to it, and :func:`find_candidates` returns the register entries sharing an
informative word (or the whole compact key) with a variant whose upper bound of the score can
still reach the cut-off, so that only those are scored (see :mod:`undesirable.matching.match`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from undesirable.matching.index import STOP_WEIGHT, MatchIndex, compact_key, is_acronym_like, weigh_token
from undesirable.matching.score import NAME_COVERAGE_POWER, QUERY_COVERAGE_POWER, TOKEN_SIMILARITY_MIN
from undesirable.names.normalize import GENERIC_KEY_PREFIX, Token, normalize_name, tokenize_name
from undesirable.names.translit import skeletonize_token

MAX_QUERY_CHARS = 500
"""Longer input is cut: it is not a name."""

MAX_QUERY_WORDS = 24
"""Words of a query beyond this are ignored."""

FUZZY_MIN_LENGTH = 4
"""Words with shorter keys pair with equal keys only."""

SHORT_WORD_LENGTH = 6
"""Words up to this long may differ by one letter edit; longer ones by two."""

MEDIUM_WORD_LENGTH = 10
"""Words longer than this may differ by three letter edits."""

FUZZY_CANDIDATES = 12
"""How many close register spellings one query word is allowed to reach."""

MAX_CACHE_ENTRIES = 200_000
"""The per-index caches are emptied when they grow past this."""

_RAW_WORD = re.compile(r"[^\W_]+(?:[./&][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class QueryVariant:
    """One reading of the query's words (as written, or lemmatized), with their weights."""

    keys: tuple[str, ...]
    weights: tuple[float, ...]
    total: float
    compact: str
    lemmatized: bool


@dataclass(frozen=True, slots=True)
class AnalyzedQuery:
    """A query ready for lookup: its text, its variants and the legal forms it carries."""

    text: str
    variants: tuple[QueryVariant, ...]
    legal_forms: frozenset[str]


def analyze_query(index: MatchIndex, query: str) -> AnalyzedQuery | None:
    """The query's variants and legal forms; ``None`` when it has no words besides legal forms.

    Args:
        index: gives the word weights.
        query: the name screened; cut to ``MAX_QUERY_CHARS`` and ``MAX_QUERY_WORDS``.
    """
    text = query[:MAX_QUERY_CHARS] if isinstance(query, str) else ""
    tokens = tokenize_name(text)[:MAX_QUERY_WORDS]
    kept = [t for t in tokens if t.kind != "legal_form"]
    if not kept:
        return None
    surface = _build_variant(index, kept, tuple(t.key for t in kept), lemmatized=False)
    variants = [surface]
    lemma_keys = tuple(t.lemma_key for t in kept)
    if lemma_keys != surface.keys:
        variants.append(_build_variant(index, kept, lemma_keys, lemmatized=True))
    legal = frozenset(t.legal_form for t in tokens if t.legal_form)
    return AnalyzedQuery(text, tuple(variants), legal)


def _build_variant(index: MatchIndex, tokens: list[Token], keys: tuple[str, ...], *, lemmatized: bool) -> QueryVariant:
    weights = tuple(weigh_token(t, index.word_weights, k) for t, k in zip(tokens, keys, strict=True))
    return QueryVariant(keys, weights, sum(weights), compact_key(keys), lemmatized)


@lru_cache(maxsize=1024)
def find_capital_keys(text: str) -> frozenset[str]:
    """Keys of the words written in capitals, if the query also has lower-case letters or is one word."""
    words = _RAW_WORD.findall(text)
    if len(words) > 1 and not any(c.islower() for c in text):
        return frozenset()
    return frozenset(skeletonize_token(normalize_name(w).replace(" ", "")) for w in words if is_acronym_like(w))


def find_similar_keys(index: MatchIndex, key: str) -> tuple[tuple[str, float], ...]:
    """Register keys equal or close in spelling to one query key, with their similarity (cached).

    Close means at most :func:`max_edits` letter edits (Levenshtein) and a similarity of at
    least ``TOKEN_SIMILARITY_MIN``; keys shorter than ``FUZZY_MIN_LENGTH`` must be equal.
    """
    cached = index.similar_cache.get(key)
    if cached is not None:
        return cached
    found: dict[str, float] = {}
    if key in index.postings:
        found[key] = 1.0
    if len(key) >= FUZZY_MIN_LENGTH and not key.startswith(GENERIC_KEY_PREFIX):
        for choice, distance, _ in process.extract(
            key,
            index.fuzzy_choices.keys(),
            scorer=Levenshtein.distance,
            score_cutoff=max_edits(len(key)),
            limit=FUZZY_CANDIDATES,
        ):
            sim = 1.0 - distance / max(len(key), len(choice))
            target = index.fuzzy_choices[choice]
            if sim >= TOKEN_SIMILARITY_MIN and len(choice) >= FUZZY_MIN_LENGTH - 1:
                found[target] = max(found.get(target, 0.0), sim)
    result = tuple(found.items())
    if len(index.similar_cache) >= MAX_CACHE_ENTRIES:
        index.similar_cache.clear()
    index.similar_cache[key] = result
    return result


def max_edits(length: int) -> int:
    """How many letter edits a word of ``length`` letters may differ by and still pair up."""
    return 1 if length <= SHORT_WORD_LENGTH else 2 if length <= MEDIUM_WORD_LENGTH else 3


def find_candidates(
    index: MatchIndex, variant: QueryVariant, similar: list[tuple[tuple[str, float], ...]], cutoff: float
) -> list[int]:
    """Entries sharing an informative word (or the compact key) with the query whose upper bound
    of the score reaches ``cutoff``."""
    informative = [
        i
        for i, key in enumerate(variant.keys)
        if similar[i] and not key.startswith(GENERIC_KEY_PREFIX) and variant.weights[i] > STOP_WEIGHT
    ]
    used = informative or [i for i in range(len(variant.keys)) if similar[i]]
    skipped = variant.total - sum(variant.weights[i] for i in used)
    query_side: dict[int, float] = {}
    name_side: dict[int, float] = {}
    postings = index.postings
    for i in used:
        weight = variant.weights[i]
        for key, sim in similar[i]:
            for entry_id, entry_weight in postings.get(key, ()):
                query_side[entry_id] = query_side.get(entry_id, 0.0) + weight * sim
                name_side[entry_id] = name_side.get(entry_id, 0.0) + entry_weight * sim
    total = variant.total or 1.0
    entries, weak = index.entries, index.weak_weights
    found = list(index.compact_postings.get(variant.compact, ()))
    for entry_id, matched in query_side.items():
        cov_q = (matched + skipped) / total
        bound = 1.0 if cov_q >= 1.0 else cov_q**QUERY_COVERAGE_POWER
        if bound < cutoff:
            continue
        entry_total = entries[entry_id].total or 1.0
        cov_n = (name_side[entry_id] + (weak[entry_id] if skipped else 0.0)) / entry_total
        if cov_n < 1.0 and bound * cov_n**NAME_COVERAGE_POWER < cutoff:
            continue
        found.append(entry_id)
    return found
