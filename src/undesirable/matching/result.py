"""One screening answer: the match as returned (:class:`NameMatch`), and how a scored entry becomes one."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from undesirable.matching.cut_words import without_cut_words
from undesirable.matching.demonyms import without_demonyms
from undesirable.matching.derived import names_something_else
from undesirable.matching.explain import MatchFacts, explain_match
from undesirable.matching.index import MIN_PHONETIC_LENGTH, MatchIndex, NameEntry
from undesirable.matching.query import AnalyzedQuery, QueryVariant
from undesirable.matching.reasons import Reason, render_reasons, unreadable_reasons
from undesirable.matching.score import Alignment
from undesirable.matching.shared import SharedName, group_members
from undesirable.matching.shortforms import namesake_words
from undesirable.matching.variants import Variation
from undesirable.model import Organization
from undesirable.names.translit import detect_script, phonetic_key

ACRONYM_UNIQUE_FACTOR = 0.95
"""Score of an acronym used by one organization (or one group) and written in capitals."""


class Assessed(NamedTuple):
    """One entry scored against one reading of a query's words, before the writing's factors."""

    entry_id: int
    alignment: Alignment
    variation: Variation
    unscaled: float
    short_form: bool
    namesake: bool = False
    ordinary: str = ""
    """``ordinary_part`` when the query is a part of the name made of ordinary words (see
    :func:`undesirable.matching.guesses.ordinary_part`)."""


@dataclass(frozen=True)
class NameMatch:
    """One organization a query may refer to.

    Attributes:
        organization: the register entry.
        score: similarity in [0, 1]; compare with ``STRONG_THRESHOLD`` / ``POSSIBLE_THRESHOLD``.
        matched_name: the register name (or alias, acronym, former name) that matched best.
        explanation: why, in short English phrases ("exact alias", "token overlap 3/4", ...): the
            English rendering of ``reasons``.
        reasons: why, as structured reasons (code plus values), to render in any language.
        shared_name: the other entries returned with the same name, and what tells them apart.
        group: the group of related entries the organization belongs to (from the annotations).
        group_members: the ids of that group's organizations.
    """

    organization: Organization
    score: float
    matched_name: str
    explanation: list[str]
    reasons: tuple[Reason, ...] = ()
    shared_name: SharedName | None = None
    group: str | None = None
    group_members: tuple[str, ...] = ()


class Scored(NamedTuple):
    """One scored register entry, with what the score was made of."""

    score: float
    entry_id: int
    variant: int
    alignment: Alignment
    acronym_factor: float
    legal_mismatch: bool
    variation: Variation
    short_form: bool
    namesake: bool = False
    foreign_form: bool = False
    short_guess: str = ""

    @property
    def rank(self) -> tuple[float, float]:
        """What orders two scored entries of one organization: the score, then how close the
        words pair (at equal scores, an inflection reduced explains better than a spelling)."""
        return self.score, self.alignment.min_similarity


def reasoned_match(
    index: MatchIndex, position: int, score: float, matched_name: str, reasons: tuple[Reason, ...]
) -> NameMatch:
    """The match of the organization at ``position`` found by another reading than its name's words
    (initials, a web address), explained by ``reasons`` alone."""
    org = index.organizations[position]
    return NameMatch(
        organization=org,
        score=score,
        matched_name=matched_name,
        explanation=render_reasons(reasons),
        reasons=reasons,
        group=org.group_id,
        group_members=group_members(index, org.group_id),
    )


def to_match(index: MatchIndex, query: AnalyzedQuery, scored: Scored) -> NameMatch:
    """The :class:`NameMatch` of one scored entry, with its reasons."""
    entry = index.entries[scored.entry_id]
    variant = query.variants[scored.variant]
    alignment, demonyms = without_demonyms(index, variant, entry, scored.alignment)
    alignment, cut = without_cut_words(index, variant, entry, alignment)
    facts = MatchFacts(
        org=index.organizations[entry.org],
        name=entry.name,
        name_script=entry.script,
        query_script=_script(variant.texts),
        name_size=len(entry.keys),
        query_size=len(variant.keys),
        alignment=alignment,
        variation=scored.variation,
        is_acronym=entry.is_acronym,
        weak_acronym=scored.acronym_factor < ACRONYM_UNIQUE_FACTOR,
        lemmatized=variant.lemmatized,
        numbered=variant.numbered,
        glued=variant.glued,
        short_form=scored.short_form,
        namesake=namesake_words(scored.alignment, _written(query, variant)) if scored.namesake else "",
        phonetic=tuple(p for p in phonetic_pairs(index, variant, entry, scored.alignment) if p not in cut),
        legal_forms=tuple(sorted(query.legal_forms | entry.legal_forms)),
        written_forms=query.written_forms,
        legal_mismatch=scored.legal_mismatch,
        foreign_form=scored.foreign_form,
        short_guess=scored.short_guess,
        notes=query.notes,
        demonyms=demonyms,
        cut_words=cut,
    )
    reasons = tuple(explain_match(facts))
    if entry.derived and names_something_else(entry.name):
        reasons = (*reasons, Reason("names_something_else", {"name": entry.name}))
    if entry.digits:  # K4Peace read out (K for Peace): not the name as written
        kept = (r for r in reasons if r.code not in ("exact_name", "exact_alias"))
        reasons = (*kept, Reason("digit_read", {"digits": entry.digits}))
    if variant.digits:  # Justice 4 Journalists: a digit for the word it sounds like
        kept = (r for r in reasons if r.code not in ("exact_name", "exact_alias"))
        reasons = (*kept, Reason("digit_as_word", {"digits": variant.digits}))
    if entry.unreadable:  # «Associa\uf50dão»: a letter the register's file lost
        kept = (r for r in reasons if r.code not in ("exact_name", "exact_alias"))
        reasons = (*kept, *unreadable_reasons(entry.unreadable))
    return NameMatch(
        organization=facts.org,
        score=scored.score,
        matched_name=entry.name,
        explanation=render_reasons(reasons),
        reasons=reasons,
        group=facts.org.group_id,
        group_members=group_members(index, facts.org.group_id),
    )


def _written(query: AnalyzedQuery, variant: QueryVariant) -> tuple[str, ...]:
    """The query's words as written, position for position with ``variant``'s: the surface
    reading's for a lemmatized reading, the reading's own when it reads the words another way
    (number words as digits, a glued word as two)."""
    read = variant.glued or variant.numbered or variant.rejoined or variant.digits
    return variant.texts if read else query.variants[0].texts


def phonetic_pairs(index: MatchIndex, variant: QueryVariant, entry: NameEntry, alignment: Alignment) -> tuple[str, ...]:
    """The word pairs that met by sound, not by spelling (``хьюман = human``)."""
    found = []
    for i, j, sim in alignment.pairs:
        left, right = variant.keys[i], entry.keys[j]
        if sim < 1.0 and len(left) >= MIN_PHONETIC_LENGTH and right in index.phonetic.get(phonetic_key(left), ()):
            found.append(f"{variant.texts[i]} = {entry.texts[j]}")
    return tuple(found)


@lru_cache(maxsize=4096)
def _script(texts: tuple[str, ...]) -> str:
    """The script of a reading's words (remembered: the same words come back in many queries)."""
    return detect_script(" ".join(texts))
