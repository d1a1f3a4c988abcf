"""Query analysis for name screening: the query's word keys and weights, and the register entries it reaches.

:func:`analyze_query` tokenizes a query with the same normalizer as the register's names, drops
legal forms (remembered apart) and keeps up to two variants of the word keys: as written and
lemmatized. :func:`find_similar_keys` pairs one query key with the register keys equal or close
in spelling to it, and :func:`find_candidates` returns the register entries sharing an
informative word (or the whole compact key) with a variant whose upper bound of the score can
still reach the cut-off, so that only those are scored (see :mod:`undesirable.matching.match`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from undesirable.matching.cut_words import CUT_SIMILARITY, cut_partners
from undesirable.matching.demonyms import DEMONYM_SIMILARITY, demonym_partners
from undesirable.matching.hush import PHONETIC_LONG_SOUND, heard_hush, hears_hush
from undesirable.matching.index import (
    MIN_PHONETIC_LENGTH,
    STEM_PREFIX,
    STOP_WEIGHT,
    MatchIndex,
    compact_key,
    weigh_token,
)
from undesirable.matching.met import joined_gains, met_entries, name_side
from undesirable.matching.register_lemmas import with_register_lemmas
from undesirable.matching.score import (
    NAME_COVERAGE_POWER,
    QUERY_COVERAGE_POWER,
    TOKEN_SIMILARITY_MIN,
    pair_credit,
)
from undesirable.matching.shortforms import MIN_PAIR_SIMILARITY, SHORT_FORM_SCORE
from undesirable.matching.spelling import close_choices, swapped_spellings
from undesirable.matching.tables import (
    comparable_lengths,
    join_apart,
    spelled_compact,
    split_glued,
    stop_weights,
    two_other_words,
)
from undesirable.matching.written_forms import written_forms
from undesirable.names.abbreviations import read_abbreviations
from undesirable.names.clean import NormalizationNote, normalize_name_noted
from undesirable.names.normalize import (
    GENERIC_KEY_PREFIX,
    Token,
    analyze_word,
    analyze_word_as_written,
    mark_legal_forms,
)
from undesirable.names.numbers import digits_said, number_reading
from undesirable.names.translit import phonetic_key

MAX_QUERY_CHARS = 500
"""Longer input is cut: it is not a name."""

MAX_QUERY_WORDS = 24
"""Words of a query beyond this are ignored."""

FUZZY_MIN_LENGTH = 4
"""Words with shorter keys pair with equal keys only."""

FULL_COVERAGE = 0.999
BOUND_SLACK = 1e-9
"""Rounding room when a whole query is ruled out by its upper bound."""

PHONETIC_SIMILARITY = 0.8
"""Similarity of two words that sound alike (``хьюман`` / ``human``), counted like a fuzzy pair."""


@dataclass(frozen=True, slots=True)
class QueryVariant:
    """One reading of the query's words (as written, or lemmatized), with their weights."""

    keys: tuple[str, ...]
    texts: tuple[str, ...]
    weights: tuple[float, ...]
    total: float
    compact: str
    lemmatized: bool
    numbered: bool = False
    """Number words read as digits (``Twenty Two`` as ``22``)."""
    glued: bool = False
    """A word read as the two register words it glues (``Watchtower`` as ``Watch Tower``)."""
    rejoined: tuple[int, ...] = ()
    """The positions of the words read from two the query writes apart (``Storm-Watch`` as ``Stormwatch``)."""
    digits: str = ""
    """The digits read as the English words they sound like (``4 = for`` of ``Justice 4 Journalists``)."""


@dataclass(frozen=True, slots=True)
class AnalyzedQuery:
    """A query ready for lookup: its text, its variants, the legal forms it carries and what the
    normalizer had to undo (see :data:`undesirable.names.normalize.NormalizationNote`).

    Attributes:
        outer_forms: legal forms of the words around a part of a query screened alone (``ООО`` of
            ``ООО «Вместе»``): not compared, but they tell which kind of organization is named.
    """

    text: str
    variants: tuple[QueryVariant, ...]
    legal_forms: frozenset[str]
    notes: tuple[NormalizationNote, ...] = ()
    outer_forms: frozenset[str] = frozenset()
    written_forms: tuple[tuple[str, str], ...] = ()
    """Each legal form the query carries (as displayed) with the words that write it (``z.s.``: ``Spolek``)."""


def analyze_query(index: MatchIndex, query: str) -> AnalyzedQuery | None:
    """The query's variants and legal forms; ``None`` when it has no words besides legal forms.

    Args:
        index: gives the word weights.
        query: the name screened; cut to ``MAX_QUERY_CHARS`` and ``MAX_QUERY_WORDS``.
    """
    return analyze_tokens(index, query_tokens(index, query))


