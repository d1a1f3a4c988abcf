"""Scoring the register entries a query reaches: what depends on the query's words, and what on its writing.

Scoring one entry against one reading of a query's words (a :class:`QueryVariant`) gives the word
alignment, the variation between paired words and the score before two factors that depend on
how the query is written: whether it writes an acronym in capitals, and which legal forms it
carries. That first part depends on the words alone, so it is kept per reading and cutoff in the
index's cache (see :mod:`undesirable.matching.caches`): ``Open Society Foundations``, ``OPEN
SOCIETY FOUNDATIONS LTD`` and the same name with an invisible character in it score their entries
once. The factors are applied per query (:func:`undesirable.matching.factors.scale`) by
:func:`score_candidates` and :func:`entry_scorer`.
"""

from __future__ import annotations

from collections.abc import Callable

from undesirable.matching.bound import bound_classes
from undesirable.matching.derived import names_something_else
from undesirable.matching.disguised import ordinary_readings, with_ordinary_readings
from undesirable.matching.factors import DERIVED_FACTOR, FULL_NAME, ceiling, scale
from undesirable.matching.factors import organization_legal_forms as organization_legal_forms
from undesirable.matching.fronted import fronted_nouns, written_words
from undesirable.matching.guesses import SHORT_GUESS_SCORE, named_by_place, ordinary_part
from undesirable.matching.halves import on_other_side
from undesirable.matching.index import STOP_WEIGHT, MatchIndex, NameEntry
from undesirable.matching.parts import is_kind_word
from undesirable.matching.query import AnalyzedQuery, QueryVariant, find_candidates, find_similar_keys
from undesirable.matching.result import Assessed as Assessed
from undesirable.matching.result import Scored
from undesirable.matching.score import NAME_COVERAGE_POWER, Alignment, Partners, query_partners, score_alignment
from undesirable.matching.shortforms import (
    NAMESAKE_SCORE,
    is_namesake,
    may_be_short_form,
    namesake_score,
    short_form_score,
)
from undesirable.matching.variants import describe_variation, variant_penalty, variant_score
from undesirable.names.normalize import GENERIC_KEY_PREFIX
from undesirable.names.translit import skeletonize_token
from undesirable.names.vocabulary import WordClass

ELSEWHERE_DERIVED_SCORE = 0.75
"""Highest score of a quoted part of a name that also names something else (a possible match)."""

PRUNE_MARGIN = 0.98
"""Candidates whose best possible score is below ``threshold * PRUNE_MARGIN`` are not scored."""


def score_candidates(index: MatchIndex, query: AnalyzedQuery, threshold: float) -> list[Scored]:
    """The entries the query's readings reach that score at least ``threshold``, in the order
    reached: every one that ranks above the entries of its organization reached before it
    (:attr:`Scored.rank`). The others can be no organization's best match: an entry whose highest
    possible rank (:func:`ceiling` with equal words, then its score before the writing's factors,
    which only lower it, with its words' pairs) does not rise above its organization's best so far
    is neither assessed nor scaled."""
    scored: list[Scored] = []
    best: dict[int, tuple[float, float]] = {}
    entries = index.entries
    for position, variant in enumerate(query.variants):
        reading = _reading(index, variant, threshold)
        for slot, entry_id in enumerate(reading.entry_ids):
            org = entries[entry_id].org
            top = best.get(org)
            if top is not None and (round(ceiling(query, entries[entry_id], position), 4), 1.0) <= top:
                continue
            assessed = reading.assessed(index, slot)
            if assessed is None or (
                top is not None and (round(assessed.unscaled, 4), assessed.alignment.min_similarity) <= top
            ):
                continue
            result = scale(index, query, assessed, position)
            if result.score >= threshold and (top is None or result.rank > top):
                best[org] = result.rank
                scored.append(result)
    return scored


class Reading:
    """The entries one reading of a query's words reaches whose bound passes ``threshold *
    PRUNE_MARGIN`` (each once: an entry reached both by the compact key and by its words is one
    candidate), each assessed when first needed (None: it cannot reach the threshold). Kept in
    the index's cache by the reading's words and the threshold."""

    __slots__ = ("_assessed", "_partners", "_similar_maps", "entry_ids", "threshold", "variant")

    def __init__(self, index: MatchIndex, variant: QueryVariant, threshold: float) -> None:
        similar = [find_similar_keys(index, k, t) for k, t in zip(variant.keys, variant.texts, strict=True)]
        self.variant = variant
        self.threshold = threshold
        self.entry_ids = tuple(dict.fromkeys(find_candidates(index, variant, similar, threshold * PRUNE_MARGIN)))
        self._similar_maps = [dict(s) for s in similar] if self.entry_ids else []
        self._partners = query_partners(variant.keys, self._similar_maps) if self.entry_ids else {}
        self._assessed: dict[int, Assessed | None] = {}

    def assessed(self, index: MatchIndex, slot: int) -> Assessed | None:
        """The candidate at ``slot`` assessed (remembered; None when it cannot reach the threshold)."""
        if slot in self._assessed:
            return self._assessed[slot]
        variant, entry_id = self.variant, self.entry_ids[slot]
        found = self._assessed[slot] = _assess_entry(
            index, variant, self._similar_maps, entry_id, self._partners, self.threshold
        )
        return found


