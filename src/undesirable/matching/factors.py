"""The factors of how a query is written: scaling an entry assessed by its words alone.

An entry's score before these factors depends on the query's words (see
:mod:`undesirable.matching.candidates`); :func:`scale` applies what depends on how the query writes
them: whether it writes an acronym in capitals, which legal forms it carries, number words and
glued words, and whether all it shares with the name is a guess (:mod:`undesirable.matching.guesses`).
"""

from __future__ import annotations

from functools import cache

from undesirable.matching.capitals import find_capital_keys
from undesirable.matching.cut_words import CUT_PARTIAL_SCORE, cut_pairs, is_cut_alone
from undesirable.matching.guesses import SHORT_GUESS_SCORE, short_guess
from undesirable.matching.index import MatchIndex, NameEntry
from undesirable.matching.query import AnalyzedQuery, QueryVariant
from undesirable.matching.result import ACRONYM_UNIQUE_FACTOR, Assessed, Scored
from undesirable.matching.score import Alignment
from undesirable.matching.shortforms import EPONYM_SCORE, NAMESAKE_SCORE, SHORT_FORM_SCORE, SINGLE_WORD_SCORE
from undesirable.names.initials import without_own_acronym
from undesirable.names.normalize import analyze_word, tokenize_name
from undesirable.names.word_lists import word_lists

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
its score; so does a form of the kind of organization its names say it is, not a company's (an
e.V., a registered association, for an association)."""

NUMBER_WORDS_FACTOR = 0.97
"""Factor when the query writes as words a number the name writes in digits, glues two words
the name writes apart, writes a digit for a word of the name (Justice 4 Journalists), or reads as a
word a digit the name glues between letters: a variant, not the name."""

DERIVED_FACTOR = 0.98
"""Factor for the quoted part of a longer register name (a short form of it)."""

DERIVED_CEILING = max(DERIVED_FACTOR, SHORT_FORM_SCORE, SINGLE_WORD_SCORE, EPONYM_SCORE, NAMESAKE_SCORE)
"""The highest score before the writing's factors of the quoted part of a longer name: it scores
as a short form of it (see :mod:`undesirable.matching.candidates`)."""

FULL_NAME = 0.999
"""A name coverage from this on: the query names every word of the name."""


def scale(index: MatchIndex, query: AnalyzedQuery, assessed: Assessed, position: int) -> Scored:
    entry = index.entries[assessed.entry_id]
    factor = _acronym_factor(index, query, entry) if entry.is_acronym else 1.0
    mismatch = bool(query.legal_forms and entry.legal_forms and not query.legal_forms & entry.legal_forms)
    forms = query.legal_forms | query.outer_forms if query.outer_forms else query.legal_forms
    foreign = bool(forms) and _foreign_form(index, forms, entry, assessed.alignment)
    score = assessed.unscaled * factor * (LEGAL_FORM_MISMATCH_FACTOR if mismatch else 1.0)
    if foreign:
        score *= FOREIGN_FORM_FACTOR
    if _read_otherwise(query.variants[position]) or entry.digits:
        score *= NUMBER_WORDS_FACTOR
    cut = cut_pairs(index, query.variants[position], entry, assessed.alignment) if assessed.alignment.fuzzy else []
    if cut and not is_cut_alone(query.variants[position], assessed.alignment, cut):
        score = min(score, CUT_PARTIAL_SCORE)  # Info beside other words that differ
    guess = short_guess(index, query, position, entry, assessed.alignment) if score > SHORT_GUESS_SCORE else ""
    guess = guess or (assessed.ordinary if score > SHORT_GUESS_SCORE else "")  # «Экологический фонд»
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


def ceiling(query: AnalyzedQuery, entry: NameEntry, position: int) -> float:
    """The highest score ``entry`` can reach against reading ``position`` of the query, before it
    is assessed: a score before the writing's factors is at most 1 (at most ``DERIVED_FACTOR``
    for the quoted part of a name), an acronym's factor at most ``ACRONYM_UNIQUE_FACTOR``; the
    legal forms' mismatch and number, glued or read words lower it as :func:`scale` does, in its order."""
    top = ACRONYM_UNIQUE_FACTOR if entry.is_acronym else DERIVED_CEILING if entry.derived else 1.0
    if query.legal_forms and entry.legal_forms and not query.legal_forms & entry.legal_forms:
        top *= LEGAL_FORM_MISMATCH_FACTOR
    if _read_otherwise(query.variants[position]) or entry.digits:
        top *= NUMBER_WORDS_FACTOR
    return top


