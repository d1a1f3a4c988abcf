"""The matcher on the labelled evaluation set (eval_queries.csv) against the bundled register.

Each row is one screening decision: a name and the ids of the designated organizations it names
(none for a real organization that is not designated). See undesirable.matching.evaluate.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from tests.labels import resolve_labels
from undesirable.matching import POSSIBLE_THRESHOLD, STRONG_THRESHOLD, build_match_index, match_names
from undesirable.matching.evaluate import EvalResult, LabelledQuery, evaluate_by_kind, evaluate_rankings
from undesirable.registry.bundled import load_bundled_organizations

EVAL_FILE = Path(__file__).with_name("eval_queries.csv")
MIN_F1 = 0.97
MIN_PRECISION = 0.96
MIN_RECALL = 0.97
MIN_STRONG_PRECISION = 0.99


def read_eval_queries() -> list[LabelledQuery]:
    """The labelled queries, labels resolved to the register's current ids (see tests.labels)."""
    orgs = load_bundled_organizations()
    with EVAL_FILE.open(encoding="utf-8", newline="") as handle:
        return [
            LabelledQuery(row["query"], resolve_labels(row["expected"], orgs), row["kind"])
            for row in csv.DictReader(handle)
        ]


@pytest.fixture(scope="module")
def rankings() -> list[list[tuple[str, float]]]:
    index = build_match_index(load_bundled_organizations())
    found = match_names(index, [q.query for q in read_eval_queries()], threshold=0.5)
    return [[(m.organization.id, m.score) for m in matches] for matches in found]


def test_eval_set_is_large_and_varied() -> None:
    queries = read_eval_queries()
    ids = {i for q in queries for i in q.expected}
    kinds = Counter(q.kind for q in queries)
    assert len(queries) >= 400
    assert len(ids) >= 100
    assert kinds["negative"] >= 150
    assert {"name_ru", "name_en", "translit", "inflected", "acronym", "typo", "partial"} <= set(kinds)
    assert len({q.query for q in queries}) == len(queries)


def test_eval_labels_are_register_ids() -> None:
    known = {org.id for org in load_bundled_organizations()}
    assert {i for q in read_eval_queries() for i in q.expected} <= known


def _report(result: EvalResult) -> str:
    return "\n".join(result.errors)


NEW_CLASSES = (
    "spelling_variant", "shared_name", "short_form", "hard_negative", "transcription", "word_order",
    "diacritics", "evasion", "brand",
)  # fmt: skip


def test_every_class_is_found(rankings: list[list[tuple[str, float]]]) -> None:
    per_kind = evaluate_by_kind(read_eval_queries(), rankings, threshold=POSSIBLE_THRESHOLD)
    assert set(NEW_CLASSES) <= set(per_kind)
    for kind in NEW_CLASSES:
        assert per_kind[kind].precision == 1.0 and per_kind[kind].recall == 1.0, (kind, _report(per_kind[kind]))


def test_default_threshold_meets_targets(rankings: list[list[tuple[str, float]]]) -> None:
    result = evaluate_rankings(read_eval_queries(), rankings, threshold=POSSIBLE_THRESHOLD)
    assert result.f1 >= MIN_F1, _report(result)
    assert result.precision >= MIN_PRECISION, _report(result)
    assert result.recall >= MIN_RECALL, _report(result)


def test_strong_matches_are_nearly_always_right(rankings: list[list[tuple[str, float]]]) -> None:
    result = evaluate_rankings(read_eval_queries(), rankings, threshold=STRONG_THRESHOLD)
    assert result.precision >= MIN_STRONG_PRECISION, _report(result)


def test_default_threshold_is_the_best_of_the_named_ones(rankings: list[list[tuple[str, float]]]) -> None:
    queries = read_eval_queries()
    possible = evaluate_rankings(queries, rankings, threshold=POSSIBLE_THRESHOLD)
    strong = evaluate_rankings(queries, rankings, threshold=STRONG_THRESHOLD)
    assert possible.f1 >= strong.f1
