"""A register name with a legal form, also looked for with the form in its other spellings.

Texts write a legal form in any of its accepted spellings: the register's ``XZ gGmbH`` is «die XZ
gemeinnützige GmbH», ``Compelson s.r.o.`` is «Compelson, spol. s r.o.». A short or ordinary name
(``XZ``) is no mention without its legal form, so the name is looked for with every spelling of
the form that ``data/legal_forms.json`` lists for it (by the form's display), in the place the
register writes it: at the end of the name (a comma may come before it) or at its start. Such a
name is reported as the register name with the form so spelled (``XZ gemeinnützige GmbH``), so that
it says how many words the name written in full has (see :mod:`undesirable.scanning.shared`).
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from importlib.resources import files
from itertools import pairwise

from undesirable.names.normalize import Token, tokenize_name
from undesirable.scanning.aliases import ARTICLES, AliasSpec, without_legal_forms
from undesirable.scanning.text import WORD, lower_text, split_gap

FORM_GAP = frozenset(".")
"""Punctuation a text may write inside any spelling of a legal form (``r. o.``, ``e. V.``)."""
BEFORE_FORM_GAP = frozenset(",")
"""Punctuation a text may write between a name and the legal form after it (``Acme, Inc.``)."""

_Spelling = tuple[str, tuple[str, ...], tuple[frozenset[str], ...]]


def other_legal_forms(spec: AliasSpec) -> list[AliasSpec]:
    """``spec`` with the legal form at its end (or else at its start) in each other spelling of
    that form; none for an acronym, a derived name or a name without a legal form at an edge."""
    if spec.acronym or spec.derived or spec.glued_from or len(spec.words) < 2:
        return []
    tokens = _aligned(spec.words)
    edge = None if tokens is None else _form_at_edge(tokens)
    if edge is None:
        return []
    start, stop, display = edge
    out: list[AliasSpec] = []
    for spelling, words, gaps in _spellings().get(display, ()):
        if words == spec.words[start:stop]:
            continue
        if stop == len(spec.words):  # Compelson, spol. s r.o.
            new_words = (*spec.words[:start], *words)
            new_gaps = (*spec.gaps[: start - 1], spec.gaps[start - 1] | BEFORE_FORM_GAP, *gaps)
        else:  # Stichting X
            new_words = (*words, *spec.words[stop:])
            new_gaps = (*gaps, spec.gaps[stop - 1], *spec.gaps[stop:])
        out.append(replace(spec, name=_respelled(spec, start, stop, spelling), words=new_words, gaps=new_gaps))
    return out


def _respelled(spec: AliasSpec, start: int, stop: int, spelling: str) -> str:
    """The register name with its legal form (words ``start`` to ``stop``) written ``spelling``,
    the rest as the register writes it (its words one for one with the spec's, maybe an article
    more); else (words glued in the name) the name without its legal forms beside the spelling."""
    found = list(WORD.finditer(lower_text(spec.name)))
    extra = len(found) - len(spec.words)
    if extra == 0 or (extra == 1 and found[0].group() in ARTICLES):
        if stop == len(spec.words):
            return f"{spec.name[: found[start - 1 + extra].end()]} {spelling}"
        return f"{spelling} {spec.name[found[stop - 1 + extra].end() :].lstrip(' .,')}"
    bare = without_legal_forms(spec.name) or " ".join(w for k, w in enumerate(spec.words) if not start <= k < stop)
    return f"{bare} {spelling}" if stop == len(spec.words) else f"{spelling} {bare}"


def _aligned(words: tuple[str, ...]) -> list[tuple[int, int, Token]] | None:
    """The tokens of the name with the range of ``words`` each spans (the normalizer may join
    words: ``e v`` -> ``ev``), or None when they do not line up."""
    tokens = tokenize_name(" ".join(words))
    out: list[tuple[int, int, Token]] = []
    k = 0
    for token in tokens:
        first, joined = k, ""
        while k < len(words) and len(joined) < len(token.text):
            joined += words[k]
            k += 1
        if joined != token.text:
            return None
        out.append((first, k, token))
    return out if k == len(words) else None


def _form_at_edge(tokens: list[tuple[int, int, Token]]) -> tuple[int, int, str] | None:
    """The word range and display of the legal form that ends the name, or else starts it; the
    rest of the name must keep a word that is no legal form."""
    for ordered in (tokens[::-1], tokens):
        display = ordered[0][2].legal_form
        if display is None:
            continue
        run = _run(ordered, display)
        if len(run) == len(tokens):
            return None
        first, last = min(t[0] for t in run), max(t[1] for t in run)
        return first, last, display
    return None


def _run(ordered: list[tuple[int, int, Token]], display: str) -> list[tuple[int, int, Token]]:
    run: list[tuple[int, int, Token]] = []
    for item in ordered:
        if item[2].legal_form != display:
            break
        run.append(item)
    return run


@cache
def _spellings() -> dict[str, tuple[_Spelling, ...]]:
    """Display of each legal form -> the words and inner gaps of each of its spellings."""
    raw = json.loads(files("undesirable.data").joinpath("legal_forms.json").read_text("utf-8"))
    found: dict[str, dict[tuple[str, ...], _Spelling]] = {}
    for form in raw["forms"]:
        for alias in form["aliases"]:
            low = lower_text(alias)
            matches = list(WORD.finditer(low))
            words = tuple(m.group() for m in matches)
            gaps = tuple(split_gap(low[a.end() : b.start()]) | FORM_GAP for a, b in pairwise(matches))
            if words:
                found.setdefault(form["display"], {}).setdefault(words, (alias, words, gaps))
    return {display: tuple(spellings.values()) for display, spellings in found.items()}
