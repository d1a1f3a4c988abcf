"""The scan index: the register's names as word-id sequences, their anchors, acronyms and domains.

Built once per register state (:func:`build_scan_index`), it holds:

- a vocabulary: each lemma of a name word gets an id; every inflected form of a name word (:func:`inflect_word`)
  maps to the ids it may stand for;
- a trie over id sequences, one path per name, whose leaves hold :class:`NameEntry` s;
- one Aho-Corasick automaton over the lower-cased text: each name has one *anchor* word, its least common word
  among all names, and every form of that word is a key; a hit at word boundaries says "a name may be around here"
  and how far around. Web domains (``meduza.io``) and acronyms (lower-cased, then as written: ``NED``) are keys too.

Only the few places where an anchor occurs are tokenized and matched against the trie, so most of a text is only seen
by the automaton (C code).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from undesirable.model import Organization
from undesirable.names.lemma import is_cyrillic_word, lemmatize_token
from undesirable.names.normalize import analyze_word
from undesirable.scanning.aliases import ARTICLES, AliasSpec
from undesirable.scanning.apposed import apposed_specs
from undesirable.scanning.automaton import build_automaton
from undesirable.scanning.cognates import register_names
from undesirable.scanning.country_orders import reordered_specs
from undesirable.scanning.forms import german_adjective_forms, inflect_word
from undesirable.scanning.glued_words import glued_forms
from undesirable.scanning.legal_forms import other_legal_forms
from undesirable.scanning.lists import AmbiguityRule, ScanLists, load_scan_lists, organization_domains
from undesirable.scanning.orders import CONFIDENCE_WORD_ORDER, Bag, Reorderable, bag_of, content_words
from undesirable.scanning.rules import name_rule
from undesirable.scanning.shortforms import short_forms_of
from undesirable.scanning.text import WORD, lower_text, repair_mixed_cased
from undesirable.scanning.typos import TypoTable, anchor_keys
from undesirable.scanning.word_bags import BagName, bag_name

WORD_SLACK_CHARS = 12
"""Characters allowed per name word, beyond its own length, for inflection and the gap after it."""
MAX_SHORT_ACRONYM = 2
"""Acronyms this short, and short one-word forms (``AliasSpec.cued``), need a cue word of the entry's trade
(``ScanLists.trade_cues_for``: «Корреспондент DW», «выпускник Йеля») or a nearby mention."""

FALLBACK_PREFIX = 3  # text words whose first letters match no name lemma are not lemmatized
CONFIDENCE_NAME = 0.95  # a name of two words or more
CONFIDENCE_WORD = 0.9  # a one-word name that is not an ordinary word
CONFIDENCE_ACRONYM = 0.8
CONFIDENCE_DERIVED = 0.85  # the quoted part of a longer register name


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One name of one organization, as the scanner looks for it.

    Attributes:
        org: the organization.
        name: the register name (or part of one) it comes from; reported as ``matched_name``.
        size: how many words.
        gaps: the punctuation the name has between each pair of its words.
        article: the name starts with "the", which a text may leave out.
        rule: how a text must mark it as a name when it is also an ordinary word, else None.
        cues: cue words that fit the organization.
        confidence: how sure a plain hit is.
        acronym: matched as written (case-sensitive); needs_head, reordered, glued, lead, headed, apposed: see
            ``AliasSpec``;
        part: one word of a longer name (Jamestown): "Jamestown, Virginia" is the town.
    """

    org: Organization
    name: str
    size: int
    gaps: tuple[frozenset[str], ...]
    article: bool
    rule: AmbiguityRule | None
    cues: frozenset[str]
    confidence: float
    acronym: bool = False
    needs_head: bool = False
    reordered: bool = False
    glued: bool = False
    part: bool = False
    lead: bool = False
    headed: bool = False
    apposed: bool = False


@dataclass(slots=True)
class TrieNode:
    children: dict[int, TrieNode] = field(default_factory=dict)
    entries: list[NameEntry] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DomainEntry:
    domain: str
    orgs: tuple[Organization, ...]


@dataclass(slots=True)
class AnchorKey:
    """The value of one key of the automaton.

    Attributes:
        length: the key's length.
        before, after: for an anchor word, how many characters before and after it a name
            anchored on it may reach (-1: the key is no anchor).
        domains: the web domains this key is.
        acronyms: acronyms whose lower case this key is, as written -> their entries.
    """

    length: int
    before: int = -1
    after: int = -1
    domains: list[DomainEntry] = field(default_factory=list)
    acronyms: dict[str, list[NameEntry]] = field(default_factory=dict)