@dataclass(frozen=True, slots=True)
class QueryTokens:
    """A query's words analyzed, legal forms marked, and what the normalizer had to undo: the
    first step of :func:`analyze_query`, which :func:`undesirable.matching.reach.may_reach` looks
    at before any variant is built."""

    text: str
    tokens: list[Token]
    notes: tuple[NormalizationNote, ...]

    @property
    def kept(self) -> list[Token]:
        """The words compared: every token but legal forms."""
        return [t for t in self.tokens if t.kind != "legal_form"]


def query_tokens(index: MatchIndex, query: str) -> QueryTokens:
    """The query cut to ``MAX_QUERY_CHARS`` and ``MAX_QUERY_WORDS``, normalized and tokenized; a
    word that cannot be an inflected form of a register word keeps itself as lemma."""
    text = query[:MAX_QUERY_CHARS] if isinstance(query, str) else ""
    normalized, notes = normalize_name_noted(text)
    prefixes = index.stem_prefixes
    words = normalized.split()[:MAX_QUERY_WORDS]
    tokens = mark_legal_forms(
        [
            analyze_word(w) if len(w) <= STEM_PREFIX or w[:STEM_PREFIX] in prefixes else analyze_word_as_written(w)
            for w in words
        ]
    )
    tokens = with_register_lemmas(index, tokens)  # родников: родник of «Родники дракона», not родниковый
    return QueryTokens(text, read_abbreviations(tokens, text), notes)  # Inst. for Institute


def analyze_tokens(index: MatchIndex, query: QueryTokens) -> AnalyzedQuery | None:
    """:func:`analyze_query` from the query's tokens."""
    kept = query.kept
    if not kept:
        return None
    surface = _build_variant(index, kept, tuple(t.key for t in kept), tuple(t.text for t in kept), lemmatized=False)
    variants = [surface]
    lemma_keys = tuple(t.lemma_key for t in kept)
    if lemma_keys != surface.keys:
        variants.append(_build_variant(index, kept, lemma_keys, tuple(t.lemma for t in kept), lemmatized=True))
    numbered = number_reading(kept)
    if numbered is not None and any(t.key in index.postings for t in numbered if t.key.isdigit()):
        # number words read as the digits of a register name (Твенти Ту = 22)
        keys, texts = tuple(t.key for t in numbered), tuple(t.text for t in numbered)
        variants.append(replace(_build_variant(index, numbered, keys, texts, lemmatized=False), numbered=True))
    said = digits_said(kept)
    if said is not None:  # a digit for the word it sounds like (Justice 4 Journalists)
        words, read = said
        keys, texts = tuple(t.key for t in words), tuple(t.text for t in words)
        variants.append(replace(_build_variant(index, words, keys, texts, lemmatized=False), digits=read))
    split = split_glued(index, kept)
    if split is not None:  # a word glued from two register words (Watchtower = Watch Tower)
        keys, texts = tuple(t.key for t in split), tuple(t.text for t in split)
        variants.append(replace(_build_variant(index, split, keys, texts, lemmatized=False), glued=True))
    rejoined = join_apart(index, kept)
    if rejoined is not None:  # two words that make one register word (Storm-Watch = Stormwatch)
        words, positions = rejoined
        keys, texts = tuple(t.key for t in words), tuple(t.text for t in words)
        variants.append(replace(_build_variant(index, words, keys, texts, lemmatized=False), rejoined=positions))
    legal = frozenset(t.legal_form for t in query.tokens if t.legal_form)
    written = tuple(written_forms(query.text, query.tokens).items()) if legal else ()
    return AnalyzedQuery(query.text, tuple(variants), legal, query.notes, written_forms=written)


def _build_variant(
    index: MatchIndex, tokens: list[Token], keys: tuple[str, ...], texts: tuple[str, ...], *, lemmatized: bool
) -> QueryVariant:
    weights = tuple(weigh_token(t, index.word_weights, k) for t, k in zip(tokens, keys, strict=True))
    return QueryVariant(keys, texts, weights, sum(weights), compact_key(keys), lemmatized)


