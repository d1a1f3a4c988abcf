"""A threshold only filters: asking at 0.7 gives exactly the matches of 0.7 or more that a lower
threshold gives (the bounds that rule entries out before scoring never fall below a real score).

Checked on every labelled query of the project's sets and on names built to meet the register's
entries by a fuzzy or by-ear pair of words, where a bound built on similarities instead of the
credit a pair really counts, and on a query's total with its unpaired function words in it, once
dropped real matches («Хьюман Райтс Вотч» said "no match" at 0.7 and 0.84 at 0.5).
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, build_match_index, match_name
from undesirable.matching.index import MatchIndex
from undesirable.registry.bundled import load_bundled_organizations

SETS = sorted(Path(__file__).parent.glob("*.csv"))


@functools.cache
def _index() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


def _queries() -> list[str]:
    found: dict[str, None] = {}
    for path in SETS:
        with path.open(encoding="utf-8", newline="") as handle:
            found.update(dict.fromkeys(row["query"] for row in csv.DictReader(handle)))
    return list(found)


def _above(query: str, threshold: float, limit: int) -> dict[str, float]:
    return {m.organization.id: m.score for m in match_name(_index(), query, threshold=threshold, limit=limit)}


def test_the_sets_are_read() -> None:
    assert len(SETS) >= 9 and len(_queries()) > 1500


@pytest.mark.parametrize("part", range(4))
def test_a_threshold_filters_and_never_hides_a_match(part: int) -> None:
    queries = _queries()[part::4]
    hidden = {}
    for query in queries:
        lower = {k: v for k, v in _above(query, 0.5, 50).items() if v >= POSSIBLE_THRESHOLD}
        asked = _above(query, POSSIBLE_THRESHOLD, 50)
        missing = {k: v for k, v in lower.items() if asked.get(k) != v}
        if missing:
            hidden[query] = missing
    assert not hidden


@pytest.mark.parametrize(
    "query",
    ["Хьюман Райтс Вотч", "Университетом Йеля", "Чатем Хаус", "Вайтбит", "Риддл Раша"],
)
def test_names_met_by_ear_are_found_at_the_default_threshold(query: str) -> None:
    lower = {k: v for k, v in _above(query, 0.5, 10).items() if v >= POSSIBLE_THRESHOLD}
    assert lower  # each meets an entry at 0.7 or more ...
    assert _above(query, POSSIBLE_THRESHOLD, 10) == lower  # ... and is found when asked at 0.7
