"""A word distinctive only with the generic word after it: «Хельсинкский фонд».

A proper word many organizations' names share is never distinctive alone (see
``matching.index.COMMON_OWNERS``): «Хельсинкский» names the Helsinki Foundation for Human Rights,
the Norwegian and the Netherlands Helsinki Committees and the U.S. Helsinki Commission. But with
the generic word that follows it in a name, it may name one organization only: only the Helsinki
Foundation's names have «Хельсинкский фонд», while two committees share «Хельсинкский комитет».
Such a word is *bound* to the generic word after it: a short form that keeps both counts it as
distinctive (see :func:`bound_classes`), in any case form (the lemmas are compared).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from undesirable.names.normalize import Token
from undesirable.names.vocabulary import WordClass

Row = tuple[int, str, list[Token], bool]
"""One analyzed name of the index: organization position, name, tokens, whether an acronym."""


def bound_words(
    analyzed: Sequence[Row], classes_of: Sequence[tuple[WordClass, ...]], alone: Callable[[int, Token], WordClass]
) -> list[tuple[bool, ...]]:
    """For each analyzed name, which of its words (legal forms aside) are bound to the generic word
    after them: distinctive by itself (``alone``: its class among organization ``position``'s
    names, before the words many names share count as ordinary) though not in the name
    (``classes_of``), and, with that generic word, in the names of one organization only."""
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
        rows.append(tuple(flags) if any(flags) else ())
    return rows


def bound_classes(classes: tuple[WordClass, ...], bound: tuple[bool, ...], paired: set[int]) -> tuple[WordClass, ...]:
    """``classes`` with each bound word distinctive when it and the generic word after it are both
    paired with the query."""
    if not bound:
        return classes
    return tuple("distinctive" if bound[j] and j in paired and j + 1 in paired else c for j, c in enumerate(classes))
