"""Register spellings close to one query word: the spelling search behind fuzzy word pairs.

A query word of up to :data:`SHORT_WORD_LENGTH` letters may differ from a register word by one
letter edit (insert, delete, replace, swap two neighbours), one of up to
:data:`MEDIUM_WORD_LENGTH` letters by two, a longer one by three (:func:`max_edits`).

Two words at most *k* edits apart share a string that each of them reaches by deleting at most
*k* letters (a swap is one deletion on each side). So for one and two edits the register's
spellings are indexed once by their deletion neighbourhoods (SymSpell), and a query word looks up
its own neighbourhood instead of being compared with every spelling; only the few spellings found
are compared exactly. Longer words, which are rarer, are compared with every spelling of a near
length in one call to rapidfuzz. Either way the answer is the same as a comparison with every
spelling: the closest first, ties in the index's order of spellings (for two or more edits) or in
alphabetical order (for one), at most :data:`FUZZY_CANDIDATES`.
"""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from undesirable.matching.index import MatchIndex
from undesirable.names.translit import skeletonize_token

SHORT_WORD_LENGTH = 6
"""Words up to this long may differ by one letter edit; longer ones by two."""

MEDIUM_WORD_LENGTH = 10
"""Words longer than this may differ by three letter edits."""

FUZZY_CANDIDATES = 12
"""How many close register spellings one query word is allowed to reach."""


def max_edits(length: int) -> int:
    """How many letter edits a word of ``length`` letters may differ by and still pair up."""
    return 1 if length <= SHORT_WORD_LENGTH else 2 if length <= MEDIUM_WORD_LENGTH else 3


def close_choices(index: MatchIndex, key: str) -> list[tuple[str, int]]:
    """Fuzzy choices of ``index`` within :func:`max_edits` of ``key``, with their distance, closest
    first, at most ``FUZZY_CANDIDATES`` (see the module docstring)."""
    edits = max_edits(len(key))
    if edits == 1:
        near = _neighbours(_one_edit_table(index), _deletions(key))
        scored = sorted((OSA.distance(key, c), c) for c in near)
        return [(c, d) for d, c in scored if d <= edits][:FUZZY_CANDIDATES]
    if edits == 2:
        order = _choice_order(index)
        near = _neighbours(_two_edit_table(index), _deletions_upto_two(key))
        found = []
        for choice in near:
            distance = OSA.distance(key, choice, score_cutoff=edits)
            if distance <= edits:
                found.append((distance, order[choice], choice))
        found.sort()
        return [(c, d) for d, _, c in found[:FUZZY_CANDIDATES]]
    extracted = process.extract(
        key, _choices_near_length(index, len(key)), scorer=OSA.distance, score_cutoff=edits, limit=FUZZY_CANDIDATES
    )
    return [(choice, int(distance)) for choice, distance, _ in extracted]


def _neighbours(table: dict[str, tuple[str, ...]], variants: set[str]) -> set[str]:
    near: set[str] = set()
    for variant in table.keys() & variants:  # most variants are in no table: looked up in one call
        near.update(table[variant])
    return near


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _deletions_upto_two(word: str) -> set[str]:
    """``word`` and every string it gives with one or two letters deleted."""
    ones = [word[:i] + word[i + 1 :] for i in range(len(word))]
    # deleting letter i, then any letter from i on of what is left: every pair of letters once
    found = {one[:j] + one[j + 1 :] for i, one in enumerate(ones) for j in range(i, len(one))}
    found.update(ones)
    found.add(word)
    return found


def build_tables(index: MatchIndex) -> None:
    """Build the spelling search's tables of ``index`` now (else they are built on first use)."""
    _one_edit_table(index)
    _two_edit_table(index)
    _choice_order(index)
    _swap_table(index)


def swapped_spellings(index: MatchIndex, key: str) -> tuple[str, ...]:
    """The register keys whose word, written with two neighbouring letters swapped, has the key
    ``key``: ``rigths`` is ``rights`` (key ``righc``), «отвтественность» is «ответственность». A
    swap can hide a spelling the fold reduces (``ts`` -> ``c``), so the letter edits between keys
    miss it; the typos are made from the register's words once, and each query key is one lookup."""
    return _swap_table(index).get(key, ())


def _swap_table(index: MatchIndex) -> dict[str, tuple[str, ...]]:
    return index.caches.table("swaps", lambda: _swaps_of(index))


def _swaps_of(index: MatchIndex) -> dict[str, tuple[str, ...]]:
    table: dict[str, set[str]] = {}
    for entry in index.entries:
        for text, key in zip(entry.texts, entry.keys, strict=True):
            if key not in index.postings or not text.isalpha():
                continue
            for i in range(len(text) - 1):
                if text[i] != text[i + 1]:
                    typo = skeletonize_token(text[:i] + text[i + 1] + text[i] + text[i + 2 :])
                    if typo != key:
                        table.setdefault(typo, set()).add(key)
    return {typo: tuple(sorted(keys)) for typo, keys in table.items()}


def _one_edit_table(index: MatchIndex) -> dict[str, tuple[str, ...]]:
    """Each one-letter deletion of a short fuzzy choice (and the choice itself) -> those choices."""
    return index.caches.table("one edit", lambda: _table(index, 1, SHORT_WORD_LENGTH + 1, _deletions))


def _two_edit_table(index: MatchIndex) -> dict[str, tuple[str, ...]]:
    """Each deletion of up to two letters of a choice as long as a medium word allows -> those choices."""
    shortest, longest = SHORT_WORD_LENGTH + 1 - 2, MEDIUM_WORD_LENGTH + 2
    return index.caches.table("two edits", lambda: _table(index, shortest, longest, _deletions_upto_two))


def _table(
    index: MatchIndex, shortest: int, longest: int, deletions: Callable[[str], set[str]]
) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for choice in index.fuzzy_choices:
        if shortest <= len(choice) <= longest:
            for variant in deletions(choice):
                table.setdefault(variant, []).append(choice)
    return {k: tuple(v) for k, v in table.items()}


def _choice_order(index: MatchIndex) -> dict[str, int]:
    return index.caches.table("choice order", lambda: {c: i for i, c in enumerate(index.fuzzy_choices)})


def _choices_near_length(index: MatchIndex, length: int) -> tuple[str, ...]:
    """The fuzzy choices whose length is within the edits a word of ``length`` letters allows."""
    edits = max_edits(length)
    return index.caches.table(
        f"length {length}", lambda: tuple(c for c in index.fuzzy_choices if abs(len(c) - length) <= edits)
    )
