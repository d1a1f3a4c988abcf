"""Screening calls of the API written to the audit log, when ``UNDESIRABLE_AUDIT`` is on.

``GET``/``POST /api/match``, ``POST /api/scan`` and the yente-compatible ``POST /match/{dataset}``
each append one record per request (see ``proof.audit``, written by the screening operations in
``operations.screening``): who asked, the query, the as-of date, the threshold, the current
snapshot (id and sha256) and the result. Who asked is the client's address, followed by the
``X-Undesirable-User`` header in parentheses when the client sends one (``203.0.113.5 (alice)``,
see ``serving.describe_client``); behind a reverse proxy, run uvicorn with ``--proxy-headers`` so
the address is the client's. A batch is one record: its query joins the names (or says how many
there were when they are too long to keep), its result gives every name's verdict.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from fastapi import Request

from undesirable.model import Organization
from undesirable.operations.batches import audit_batch
from undesirable.serving import MAX_USER_CHARS, USER_HEADER, auditor, get_registry

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
"""One query and what it found: JSON matches (each with an ``organization`` id, a ``score``)."""


@dataclass(frozen=True)
class _Found:
    """A JSON match again as the audit log's summary reads it."""

    organization: Organization
    score: float
    matched_name: str | None


def audit_screening_batch(
    request: Request, *, screened: Sequence[ScreenedQuery], threshold: float | None, as_of: date | None
) -> None:
    """Record a batch answered as JSON (yente's shape) as one record, when the server audits."""
    who = auditor(request)
    if who is None:
        return
    found = [(query, _organizations(request, items)) for query, items in screened]
    audit_batch(get_registry(request), found, who=who, kind="api", threshold=threshold, as_of=as_of)


def _organizations(request: Request, found: Sequence[Mapping[str, Any]]) -> list[_Found]:
    """Each organization once (its best score)."""
    registry = get_registry(request)
    best: dict[str, _Found] = {}
    for item in found:
        org = registry.get(item["organization"]["id"])
        score = float(item.get("score", 1.0))
        if org.id not in best or score > best[org.id].score:
            best[org.id] = _Found(org, score, item.get("matched_name"))
    return list(best.values())