@dataclass
class ScanIndex:
    """Everything :func:`undesirable.scanning.scan_text` needs; build with :func:`build_scan_index`."""

    organizations: tuple[Organization, ...]
    trie: dict[int, TrieNode]
    forms: dict[str, tuple[int, ...]]
    lemma_ids: dict[str, int]
    lemma_prefixes: frozenset[str]
    automaton: Any
    name_count: int = 0
    phonetic: dict[tuple[str, ...], list[NameEntry]] = field(default_factory=dict)
    translit: dict[str, tuple[int, ...]] = field(default_factory=dict)
    heard_words: dict[str, list[NameEntry]] = field(default_factory=dict)
    spoken: dict[str, list[NameEntry]] = field(default_factory=dict)  # acronyms said as a word (scanning.spoken)
    latin_leads: dict[tuple[str, ...], NameEntry] = field(default_factory=dict)  # (scanning.latin_leads)
    bags: dict[Bag, list[Reorderable]] = field(default_factory=dict)
    """The content words of names another word order may use (:mod:`undesirable.scanning.orders`) -> names."""
    bag_words: frozenset[int] = frozenset()  # every word id of those bags
    russian_bags: dict[Bag, list[BagName]] = field(default_factory=dict)  # the same for Russian names (word_bags)
    russian_bag_words: frozenset[int] = frozenset()
    typos: TypoTable | None = None
    """Long Cyrillic forms by their deletion keys (:mod:`undesirable.scanning.typos`)."""

    def ids_of(self, word: str) -> tuple[int, ...]:
        """The ids a lower-case text word may stand for (empty if it is no name word)."""
        ids = self.forms.get(word)
        if ids is not None:
            return ids
        if word[:FALLBACK_PREFIX] not in self.lemma_prefixes or not is_cyrillic_word(word):
            return ()
        found = self.lemma_ids.get(lemmatize_token(word))
        return () if found is None else (found,)


def build_scan_index(orgs: Sequence[Organization]) -> ScanIndex:
    """Index the names, acronyms and web domains of ``orgs`` for :func:`scan_text`.

    Args:
        orgs: the organizations to look for (normally every organization of the current register).

    Returns:
        The index (a fraction of a second for the whole register).
    """
    lists = load_scan_lists()
    names = register_names(orgs, lists)  # with a sibling language's entry's Russian names
    specs = names + short_forms_of(names)
    specs += reordered_specs(specs) + apposed_specs(names)
    specs += glued_forms(specs, known := {(org.id, spec.words) for org, spec in specs})
    specs += [(org, v) for org, spec in names for v in other_legal_forms(spec) if (org.id, v.words) not in known]
    builder = _Builder(lists)
    for _, spec in specs:
        if not spec.acronym:
            builder.add_vocabulary(spec)
    ambiguous_keys = builder.ambiguous_keys()
    for org, spec in specs:
        builder.add_name(org, spec, ambiguous_keys)
    for org in orgs:
        builder.add_domains(org)
    index = builder.finish(tuple(orgs))
    from undesirable.scanning.sound_tables import add_sound_tables  # they build on this module's entries

    add_sound_tables(index, orgs, specs, {org.id: lists.cues_for(org.category) for org in orgs})
    return index