def _reading(index: MatchIndex, variant: QueryVariant, threshold: float) -> Reading:
    """The :class:`Reading` of ``variant``'s words at ``threshold`` (cached: the same words written
    otherwise read the same)."""
    key = (variant.keys, variant.texts, variant.weights, threshold, variant.rejoined)
    cached = index.caches.assessed.get(key)
    if isinstance(cached, Reading):
        return cached
    reading = Reading(index, variant, threshold)
    if reading.entry_ids:  # most queries reach nothing: those are not worth keeping
        index.caches.assessed.put(key, reading)
    return reading


def entry_scorer(
    index: MatchIndex, query: AnalyzedQuery, position: int, lead: bool = False
) -> Callable[[int], Scored | None]:
    """Scores one entry at a time against reading ``position`` of the query (None when no word
    pairs), whatever its score; what depends on the reading alone is looked up once. ``lead``:
    the query is a leading part several organizations' names share (:mod:`undesirable.matching.leads`),
    which names each of them however ordinary its words."""
    variant = query.variants[position]
    similar_maps = [dict(find_similar_keys(index, k, t)) for k, t in zip(variant.keys, variant.texts, strict=True)]
    partners = query_partners(variant.keys, similar_maps)

    def score(entry_id: int) -> Scored | None:
        assessed = _assess_entry(index, variant, similar_maps, entry_id, partners)
        if assessed is not None and lead:
            assessed = assessed._replace(ordinary="")
        return None if assessed is None else scale(index, query, assessed, position)

    return score


def _assess_entry(
    index: MatchIndex,
    variant: QueryVariant,
    similar_maps: list[dict[str, float]],
    entry_id: int,
    partners: Partners | None = None,
    floor: float = 0.0,
) -> Assessed | None:
    """One entry assessed against one reading; ``partners``: the reading's :func:`query_partners`
    by spelling and sound (built once per reading). None when no word pairs, or when the entry
    cannot score ``floor`` whatever the writing (its variation and the writing's factors only
    lower its score; without a short form, words left out inside a name only lower it too)."""
    entry = index.entries[entry_id]
    alignment = _align(index, variant, similar_maps, entry_id, partners)
    if alignment is None:
        return None
    if entry.derived and alignment.query_coverage < FULL_NAME:
        return None  # a word beyond a name's part: the name itself says whether it is there
    may_be_namesake = bool(entry.surnames) and not entry.is_acronym
    ceiling = max(alignment.score, NAMESAKE_SCORE) if may_be_namesake else alignment.score
    if (
        floor > 0.0
        and round(ceiling, 4) < floor
        and not (entry.derived or may_be_short_form(alignment, len(variant.keys)))
    ):
        return None  # no short form: the score is at most the alignment's (or a namesake's)
    base = alignment.score
    inside = entry.descriptive and alignment.name_coverage < FULL_NAME and _inside_left_out(entry, alignment)
    if inside and named_by_place(index, entry, alignment):
        inside = []
    if inside:
        base *= _descriptive_coverage(entry, alignment, inside) / alignment.name_coverage**NAME_COVERAGE_POWER
    classes, read = _classes(index, variant, entry, alignment)
    short = (
        0.0
        if entry.is_acronym or inside
        else short_form_score(alignment, classes, entry.texts, len(variant.keys), entry.surnames, written_words(entry))
    )
    ordinary = (
        "" if short or base <= SHORT_GUESS_SCORE else ordinary_part(index, variant, entry, classes, alignment, read)
    )
    if entry.derived:
        short = max(short, base * DERIVED_FACTOR)
        if names_something_else(entry.name):  # «Великого поручения»: also a faith's word
            short = min(short, ELSEWHERE_DERIVED_SCORE)
        base = 0.0  # the quoted part of a name is a short form of it, never the name itself
    # a name all of whose words the query writes, some misspelled or heard by ear, scores as its
    # short form would but is not said to be one ("Eurasian" is no short form of Eurasianet)
    left_out = any(entry.weights[j] > STOP_WEIGHT for j in alignment.unpaired)
    short_form = short > base and (left_out or entry.derived)
    base = max(base, short)
    if floor > 0.0 and round(max(base, NAMESAKE_SCORE) if may_be_namesake else base, 4) < floor:
        return None
    variation = describe_variation(variant.texts, variant.weights, entry.texts, entry.weights, alignment.pairs)
    penalty = variant_penalty(variation, joined=alignment.joined, unreadable=len(entry.unreadable))
    namesake = may_be_namesake and is_namesake(alignment, len(variant.keys), entry.classes, entry.surnames)
    if namesake:  # «Борис Немцов» is the man: at most a possible match, said to be the namesake
        base, short_form = namesake_score(alignment, entry.classes), False
    unscaled = variant_score(base, penalty, variation)
    return Assessed(entry_id, alignment, variation, unscaled, short_form, namesake, "" if namesake else ordinary)