def _read_otherwise(variant: QueryVariant) -> bool:
    """Whether a reading reads words of the query otherwise than written: number words as digits,
    a glued word as two, digits as the words they sound like."""
    return variant.numbered or variant.glued or bool(variant.digits)


def _foreign_form(index: MatchIndex, forms: frozenset[str], entry: NameEntry, alignment: Alignment) -> bool:
    """Whether the query's legal forms are foreign to the organization and the name it shares is
    ordinary (see :data:`FOREIGN_FORM_FACTOR`)."""
    if forms & organization_legal_forms(index, entry.org) or _form_kinds(forms) & _organization_kinds(index, entry.org):
        return False
    if entry.is_acronym:
        return True
    whole = alignment.name_coverage >= FULL_NAME and (not entry.derived or _whole_name(index, entry))
    return not whole and all(entry.classes[j] != "distinctive" for _, j, _ in alignment.pairs)


def _whole_name(index: MatchIndex, entry: NameEntry) -> bool:
    """Whether a quoted part of a name is also one of the organization's whole names, once its own
    acronym is left out (cached in the index by name)."""
    names = index.organizations[entry.org].all_names
    return index.caches.remembered(
        "whole names", (entry.org, entry.name), lambda: any(without_own_acronym(n) == entry.name for n in names())
    )


COMPANY_KINDS = frozenset({"#company", "#society"})
"""Kind words of a company's legal form (Company, Gesellschaft, общество): what a legal form made of
them says is a business, whatever kind of organization the register's entry is."""


@cache
def _kinds_of_forms() -> dict[str, frozenset[str]]:
    """Each legal form (as displayed) -> the kinds of organization its spellings' words name, a
    company's aside (e.V., eingetragener Verein: ``#association``; АНО: ``#organization``)."""
    found: dict[str, set[str]] = {}
    for forms in word_lists().legal_by_first.values():
        for form in forms:
            kinds = {t.key for t in map(analyze_word, form.words) if t.kind == "generic"}
            found.setdefault(form.display, set()).update(kinds)
    return {display: frozenset(kinds) for display, kinds in found.items() if not kinds & COMPANY_KINDS}


def _form_kinds(forms: frozenset[str]) -> frozenset[str]:
    table = _kinds_of_forms()
    return frozenset().union(*(table.get(form, frozenset()) for form in forms))


def _organization_kinds(index: MatchIndex, org: int) -> frozenset[str]:
    """The kinds of organization the organization's names say it is (``#association``; cached in the index)."""
    names = index.organizations[org].all_names
    return index.caches.remembered(
        "organization kinds",
        org,
        lambda: frozenset(t.key for n in names() for t in tokenize_name(n) if t.kind == "generic"),
    )


def organization_legal_forms(index: MatchIndex, org: int) -> frozenset[str]:
    """Every legal form the organization's names carry (cached in the index)."""
    names = index.organizations[org].all_names
    return index.caches.remembered(
        "organization legal forms",
        org,
        lambda: frozenset(t.legal_form for name in names() for t in tokenize_name(name) if t.legal_form),
    )


def _acronym_factor(index: MatchIndex, query: AnalyzedQuery, entry: NameEntry) -> float:
    owners = index.acronym_owners.get(entry.keys[0], frozenset())
    groups = {index.organizations[o].group_id or index.organizations[o].id for o in owners}
    factor = ACRONYM_UNIQUE_FACTOR if len(groups) <= 1 else ACRONYM_SHARED_FACTOR
    if entry.keys[0] not in find_capital_keys(query.text):
        factor *= ACRONYM_LOWERCASE_FACTOR
    if len(entry.keys[0]) <= 2:
        factor *= ACRONYM_SHORT_FACTOR
    return factor
