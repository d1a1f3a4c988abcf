"""A name's country moved: Russian puts the organization's country first as an adjective or last in
the genitive («Канадский фонд местных инициатив», «Фонд местных инициатив Канады»), English first
or after "of" at the end ("the Academic Exchange Service of Germany" for the German Academic
Exchange Service). Each name is also looked for with its country on the other side (kind
``word_order``), and with its groups in another order (:func:`undesirable.scanning.orders.russian_orders`).
"""

from __future__ import annotations

from collections.abc import Sequence

from undesirable.model import Organization
from undesirable.names.countries import country_spellings
from undesirable.names.lemma import is_adjective, is_cyrillic_word, lemmatize_token, morph_analyzer
from undesirable.names.normalize import analyze_word
from undesirable.scanning.aliases import ARTICLES, AliasSpec
from undesirable.scanning.orders import is_noun, is_preposition, russian_orders
from undesirable.scanning.people_orders import people_orders
from undesirable.scanning.text import WORD, lower_text


def reordered_specs(specs: Sequence[tuple[Organization, AliasSpec]]) -> list[tuple[Organization, AliasSpec]]:
    """The other word orders (:func:`other_orders`) of every name of ``specs``."""
    adjectives = frozenset(
        lemmatize_token(w) for _, spec in specs if not spec.derived for w in spec.words if is_adjective(w)
    )
    return [(org, other) for org, spec in specs for other in other_orders(spec, org.country_code, adjectives)]


def other_orders(
    spec: AliasSpec, country_code: str | None, adjectives: frozenset[str] = frozenset()
) -> list[AliasSpec]:
    """A name's other word orders: a Russian name's groups (:func:`russian_orders`) and its
    country (:func:`country_last`, :func:`country_first`: the register's ``adjectives`` tell the
    country's), an English name's country (:func:`english_country_last`), its coordinated words swapped
    (:func:`swapped_coordination`), its adjective of a place or people written as a noun
    (:func:`undesirable.scanning.people_orders.people_orders`)."""
    return [
        *russian_orders(spec),
        *country_last(spec, country_code),
        *country_first(spec, country_code, adjectives),
        *english_country_last(spec, country_code),
        *swapped_coordination(spec),
        *people_orders(spec),
    ]


MIN_COUNTRY_STEM = 4
"""An adjective and a country's name sharing their first this many letters name the same country
(канадский, Канада; германский, Германия)."""


def country_last(spec: AliasSpec, country_code: str | None) -> list[AliasSpec]:
    """A Russian name that opens with the adjective of the organization's own country and then its
    head noun («Канадский фонд местных инициатив») is also written with the country in the
    genitive at its end («Фонд местных инициатив Канады»)."""
    words = spec.words
    if country_code is None or spec.acronym or spec.derived or spec.reordered or len(words) < 3:
        return []
    if not all(map(is_cyrillic_word, words)) or not is_adjective(words[0]) or not is_noun(words[1]):
        return []
    for place in country_spellings(country_code):
        if " " in place or not is_cyrillic_word(place) or place[:MIN_COUNTRY_STEM] != words[0][:MIN_COUNTRY_STEM]:
            continue
        form = morph_analyzer().parse(place)[0].inflect({"gent"})
        reordered = (*words[1:], form.word if form is not None else place)
        return [AliasSpec(spec.name, reordered, tuple(frozenset() for _ in reordered[1:]), reordered=True)]
    return []


