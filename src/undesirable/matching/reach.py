"""Whether a query can reach any register entry at all: the bound that rules most names out early.

Most names screened in a batch are nobody's: none of their words is close to a register word, or
the few that are (``центр``, ``media``, a generic ``Foundation``) weigh too little beside the rest
of the name for any entry to reach the cut-off. :func:`~undesirable.matching.query.find_candidates`
proves that for a built reading of the query; :func:`may_reach` proves it from the query's tokens,
before any reading is built or scored, with what each word key can gain cached in the index
(``reach``): the same bound, never tighter, so a query it rules out is one that
:func:`~undesirable.matching.query.find_candidates` would rule out too (no candidates, no match).
"""

from __future__ import annotations

from undesirable.matching.index import MatchIndex, compact_key, weigh_token
from undesirable.matching.query import BOUND_SLACK, find_similar_keys
from undesirable.matching.score import QUERY_COVERAGE_POWER, pair_credit
from undesirable.matching.tables import STOP_WEIGHT, spelled_compact, split_glued
from undesirable.names.normalize import Token
from undesirable.names.numbers import number_reading


def may_reach(index: MatchIndex, kept: list[Token], cutoff: float) -> bool:
    """False only when no reading of a query whose compared words are ``kept`` can reach an entry
    scoring ``cutoff`` (the candidates' cut-off): no shared compact key, and the words close to a
    register key cannot cover enough of the query's weight."""
    if not kept:
        return False
    surface = tuple(t.key for t in kept)
    generic = any(t.kind == "generic" for t in kept)
    if generic and spelled_compact(surface, [t.text for t in kept]) in index.compact_postings:
        return True
    if _reading_may_reach(index, kept, surface, cutoff):
        return True
    lemmas = tuple(t.lemma_key for t in kept)
    if lemmas != surface and _reading_may_reach(index, kept, lemmas, cutoff):
        return True
    numbered = number_reading(kept)  # number words read as digits (see query.analyze_tokens)
    if numbered is not None and _reading_may_reach(index, numbered, tuple(t.key for t in numbered), cutoff):
        return True
    split = split_glued(index, kept)  # a glued word read as two (see query.analyze_tokens)
    return split is not None and _reading_may_reach(index, split, tuple(t.key for t in split), cutoff)


def _reading_may_reach(index: MatchIndex, kept: list[Token], keys: tuple[str, ...], cutoff: float) -> bool:
    if compact_key(keys) in index.compact_postings:
        return True
    weights = [weigh_token(t, index.word_weights, k) for t, k in zip(kept, keys, strict=True)]
    total = sum(weights) or 1.0
    need = float(max(0.0, cutoff - BOUND_SLACK) ** (1.0 / QUERY_COVERAGE_POWER)) * total
    reach = 0.0
    for weight, key in zip(weights, keys, strict=True):
        gain = key_gain(index, key)
        if gain:
            reach += weight * gain
        elif weight <= STOP_WEIGHT:
            reach += weight  # a function word left unpaired leaves the total: it counts as paired
    return reach >= need


def key_gain(index: MatchIndex, key: str) -> float:
    """What one query word of weight 1 with ``key`` can add to an entry's coverage bound: 0 when
    it is close to no register key; else the larger of 1 (a word that is not looked up counts
    whole) and the sum of the credits of its pairs with the register keys it is close to (a word
    looked up counts once per close key it meets); cached per key."""
    cached = index.caches.reach.get(key)
    if cached is not None:
        return cached
    similar = find_similar_keys(index, key)
    postings = index.postings
    gain = max(1.0, sum(pair_credit(sim) for target, sim in similar if target in postings)) if similar else 0.0
    index.caches.reach.put(key, gain)
    return gain
