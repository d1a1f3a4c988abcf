"""The register entries a reading's looked-up words meet, and what each can gain: the sums behind
:func:`undesirable.matching.query.find_candidates`' bound.

The query's side of an entry (what the query's words it meets weigh, times their pairs' credit) is
summed for every entry met; the entry's side (what those pairs cover of its own words) only for the
few whose query side reaches what the cut-off needs (:func:`name_side`), in the same order, so
each sum is the one a single walk through the postings gives.
"""

from __future__ import annotations

from collections.abc import Sequence

from undesirable.matching.index import MatchIndex
from undesirable.names.normalize import GENERIC_KEY_PREFIX

Gain = tuple[float, float, float, str]
"""What a looked-up pair can gain: the query word's weight times the pair's credit, the credit,
the weight and the register key."""

MIN_JOINED_LENGTH = 5
"""Words run together shorter than this pair with nothing (``score.RESIDUE_MIN_LENGTH``)."""


def joined_gains(index: MatchIndex, keys: Sequence[str], weights: Sequence[float]) -> list[Gain]:
    """The gains of each two neighbouring words of a reading that run together as a register key
    does (``anti`` ``war``: ``antiwar``): such words pair with that key as the leftovers run
    together do (:func:`undesirable.matching.score.score_alignment`), which a bound must count,
    both words whole (a credit of 1, the most a pair gains)."""
    found: list[Gain] = []
    for i in range(len(keys) - 1):
        glued = keys[i] + keys[i + 1]
        if len(glued) >= MIN_JOINED_LENGTH and GENERIC_KEY_PREFIX not in glued and glued in index.postings:
            weight = weights[i] + weights[i + 1]
            found.append((weight, 1.0, weight, glued))
    return found


def met_entries(
    index: MatchIndex, gains: list[Gain], need: float
) -> tuple[dict[int, float], list[tuple[float, dict[int, float]]]]:
    """What each entry the query's looked-up words meet can gain on the query's side, and the
    pairs looked up in order (credit, and the register key's weight in each entry that has it), for
    :func:`name_side`. No entry gains more than every remaining word paired with each of its close
    keys, so an entry first met when what remains is below ``need`` is never kept, and is not counted."""
    postings = index.postings
    remaining = sum(gain for gain, _, _, key in gains if key in postings)
    query_side: dict[int, float] = {}
    looked_up: list[tuple[float, dict[int, float]]] = []
    if remaining < need:
        return query_side, looked_up
    get = query_side.get
    weights = posting_weights(index)
    for gain, credit, weight, key in gains:
        entries_of = postings.get(key)
        if entries_of is None:
            continue
        looked_up.append((credit, weights[key]))
        add = weight * credit
        if remaining >= need:
            for entry_id, _ in entries_of:
                query_side[entry_id] = get(entry_id, 0.0) + add
        else:
            for entry_id, _ in entries_of:
                if entry_id in query_side:
                    query_side[entry_id] += add
        remaining -= gain
    return query_side, looked_up


def name_side(looked_up: list[tuple[float, dict[int, float]]], entry_id: int) -> float:
    """What the pairs looked up cover of one kept entry's words (its weight of each key met, times
    the pair's credit), summed in their order: the entry's side of :func:`met_entries`."""
    covered = 0.0
    for credit, weights in looked_up:
        weight = weights.get(entry_id)
        if weight is not None:
            covered = covered + weight * credit
    return covered


def posting_weights(index: MatchIndex) -> dict[str, dict[int, float]]:
    """Register key -> the entries whose names have it, with its weight in each (built on first use)."""
    return index.caches.table("posting weights", lambda: {k: dict(v) for k, v in index.postings.items()})
