"""Screening operations: is a name on the register, and which organizations does a text mention.

Each operation matches (or scans) against the register every stored source makes up (the current
snapshot, and the entries known only from another source: ``registry/state.py``), writes the audit
record when the face audits screening (``UNDESIRABLE_AUDIT=1``) and returns one result that names
what it was answered from. The faces render that result: ``check --json``, the API's
``/api/match`` and the search page's JSON twin all print :meth:`NameCheck.to_json`::

    {"query", "as_of", "snapshot": {...}, "coverage", "sources": [...], "matches": [{"organization",
     "score", "matched_name", "explanation"}], "namesakes": [...]}

``snapshot`` is the current snapshot; ``coverage`` says in one line everything that was searched
(the text of ``Registry.coverage()``) and ``sources`` lists each snapshot searched, with how many
of the organizations searched it describes (``entries``: their sum is the number searched). A "no
match" is shown with ``coverage`` by every face (and the audit record and certificate keep both),
never with the current snapshot alone.

``namesakes`` holds, in the shape of ``matches``, the organizations named after the person whose
name the query is, when nothing scores at the threshold (a person's name alone may mean the person
or the organization called after him: "no match" must not hide that one is listed).

and ``scan --json`` and ``/api/scan`` print :meth:`TextScan.to_json`
(``{"as_of", "snapshot", "coverage", "sources", "mentions", "truncated"}``; ``truncated`` is true when an answer holds
only the first ``limits.mentions`` mentions, as ``/api/scan`` does).

Each operation takes ``who``: the person the audit log records (the system user for the CLI; the
client's address and the ``X-Undesirable-User`` header for HTTP), or None to write no record. A
face passes it when its settings audit screening; ``kind`` says through which door the question
came (``check``, ``api``, ``web``, ``scan``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from undesirable.errors import UsageError
from undesirable.matching.match import POSSIBLE_THRESHOLD, NameMatch
from undesirable.model import Snapshot
from undesirable.operations.dates import iso
from undesirable.proof.audit import MAX_QUERY_CHARS, record_screening, summarize_matches
from undesirable.registry.registry import Registry
from undesirable.registry.state import Coverage
from undesirable.scanning.scan import Mention
from undesirable.screening import match_to_json

NOT_SCREENED_VERDICT = "not_screened"
"""The audit verdict of a name in a batch that the matcher failed on."""

DEFAULT_LIMIT = 10
"""Matches reported per name unless the caller asks for more or fewer."""

NAMESAKE_LOOKUP = 0.3
"""The threshold at which a check also looks for organizations named after the person the query
names (a person's name alone scores below a possible match; a surname alone lower still)."""


@dataclass(frozen=True)
class NameCheck:
    """The answer for one name: its matches, best first, and the snapshot they come from."""

    query: str
    as_of: date | None
    threshold: float
    snapshot: Snapshot | None
    matches: tuple[NameMatch, ...]
    namesakes: tuple[NameMatch, ...] = ()
    """With no match: the organizations named after the person the query names (below the threshold)."""
    error: str | None = None
    """In a batch: why this name could NOT be screened (the matcher failed on it); it has no answer."""
    coverage: Coverage | None = None
    """Every source searched: the current snapshot and the entries known only from another one."""

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "as_of": iso(self.as_of),
            "snapshot": snapshot_json(self.snapshot),
            **coverage_json(self.coverage),
            "matches": [match_to_json(m, as_of=self.as_of) for m in self.matches],
            "namesakes": [match_to_json(m, as_of=self.as_of) for m in self.namesakes],
        }


@dataclass(frozen=True)
class TextScan:
    """The mentions found in one text, in text order, and the snapshot they come from."""

    as_of: date | None
    snapshot: Snapshot | None
    mentions: tuple[Mention, ...]
    truncated: bool | None = None
    """True when more mentions were found than the answer holds (``limits.mentions``); None: no limit
    (shown as false)."""
    coverage: Coverage | None = None

    def to_json(self) -> dict[str, Any]:
        mentions = [m.to_json(as_of=self.as_of) for m in self.mentions]
        snapshot, searched = snapshot_json(self.snapshot), coverage_json(self.coverage)
        return {
            "as_of": iso(self.as_of),
            "snapshot": snapshot,
            **searched,
            "mentions": mentions,
            "truncated": bool(self.truncated),
        }


def check_name(
    registry: Registry,
    name: str,
    *,
    as_of: date | None = None,
    threshold: float | None = None,
    limit: int = DEFAULT_LIMIT,
    who: str | None = None,
    kind: str = "check",
) -> NameCheck:
    """Match ``name`` against the register and record the answer in the audit log as asked by ``who``.

    Raises:
        UsageError: a threshold outside [0, 1], a limit below 1, or a name with nothing to compare.
    """
    lowest = lowest_score(threshold)
    if limit < 1:
        raise UsageError("the limit must be at least 1")
    check = answer_name(
        registry, name, as_of=as_of, threshold=lowest, limit=limit, snapshot=registry.current_snapshot()
    )
    check = replace(check, coverage=(searched := registry.sources()))
    if who is not None:
        result = summarize_check(check)
        record_screening(
            registry, who=who, query=name, result=result, kind=kind, threshold=lowest, as_of=as_of, coverage=searched
        )
    return check


