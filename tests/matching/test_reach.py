"""The early bound: a name it rules out is one the matcher finds nothing for, at any threshold."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from undesirable.matching import build_match_index
from undesirable.matching.candidates import PRUNE_MARGIN
from undesirable.matching.index import MatchIndex
from undesirable.matching.query import analyze_query, find_candidates, find_similar_keys, query_tokens
from undesirable.matching.reach import may_reach
from undesirable.registry.bundled import load_bundled_organizations

HERE = Path(__file__).parent
LEGAL_FORMS = ("ООО", "АО", "Ltd", "LLC", "GmbH", "")


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


def _labelled_queries() -> list[tuple[str, str]]:
    rows = []
    for path in sorted(HERE.glob("*queries.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows += [(r["query"], r["kind"]) for r in csv.DictReader(handle)]
    return rows


def _ordinary_names() -> list[str]:
    """Company names made of the shipped general vocabulary, each with and without a legal form."""
    lines = (HERE.parent.parent / "src" / "undesirable" / "data" / "general_words.txt").read_text("utf-8")
    words = [w for w in lines.splitlines() if w and not w.startswith("#")][::30]
    pairs = zip(LEGAL_FORMS * len(words), words[::2], words[1::2], strict=False)
    return [f"{form} {a.capitalize()} {b.capitalize()}".strip() for form, a, b in pairs]


def _candidates(index: MatchIndex, name: str, cutoff: float) -> list[int]:
    analyzed = analyze_query(index, name)
    if analyzed is None:
        return []
    found: list[int] = []
    for variant in analyzed.variants:
        similar = [find_similar_keys(index, k) for k in variant.keys]
        found += find_candidates(index, variant, similar, cutoff)
    return found


@pytest.mark.parametrize("threshold", [0.5, 0.7, 0.9])
def test_a_name_ruled_out_has_no_candidate(index: MatchIndex, threshold: float) -> None:
    names = [q for q, _ in _labelled_queries()] + _ordinary_names()
    cutoff = threshold * PRUNE_MARGIN
    ruled_out = [n for n in names if not may_reach(index, query_tokens(index, n).kept, cutoff)]
    assert ruled_out, "the bound rules nothing out"
    assert [n for n in ruled_out if _candidates(index, n, cutoff)] == []


def test_the_bound_rules_out_most_ordinary_names_and_no_listed_name(index: MatchIndex) -> None:
    cutoff = 0.7 * PRUNE_MARGIN
    ordinary = _ordinary_names()
    reached = [n for n in ordinary if may_reach(index, query_tokens(index, n).kept, cutoff)]
    assert len(reached) < len(ordinary) / 2
    listed = [q for q, kind in _labelled_queries() if kind in {"exact", "name_en", "name_ru"}]
    assert listed
    assert [n for n in listed if not may_reach(index, query_tokens(index, n).kept, cutoff)] == []
