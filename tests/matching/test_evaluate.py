from __future__ import annotations

from undesirable.matching.evaluate import LabelledQuery, evaluate_rankings


def test_decisions_are_counted_as_a_screener_sees_them() -> None:
    queries = [
        LabelledQuery("right", frozenset({"a"})),
        LabelledQuery("wrong org", frozenset({"a"})),
        LabelledQuery("too low", frozenset({"a"})),
        LabelledQuery("negative flagged", frozenset()),
        LabelledQuery("negative quiet", frozenset()),
    ]
    rankings = [[("a", 0.95)], [("b", 0.9), ("a", 0.8)], [("a", 0.5)], [("c", 0.75)], [("c", 0.4)]]
    result = evaluate_rankings(queries, rankings, threshold=0.7)
    assert (result.true_positives, result.false_positives, result.false_negatives) == (1, 2, 2)
    assert result.precision == 1 / 3
    assert result.recall == 1 / 3
    assert round(result.f1, 4) == round(1 / 3, 4)
    assert len(result.errors) == 3


def test_empty_set_is_perfect_by_convention() -> None:
    result = evaluate_rankings([], [], threshold=0.7)
    assert result.precision == 1.0
    assert result.recall == 1.0
