"""The reasons of one name match, as structured :class:`undesirable.matching.reasons.Reason` s.

Exactness is said only of a name whose normalized words are those of the query (legal forms and
inflection set aside, as the normalizer does for every name); any other agreement is named for
what it is: a spelling, transliteration or diacritics variant, equivalent words, a short form,
the name of the person the organization is called after (the namesake, not the organization),
words heard and written in the other script, a fuzzy pairing, an acronym. What the normalizer had
to undo in the query (invisible characters, letter spacing, look-alike letters, capitals) is said
too.
"""

from __future__ import annotations

from typing import NamedTuple

from undesirable.matching.reasons import NOTE_CODES, Reason
from undesirable.matching.score import Alignment
from undesirable.matching.variants import Variation
from undesirable.model import Organization
from undesirable.names.clean import NormalizationNote

FULL_COVERAGE = 0.999
"""Coverages from this on count as every word accounted for (no "token overlap" reason)."""


class MatchFacts(NamedTuple):
    """Everything the reasons of one match are made from."""

    org: Organization
    name: str
    name_script: str
    query_script: str
    name_size: int
    query_size: int
    alignment: Alignment
    variation: Variation
    is_acronym: bool
    weak_acronym: bool
    lemmatized: bool
    short_form: bool
    namesake: str
    phonetic: tuple[str, ...]
    legal_forms: tuple[str, ...]
    legal_mismatch: bool
    notes: tuple[NormalizationNote, ...]
    foreign_form: bool = False
    short_guess: str = ""
    numbered: bool = False
    glued: bool = False
    demonyms: tuple[str, ...] = ()
    cut_words: tuple[str, ...] = ()
    written_forms: tuple[tuple[str, str], ...] = ()
    """The query's legal forms (as displayed) with the words that write them."""


def explain_match(facts: MatchFacts) -> list[Reason]:
    """The reasons, the main one first."""
    alignment, variation = facts.alignment, facts.variation
    reasons: list[Reason] = []
    full = alignment.query_coverage >= FULL_COVERAGE and alignment.name_coverage >= FULL_COVERAGE
    exact = (
        alignment.matched == facts.name_size == facts.query_size
        and not alignment.fuzzy
        and not alignment.joined
        and variation.is_exact
        and not facts.numbered
        and not facts.glued
        and not facts.cut_words
    )
    if facts.is_acronym:
        reasons.append(Reason("acronym_weak" if facts.weak_acronym else "acronym"))
    elif exact and not facts.short_form:
        primary = facts.name in (facts.org.name_ru, facts.org.name_en)
        reasons.append(Reason("exact_name" if primary else "exact_alias"))
    elif facts.namesake:
        reasons.append(Reason("named_after", {"person": facts.namesake}))
    elif facts.short_form:
        reasons.append(Reason("short_form"))
    elif not full and alignment.matched < max(facts.name_size, facts.query_size):
        total = max(facts.name_size, facts.query_size)
        reasons.append(Reason("token_overlap", {"matched": alignment.matched, "total": total}))
    reasons += _variant_reasons(facts)
    if alignment.type_conflict:
        reasons.append(Reason("type_conflict"))
    if facts.lemmatized:
        reasons.append(Reason("inflection_reduced"))
    if facts.numbered:
        reasons.append(Reason("numbers_as_words"))
    if facts.glued:
        reasons.append(Reason("glued_words"))
    written = dict(facts.written_forms)  # the form as the query writes it (Spolek for z.s.)
    reasons += [Reason("legal_form_ignored", {"form": f, "written": written.get(f, f)}) for f in facts.legal_forms]
    if facts.legal_mismatch:
        reasons.append(Reason("legal_forms_differ"))
    if facts.foreign_form:
        reasons.append(Reason("legal_form_foreign_acronym" if facts.is_acronym else "legal_form_foreign"))
    if facts.short_guess:
        reasons.append(Reason(facts.short_guess))
    if facts.name in (f.name for f in facts.org.former_names):
        reasons.append(Reason("former_name"))
    reasons += [Reason(NOTE_CODES[note]) for note in facts.notes]
    return reasons


def _variant_reasons(facts: MatchFacts) -> list[Reason]:
    alignment, variation = facts.alignment, facts.variation
    reasons: list[Reason] = []
    if alignment.joined:
        reasons.append(Reason("words_joined"))
    if facts.phonetic:
        reasons.append(Reason("phonetic_transcription", {"words": ", ".join(facts.phonetic)}))
    elif alignment.fuzzy:
        reasons.append(Reason("fuzzy", {"similarity": round(alignment.min_similarity, 2)}))
    if facts.demonyms:
        reasons.append(Reason("place_as_adjective", {"words": ", ".join(facts.demonyms)}))
    if facts.cut_words:
        reasons.append(Reason("word_cut", {"words": ", ".join(facts.cut_words)}))
    if variation.letters:
        reasons.append(Reason("spelling_variant", {"letters": variation.letters}))
    if variation.diacritics:
        reasons.append(Reason("diacritics_dropped"))
    if variation.equivalent:
        words = ", ".join(f"{a} = {b}" for a, b in variation.equivalent)
        reasons.append(Reason("equivalent_words", {"words": words}))
    cross_script = facts.query_script not in ("other", facts.name_script) and facts.name_script != "other"
    if variation.transliteration or (cross_script and not facts.phonetic):
        reasons.append(Reason("transliteration_variant"))
    if variation.function_words:
        reasons.append(Reason("function_words_ignored", {"words": ", ".join(variation.function_words)}))
    if variation.order:
        reasons.append(Reason("word_order"))
    return reasons
