"""Name screening: which designated organizations could a given name be?

:func:`match_name` analyzes the query (see :mod:`undesirable.matching.query`), looks up only the
register entries that share a word (or a close spelling of one) or the whole compact key with it,
scores those (:mod:`undesirable.matching.score`) and returns the best entry per organization.

Scores are in [0, 1]. :data:`STRONG_THRESHOLD` (0.9) marks a near-certain hit,
:data:`POSSIBLE_THRESHOLD` (0.7) one that a person should look at; the default ``threshold`` is
the possible one, which is where the labelled evaluation set (``tests/matching``) gives the best
F1. Acronyms match only as whole words and score below full names unless only one organization
uses them and the query writes them in capitals.

Answers are remembered by the index (:mod:`undesirable.matching.caches`): an identical name
(whitespace aside) at the same threshold and limit is scored once (:func:`match_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from undesirable.matching.acronym_part import acronym_sides, narrow_side_part
from undesirable.matching.candidates import PRUNE_MARGIN, entry_scorer, organization_legal_forms, score_candidates
from undesirable.matching.compound_read import with_compound_read
from undesirable.matching.domains import match_domain
from undesirable.matching.index import MatchIndex
from undesirable.matching.initials import match_initials
from undesirable.matching.initials_words import match_lead_initials
from undesirable.matching.kind_initials import match_kind_initials
from undesirable.matching.leads import prefer_as_written, with_shared_leads
from undesirable.matching.parts import QUERY_PART_FACTOR, merge_part_matches, part_code, query_parts, side_parts
from undesirable.matching.query import (
    MAX_QUERY_CHARS,
    AnalyzedQuery,
    QueryTokens,
    analyze_tokens,
    query_tokens,
)
from undesirable.matching.reach import may_reach
from undesirable.matching.reasons import Reason, render_reasons
from undesirable.matching.result import NameMatch as NameMatch
from undesirable.matching.result import Scored, to_match
from undesirable.matching.shared import SharedName, describe_shared, keep_shared, told_apart
from undesirable.matching.spelled_pairs import pair_tells
from undesirable.names.compounds import read_compound_words
from undesirable.names.letters import read_spelled_acronyms, read_spelled_pairs, spelled_acronym_words
from undesirable.names.possessive import drop_possessives, possessor_part

STRONG_THRESHOLD = 0.9
"""From this score on, a match is near-certain."""

POSSIBLE_THRESHOLD = 0.7
"""From this score on, a match deserves a look; the default threshold of :func:`match_name`."""

DEFAULT_LIMIT = 10
"""How many organizations :func:`match_name` returns at most."""


def match_level(score: float) -> str:
    """What a score says: ``strong`` (near-certain), ``possible`` (deserves a look) or ``weak``
    (below a possible match: returned only to a caller who asks for a lower threshold)."""
    return "strong" if score >= STRONG_THRESHOLD else "possible" if score >= POSSIBLE_THRESHOLD else "weak"


_SPACE = re.compile(r"\s")


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
        At most ``limit`` matches, one per organization, by descending score, and past the limit
        every further entry with the same name; then the other entries of the returned entries'
        groups (annotations) that share a word with the query, each with its own score, which may
        be below ``threshold`` (reason ``group``). Empty for input with no letters or digits.
    """
    return list(match_name_cached(index, query, threshold=threshold, limit=limit)[0])


