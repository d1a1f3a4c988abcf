"""The spelling search finds what comparing a word with every register spelling finds, in the same order."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from undesirable.matching import STRONG_THRESHOLD, build_match_index, match_name
from undesirable.matching.index import MatchIndex
from undesirable.matching.spelling import FUZZY_CANDIDATES, close_choices, max_edits
from undesirable.registry.bundled import load_bundled_organizations


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


def _every_spelling(index: MatchIndex, key: str) -> list[tuple[str, int]]:
    """The reference: ``key`` compared with every fuzzy choice."""
    edits = max_edits(len(key))
    order = {choice: position for position, choice in enumerate(index.fuzzy_choices)}
    found = [(OSA.distance(key, c), c) for c in index.fuzzy_choices]
    close = [(d, c) for d, c in found if d <= edits]
    # one edit: ties alphabetically; more: ties in the index's order of spellings
    close.sort(key=(lambda item: item) if edits == 1 else (lambda item: (item[0], order[item[1]])))
    return [(c, d) for d, c in close[:FUZZY_CANDIDATES]]


def _misspellings(index: MatchIndex, count: int) -> list[str]:
    rng = random.Random(4)
    words = [c for c in index.fuzzy_choices if len(c) >= 4]
    out = []
    for _ in range(count):
        word = list(rng.choice(words))
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(word))
            edit = rng.choice(["delete", "insert", "replace", "swap"])
            if edit == "delete" and len(word) > 3:
                del word[i]
            elif edit == "insert":
                word.insert(i, rng.choice("aeiknorstu"))
            elif edit == "replace":
                word[i] = rng.choice("aeiknorstu")
            elif i + 1 < len(word):
                word[i], word[i + 1] = word[i + 1], word[i]
        out.append("".join(word))
    return out


def test_misspelled_register_words_find_what_every_comparison_finds(index: MatchIndex) -> None:
    keys = _misspellings(index, 1500)
    assert {max_edits(len(k)) for k in keys} == {1, 2, 3}
    differ = [k for k in keys if close_choices(index, k) != _every_spelling(index, k)]
    assert not differ
    assert sum(1 for k in keys if close_choices(index, k)) > len(keys) // 2  # the search does find things


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abdeiklmnoprstuvz", min_size=4, max_size=16))
def test_any_word_finds_what_every_comparison_finds(index: MatchIndex, key: str) -> None:
    assert close_choices(index, key) == _every_spelling(index, key)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Human Rigths First", "ru-undesirable-2026-01-19-human-rights-first"),  # rights folds to righc
        ("Human Rigths Watch", "ru-undesirable-2025-11-28-human-rights-watch"),
    ],
)
def test_two_swapped_letters_that_hide_a_folded_spelling_are_one_typo(
    index: MatchIndex, query: str, expected: str
) -> None:
    found = match_name(index, query)
    assert found[0].organization.id == expected and STRONG_THRESHOLD <= found[0].score < 1.0
    assert "exact" not in " ".join(found[0].explanation)