def _align(
    index: MatchIndex,
    variant: QueryVariant,
    similar_maps: list[dict[str, float]],
    entry_id: int,
    partners: Partners | None,
) -> Alignment | None:
    """The words of one reading aligned with one entry's, or None when no word pairs."""
    entry = index.entries[entry_id]
    if entry.is_acronym:  # an acronym pairs with equal keys only, of words spelled so (not by its synonyms' group key)
        spelled = zip(variant.keys, variant.texts, strict=True)
        partners = query_partners(tuple(k if k == skeletonize_token(t) else "" for k, t in spelled), None)
    elif partners is None:
        partners = query_partners(variant.keys, similar_maps)
    alignment = score_alignment(
        variant.keys,
        variant.weights,
        variant.total,
        entry.keys,
        entry.weights,
        entry.total,
        None if entry.is_acronym else similar_maps,
        (variant.texts, entry.texts),
        partners,
    )
    if alignment.fuzzy and entry_id in index.compact_postings.get(variant.compact, ()):
        alignment = _written_apart(variant, similar_maps, entry, alignment)
    if alignment.score <= 0.0 or (entry.digits and not _reads_digits(entry, alignment)):
        return None
    if entry.apart or (variant.rejoined and any(i in variant.rejoined for i, _, _ in alignment.pairs)):
        alignment = alignment._replace(joined=True)  # words one side glues the other writes apart
    return alignment


def _reads_digits(entry: NameEntry, alignment: Alignment) -> bool:
    """Whether the query names every word a name read out reads its digits as, and the words the
    digits were glued to (``K for Peace``, not ``K Peace`` or ``For Peace``: a digit left
    out is no digit read, and the parts of one glued word are no words of their own)."""
    said = {pair.split(" = ")[1] for pair in entry.digits.split(", ")}
    paired = {j for _, j, _ in alignment.pairs}
    spots = [j for j, text in enumerate(entry.texts) if text in said]
    return all(k in paired for j in spots for k in (j - 1, j, j + 1) if 0 <= k < len(entry.texts))


def _classes(
    index: MatchIndex, variant: QueryVariant, entry: NameEntry, alignment: Alignment
) -> tuple[tuple[WordClass, ...], frozenset[int]]:
    """The entry's word classes, a bound word distinctive when the query names it with its generic
    word, a word the query writes as an ordinary word in another spelling ordinary («музыка» of
    «Музика Вальдрен», :mod:`undesirable.matching.disguised`); and those words."""
    classes = (
        bound_classes(entry.classes, entry.bound, {j for _, j, _ in alignment.pairs}) if entry.bound else entry.classes
    )
    read = ordinary_readings(index, variant, entry, classes, alignment)
    return with_ordinary_readings(classes, read), read


def _written_apart(
    variant: QueryVariant, similar_maps: list[dict[str, float]], entry: NameEntry, alignment: Alignment
) -> Alignment:
    """The better alignment when the query writes apart a word the register glues (``B4 Ukraine``
    for ``K4Peace``): a query word paired by spelling with the glued word it is part of leaves
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
    leaves out only what qualifies the name at its end, «Будущее Карелии» only the kind words that
    lead «Фонд Будущее Карелии» (not a lone word: "House" is no International House)."""
    paired = [j for _, j, _ in alignment.pairs]
    first, last = min(paired, default=-1) if len(paired) > 1 else -1, max(paired, default=-1)
    keys, weights = entry.keys, entry.weights
    leading = {j for j in range(first) if keys[j].startswith(GENERIC_KEY_PREFIX) and is_kind_word(entry.texts[j])}
    leading |= fronted_nouns(alignment, written_words(entry))  # «исследований» of «Украинский институт»
    inside = [j for j in alignment.unpaired if j < last and weights[j] > STOP_WEIGHT and j not in leading]
    return [] if on_other_side(entry.name, inside, paired) else inside  # «Мемориал» of «Будущее. Мемориал»


def _descriptive_coverage(entry: NameEntry, alignment: Alignment, inside: list[int]) -> float:
    """The name's coverage when the words left out inside a name of ordinary words weigh as much
    as a distinctive word: such a name is the sum of its words (American Councils for
    International Education is not the American Council on Education)."""
    stops = sum(entry.weights[j] for j in alignment.unpaired if entry.weights[j] <= STOP_WEIGHT)
    total = entry.total - stops
    matched = alignment.name_coverage * total
    return matched / (total + sum(1.0 - entry.weights[j] for j in inside))
