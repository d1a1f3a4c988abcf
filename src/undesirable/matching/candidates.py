"""Scoring the register entries a query reaches: what depends on the query's words, and what on its writing.

Scoring one entry against one reading of a query's words (a :class:`QueryVariant`) gives the word
alignment, the variation between paired words and the score before two factors that depend on
how the query is written: whether it writes an acronym in capitals, and which legal forms it
carries. That first part depends on the words alone, so it is kept per reading and cutoff in the
index's cache (see :mod:`undesirable.matching.caches`): ``Open Society Foundations``, ``OPEN
SOCIETY FOUNDATIONS LTD`` and the same name with an invisible character in it score their entries
once. The factors are applied per query by :func:`score_candidates` and :func:`score_entry`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from undesirable.matching.bound import bound_classes
from undesirable.matching.derived import names_something_else
from undesirable.matching.guesses import SHORT_GUESS_SCORE, named_by_place, short_guess
from undesirable.matching.index import STOP_WEIGHT, MatchIndex, NameEntry
from undesirable.matching.query import (
    AnalyzedQuery,
    QueryVariant,
    find_candidates,
    find_capital_keys,
    find_similar_keys,
)
from undesirable.matching.result import ACRONYM_UNIQUE_FACTOR, Scored
from undesirable.matching.score import NAME_COVERAGE_POWER, Alignment, score_alignment
from undesirable.matching.shortforms import is_namesake, namesake_score, short_form_score
from undesirable.matching.variants import Variation, describe_variation, variant_penalty
from undesirable.names.initials import without_own_acronym
from undesirable.names.normalize import tokenize_name
from undesirable.names.vocabulary import WordClass

ACRONYM_SHARED_FACTOR = 0.8
"""Factor for an acronym that several organizations use."""

ACRONYM_LOWERCASE_FACTOR = 0.85
"""Factor when the query does not write the acronym in capitals (``wise`` vs ``WISE``)."""

ACRONYM_SHORT_FACTOR = 0.9
"""Factor for two-letter acronyms (``AI``, ``OR``)."""

LEGAL_FORM_MISMATCH_FACTOR = 0.97
"""Factor when query and name both carry legal forms and no form is shared."""

FOREIGN_FORM_FACTOR = 0.7
"""Factor when the query carries a legal form that none of the organization's names carries and
what it shares with the name is ordinary: an acronym, or words none of which is distinctive
(``Wise plc``, ``CIT Group Inc``, «АО Возрождение»). A company that took an ordinary word or a
short code for its name is another organization: at most a weak match. A distinctive word shared
(``Bellingcat Ltd``), or the organization's whole name (``Parliamentary Centre Inc.``), keeps
its score."""

NUMBER_WORDS_FACTOR = 0.97
"""Factor when the query writes as words a number the name writes in digits, or glues two words
the name writes apart: a variant, not the name."""

FULL_NAME = 0.999
"""A name coverage from this on: the query names every word of the name."""

DERIVED_FACTOR = 0.98
"""Factor for the quoted part of a longer register name (a short form of it)."""

ELSEWHERE_DERIVED_SCORE = 0.75
"""Highest score of a quoted part of a name that also names something else (a possible match)."""

PRUNE_MARGIN = 0.98
"""Candidates whose best possible score is below ``threshold * PRUNE_MARGIN`` are not scored."""


@dataclass(frozen=True, slots=True)
class Assessed:
    """One entry scored against one reading of a query's words, before the writing's factors."""

    entry_id: int
    alignment: Alignment
    variation: Variation
    unscaled: float
    short_form: bool
    namesake: bool = False


def score_candidates(index: MatchIndex, query: AnalyzedQuery, threshold: float) -> list[Scored]:
    """Every entry the query's readings reach that scores at least ``threshold``, in the order reached."""
    scored: list[Scored] = []
    for position, variant in enumerate(query.variants):
        for assessed in assess_candidates(index, variant, threshold):
            result = _scale(index, query, assessed, position)
            if result.score >= threshold:
                scored.append(result)
    return scored


def assess_candidates(index: MatchIndex, variant: QueryVariant, threshold: float) -> tuple[Assessed, ...]:
    """The entries one reading reaches whose bound passes ``threshold * PRUNE_MARGIN``, assessed
    (cached by the reading's words and the threshold)."""
    key = (variant.keys, variant.texts, variant.weights, threshold)
    cached = index.caches.assessed.get(key)
    if cached is not None:
        return cached
    similar = [find_similar_keys(index, k) for k in variant.keys]
    similar_maps = [dict(s) for s in similar]
    found = []
    for entry_id in find_candidates(index, variant, similar, threshold * PRUNE_MARGIN):
        assessed = _assess_entry(index, variant, similar_maps, entry_id)
        if assessed is not None:
            found.append(assessed)
    if found:  # most queries reach nothing: those are not worth keeping
        index.caches.assessed.put(key, tuple(found))
    return tuple(found)


