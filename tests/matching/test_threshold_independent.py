"""A match's score does not depend on the threshold asked: the bound that prunes candidates
credits every pair the scorer may make (words run together, words heard by ear, short forms of any
coverage), and a name reached through equivalent words stays below the name written word for word
whatever the threshold. Checked on every labelled query: each match of at least 0.5 scores the
same at thresholds 0.3 and 0.5."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from undesirable.matching import MatchIndex, build_match_index, match_name
from undesirable.registry.bundled import load_bundled_organizations

SETS = sorted((Path(__file__).parent).glob("*queries*.csv"))
LOW, HIGH = 0.3, 0.5
LIMIT = 1000
"""Matches per name: more than any name has, so the ranks the limit cuts play no part."""


@pytest.fixture(scope="module")
def register() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_scores_are_the_same_at_a_lower_threshold(register: MatchIndex, path: Path) -> None:
    with path.open(encoding="utf-8") as f:
        queries = list(dict.fromkeys(row["query"] for row in csv.DictReader(f)))
    differ: list[tuple[str, str, float | None, float | None]] = []
    for query in queries:
        low = {m.organization.id: m.score for m in match_name(register, query, threshold=LOW, limit=LIMIT)}
        high = {m.organization.id: m.score for m in match_name(register, query, threshold=HIGH, limit=LIMIT)}
        for org in {o for o, s in low.items() if s >= HIGH} | set(high):
            if low.get(org) != high.get(org):
                differ.append((query, org, low.get(org), high.get(org)))
    assert not differ
