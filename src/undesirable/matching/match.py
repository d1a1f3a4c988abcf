"""Name screening: which designated organizations could a given name be?

:func:`match_name` analyzes the query (see :mod:`undesirable.matching.query`), looks up
only the register entries that share a word (or a close spelling of one) or the whole compact key
with it, scores those (see :mod:`undesirable.matching.score`) and returns the best entry per
organization, ranked, with the register name that matched and the reasons.

Scores are in [0, 1]. :data:`STRONG_THRESHOLD` (0.9) marks a near-certain hit,
:data:`POSSIBLE_THRESHOLD` (0.7) one that a person should look at; the default ``threshold`` is
the possible one, which is where the labelled evaluation set (``tests/matching``) gives the best
F1. Acronyms match only as whole words and score below full names unless only one organization
uses them and the query writes them in capitals. :func:`match_names` screens many names and
scores identical names once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from undesirable.matching.index import MatchIndex, NameEntry
from undesirable.matching.query import (
    MAX_CACHE_ENTRIES,
    AnalyzedQuery,
    QueryVariant,
    analyze_query,
    find_candidates,
    find_capital_keys,
    find_similar_keys,
)
from undesirable.matching.score import Alignment, score_alignment
from undesirable.model import Organization
from undesirable.names.translit import detect_script

STRONG_THRESHOLD = 0.9
"""From this score on, a match is near-certain."""

POSSIBLE_THRESHOLD = 0.7
"""From this score on, a match deserves a look; the default threshold of :func:`match_name`."""

DEFAULT_LIMIT = 10
"""How many organizations :func:`match_name` returns at most."""

ACRONYM_UNIQUE_FACTOR = 0.95
"""Score of an acronym used by one organization (or one group) and written in capitals."""

ACRONYM_SHARED_FACTOR = 0.8
"""Factor for an acronym that several organizations use."""

ACRONYM_LOWERCASE_FACTOR = 0.85
"""Factor when the query does not write the acronym in capitals (``wise`` vs ``WISE``)."""

ACRONYM_SHORT_FACTOR = 0.9
"""Factor for two-letter acronyms (``AI``, ``OR``)."""

LEGAL_FORM_MISMATCH_FACTOR = 0.97
"""Factor when query and name both carry legal forms and no form is shared."""

PRUNE_MARGIN = 0.98
"""Candidates whose best possible score is below ``threshold * PRUNE_MARGIN`` are not scored."""


@dataclass(frozen=True)
class NameMatch:
    """One organization a query may refer to.

    Attributes:
        organization: the register entry.
        score: similarity in [0, 1]; compare with ``STRONG_THRESHOLD`` / ``POSSIBLE_THRESHOLD``.
        matched_name: the register name (or alias, acronym, former name) that matched best.
        explanation: why, in short phrases ("exact alias", "token overlap 3/4", ...).
    """

    organization: Organization
    score: float
    matched_name: str
    explanation: list[str]


@dataclass(frozen=True, slots=True)
class _Scored:
    score: float
    entry_id: int
    variant: int
    alignment: Alignment
    acronym_factor: float
    legal_mismatch: bool


def match_name(
    index: MatchIndex,
    query: str,
    *,
    threshold: float = POSSIBLE_THRESHOLD,
    limit: int = DEFAULT_LIMIT,
) -> list[NameMatch]:
    """The organizations ``query`` could be, best first, each with a score of at least ``threshold``.

    Args:
        index: built by :func:`undesirable.matching.index.build_match_index`.
        query: a name in any script, with or without legal form, possibly misspelled.
        threshold: lowest score returned.
        limit: most organizations returned.

    Returns:
        At most ``limit`` matches, one per organization, by descending score. Empty for input
        with no letters or digits.
    """
    analyzed = analyze_query(index, query)
    if analyzed is None or limit <= 0:
        return []
    best: dict[int, _Scored] = {}
    for scored in _score_candidates(index, analyzed, threshold):
        org = index.entries[scored.entry_id].org
        current = best.get(org)
        if current is None or scored.score > current.score:
            best[org] = scored
    ranked = sorted(best.items(), key=lambda item: (-item[1].score, item[0]))[:limit]
    return [_to_match(index, analyzed, scored) for _, scored in ranked]


def match_names(
    index: MatchIndex,
    queries: Iterable[str],
    *,
    threshold: float = POSSIBLE_THRESHOLD,
    limit: int = DEFAULT_LIMIT,
) -> list[list[NameMatch]]:
    """Screen many names; identical names are scored once.

    Args:
        index: built by :func:`undesirable.matching.index.build_match_index`.
        queries: the names, in any number.
        threshold: lowest score returned.
        limit: most organizations returned per name.

    Returns:
        One list of matches per query, in the order of ``queries``.
    """
    cache: dict[str, list[NameMatch]] = {}
    results: list[list[NameMatch]] = []
    for query in queries:
        found = cache.get(query)
        if found is None:
            found = match_name(index, query, threshold=threshold, limit=limit)
            if len(cache) < MAX_CACHE_ENTRIES:
                cache[query] = found
        results.append(found)
    return results


def _score_candidates(index: MatchIndex, query: AnalyzedQuery, threshold: float) -> list[_Scored]:
    scored: list[_Scored] = []
    for position, variant in enumerate(query.variants):
        similar = [find_similar_keys(index, k) for k in variant.keys]
        similar_maps = [dict(s) for s in similar]
        for entry_id in find_candidates(index, variant, similar, threshold * PRUNE_MARGIN):
            result = _score_entry(index, query, variant, similar_maps, entry_id, position)
            if result is not None and result.score >= threshold:
                scored.append(result)
    return scored


def _score_entry(
    index: MatchIndex,
    query: AnalyzedQuery,
    variant: QueryVariant,
    similar_maps: list[dict[str, float]],
    entry_id: int,
    position: int,
) -> _Scored | None:
    entry = index.entries[entry_id]
    alignment = score_alignment(
        variant.keys,
        variant.weights,
        variant.total,
        entry.keys,
        entry.weights,
        entry.total,
        None if entry.is_acronym else similar_maps,
    )
    if alignment.score <= 0.0:
        return None
    factor = _acronym_factor(index, query, entry) if entry.is_acronym else 1.0
    mismatch = bool(query.legal_forms and entry.legal_forms and not query.legal_forms & entry.legal_forms)
    score = alignment.score * factor * (LEGAL_FORM_MISMATCH_FACTOR if mismatch else 1.0)
    return _Scored(round(score, 4), entry_id, position, alignment, factor, mismatch)


def _acronym_factor(index: MatchIndex, query: AnalyzedQuery, entry: NameEntry) -> float:
    owners = index.acronym_owners.get(entry.keys[0], frozenset())
    groups = {index.organizations[o].group_id or index.organizations[o].id for o in owners}
    factor = ACRONYM_UNIQUE_FACTOR if len(groups) <= 1 else ACRONYM_SHARED_FACTOR
    if entry.keys[0] not in find_capital_keys(query.text):
        factor *= ACRONYM_LOWERCASE_FACTOR
    if len(entry.keys[0]) <= 2:
        factor *= ACRONYM_SHORT_FACTOR
    return factor


def _to_match(index: MatchIndex, query: AnalyzedQuery, scored: _Scored) -> NameMatch:
    entry = index.entries[scored.entry_id]
    return NameMatch(
        organization=index.organizations[entry.org],
        score=scored.score,
        matched_name=entry.name,
        explanation=_explain(index, query, scored),
    )


def _explain(index: MatchIndex, query: AnalyzedQuery, scored: _Scored) -> list[str]:
    entry = index.entries[scored.entry_id]
    variant = query.variants[scored.variant]
    alignment = scored.alignment
    org = index.organizations[entry.org]
    reasons: list[str] = []
    exact = alignment.matched == len(entry.keys) == len(variant.keys) and not alignment.fuzzy and not alignment.joined
    if entry.is_acronym:
        weak = scored.acronym_factor < ACRONYM_UNIQUE_FACTOR
        reasons.append("acronym" + (" (weak)" if weak else ""))
    elif exact:
        primary = entry.name in (org.name_ru, org.name_en)
        reasons.append("exact name" if primary else "exact alias")
    else:
        total = max(len(entry.keys), len(variant.keys))
        reasons.append(f"token overlap {alignment.matched}/{total}")
    if alignment.joined:
        reasons.append("words split or joined differently")
    if alignment.fuzzy:
        reasons.append(f"fuzzy distance {alignment.min_similarity:.2f}")
    if alignment.type_conflict:
        reasons.append("different kind of organization")
    script = detect_script(query.text)
    if script not in ("other", entry.script) and entry.script != "other":
        reasons.append("transliteration")
    if variant.lemmatized:
        reasons.append("inflection reduced")
    reasons += [f"legal form ignored: {form}" for form in sorted(query.legal_forms | entry.legal_forms)]
    if scored.legal_mismatch:
        reasons.append("legal forms differ")
    if entry.name in (f.name for f in org.former_names):
        reasons.append("former name")
    return reasons
