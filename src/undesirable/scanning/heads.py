"""Which of several organizations a shared short form names, told by the head word beside it.

«Андрея Сахарова» is a short form of «Фонд Андрея Сахарова» and of «Институт Андрея Сахарова»;
"the Andrei Sakharov Institute" and «Фонда Андрея Сахарова» say which. When one span is found for
several organizations, a generic word right after it or right before it (Institute, Фонд, Center:
the head of a name, see :mod:`undesirable.names.normalize`) keeps the organizations whose names
have that head word, if any of them has it. A person's name alone counts only with such a word
beside it (:func:`keep_headed`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import TypeVar

from undesirable.model import Organization
from undesirable.names.normalize import analyze_word, normalize_name, tokenize_name
from undesirable.scanning.match import Candidate
from undesirable.scanning.text import CLOSING_QUOTES, OPENING_QUOTES, word_after, word_before

T = TypeVar("T")


def keep_named_heads(text: str, found: Sequence[tuple[Candidate, T]]) -> list[tuple[Candidate, T]]:
    """``found`` without the organizations a head word beside their shared span rules out."""
    by_span: dict[tuple[int, int], list[Organization]] = defaultdict(list)
    for cand, _ in found:
        by_span[(cand.start, cand.end)].append(cand.org)
    ruled_out: set[tuple[int, int, str]] = set()
    for (start, end), orgs in by_span.items():
        if len({org.id for org in orgs}) < 2:
            continue
        heads = _heads_beside(text, start, end)
        keep = {org.id for org in orgs if heads & _heads_of(tuple(org.all_names()))}
        if keep:
            ruled_out.update((start, end, org.id) for org in orgs if org.id not in keep)
    return [(cand, value) for cand, value in found if (cand.start, cand.end, cand.org.id) not in ruled_out]


def keep_headed(text: str, found: Sequence[tuple[Candidate, T]]) -> list[tuple[Candidate, T]]:
    """``found`` without a person's name alone (an entry that ``needs_head``) that no head word of
    its organization's names stands beside, quoted or not: «Борис Немцов» is the man, «Фонда Бориса
    Немцова» the foundation."""
    return [
        (cand, value)
        for cand, value in found
        if cand.entry is None
        or not cand.entry.needs_head
        or _heads_beside(text, cand.start, cand.end, quoted=True) & _heads_of(tuple(cand.org.all_names()))
    ]


def _heads_beside(text: str, start: int, end: int, *, quoted: bool = False) -> set[str]:
    """The head words right before or after a span; ``quoted``: quotes around it aside («фонда
    „Бориса Немцова“»)."""
    if quoted and start > 0 and end < len(text) and text[start - 1] in OPENING_QUOTES and text[end] in CLOSING_QUOTES:
        start, end = start - 1, end + 1
    heads = set()
    for span in (word_before(text, start, max_gap=1), word_after(text, end, max_gap=1)):
        if span is not None:
            token = analyze_word(normalize_name(text[span[0] : span[1]]).replace(" ", ""))
            if token.kind == "generic":
                heads.add(token.lemma_key)
    return heads


@lru_cache(maxsize=4096)
def _heads_of(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t.lemma_key for name in names for t in tokenize_name(name) if t.kind == "generic")