def country_first(spec: AliasSpec, country_code: str | None, adjectives: frozenset[str]) -> list[AliasSpec]:
    """The other face of :func:`country_last`: a Russian name that opens with its head noun and ends
    in the organization's own country in the genitive («Конгресс украинцев Канады») is also written
    with the country's adjective first («Канадский конгресс украинцев»): of the register's
    ``adjectives`` (lemmas), the one that shares the most of the country's first letters, at least
    :data:`MIN_COUNTRY_STEM` (австрийский, not австралийский, of Австрия)."""
    words = spec.words
    if country_code is None or spec.acronym or spec.derived or spec.reordered or len(words) < 3:
        return []
    if not all(map(is_cyrillic_word, words)) or not is_noun(words[0]) or is_preposition(words[-2]):
        return []  # «… в Канаде»: a complement, not the organization's country
    place = lemmatize_token(words[-1])
    if place not in {p for p in country_spellings(country_code) if " " not in p} or place == words[-1]:
        return []  # the country in the genitive, not as a name's own word
    shared = {a: _common_letters(a, place) for a in adjectives if a[:MIN_COUNTRY_STEM] == place[:MIN_COUNTRY_STEM]}
    if not shared:
        return []
    reordered = (max(sorted(shared), key=shared.__getitem__), *words[:-1])
    return [AliasSpec(spec.name, reordered, tuple(frozenset() for _ in reordered[1:]), reordered=True)]


def _common_letters(one: str, two: str) -> int:
    return next((k for k, (a, b) in enumerate(zip(one, two, strict=False)) if a != b), min(len(one), len(two)))


MIN_ENGLISH_REST = 2
"""An English name's words after its country: its head and at least one word more."""


def english_country_last(spec: AliasSpec, country_code: str | None) -> list[AliasSpec]:
    """An English name that opens with the organization's own country or its adjective and then a
    head of two words or more ("German Academic Exchange Service") is also written with the
    country after "of" (or "of the") at its end ("the Academic Exchange Service of Germany")."""
    words = spec.words[1:] if spec.words[:1] and spec.words[0] in ARTICLES else spec.words
    if country_code is None or spec.acronym or spec.derived or spec.reordered or not spec.name.isascii():
        return []
    rest = words[1:]
    if "-" in spec.name.split()[len(spec.words) - len(words)]:
        return []  # "German-Russian Exchange": the country is one part of a compound
    if sum(analyze_word(w).kind != "stop" for w in rest) < MIN_ENGLISH_REST or analyze_word(rest[0]).kind == "stop":
        return []
    for place in country_spellings(country_code):
        if not (place.isascii() and place.isalpha()) or place[:MIN_COUNTRY_STEM] != words[0][:MIN_COUNTRY_STEM]:
            continue
        return [
            AliasSpec(spec.name, moved, tuple(frozenset() for _ in moved[1:]), reordered=True)
            for moved in ((*rest, "of", place), *([(*rest, "of", "the", place)] if place.endswith("s") else []))
        ]  # "of the" before a plural name (the Netherlands)
    return []


COORDINATORS = frozenset({"and", "&"})
"""Words that join two coordinated words of an English name ("Democratic and Euro-Atlantic")."""


def swapped_coordination(spec: AliasSpec) -> list[AliasSpec]:
    """An English name with two capitalized words (a hyphenated compound counts as one) joined by
    "and" is also written with the two swapped ("Euro-Atlantic and Democratic Choice" for the
    Democratic and Euro-Atlantic Choice): coordinated words name the same thing in either order."""
    if spec.acronym or spec.derived or spec.reordered or not spec.name.isascii():
        return []
    tokens = [WORD.findall(lower_text(token)) for token in spec.name.split()]
    if tuple(word for words in tokens for word in words) != spec.words:
        return []  # legal forms left out, punctuation: the name's words are not its tokens
    raw = spec.name.split()
    for k in range(1, len(raw) - 1):
        if tokens[k] != [raw[k].lower()] or raw[k].lower() not in COORDINATORS:
            continue
        if not (raw[k - 1][:1].isupper() and raw[k + 1][:1].isupper()):
            continue
        swapped = [*tokens[: k - 1], tokens[k + 1], tokens[k], tokens[k - 1], *tokens[k + 2 :]]
        words = tuple(word for group in swapped for word in group)
        return [AliasSpec(spec.name, words, tuple(frozenset() for _ in words[1:]), reordered=True)]
    return []
