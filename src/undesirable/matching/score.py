"""Scoring one analyzed query against one register name: weighted word alignment.

Words of the query and of the name are paired one to one, best pairs first: equal keys score 1,
keys close in spelling score their similarity (``rapidfuzz`` ratio, see
:data:`TOKEN_SIMILARITY_MIN`). Two coverages follow: how much of the query's weight found a
partner, and how much of the name's. The score is ``query_coverage ** QUERY_COVERAGE_POWER *
name_coverage ** NAME_COVERAGE_POWER``: a query that adds distinctive words loses more than one
that leaves out some of the name's words ("Amnesty" still finds "Amnesty International", while
"Carnegie Mellon University" does not become "Carnegie"). Word order plays no part.

A second, character-level score compares the names' compact keys (all words run together), which
catches words split or joined differently (``Belling Cat``) and typos across word boundaries.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

QUERY_COVERAGE_POWER = 1.0
"""How hard extra words in the query pull the score down."""

NAME_COVERAGE_POWER = 0.5
"""How hard words of the register name missing from the query pull the score down."""

TOKEN_SIMILARITY_MIN = 0.8
"""Two different words pair up only if their keys are at least this similar (0-1)."""

COMPACT_SIMILARITY_MIN = 0.9
"""The compact-key score counts only from this similarity on."""

COMPACT_MIN_LENGTH = 6
"""Compact keys shorter than this are not compared character by character."""


@dataclass(frozen=True, slots=True)
class Alignment:
    """How a query's words paired with a name's words.

    Attributes:
        score: the combined score in [0, 1] before acronym and legal-form factors.
        query_coverage: share of the query's weight that found a partner.
        name_coverage: share of the name's weight that found a partner.
        matched: number of word pairs.
        fuzzy: number of pairs whose keys differ; ``min_similarity`` is the lowest pair score.
        compact: the compact-key similarity when it decided the score, else 0.
    """

    score: float
    query_coverage: float
    name_coverage: float
    matched: int
    fuzzy: int
    min_similarity: float
    compact: float


def align_words(
    query_keys: tuple[str, ...],
    query_weights: tuple[float, ...],
    name_keys: tuple[str, ...],
    name_weights: tuple[float, ...],
    similar: list[dict[str, float]] | None,
) -> tuple[float, float, int, int, float]:
    """Pair words one to one, best first; return matched query weight, matched name weight,
    pair count, fuzzy pair count and the lowest pair similarity.

    ``similar[i]`` maps register keys close to query word ``i`` to their similarity; ``None``
    allows exact pairs only (acronyms).
    """
    pairs: list[tuple[float, float, int, int]] = []
    for i, qkey in enumerate(query_keys):
        close = similar[i] if similar is not None else None
        for j, nkey in enumerate(name_keys):
            sim = 1.0 if qkey == nkey else (close.get(nkey, 0.0) if close else 0.0)
            if sim > 0.0:
                pairs.append((sim, query_weights[i] + name_weights[j], i, j))
    if len(pairs) > 1:
        pairs.sort(reverse=True)
    used_q: set[int] = set()
    used_n: set[int] = set()
    matched_q = matched_n = 0.0
    fuzzy = 0
    lowest = 1.0
    for sim, _, i, j in pairs:
        if i in used_q or j in used_n:
            continue
        used_q.add(i)
        used_n.add(j)
        matched_q += sim * query_weights[i]
        matched_n += sim * name_weights[j]
        if sim < 1.0:
            fuzzy += 1
            lowest = min(lowest, sim)
    return matched_q, matched_n, len(used_q), fuzzy, lowest


def score_alignment(
    query_keys: tuple[str, ...],
    query_weights: tuple[float, ...],
    query_total: float,
    name_keys: tuple[str, ...],
    name_weights: tuple[float, ...],
    name_total: float,
    similar: list[dict[str, float]] | None,
) -> Alignment:
    """Score a query against one name by weighted word alignment (see the module docstring)."""
    matched_q, matched_n, count, fuzzy, lowest = align_words(
        query_keys, query_weights, name_keys, name_weights, similar
    )
    cov_q = min(1.0, matched_q / query_total) if query_total > 0 else 0.0
    cov_n = min(1.0, matched_n / name_total) if name_total > 0 else 0.0
    score = cov_q**QUERY_COVERAGE_POWER * cov_n**NAME_COVERAGE_POWER
    return Alignment(score, cov_q, cov_n, count, fuzzy, lowest, 0.0)


def score_compact(query_compact: str, name_compact: str) -> float:
    """Character similarity of two compact keys in [0, 1], or 0 below ``COMPACT_SIMILARITY_MIN``."""
    if len(query_compact) < COMPACT_MIN_LENGTH or len(name_compact) < COMPACT_MIN_LENGTH:
        return 1.0 if query_compact == name_compact and query_compact else 0.0
    ratio = fuzz.ratio(query_compact, name_compact, score_cutoff=COMPACT_SIMILARITY_MIN * 100)
    return ratio / 100.0