def score_entry(
    index: MatchIndex,
    query: AnalyzedQuery,
    variant: QueryVariant,
    similar_maps: list[dict[str, float]],
    entry_id: int,
    position: int,
) -> Scored | None:
    """One entry scored against reading ``position`` of the query, or None when no word pairs."""
    assessed = _assess_entry(index, variant, similar_maps, entry_id)
    return None if assessed is None else _scale(index, query, assessed, position)


def _assess_entry(
    index: MatchIndex, variant: QueryVariant, similar_maps: list[dict[str, float]], entry_id: int
) -> Assessed | None:
    entry = index.entries[entry_id]
    alignment = score_alignment(
        variant.keys,
        variant.weights,
        variant.total,
        entry.keys,
        entry.weights,
        entry.total,
        None if entry.is_acronym else similar_maps,
        (variant.texts, entry.texts),
    )
    if alignment.fuzzy and entry_id in index.compact_postings.get(variant.compact, ()):
        alignment = _written_apart(variant, similar_maps, entry, alignment)
    if alignment.score <= 0.0:
        return None
    if entry.apart:  # the name glued from words meets a query that writes them apart
        alignment = replace(alignment, joined=True)
    variation = describe_variation(variant.texts, variant.weights, entry.texts, entry.weights, alignment.pairs)
    penalty = variant_penalty(variation, joined=alignment.joined)
    base = alignment.score
    inside = entry.descriptive and alignment.name_coverage < FULL_NAME and _inside_left_out(entry, alignment)
    if inside and named_by_place(index, entry, alignment):
        inside = []
    if inside:
        base *= _descriptive_coverage(entry, alignment, inside) / alignment.name_coverage**NAME_COVERAGE_POWER
    short = (
        0.0
        if entry.is_acronym or inside
        else short_form_score(alignment, _classes(entry, alignment), entry.texts, len(variant.keys), entry.surnames)
    )
    if entry.derived:
        if alignment.query_coverage < FULL_NAME:
            return None  # a word beyond a name's part: the name itself says whether it is there
        short = max(short, base * DERIVED_FACTOR)
        if names_something_else(entry.name):  # «Великого поручения»: also a faith's word
            short = min(short, ELSEWHERE_DERIVED_SCORE)
        base = 0.0  # the quoted part of a name is a short form of it, never the name itself
    # a name all of whose words the query writes, some misspelled or heard by ear, scores as its
    # short form would but is not said to be one ("Eurasian" is no short form of Eurasianet)
    left_out = any(entry.weights[j] > STOP_WEIGHT for j in alignment.unpaired)
    short_form = short > base and (left_out or entry.derived)
    base = max(base, short)
    namesake = not entry.is_acronym and is_namesake(alignment, len(variant.keys), entry.classes, entry.surnames)
    if namesake:  # «Борис Немцов» is the man: at most a possible match, said to be the namesake
        base, short_form = namesake_score(alignment, entry.classes), False
    return Assessed(entry_id, alignment, variation, base * (1.0 - penalty), short_form, namesake)


def _classes(entry: NameEntry, alignment: Alignment) -> tuple[WordClass, ...]:
    """The entry's word classes, a bound word distinctive when the query names it with its generic word."""
    return (
        bound_classes(entry.classes, entry.bound, {j for _, j, _ in alignment.pairs}) if entry.bound else entry.classes
    )


def _written_apart(
    variant: QueryVariant, similar_maps: list[dict[str, float]], entry: NameEntry, alignment: Alignment
) -> Alignment:
    """The better alignment when the query writes apart a word the register glues (``B4 Ukraine``
    for ``B4Ukraine``): a query word paired by spelling with the glued word it is part of leaves
    that word to the query's words run together. Only for an entry whose words run together are
    the query's (found by that key whatever the bounds, so a threshold still only filters)."""
    keys = variant.keys
    parts = {(i, entry.keys[j]) for i, j, sim in alignment.pairs if sim < 1.0 and keys[i] in entry.keys[j]}
    if not parts:
        return alignment
    maps = [{k: s for k, s in close.items() if (i, k) not in parts} for i, close in enumerate(similar_maps)]
    apart = score_alignment(
        keys, variant.weights, variant.total, entry.keys, entry.weights, entry.total, maps, (variant.texts, entry.texts)
    )
    return apart if apart.score > alignment.score else alignment


