"""Words whose weight in a name its own writing decides: a word distinctive only with the generic
word after it («Хельсинкский фонд»), and a person's initial inside a name (the ``T.`` of "The
Romulus T. Weatherman Foundation").

A proper word many organizations' names share is never distinctive alone (see
``matching.index.COMMON_OWNERS``): «Хельсинкский» names the Helsinki Foundation for Human Rights,
the Norwegian and the Netherlands Helsinki Committees and the U.S. Helsinki Commission. But with
the generic word that follows it in a name, it may name one organization only: only the Helsinki
Foundation's names have «Хельсинкский фонд», while two committees share «Хельсинкский комитет».
Such a word is *bound* to the generic word after it: a short form that keeps both counts it as
distinctive (see :func:`bound_classes`), in any case form (the lemmas are compared). So is the
first word of a long Russian name's telling lead, with the word after it («Пражский центр»,
«Тихоокеанский центр»: words no other organization's names use; see
:mod:`undesirable.names.leading_words`).

A letter written with a dot between the words of a name is a person's initial. People leave it
out ("Romulus Weatherman Foundation", «Ромулус Уэзерман Фаундейшн») as they leave out a given name:
it weighs what a generic word weighs, not what a rare word does (a one-letter key is found in few
names, which alone would make it weigh as much as the surname), and it may be left out anywhere
in a short form (the class of a given name, see :mod:`undesirable.matching.shortforms`):
:func:`with_light_initials`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from undesirable.matching.tables import STOP_WEIGHT
from undesirable.names.leading_words import MIN_NAME_WORDS, telling_lead
from undesirable.names.normalize import Token
from undesirable.names.vocabulary import WordClass

if TYPE_CHECKING:
    from undesirable.matching.index import NameEntry

Row = tuple[int, str, list[Token], bool]
"""One analyzed name of the index: organization position, name, tokens, whether an acronym."""


def bound_words(
    analyzed: Sequence[Row],
    classes_of: Sequence[tuple[WordClass, ...]],
    alone: Callable[[int, Token], WordClass],
    word_owners: dict[str, int],
) -> list[tuple[bool, ...]]:
    """For each analyzed name, which of its words (legal forms aside) are bound to the word after
    them: distinctive by itself (``alone``: its class among organization ``position``'s names,
    before the words many names share count as ordinary) though not in the name (``classes_of``),
    and, with the generic word after it, in the names of one organization only; or the first of a
    long Russian name's telling lead (:mod:`undesirable.names.leading_words`: «Пражский центр»;
    ``word_owners``: how many organizations' names hold a key)."""
    owners: dict[tuple[str, str], set[int]] = {}
    for position, _, tokens, _ in analyzed:
        kept = [t for t in tokens if t.kind != "legal_form"]
        for first, second in pairwise(kept):
            if first.kind == "word" and second.kind == "generic":
                owners.setdefault((first.lemma_key, second.lemma_key), set()).add(position)
    rows = []
    for (position, _, tokens, _), classes in zip(analyzed, classes_of, strict=True):
        kept = [t for t in tokens if t.kind != "legal_form"]
        flags = [
            j + 1 < len(kept)
            and kept[j + 1].kind == "generic"
            and len(owners.get((t.lemma_key, kept[j + 1].lemma_key), ())) == 1
            and classes[j] != "distinctive"
            and alone(position, t) == "distinctive"
            for j, t in enumerate(kept)
        ]
        if flags and not flags[0] and _leads(kept, classes, word_owners):
            flags[0] = True
        rows.append(tuple(flags) if any(flags) else ())
    return rows


def _leads(kept: list[Token], classes: tuple[WordClass, ...], word_owners: dict[str, int]) -> bool:
    if len(kept) < MIN_NAME_WORDS or not kept[0].text[:1].isalpha() or kept[0].text.isascii():
        return False  # most names: no dictionary look-ups
    owners = [word_owners.get(t.lemma_key, 0) for t in kept[:2]]
    return telling_lead([t.text for t in kept], [t.kind for t in kept], classes, owners)


def bound_classes(classes: tuple[WordClass, ...], bound: tuple[bool, ...], paired: set[int]) -> tuple[WordClass, ...]:
    """``classes`` with each bound word distinctive when it and the generic word after it are both
    paired with the query."""
    if not bound:
        return classes
    return tuple("distinctive" if bound[j] and j in paired and j + 1 in paired else c for j, c in enumerate(classes))


INITIAL_WEIGHT = 0.3
"""The weight of an initial: a generic word's (``matching.index.GENERIC_WEIGHT``)."""

_INITIAL = re.compile(r"(?<![^\W\d_])([^\W\d_])\.(?=\s+[^\W\d_]{2})")
"""One letter, a dot, then a word: an initial before a (further) name."""


def with_light_initials(entry: NameEntry) -> NameEntry:
    """``entry`` with the initials of its name weighing :data:`INITIAL_WEIGHT`, classed as given names."""
    if "." not in entry.name or entry.is_acronym:
        return entry
    letters = {m.group(1).lower() for m in _INITIAL.finditer(entry.name)}
    light = [j for j, t in enumerate(entry.texts) if t in letters and entry.weights[j] > STOP_WEIGHT]
    if not light:
        return entry
    weights = tuple(INITIAL_WEIGHT if j in light else w for j, w in enumerate(entry.weights))
    classes = tuple("given_name" if j in light else c for j, c in enumerate(entry.classes))
    return replace(entry, weights=weights, total=sum(weights), classes=classes)