def match_name_cached(
    index: MatchIndex,
    query: str,
    *,
    threshold: float = POSSIBLE_THRESHOLD,
    limit: int = DEFAULT_LIMIT,
) -> tuple[list[NameMatch], bool]:
    """:func:`match_name`'s answer as the index's cache keeps it (shared: do not change the list),
    and whether it came from the cache (the name had been scored before)."""
    raw = query[:MAX_QUERY_CHARS] if isinstance(query, str) else ""
    text = " ".join(raw.split())
    if any(len(word) == 1 for word in text.split()):
        text = _SPACE.sub(" ", raw.strip())  # a letter-spaced name keeps its wider gaps between words
    key = (text, threshold, limit)
    found = index.caches.results.get(key)
    if found is not None:
        return found, True
    possessor = possessor_part(text, index.postings.__contains__)  # Khodorkovsky's Open Russia
    text = drop_possessives(text, index.postings.__contains__)  # GIJN's = GIJN
    text, compounds = read_compound_words(text)  # юрфирмы = юридической фирмы
    tells = pair_tells(index)
    spelled, text = text, read_spelled_pairs(read_spelled_acronyms(text), tells)  # Эй-Эф-Эс = AFS, Джей Экс Фанд
    tokens = query_tokens(index, text)
    found = _match_tokens(index, tokens, threshold, limit)
    parts = [
        (part_tokens, rest)
        for part, rest in query_parts(text)
        if _part_may_add(index, tokens, part_tokens := query_tokens(index, part), found, limit)
    ]
    if parts:
        part_threshold = min(1.0, threshold / QUERY_PART_FACTOR)
        outer = frozenset(t.legal_form for t in tokens.tokens if t.legal_form)
        matched = [(rest, _match_tokens(index, part, part_threshold, limit, outer)) for part, rest in parts]
        found = merge_part_matches(found, matched, limit, part_code(text))
    for code, (name, rest), least in side_parts(text, STRONG_THRESHOLD, possessor) + acronym_sides(text):
        least = max(least, min(1.0, threshold / QUERY_PART_FACTOR))
        part = _match_tokens(index, query_tokens(index, name), least, limit)
        part = narrow_side_part(index, code, part, rest, name, least)
        found = merge_part_matches(found, [(rest, part)], limit, code)
    if not found or found[0].score < POSSIBLE_THRESHOLD:  # NPSIA: the initials of a name the register does not list
        for reader in (match_initials, match_lead_initials, match_kind_initials):  # NPSIA, NFP Kyiv, IBO
            found = _with_addresses(found, reader(index, text, threshold), limit)
    addressed = [m for m in match_domain(index, text) if m.score >= threshold]
    if addressed:
        found = _with_addresses(found, addressed, limit)
    if spelled != text:
        read = Reason("acronym_letters_read", {"words": ", ".join(spelled_acronym_words(spelled, tells))})
        found = [_with_reason(m, read) for m in found]
    found = with_compound_read(found, compounds) if compounds else found
    index.caches.results.put(key, found)
    return found, False


def _with_reason(match: NameMatch, reason: Reason) -> NameMatch:
    reasons = (*match.reasons, reason)
    return replace(match, reasons=reasons, explanation=render_reasons(reasons))


def _with_addresses(found: list[NameMatch], addressed: list[NameMatch], limit: int) -> list[NameMatch]:
    """The matches by name and by another reading (web address, initials), the better one per organization, ranked."""
    if not found and not addressed:  # most names: nothing either way
        return found
    best = {m.organization.id: m for m in found}
    for match in addressed:
        current = best.get(match.organization.id)
        if current is None or match.score > current.score:
            best[match.organization.id] = match
    ranked = sorted(best.values(), key=lambda m: -m.score)
    return ranked[: max(limit, len(found), len(addressed))]


def _part_may_add(index: MatchIndex, whole: QueryTokens, part: QueryTokens, found: list[NameMatch], limit: int) -> bool:
    """Whether a part of the query can add to the whole query's matches. Not when the part
    compares the same words as the whole (the words outside the quotes are legal forms) and none
    of them is a one-word register name (an acronym's factor depends on how the query is written):
    then each entry scores the same unscaled on both, the part's scaled score stays below the
    whole's, and the whole, below its limit, kept every organization the part would find."""
    keys = [t.key for t in whole.kept]
    if [t.key for t in part.kept] != keys or len(found) >= limit:
        return True
    owners = index.acronym_owners
    return any(k in owners for k in keys) or any(t.lemma_key in owners for t in whole.kept)


def _match_tokens(
    index: MatchIndex, tokens: QueryTokens, threshold: float, limit: int, outer: frozenset[str] = frozenset()
) -> list[NameMatch]:
    """The matches of one query's tokens; ``outer``: the legal forms around them when they are a
    part of a longer query (see :attr:`AnalyzedQuery.outer_forms`)."""
    if limit <= 0 or not may_reach(index, tokens.kept, threshold * PRUNE_MARGIN):
        return []
    analyzed = analyze_tokens(index, tokens)
    if analyzed is None:
        return []
    if outer:
        analyzed = replace(analyzed, outer_forms=outer)
    best: dict[int, Scored] = {}
    for scored in score_candidates(index, analyzed, threshold):
        org = index.entries[scored.entry_id].org
        current = best.get(org)
        if current is None or scored.rank > current.rank:
            best[org] = scored
    best, leads = with_shared_leads(index, analyzed, best, threshold)  # also when each name alone is weak
    lowered = prefer_as_written(index, analyzed, best, threshold) if best else {}  # most names reach nothing
    forms = analyzed.legal_forms

    def rank(item: tuple[int, Scored]) -> tuple[float, bool, int]:
        return -item[1].score, not (forms and forms & organization_legal_forms(index, item[0])), item[0]

    ranked = sorted(best.items(), key=rank)
    ranked = ranked[: keep_shared([(org, index.entries[s.entry_id].keys) for org, s in ranked], limit)]
    matches = [_noted(to_match(index, analyzed, scored), leads.get(org), lowered.get(org)) for org, scored in ranked]
    matches = _with_shared_names(index, matches, [scored for _, scored in ranked])
    return matches + _group_companions(index, analyzed, matches)