def _inside_left_out(entry: NameEntry, alignment: Alignment) -> list[int]:
    """The words of the name, function words aside, left out before the last word paired: "Dialogue
    Foundation" leaves out the "Open" of "Open Dialogue Foundation"; "Open Society Institute"
    leaves out only what qualifies the name at its end."""
    last = max((j for _, j, _ in alignment.pairs), default=-1)
    return [j for j in alignment.unpaired if j < last and entry.weights[j] > STOP_WEIGHT]


def _descriptive_coverage(entry: NameEntry, alignment: Alignment, inside: list[int]) -> float:
    """The name's coverage when the words left out inside a name of ordinary words weigh as much
    as a distinctive word: such a name is the sum of its words (American Councils for
    International Education is not the American Council on Education)."""
    stops = sum(entry.weights[j] for j in alignment.unpaired if entry.weights[j] <= STOP_WEIGHT)
    total = entry.total - stops
    matched = alignment.name_coverage * total
    return matched / (total + sum(1.0 - entry.weights[j] for j in inside))


def _scale(index: MatchIndex, query: AnalyzedQuery, assessed: Assessed, position: int) -> Scored:
    entry = index.entries[assessed.entry_id]
    factor = _acronym_factor(index, query, entry) if entry.is_acronym else 1.0
    mismatch = bool(query.legal_forms and entry.legal_forms and not query.legal_forms & entry.legal_forms)
    forms = query.legal_forms | query.outer_forms if query.outer_forms else query.legal_forms
    foreign = bool(forms) and _foreign_form(index, forms, entry, assessed.alignment)
    score = assessed.unscaled * factor * (LEGAL_FORM_MISMATCH_FACTOR if mismatch else 1.0)
    if foreign:
        score *= FOREIGN_FORM_FACTOR
    if query.variants[position].numbered or query.variants[position].glued:
        score *= NUMBER_WORDS_FACTOR
    guess = short_guess(index, query, position, entry, assessed.alignment) if score > SHORT_GUESS_SCORE else ""
    if guess:
        score = SHORT_GUESS_SCORE
    return Scored(
        round(score, 4),
        assessed.entry_id,
        position,
        assessed.alignment,
        factor,
        mismatch,
        assessed.variation,
        assessed.short_form and not guess,  # a word paired by a guess is no distinctive word kept
        assessed.namesake,
        foreign,
        guess,
    )


def _foreign_form(index: MatchIndex, forms: frozenset[str], entry: NameEntry, alignment: Alignment) -> bool:
    """Whether the query's legal forms are foreign to the organization and the name it shares is
    ordinary (see :data:`FOREIGN_FORM_FACTOR`)."""
    if forms & organization_legal_forms(index, entry.org):
        return False
    if entry.is_acronym:
        return True
    full_form = not entry.derived or any(
        without_own_acronym(name) == entry.name for name in index.organizations[entry.org].all_names()
    )  # a name without its own acronym is the whole name
    whole = alignment.name_coverage >= FULL_NAME and full_form
    return not whole and all(entry.classes[j] != "distinctive" for _, j, _ in alignment.pairs)


def organization_legal_forms(index: MatchIndex, org: int) -> frozenset[str]:
    """Every legal form the organization's names carry (cached in the index)."""
    known: dict[int, frozenset[str]] = index.caches.table("organization legal forms", dict)
    found = known.get(org)
    if found is None:
        names = index.organizations[org].all_names()
        found = known[org] = frozenset(t.legal_form for name in names for t in tokenize_name(name) if t.legal_form)
    return found


def _acronym_factor(index: MatchIndex, query: AnalyzedQuery, entry: NameEntry) -> float:
    owners = index.acronym_owners.get(entry.keys[0], frozenset())
    groups = {index.organizations[o].group_id or index.organizations[o].id for o in owners}
    factor = ACRONYM_UNIQUE_FACTOR if len(groups) <= 1 else ACRONYM_SHARED_FACTOR
    if entry.keys[0] not in find_capital_keys(query.text):
        factor *= ACRONYM_LOWERCASE_FACTOR
    if len(entry.keys[0]) <= 2:
        factor *= ACRONYM_SHORT_FACTOR
    return factor
