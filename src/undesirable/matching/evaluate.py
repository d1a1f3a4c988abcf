"""Precision and recall of a name matcher on labelled queries, counted as a screener sees them.

Each query is one screening decision. A query labelled with organization ids is a true positive
when its best match scores at least the threshold and is one of those ids; a best match that is
another organization counts as a false positive and a miss. A query labelled with no id (a real
organization that is not designated) is a false positive when anything reaches the threshold.
The same counting serves the tests and the benchmark against other matchers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class LabelledQuery:
    """A query and the ids of the organizations it names (empty for a negative)."""

    query: str
    expected: frozenset[str]
    kind: str = ""


@dataclass(frozen=True)
class EvalResult:
    """Counts and rates of one matcher on one labelled set at one threshold."""

    threshold: float
    true_positives: int
    false_positives: int
    false_negatives: int
    positives: int
    negatives: int
    errors: tuple[str, ...]

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.positives if self.positives else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate_rankings(
    queries: Sequence[LabelledQuery],
    rankings: Sequence[Sequence[tuple[str, float]]],
    *,
    threshold: float,
) -> EvalResult:
    """Count screening decisions.

    Args:
        queries: the labelled queries.
        rankings: for each query, ``(organization id, score)`` pairs, best first.
        threshold: the score from which a match is flagged.

    Returns:
        The counts, with one line per wrong decision in ``errors``.
    """
    tp = fp = fn = 0
    errors: list[str] = []
    for labelled, ranking in zip(queries, rankings, strict=True):
        flagged = [(org_id, score) for org_id, score in ranking if score >= threshold]
        top = flagged[0] if flagged else None
        if labelled.expected:
            if top is None:
                fn += 1
                best = f"{ranking[0][0]} {ranking[0][1]:.3f}" if ranking else "nothing"
                errors.append(f"missed [{labelled.kind}] {labelled.query!r} (best: {best})")
            elif top[0] in labelled.expected:
                tp += 1
            else:
                fp += 1
                fn += 1
                errors.append(f"wrong [{labelled.kind}] {labelled.query!r} -> {top[0]} {top[1]:.3f}")
        elif top is not None:
            fp += 1
            errors.append(f"false alarm {labelled.query!r} -> {top[0]} {top[1]:.3f}")
    positives = sum(1 for q in queries if q.expected)
    return EvalResult(threshold, tp, fp, fn, positives, len(queries) - positives, tuple(errors))


def evaluate_by_kind(
    queries: Sequence[LabelledQuery],
    rankings: Sequence[Sequence[tuple[str, float]]],
    *,
    threshold: float,
) -> dict[str, EvalResult]:
    """:func:`evaluate_rankings` for each kind of query apart (``name_ru``, ``short_form``...)."""
    kinds: dict[str, tuple[list[LabelledQuery], list[Sequence[tuple[str, float]]]]] = {}
    for labelled, ranking in zip(queries, rankings, strict=True):
        slot = kinds.setdefault(labelled.kind, ([], []))
        slot[0].append(labelled)
        slot[1].append(ranking)
    return {kind: evaluate_rankings(qs, rs, threshold=threshold) for kind, (qs, rs) in sorted(kinds.items())}
