"""A name's two Latin words glued into one, as texts write them (``GSC GameWorld`` for GSC Game World)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from undesirable.model import Organization
from undesirable.names.normalize import analyze_word
from undesirable.scanning.aliases import AliasSpec

MIN_GLUED_PART = 3
"""Each of two Latin words a text glues into one (``GameWorld`` for Game World) has at least this many letters."""
MIN_GLUED_SHORT_FORM = 3
"""Words a short form has at least for a text to glue two of them."""


def glued_forms(
    specs: Sequence[tuple[Organization, AliasSpec]], known: set[tuple[str, tuple[str, ...]]]
) -> list[tuple[Organization, AliasSpec]]:
    """The names and short forms of ``specs`` with two words glued (:func:`glued_together`), where
    :func:`may_glue` and not already ``known`` (entry id, words) otherwise."""
    glued = [(org, g) for org, spec in specs if may_glue(spec) for g in glued_together(spec)]
    return [(org, g) for org, g in glued if (org.id, g.words) not in known]


def may_glue(spec: AliasSpec) -> bool:
    """Whether a text may glue two of the name's words: any of the register's names, and a short form
    of words enough that two glued leave two ("the Watchtower Society" of the Watch Tower Society; one
    glued word alone is no name: "watchtower" is a word)."""
    return not spec.derived or len(spec.words) >= MIN_GLUED_SHORT_FORM


def glued_together(spec: AliasSpec) -> list[AliasSpec]:
    """``spec`` with two neighbouring Latin words written as one, as texts glue them (``GSC GameWorld``
    for GSC Game World, ``RecordedFuture``): one spec per pair of words of at least
    :data:`MIN_GLUED_PART` letters with nothing but a space between them, neither a legal form nor a
    function word. A text gluing three words, or Russian words, is not looked for."""
    if spec.acronym or spec.reordered or len(spec.words) < 2:
        return []
    out: list[AliasSpec] = []
    for k, (first, second) in enumerate(pairwise(spec.words)):
        if spec.gaps[k] or not all(_may_glue(w) for w in (first, second)):
            continue
        words = (*spec.words[:k], first + second, *spec.words[k + 2 :])
        gaps = (*spec.gaps[:k], *spec.gaps[k + 1 :])
        out.append(replace(spec, words=words, gaps=gaps, glued_from=spec.words))
    return out


def _may_glue(word: str) -> bool:
    return len(word) >= MIN_GLUED_PART and word.isascii() and word.isalpha() and analyze_word(word).kind == "word"
