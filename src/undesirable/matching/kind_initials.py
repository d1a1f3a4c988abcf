"""Acronyms with the initial of a kind word the name does not write: ``IBO`` for the International
Baccalaureate (Organization), whose acronym the register lists as ``IB``.

A name that does not say what kind of organization it is (no word for a kind of organization in
any of its names: International Baccalaureate, not Free Russia Foundation) is often written with
one, and its acronym with that word's initial added at the end. The kind words are the register's
own (``data/weak_words.json``): the groups of words for kinds of organization whose Russian word
is a noun (Foundation, Organization, Institute; not International, an adjective), in the English
of names (``data/english_name_words.json``). A query in capitals matches an organization when it
is one of its listed acronyms (or the initials of a name of at least
:data:`MIN_BASE_NAME_WORDS` words) and such an initial.

This is weaker evidence than a listed acronym and never strong: one organization's acronym so
extended scores :data:`KIND_INITIAL_SCORE` (possible); an extension that several organizations
give, or that is also an ordinary word (``PINK``) or a common code of something else (``IBS``: see
:mod:`undesirable.matching.initials`), scores
:data:`~undesirable.matching.initials.SHARED_DERIVED_ACRONYM_SCORE`, below possible; one that is
another organization's initials or acronym is that organization's only (``IMA``, the International
Memorial Association, not IM with an Alliance).
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

from undesirable.matching.index import MatchIndex
from undesirable.matching.initials import (
    SHARED_DERIVED_ACRONYM_SCORE,
    initials_owners,
    initials_word,
    other_meaning,
)
from undesirable.matching.reasons import Reason
from undesirable.matching.result import NameMatch, reasoned_match
from undesirable.model import Organization
from undesirable.names.fragments import is_acronym_name
from undesirable.names.lemma import is_cyrillic_word, morph_analyzer
from undesirable.names.normalize import analyze_word, tokenize_name

KIND_INITIAL_SCORE = 0.72
"""Score of one organization's acronym with a kind word's initial added: a possible match, below
initials the register's names give whole (0.75)."""

MIN_BASE_NAME_WORDS = 2
"""A name of this many words (function words aside) gives initials a kind word's initial may extend."""

Base = tuple[str, str]
"""What a query extends: the acronym (or initials) and the name it is of."""


@cache
def kind_words_by_initial() -> dict[str, tuple[str, ...]]:
    """Initial (upper case) -> the English kind words that start with it (see the module docstring)."""
    english = set(json.loads(files("undesirable.data").joinpath("english_name_words.json").read_text("utf-8"))["words"])
    found: dict[str, list[str]] = {}
    for words in kind_noun_groups():
        for word in sorted(w for w in words if w in english):
            found.setdefault(word[0].upper(), []).append(word)
    return {letter: tuple(words) for letter, words in found.items()}


@cache
def kind_noun_groups() -> tuple[tuple[str, ...], ...]:
    """The groups of words for kinds of organization (``data/weak_words.json``) whose Russian word
    is a noun (Foundation, Institute; not International, an adjective)."""
    groups = json.loads(files("undesirable.data").joinpath("weak_words.json").read_text("utf-8"))["generic"]
    morph = morph_analyzer()
    found: list[tuple[str, ...]] = []
    for words in groups.values():
        russian = next((w for w in words if is_cyrillic_word(w)), "")
        if russian and morph.parse(russian)[0].tag.POS == "NOUN":
            found.append(tuple(words))
    return tuple(found)


@cache
def _kind_keys() -> frozenset[str]:
    return frozenset(analyze_word(w).key for words in kind_words_by_initial().values() for w in words)


def _says_its_kind(org: Organization) -> bool:
    kinds = _kind_keys()
    return any(t.key in kinds or t.lemma_key in kinds for name in org.all_names() for t in tokenize_name(name))


def _bases(org: Organization) -> list[Base]:
    """The organization's listed Latin acronyms and the initials of its Latin names of at least
    :data:`MIN_BASE_NAME_WORDS` words, each with the name it is of."""
    bases: list[Base] = []
    for name in org.all_names():
        if not name.isascii():
            continue
        if is_acronym_name(name):
            if name.isalpha() and name.isupper():
                bases.append((name, org.name_en or name))
            continue
        words = [t.text for t in tokenize_name(name) if t.kind not in ("stop", "legal_form")]
        if len(words) >= MIN_BASE_NAME_WORDS and all(w[:1].isalpha() for w in words):
            bases.append(("".join(w[0] for w in words).upper(), name))
    return bases


def kind_initial_owners(index: MatchIndex) -> dict[str, dict[int, Base]]:
    """Extended acronym -> organization position -> what it extends (built on first use)."""

    def build() -> dict[str, dict[int, Base]]:
        table: dict[str, dict[int, Base]] = {}
        letters = kind_words_by_initial()
        for position, org in enumerate(index.organizations):
            if _says_its_kind(org):
                continue
            for base, name in _bases(org):
                for letter in letters:
                    table.setdefault(base + letter, {}).setdefault(position, (base, name))
        return table

    return index.caches.table("kind_initials", build)


def match_kind_initials(index: MatchIndex, text: str, threshold: float) -> list[NameMatch]:
    """The organizations whose acronym ``text`` (one word in capitals) is with a kind word's
    initial added, scoring at least ``threshold``, in register order."""
    word = initials_word(text)
    owners = kind_initial_owners(index).get(word) if word else None
    if word is None or not owners:
        return []
    orgs = index.organizations
    others = set(initials_owners(index).get(word, {})) | set(index.acronym_owners.get(analyze_word(word).key, ()))
    if others - set(owners):
        return []  # the initials or acronym of another organization's name: that reading answers
    groups = {orgs[p].group_id or orgs[p].id for p in owners}
    doubt = other_meaning(word) or ("kind_initial_shared" if len(groups) > 1 else "")
    score = SHARED_DERIVED_ACRONYM_SCORE if doubt else KIND_INITIAL_SCORE
    if score < threshold:
        return []
    kinds = ", ".join(w.capitalize() for w in kind_words_by_initial()[word[-1]])
    return [
        reasoned_match(index, position, score, name, _reasons(base, name, word[-1], kinds, doubt))
        for position, (base, name) in sorted(owners.items())
    ]


def _reasons(base: str, name: str, letter: str, kinds: str, doubt: str) -> tuple[Reason, ...]:
    added = Reason("kind_initial_added", {"acronym": base, "name": name, "letter": letter, "kinds": kinds})
    if not doubt:
        return (added,)
    code = {"initials_common_code": "kind_initial_common_code", "initials_ordinary_word": "kind_initial_ordinary_word"}
    return added, Reason(code.get(doubt, doubt), {})
