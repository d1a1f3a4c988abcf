"""Screening calls of the API written to the audit log, when ``UNDESIRABLE_AUDIT`` is on.

``GET``/``POST /api/match``, ``POST /api/scan`` and the yente-compatible ``POST /match/{dataset}``
each append one record per request (see ``proof.audit``): who asked, the query, the as-of date,
the threshold, the current snapshot (id and sha256) and the result. Who asked is the client's
address, followed by the ``X-Undesirable-User`` header in parentheses when the client sends one
(``203.0.113.5 (alice)``); behind a reverse proxy, run uvicorn with ``--proxy-headers`` so the
address is the client's. A batch is one record: its query joins the names (or says how many there
were when they are too long to keep), its result gives every name's verdict.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from fastapi import Request

from undesirable.model import Organization
from undesirable.proof.audit import MAX_QUERY_CHARS, record_screening, summarize_matches
from undesirable.registry.registry import Registry
from undesirable.serving import get_registry, get_settings

USER_HEADER = "X-Undesirable-User"
MAX_USER_CHARS = 100
UNKNOWN_CLIENT = "unknown client"

USER_HEADER_PARAMETER: dict[str, Any] = {
    "name": USER_HEADER,
    "in": "header",
    "required": False,
    "description": "Who screens, for the audit log (kept with the client's address when the server "
    f"audits screening, UNDESIRABLE_AUDIT=1). UTF-8; cut at {MAX_USER_CHARS} characters.",
    "schema": {"type": "string"},
    "example": "alice@example.org",
}
"""The header as an OpenAPI parameter, for the audited operations' ``openapi_extra``."""

ScreenedQuery = tuple[str, Sequence[Mapping[str, Any]]]
"""One query and what it found: JSON matches or mentions (each with an ``organization``)."""

AuditKind = Literal["api", "scan"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class _Found:
    """A JSON match or mention again as the audit log's summary reads it."""

    organization: Organization
    score: float
    matched_name: str | None


def audit_screening(
    request: Request,
    *,
    kind: AuditKind,
    query: str,
    found: Sequence[Mapping[str, Any]],
    threshold: float | None,
    as_of: date | None,
) -> None:
    """Record one screened query (when the server audits): its verdict and every organization found."""
    if not get_settings(request).audit:
        return
    registry = get_registry(request)
    result = summarize_matches(_organizations(registry, found), as_of=as_of)
    _record(request, registry, kind=kind, query=query, result=result, threshold=threshold, as_of=as_of)


def audit_screening_batch(
    request: Request, *, kind: AuditKind, screened: Sequence[ScreenedQuery], threshold: float | None, as_of: date | None
) -> None:
    """Record a batch (when the server audits) as one record: the names, and each name's verdict."""
    if not get_settings(request).audit:
        return
    registry = get_registry(request)
    results = [
        {"query": query, **summarize_matches(_organizations(registry, found), as_of=as_of)} for query, found in screened
    ]
    result = {
        "verdict": "match" if any(r["verdict"] == "match" for r in results) else "no_match",
        "count": sum(r["count"] for r in results),
        "names": len(results),
        "results": results,
    }
    joined = "\n".join(query for query, _ in screened)
    query = joined if len(joined) <= MAX_QUERY_CHARS else f"{len(screened)} names"
    _record(request, registry, kind=kind, query=query, result=result, threshold=threshold, as_of=as_of)


def describe_client(request: Request) -> str:
    """Who asked: the client's address, and the ``X-Undesirable-User`` header in parentheses."""
    address = request.client.host if request.client and request.client.host else UNKNOWN_CLIENT
    user = _clean_header(request.headers.get(USER_HEADER, ""))
    return f"{address} ({user})" if user else address


def _record(
    request: Request,
    registry: Registry,
    *,
    kind: AuditKind,
    query: str,
    result: Mapping[str, Any],
    threshold: float | None,
    as_of: date | None,
) -> None:
    who = describe_client(request)
    record_screening(registry, who=who, query=query, result=result, kind=kind, threshold=threshold, as_of=as_of)


def _organizations(registry: Registry, found: Iterable[Mapping[str, Any]]) -> list[_Found]:
    """Each organization once (its best score), from JSON matches (``score``) or mentions (``confidence``)."""
    best: dict[str, _Found] = {}
    for item in found:
        org = registry.get(item["organization"]["id"])
        score = float(item.get("score", item.get("confidence", 1.0)))
        if org.id not in best or score > best[org.id].score:
            best[org.id] = _Found(org, score, item.get("matched_name"))
    return list(best.values())


def _clean_header(value: str) -> str:
    """A header value as text: UTF-8 when it was sent so, control characters out, bounded."""
    with contextlib.suppress(UnicodeError):
        value = value.encode("latin-1").decode("utf-8")
    return _CONTROL.sub(" ", value).strip()[:MAX_USER_CHARS]
