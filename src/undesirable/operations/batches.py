"""Screening a batch of names: one answer per name, in order, and one audit record for the batch.

``/api/match`` (POST) prints :meth:`BatchCheck.to_json`::

    {"as_of", "snapshot", "coverage", "sources", "results": [{"query", "matches", "namesakes", "status",
     "error"}], "failed"}

``coverage`` and ``sources`` say what every name was searched in (see ``operations/screening.py``).

A name the matcher fails on does not stop the batch: its result has ``status`` ``failed`` and the
``error`` (``not screened: ...``), its empty ``matches`` mean nothing, and ``failed`` lists it
(``{"index", "query", "error"}``). The audit record never counts it as clean (``not_screened``;
the batch is ``incomplete`` unless a name matched).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from undesirable.errors import UndesirableError, UsageError
from undesirable.model import Snapshot
from undesirable.operations.dates import iso
from undesirable.operations.screening import (
    DEFAULT_LIMIT,
    NOT_SCREENED_VERDICT,
    NameCheck,
    answer_name,
    coverage_json,
    lowest_score,
    snapshot_json,
    summarize_check,
)
from undesirable.proof.audit import MAX_QUERY_CHARS, record_screening, summarize_matches
from undesirable.registry.registry import Registry
from undesirable.registry.state import Coverage
from undesirable.screening import FAILED_STATUS, describe_failure


@dataclass(frozen=True)
class BatchCheck:
    """The answers for many names, in the order given (one audit record for all of them)."""

    as_of: date | None
    threshold: float
    snapshot: Snapshot | None
    checks: tuple[NameCheck, ...]
    coverage: Coverage | None = None

    def to_json(self) -> dict[str, Any]:
        results = [
            {"query": a["query"], "matches": a["matches"], "namesakes": a["namesakes"], **_status(c)}
            for c, a in ((c, c.to_json()) for c in self.checks)
        ]
        failed = [{"index": i, "query": c.query, "error": c.error} for i, c in enumerate(self.checks) if c.error]
        snapshot, searched = snapshot_json(self.snapshot), coverage_json(self.coverage)
        return {"as_of": iso(self.as_of), "snapshot": snapshot, **searched, "results": results, "failed": failed}


def _status(check: NameCheck) -> dict[str, Any]:
    """A batch answer's ``status``: ``ok``, or ``failed`` (NOT screened, not "no match") with its ``error``."""
    return {"status": FAILED_STATUS if check.error else "ok", "error": check.error}


def check_names(
    registry: Registry,
    names: Sequence[str],
    *,
    as_of: date | None = None,
    threshold: float | None = None,
    limit: int = DEFAULT_LIMIT,
    who: str | None = None,
    kind: str = "api",
) -> BatchCheck:
    """:func:`~undesirable.operations.screening.check_name` for each name, audited as one record
    holding each name's verdict."""
    lowest = lowest_score(threshold)
    if limit < 1:
        raise UsageError("the limit must be at least 1")
    snapshot = registry.current_snapshot()
    checks = tuple(
        _check_in_batch(registry, n, as_of=as_of, threshold=lowest, limit=limit, snapshot=snapshot) for n in names
    )
    coverage = registry.sources()  # the batch's audit record names it too (record_screening)
    batch = BatchCheck(as_of, lowest, snapshot, tuple(replace(c, coverage=coverage) for c in checks), coverage)
    if who is not None:
        results = [{"query": c.query, **summarize_check(c)} for c in checks]
        record_batch(registry, results, who=who, kind=kind, threshold=lowest, as_of=as_of)
    return batch


def _check_in_batch(
    registry: Registry, name: str, *, as_of: date | None, threshold: float, limit: int, snapshot: Snapshot | None
) -> NameCheck:
    """:func:`~undesirable.operations.screening.answer_name`, or a check that says the name was NOT
    screened when the matcher fails on it: one name does not stop the batch. The project's own
    errors (no data, bad usage) still do."""
    try:
        return answer_name(registry, name, as_of=as_of, threshold=threshold, limit=limit, snapshot=snapshot)
    except UndesirableError:
        raise
    except Exception as exc:
        return NameCheck(name, as_of, threshold, snapshot, (), error=describe_failure(exc))


def audit_batch(
    registry: Registry,
    screened: Sequence[tuple[str, Sequence[Any]]],
    *,
    who: str,
    kind: str,
    threshold: float | None,
    as_of: date | None,
) -> None:
    """One audit record for a batch: the names (or how many when too long to keep), each name's verdict."""
    results = [{"query": query, **summarize_matches(found, as_of=as_of)} for query, found in screened]
    record_batch(registry, results, who=who, kind=kind, threshold=threshold, as_of=as_of)


def record_batch(
    registry: Registry,
    results: Sequence[dict[str, Any]],
    *,
    who: str,
    kind: str,
    threshold: float | None,
    as_of: date | None,
) -> None:
    """Record the summaries of a batch's names (each with its ``query``) as one audit record.

    Its verdict is ``match`` when a name matched; else ``incomplete`` when a name was not screened
    (never ``no_match``: that name was not looked at); else ``no_match``."""
    verdicts = {r["verdict"] for r in results}
    verdict = "match" if "match" in verdicts else ("incomplete" if NOT_SCREENED_VERDICT in verdicts else "no_match")
    result = {
        "verdict": verdict,
        "count": sum(r["count"] for r in results),
        "names": len(results),
        "results": results,
    }
    joined = "\n".join(str(r["query"]) for r in results)
    query = joined if len(joined) <= MAX_QUERY_CHARS else f"{len(results)} names"
    record_screening(registry, who=who, query=query, result=result, kind=kind, threshold=threshold, as_of=as_of)