def _noted(match: NameMatch, lead: tuple[str, int] | None, written: str | None) -> NameMatch:
    """The match with the reasons :mod:`undesirable.matching.leads` gives: a shared leading part, a
    name written as the query ranked first."""
    if lead is not None:
        match = _with_reason(match, Reason("shared_lead", {"words": lead[0], "count": lead[1]}))
    if written is not None:
        match = _with_reason(match, Reason("as_written_elsewhere", {"name": written}))
    return match


def _group_companions(index: MatchIndex, query: AnalyzedQuery, matches: list[NameMatch]) -> list[NameMatch]:
    """The other entries of the returned entries' groups, each with its own (possibly low) score."""
    returned = {m.organization.id for m in matches}
    missing = {member for m in matches for member in m.group_members if member not in returned}
    if not missing:
        return []
    best: dict[int, Scored] = {}
    by_org = _entries_by_org(index)
    positions = index.caches.table("positions", lambda: {o.id: p for p, o in enumerate(index.organizations)})
    wanted = sorted(e for member in missing if member in positions for e in by_org.get(positions[member], ()))
    for position in range(len(query.variants)):
        score = entry_scorer(index, query, position)
        for entry_id in wanted:
            entry = index.entries[entry_id]
            scored = score(entry_id)
            if scored is not None and (entry.org not in best or scored.score > best[entry.org].score):
                best[entry.org] = scored
    companions = []
    for _org, scored in sorted(best.items(), key=lambda item: (-item[1].score, item[0])):
        found = to_match(index, query, scored)
        reasons = (*found.reasons, Reason("group", {"group": found.group or ""}))
        companions.append(replace(found, reasons=reasons, explanation=render_reasons(reasons)))
    return companions


def _entries_by_org(index: MatchIndex) -> dict[int, tuple[int, ...]]:
    """Organization position -> the ids of its entries."""

    def build() -> dict[int, tuple[int, ...]]:
        table: dict[int, list[int]] = {}
        for entry_id, entry in enumerate(index.entries):
            table.setdefault(entry.org, []).append(entry_id)
        return {org: tuple(ids) for org, ids in table.items()}

    return index.caches.table("entries by organization", build)


def _with_shared_names(index: MatchIndex, matches: list[NameMatch], scored: list[Scored]) -> list[NameMatch]:
    by_keys: dict[tuple[str, ...], list[int]] = {}
    for position, item in enumerate(scored):
        by_keys.setdefault(index.entries[item.entry_id].keys, []).append(position)
    out = list(matches)
    for positions in by_keys.values():
        if len(positions) < 2:
            continue
        orgs = [matches[p].organization for p in positions]
        owners = [index.entries[scored[p].entry_id].org for p in positions]
        forms = [", ".join(sorted(organization_legal_forms(index, org))) for org in owners]
        differs = describe_shared(orgs, forms)
        for p in positions:
            org_id = matches[p].organization.id
            others = tuple(o.id for o in orgs if o.id != org_id)
            shared = Reason("shared_name", {"count": len(positions)})
            reasons = (*matches[p].reasons, shared, told_apart(org_id, differs))
            out[p] = replace(
                matches[p],
                shared_name=SharedName(others, differs),
                reasons=reasons,
                explanation=render_reasons(reasons),
            )
    return out


def match_names(
    index: MatchIndex,
    queries: Iterable[str],
    *,
    threshold: float = POSSIBLE_THRESHOLD,
    limit: int = DEFAULT_LIMIT,
) -> list[list[NameMatch]]:
    """Screen many names; identical names are scored once (see :func:`match_name_cached`).

    Args:
        index: built by :func:`undesirable.matching.index.build_match_index`.
        queries: the names, in any number.
        threshold: lowest score returned.
        limit: most organizations returned per name.

    Returns:
        One list of matches per query, in the order of ``queries``; identical names share one list.
    """
    return [match_name_cached(index, query, threshold=threshold, limit=limit)[0] for query in queries]
