"""The W3C / OpenRefine Reconciliation API (version 0.2): reconcile a column of names.

``GET /reconcile`` is the service manifest; ``GET /reconcile?queries=...`` or a form ``POST``
with ``queries`` (a JSON object of ``{"q0": {"query": "...", "type": "Organization", "limit": 3,
"properties": [{"pid": "country", "v": "GB"}]}}``) answers ``{"q0": {"result": [{"id", "name",
"type", "score", "match"}]}}``, scores 0-100. ``/reconcile/suggest/entity?prefix=`` serves
OpenRefine's entity suggestions.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError

from undesirable.api.yente import ORGANIZATION_SCHEMATA, screen_names
from undesirable.errors import UsageError
from undesirable.operations.organizations import has_name_containing
from undesirable.serving import get_registry

router = APIRouter(prefix="/reconcile", tags=["reconciliation"])

TYPE = {"id": "Organization", "name": "Organization"}
DEFAULT_LIMIT = 5
MAX_LIMIT = 50
MAX_QUERIES = 100
MAX_QUERIES_CHARS = 100_000
"""Longest ``queries`` form value (it stays under the body limit even percent-encoded)."""
AUTO_MATCH_SCORE = 0.95
"""A candidate is marked ``match`` (OpenRefine accepts it) at this score, when it is the only one."""
SUGGEST_LIMIT = 10
SERVICE_NAME = "Russia's register of 'undesirable' organizations"


class PropertyValue(BaseModel):
    model_config = ConfigDict(extra="allow")

    pid: str
    v: Any = None


class ReconQuery(BaseModel):
    model_config = ConfigDict(extra="allow")

    query: str = Field(..., max_length=500)
    type: str | list[str] | None = None
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)
    properties: list[PropertyValue] = Field(default_factory=list)


class ReconBatch(RootModel[dict[str, ReconQuery]]):
    pass


@router.get("", summary="Reconciliation service manifest, or queries in ?queries=")
async def manifest_or_queries(
    request: Request,
    queries: Annotated[str | None, Query(description="JSON-encoded reconciliation queries.")] = None,
) -> dict[str, Any]:
    """Without ``queries``: the service manifest OpenRefine reads. With it: the answers."""
    if queries:
        return reconcile(request, queries)
    base = str(request.base_url).rstrip("/")
    return {
        "versions": ["0.2"],
        "name": SERVICE_NAME,
        "identifierSpace": f"{base}/organizations/",
        "schemaSpace": f"{base}/reconcile/types/",
        "defaultTypes": [TYPE],
        "documentation": f"{base}/docs",
        "view": {"url": f"{base}/organizations/{{{{id}}}}"},
        "preview": {"url": f"{base}/organizations/{{{{id}}}}?embed=1", "width": 430, "height": 300},
        "suggest": {"entity": {"service_url": f"{base}/reconcile", "service_path": "/suggest/entity"}},
        "batchSize": 10,
    }


@router.post("", summary="Reconciliation queries (form field 'queries')")
async def queries_form(
    request: Request,
    queries: Annotated[str, Form(description="JSON-encoded reconciliation queries.", max_length=MAX_QUERIES_CHARS)],
) -> dict[str, Any]:
    return reconcile(request, queries)


@router.get("/suggest/entity", summary="Entity suggestions for a prefix")
async def suggest_entity(
    request: Request,
    prefix: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = SUGGEST_LIMIT,
) -> dict[str, Any]:
    orgs = [o for o in get_registry(request).all_organizations() if has_name_containing(o, prefix)]
    return {
        "prefix": prefix,
        "result": [{"id": o.id, "name": o.display_name, "type": [TYPE]} for o in orgs[:limit]],
    }


def reconcile(request: Request, raw: str) -> dict[str, Any]:
    """Answer a JSON object of reconciliation queries."""
    try:
        batch = ReconBatch.model_validate(json.loads(raw)).root
    except (ValueError, ValidationError) as exc:
        raise UsageError(f"queries: not valid reconciliation queries: {_first_line(exc)}") from None
    if len(batch) > MAX_QUERIES:
        raise UsageError(f"too many queries in one batch (limit: {MAX_QUERIES})")
    registry = get_registry(request)
    return {key: {"result": _candidates(registry, query)} for key, query in batch.items()}


def _candidates(registry: Any, query: ReconQuery) -> list[dict[str, Any]]:
    types = [query.type] if isinstance(query.type, str) else list(query.type or [])
    if types and not set(types) & ORGANIZATION_SCHEMATA:
        return []
    countries = {str(p.v).lower() for p in query.properties if p.pid in ("country", "jurisdiction") and p.v}
    if not query.query.strip():
        return []
    screened = screen_names(registry, [query.query], countries=countries)[: query.limit]
    confident = [s for s in screened if s.score >= AUTO_MATCH_SCORE]
    return [
        {
            "id": s.organization.id,
            "name": s.organization.display_name,
            "type": [TYPE],
            "score": round(s.score * 100, 2),
            "match": len(confident) == 1 and s is confident[0],
            "description": "; ".join(s.explanation),
        }
        for s in screened
    ]


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0][:200]