def summarize_check(check: NameCheck) -> dict[str, Any]:
    """A check in the audit log's shape: its verdict and matches, and the organizations named after
    the person it names that were shown beside "no match" (``namesakes``), so the record holds
    everything the answer showed. A name that was not screened has the verdict ``not_screened``."""
    if check.error:
        return {"verdict": NOT_SCREENED_VERDICT, "count": 0, "matches": [], "error": check.error}
    result = summarize_matches(check.matches, as_of=check.as_of)
    if check.namesakes:
        result["namesakes"] = summarize_matches(check.namesakes, as_of=check.as_of)["matches"]
    return result


def answer_name(
    registry: Registry, name: str, *, as_of: date | None, threshold: float, limit: int, snapshot: Snapshot | None
) -> NameCheck:
    matches = tuple(registry.match(name, threshold=threshold, limit=limit))
    namesakes: tuple[NameMatch, ...] = ()
    if not matches and threshold > NAMESAKE_LOOKUP:
        weaker = registry.match(name, threshold=NAMESAKE_LOOKUP, limit=limit)
        namesakes = tuple(m for m in weaker if _is_namesake(m))
    return NameCheck(name, as_of, threshold, snapshot, matches, namesakes)


def _is_namesake(match: NameMatch) -> bool:
    return any(reason.code == "named_after" for reason in match.reasons)


def scan_text(
    registry: Registry, text: str, *, as_of: date | None = None, who: str | None = None, limit: int | None = None
) -> TextScan:
    """Find the register's organizations mentioned in ``text`` and audit the scan (as :func:`check_name`).

    With ``limit``, the answer holds the first ``limit`` mentions and says whether there were more.
    """
    return scan_document(registry, [(0, text)], as_of=as_of, who=who, limit=limit)


def scan_document(
    registry: Registry,
    chunks: Iterable[tuple[int, str]],
    *,
    as_of: date | None = None,
    who: str | None = None,
    limit: int | None = None,
) -> TextScan:
    """:func:`scan_text` over a text read in pieces, each ``(offset in the whole text, piece)``.

    The mentions' offsets are offsets in the whole text; the audit record keeps its beginning.
    """
    mentions: list[Mention] = []
    beginning = ""
    for offset, piece in chunks:
        if len(beginning) < MAX_QUERY_CHARS:
            beginning += piece[: MAX_QUERY_CHARS - len(beginning)]
        found = registry.scan(piece, as_of=as_of)
        mentions.extend(replace(m, start=m.start + offset, end=m.end + offset) if offset else m for m in found)
    kept = mentions if limit is None else mentions[:limit]
    truncated = None if limit is None else len(mentions) > limit
    scan = TextScan(as_of, registry.current_snapshot(), tuple(kept), truncated, registry.sources())
    if who is not None:
        result = summarize_matches(_best_per_organization(mentions), as_of=as_of)
        record_screening(
            registry, who=who, query=beginning, result=result, kind="scan", as_of=as_of, coverage=scan.coverage
        )
    return scan


def certify_check(registry: Registry, check: NameCheck, *, who: str) -> dict[str, Any]:
    """A signed screening certificate of ``check`` (recorded in the audit log, whatever the setting)."""
    from undesirable.proof.certificates import issue_certificate

    return issue_certificate(
        registry,
        query=check.query,
        matches=check.matches,
        who=who,
        method="name matcher",
        as_of=check.as_of,
        threshold=check.threshold,
        coverage=check.coverage,
    )


def snapshot_json(snapshot: Snapshot | None) -> dict[str, Any] | None:
    return snapshot.to_json() if snapshot is not None else None


def coverage_json(coverage: Coverage | None) -> dict[str, Any]:
    """An answer's ``coverage`` (one line) and ``sources`` (each snapshot searched): see the module."""
    if coverage is None:
        return {"coverage": None, "sources": []}
    return {"coverage": coverage.text, "sources": [source.to_json() for source in coverage.sources]}


def lowest_score(threshold: float | None) -> float:
    if threshold is None:
        return POSSIBLE_THRESHOLD
    if not 0.0 <= threshold <= 1.0:
        raise UsageError(f"the threshold must be between 0 and 1, got {threshold}")
    return threshold


@dataclass(frozen=True)
class _Found:
    organization: Any
    score: float
    matched_name: str


def _best_per_organization(mentions: Sequence[Mention]) -> list[_Found]:
    """Each organization mentioned once, with its most confident mention."""
    best: dict[str, _Found] = {}
    for mention in mentions:
        org = mention.organization
        if org.id not in best or mention.confidence > best[org.id].score:
            best[org.id] = _Found(org, mention.confidence, mention.matched_name)
    return list(best.values())