def find_similar_keys(index: MatchIndex, key: str, text: str = "") -> tuple[tuple[str, float], ...]:
    """Register keys equal or close in spelling to one query key, with their similarity (cached).

    Close means at most :func:`~undesirable.matching.spelling.max_edits` letter edits (insert, delete,
    replace, swap two neighbours) and a similarity of at least ``TOKEN_SIMILARITY_MIN``; keys shorter
    than ``FUZZY_MIN_LENGTH`` must be equal. ``text``: the word as the query writes it, which tells
    a hushing sound the key does not (see :func:`~undesirable.matching.hush.heard_hush`).
    """
    text = text if hears_hush(text) else ""
    cached = index.caches.similar.get(key + text)
    if cached is not None:
        return cached
    found: dict[str, float] = {}
    if key in index.postings:
        found[key] = 1.0
    if len(key) >= FUZZY_MIN_LENGTH and not key.startswith(GENERIC_KEY_PREFIX):
        for choice, distance in close_choices(index, key):
            sim = 1.0 - distance / max(len(key), len(choice))
            target = index.fuzzy_choices[choice]
            if sim >= TOKEN_SIMILARITY_MIN and len(choice) >= FUZZY_MIN_LENGTH - 1:
                found[target] = max(found.get(target, 0.0), sim)
    if key not in index.postings and len(key) >= FUZZY_MIN_LENGTH and key.isascii():
        for target in swapped_spellings(index, key):
            found[target] = max(found.get(target, 0.0), 1.0 - 1.0 / len(key))
    if len(key) >= MIN_PHONETIC_LENGTH and not key.startswith(GENERIC_KEY_PREFIX):
        sound = phonetic_key(key)
        for target in index.phonetic.get(sound, ()):
            long = len(sound) + heard_hush(text, target) >= PHONETIC_LONG_SOUND
            sim = PHONETIC_SIMILARITY if long else TOKEN_SIMILARITY_MIN
            if target == key or found.get(target, 0.0) >= sim or not comparable_lengths(key, target):
                continue
            if not two_other_words(key, target):  # open is no opinion
                found[target] = sim
    for target in demonym_partners(index).get(key, ()):  # canada: canadian
        found[target] = max(found.get(target, 0.0), DEMONYM_SIMILARITY)
    for target in cut_partners(index).get(key, ()):  # info: information
        found[target] = max(found.get(target, 0.0), CUT_SIMILARITY)
    result = tuple(found.items())
    index.caches.similar.put(key + text, result)
    return result


def find_candidates(
    index: MatchIndex, variant: QueryVariant, similar: list[tuple[tuple[str, float], ...]], cutoff: float
) -> list[int]:
    """Entries sharing an informative word (or the compact key) with the query whose upper bound
    of the score reaches ``cutoff``."""
    informative = [
        i
        for i, key in enumerate(variant.keys)
        if similar[i] and not key.startswith(GENERIC_KEY_PREFIX) and variant.weights[i] > STOP_WEIGHT
    ]
    used = informative or [i for i in range(len(variant.keys)) if similar[i]]
    # words not looked up that may still pair (generic and function words); a word close to no
    # register word pairs with nothing (run together with others it is found by the compact key),
    # but a function word counts as paired: left unpaired it leaves the total, which raises the
    # coverage as much as pairing it would
    looked_past = [i for i in range(len(variant.keys)) if i not in used and similar[i]]
    skipped = sum(variant.weights[i] for i in looked_past)
    skipped += sum(w for i, w in enumerate(variant.weights) if w <= STOP_WEIGHT and not similar[i])
    total = variant.total or 1.0
    found = list(index.compact_postings.get(variant.compact, ()))
    spelled = spelled_compact(variant.keys, variant.texts)
    if spelled != variant.compact:
        found += [e for e in index.compact_postings.get(spelled, ()) if e not in found]
    # what the query side of an entry needs to reach the cut-off
    need = max(0.0, cutoff - BOUND_SLACK) ** (1.0 / QUERY_COVERAGE_POWER) * total - skipped
    # a pair of close words counts its credit (see score.pair_credit), not its similarity
    gains = [
        (variant.weights[i] * (c := pair_credit(sim)), c, variant.weights[i], key)
        for i in used
        for key, sim in similar[i]
    ] + joined_gains(index, variant.keys, variant.weights)
    query_side, looked_up = met_entries(index, gains, need)
    # the name's words that may pair beyond those met: its generic and function words when the
    # query has some not looked up; else its function words, which leave its total when unpaired
    weak = index.weak_weights if looked_past else stop_weights(index)
    entries = index.entries
    for entry_id, matched in query_side.items():
        if matched < need:  # then the bound below is under the cut-off (need leaves BOUND_SLACK)
            continue
        cov_q = (matched + skipped) / total
        bound = 1.0 if cov_q >= 1.0 else cov_q**QUERY_COVERAGE_POWER
        if bound < cutoff:
            continue
        entry_total = entries[entry_id].total or 1.0
        cov_n = (name_side(looked_up, entry_id) + weak[entry_id]) / entry_total
        short_form_possible = (
            cutoff <= SHORT_FORM_SCORE
            and matched / MIN_PAIR_SIMILARITY + skipped >= total * FULL_COVERAGE  # words heard by ear pair too
        )
        if cov_n < 1.0 and bound * cov_n**NAME_COVERAGE_POWER < cutoff and not short_form_possible:
            continue
        found.append(entry_id)
    return found
