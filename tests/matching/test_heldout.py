"""The matcher on queries written apart from the evaluation set and never used to tune it.

``eval_queries.csv`` is the set the matcher's weights were tuned on, so its numbers flatter the
matcher. ``heldout_queries.csv`` (no query in common with it) shows what to expect on names
nobody tuned for; its bar is set below the tuned set's, and the benchmark prints both.
"""

from __future__ import annotations

import csv
from pathlib import Path

from undesirable.matching import POSSIBLE_THRESHOLD, build_match_index, match_names
from undesirable.matching.evaluate import LabelledQuery, evaluate_rankings
from undesirable.registry.bundled import load_bundled_organizations

HELDOUT_FILE = Path(__file__).with_name("heldout_queries.csv")
EVAL_FILE = Path(__file__).with_name("eval_queries.csv")
MIN_F1 = 0.93
MIN_PRECISION = 0.95


def read_queries(path: Path) -> list[LabelledQuery]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [LabelledQuery(r["query"], frozenset(r["expected"].split()), r["kind"]) for r in csv.DictReader(handle)]


def test_heldout_set_is_apart_from_the_tuned_set() -> None:
    heldout = read_queries(HELDOUT_FILE)
    tuned = {q.query for q in read_queries(EVAL_FILE)}
    assert len(heldout) >= 100
    assert sum(1 for q in heldout if not q.expected) >= 40
    assert not tuned & {q.query for q in heldout}
    known = {org.id for org in load_bundled_organizations()}
    assert {i for q in heldout for i in q.expected} <= known


def test_heldout_precision_and_recall() -> None:
    queries = read_queries(HELDOUT_FILE)
    index = build_match_index(load_bundled_organizations())
    found = match_names(index, [q.query for q in queries], threshold=0.5)
    rankings = [[(m.organization.id, m.score) for m in matches] for matches in found]
    result = evaluate_rankings(queries, rankings, threshold=POSSIBLE_THRESHOLD)
    assert result.precision >= MIN_PRECISION, "\n".join(result.errors)
    assert result.f1 >= MIN_F1, "\n".join(result.errors)