class _Builder:
    def __init__(self, lists: ScanLists) -> None:
        self.lists = lists
        self.lemma_ids: dict[str, int] = {}
        self.forms: dict[str, set[int]] = {}
        self.counts: Counter[int] = Counter()
        self.trie: dict[int, TrieNode] = {}
        self.keys: dict[str, AnchorKey] = {}
        self.domains: dict[str, list[Organization]] = {}
        self.bags: dict[Bag, list[Reorderable]] = {}
        self.russian_bags: dict[Bag, list[BagName]] = {}
        self.name_count = 0

    def word_id(self, word: str) -> int:
        lemma = min(german_adjective_forms(word), default=None) or lemmatize_token(word)  # one id for every ending
        found = self.lemma_ids.setdefault(lemma, len(self.lemma_ids))
        for form in inflect_word(word) | {lemma}:
            self.forms.setdefault(form, set()).add(found)
        return found

    def add_vocabulary(self, spec: AliasSpec) -> None:
        self.counts.update({self.word_id(w) for w in spec.words})

    def ambiguous_keys(self) -> dict[tuple[int, ...], AmbiguityRule]:
        keys: dict[tuple[int, ...], AmbiguityRule] = {}
        for alias, rule in self.lists.ambiguous.items():
            words = WORD.findall(lower_text(alias))
            if words and words[0] in ARTICLES:
                words = words[1:]
            keys[tuple(self.word_id(w) for w in words)] = rule
        return keys

    def add_name(self, org: Organization, spec: AliasSpec, ambiguous: dict[tuple[int, ...], AmbiguityRule]) -> None:
        cues = self.lists.cues_for(org.category)
        if spec.acronym:
            text = repair_mixed_cased(spec.words[0])
            short = len(text) <= MAX_SHORT_ACRONYM
            rule = self.lists.ambiguous.get(text) or ("context" if short else None)
            cues = self.lists.trade_cues_for(org.category) if short else cues
            entry = NameEntry(org, spec.name, 1, (), False, rule, cues, CONFIDENCE_ACRONYM, acronym=True)
            self._key(lower_text(text)).acronyms.setdefault(text, []).append(entry)
            self.name_count += 1
            return
        ids = tuple(self.word_id(w) for w in spec.words)
        article = spec.words[0] in ARTICLES and len(ids) > 1
        named = replace(spec, words=spec.glued_from) if spec.glued_from else spec  # glued: as its words apart
        core = tuple(self.word_id(w) for w in named.words[article:])
        rule = name_rule(ambiguous.get(core), named, article, org)
        rule, cues = ("context", self.lists.trade_cues_for(org.category, spec.name)) if spec.cued else (rule, cues)
        several = len(ids) - article > 1
        confidence = CONFIDENCE_DERIVED if spec.derived else (CONFIDENCE_NAME if several else CONFIDENCE_WORD)
        confidence = CONFIDENCE_WORD_ORDER if spec.reordered else confidence
        entry = NameEntry(org, spec.name, len(ids), spec.gaps, article, rule, cues, confidence, False, spec.needs_head)
        part = spec.derived and len(ids) == 1 < len(WORD.findall(spec.name))  # one word of a longer name
        entry = replace(entry, reordered=spec.reordered, glued=bool(spec.glued_from), part=part, lead=spec.lead)
        entry = replace(entry, headed=spec.headed) if spec.headed else entry
        entry = replace(entry, apposed=True, rule=None) if spec.apposed else entry  # its capital marks it
        node = self.trie.setdefault(ids[0], TrieNode())
        for word_id in ids[1:]:
            node = node.children.setdefault(word_id, TrieNode())
        node.entries.append(entry)
        self.name_count += 1
        bags = [] if spec.glued_from else content_words(spec, tuple(org.all_names()))
        for content, head_words, links in bags:
            order = tuple(self.word_id(w) for w in content)
            heads = frozenset(self.word_id(w) for w in head_words)
            reordered = replace(entry, size=len(order), gaps=(), article=False, confidence=CONFIDENCE_WORD_ORDER)
            self.bags.setdefault(bag_of(order), []).append(Reorderable(reordered, order, heads, links))
        russian = bag_name(spec, replace(entry, gaps=(), article=False, confidence=CONFIDENCE_WORD_ORDER), self.word_id)
        if russian is not None:
            self.russian_bags.setdefault(bag_of(russian.order), []).append(russian)
        self._add_anchor(spec, ids, either_side=bool(bags) or russian is not None)

    def _add_anchor(self, spec: AliasSpec, ids: tuple[int, ...], *, either_side: bool = False) -> None:
        def rank(i: int) -> tuple[bool, int, int]:
            weak = analyze_word(spec.words[i]).kind != "word" or len(spec.words[i]) < 3
            return (weak, self.counts[ids[i]], -len(spec.words[i]))

        k = min(range(len(ids)), key=rank)
        before = sum(len(w) + WORD_SLACK_CHARS for w in spec.words[:k])
        after = sum(len(w) + WORD_SLACK_CHARS for w in spec.words[k + 1 :])
        if either_side:  # in another word order, the other words may stand on either side
            before = after = before + after
        for form in anchor_keys(spec.words[k]):
            key = self._key(form)
            key.before = max(key.before, before)
            key.after = max(key.after, after)

    def _key(self, text: str) -> AnchorKey:
        return self.keys.setdefault(text, AnchorKey(len(text)))

    def add_domains(self, org: Organization) -> None:
        for clean in organization_domains(org):
            if org not in self.domains.setdefault(clean, []):
                self.domains[clean].append(org)

    def finish(self, orgs: tuple[Organization, ...]) -> ScanIndex:
        for domain, owners in self.domains.items():
            self._key(domain).domains.append(DomainEntry(domain, tuple(owners)))
        prefixes = frozenset(lemma[:FALLBACK_PREFIX] for lemma in self.lemma_ids if len(lemma) >= FALLBACK_PREFIX)
        return ScanIndex(
            organizations=orgs,
            trie=self.trie,
            forms={form: tuple(sorted(ids)) for form, ids in self.forms.items()},
            lemma_ids=self.lemma_ids,
            lemma_prefixes=prefixes,
            automaton=build_automaton(self.keys),
            name_count=self.name_count,
            bags=self.bags,
            bag_words=frozenset(word_id for bag in self.bags for word_id in bag),
            russian_bags=self.russian_bags,
            russian_bag_words=frozenset(word_id for bag in self.russian_bags for word_id in bag),
        )
