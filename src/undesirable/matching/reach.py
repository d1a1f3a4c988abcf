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

from undesirable.matching.hush import hears_hush
from undesirable.matching.index import MatchIndex, compact_key, weigh_token
from undesirable.matching.met import joined_gains
from undesirable.matching.query import BOUND_SLACK, find_similar_keys
from undesirable.matching.score import QUERY_COVERAGE_POWER, pair_credit
from undesirable.matching.tables import STOP_WEIGHT, join_apart, spelled_compact, split_glued
from undesirable.names.normalize import GENERIC_KEY_PREFIX, Token
from undesirable.names.numbers import digits_said, number_reading


def may_reach(index: MatchIndex, kept: list[Token], cutoff: float) -> bool:
    """False only when no reading of a query whose compared words are ``kept`` can reach an entry
    scoring ``cutoff`` (the candidates' cut-off): no shared compact key, and the words close to a
    register key cannot cover enough of the query's weight."""
    if not kept:
        return False
    surface = tuple(t.key for t in kept)
    if _reading_may_reach(index, kept, surface, [t.text for t in kept], cutoff):
        return True
    lemmas = tuple(t.lemma_key for t in kept)
    if lemmas != surface and _reading_may_reach(index, kept, lemmas, [t.lemma for t in kept], cutoff):
        return True
    numbered = number_reading(kept)  # number words read as digits (see query.analyze_tokens)
    if numbered is not None and _written_may_reach(index, numbered, cutoff):
        return True
    said = digits_said(kept)  # digits read as the words they sound like (see query.analyze_tokens)
    if said is not None and _written_may_reach(index, said[0], cutoff):
        return True
    split = split_glued(index, kept)  # a glued word read as two (see query.analyze_tokens)
    if split is not None and _written_may_reach(index, split, cutoff):
        return True
    rejoined = join_apart(index, kept)  # two words read as the one they make (see query.analyze_tokens)
    return rejoined is not None and _written_may_reach(index, rejoined[0], cutoff)


def _written_may_reach(index: MatchIndex, reading: list[Token], cutoff: float) -> bool:
    return _reading_may_reach(index, reading, tuple(t.key for t in reading), [t.text for t in reading], cutoff)


def _reading_may_reach(
    index: MatchIndex, kept: list[Token], keys: tuple[str, ...], texts: list[str], cutoff: float
) -> bool:
    """Whether one reading (``keys``, the words ``texts``) may reach ``cutoff``: the bound of
    :func:`~undesirable.matching.query.find_candidates`, never tighter (a shared compact key, or
    enough of the query's weight paired with one entry)."""
    compact = index.compact_postings
    if compact_key(keys) in compact:
        return True
    if any(k.startswith(GENERIC_KEY_PREFIX) for k in keys) and spelled_compact(keys, texts) in compact:
        return True
    weights = [weigh_token(t, index.word_weights, k) for t, k in zip(kept, keys, strict=True)]
    total = sum(weights) or 1.0
    need = float(max(0.0, cutoff - BOUND_SLACK) ** (1.0 / QUERY_COVERAGE_POWER)) * total
    everywhere = 0.0  # what the words that may count for any entry add
    somewhere = 0.0  # what the words counted only for the entries they meet add at most
    met: list[tuple[float, dict[int, float]]] = []
    for weight, key, text in zip(weights, keys, texts, strict=True):
        gain, entries, best = _key_reach(index, key, text)
        if not gain:
            if weight <= STOP_WEIGHT:
                everywhere += weight  # a function word left unpaired leaves the total: it counts as paired
        elif entries is None or weight <= STOP_WEIGHT or key.startswith(GENERIC_KEY_PREFIX):
            everywhere += weight * gain
        else:
            somewhere += weight * best
            met.append((weight, entries))
    for gain, _, _, glued in joined_gains(index, keys, weights):  # words run together (see find_candidates)
        somewhere += gain
        met.append((gain, dict.fromkeys((e for e, _ in index.postings[glued]), 1.0)))
    if everywhere + somewhere < need:
        return False
    if everywhere >= need or len(met) < 2:  # one word's best entry reaches what both sums reach
        return True
    # a distinctive word looked up counts only for the entries it meets (see find_candidates):
    # some entry must meet enough of them
    reached: dict[int, float] = {}
    for weight, entries in met:
        for entry_id, credit in entries.items():
            reached[entry_id] = reached.get(entry_id, 0.0) + weight * credit
    return everywhere + max(reached.values(), default=0.0) >= need


_NOWHERE: tuple[float, dict[int, float] | None, float] = (0.0, None, 0.0)
"""What a word close to no register key adds: nothing, for no entry."""

MAX_MET_ENTRIES = 64
"""A word key whose close register keys meet more entries than this counts for every entry in
:func:`may_reach` (its entries are not kept per key)."""


def key_gain(index: MatchIndex, key: str) -> float:
    """What one query word of weight 1 with ``key`` can add to an entry's coverage bound: 0 when
    it is close to no register key; else the larger of 1 (a word that is not looked up counts
    whole) and the sum of the credits of its pairs with the register keys it is close to (a word
    looked up counts once per close key it meets); cached per key."""
    return _key_reach(index, key)[0]


def _key_reach(index: MatchIndex, key: str, text: str = "") -> tuple[float, dict[int, float] | None, float]:
    """:func:`key_gain`; what the word counts for each entry it meets when looked up (the credits
    of its close keys in that entry's name), or None when it meets more than
    :data:`MAX_MET_ENTRIES` entries; and the most it counts for one entry. Cached per key (and
    per word as written when it tells a hushing sound: see :func:`~undesirable.matching.hush.heard_hush`)."""
    text = text if hears_hush(text) else ""
    cached = index.caches.reach.get(key + text)
    if cached is not None:
        return cached
    similar = find_similar_keys(index, key, text)
    if not similar:  # most words of most names: one shared answer
        index.caches.reach.put(key + text, _NOWHERE)
        return _NOWHERE
    postings = index.postings
    gain = max(1.0, sum(pair_credit(sim) for target, sim in similar if target in postings))
    entries: dict[int, float] = {}
    for target, sim in similar:
        credit = pair_credit(sim)
        for entry_id, _ in postings.get(target, ()):
            entries[entry_id] = entries.get(entry_id, 0.0) + credit
    best = max(entries.values(), default=0.0)
    found = (gain, entries if len(entries) <= MAX_MET_ENTRIES else None, best)
    index.caches.reach.put(key + text, found)
    return found
