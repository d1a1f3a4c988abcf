"""The W3C / OpenRefine Reconciliation API (version 0.2): reconcile a column of names.

``GET /reconcile`` is the service manifest; ``GET /reconcile?queries=...`` or a form ``POST``
with ``queries`` answers a batch (``{"q0": {"query": "...", "type": "Organization", "limit": 3,
"properties": [{"pid": "country", "v": "GB"}]}}``) with ``{"q0": {"result": [{"id", "name",
"type", "score", "match", "features"}]}}``, scores 0-100. Queries follow the spec exactly: a query
may carry only properties; a value may be a list or an entity (``{"id": "lv", "name": "Latvia"}``).
Properties understood: ``country``/``jurisdiction`` (an ISO code or a country name in Russian or
English), ``name``/``alias``/``previousName``/``abbreviation`` (more names to match) and
``id`` (any form of an organization's id). ``/reconcile/suggest/entity`` serves suggestions
(``prefix``, ``cursor``). Every URL in the manifest is built from ``UNDESIRABLE_PUBLIC_URL``.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from pydantic import ValidationError

from undesirable import __version__
from undesirable.api.reconcile_models import (
    MAX_LIMIT,
    EntityValue,
    Manifest,
    ReconBatch,
    ReconQuery,
    ResultBatch,
    SuggestResponse,
    TypesResponse,
)
from undesirable.api.yente import ORGANIZATION_SCHEMATA, Screened, screen_names
from undesirable.errors import NotFoundError, UsageError
from undesirable.model import Organization
from undesirable.names.countries import country_name_ru, lookup_country_code
from undesirable.operations.organizations import has_name_containing
from undesirable.registry.registry import Registry
from undesirable.serving import get_registry, get_settings

router = APIRouter(prefix="/reconcile", tags=["reconciliation"])

TYPE = {"id": "Organization", "name": "Organization"}
DEFAULT_LIMIT = 5
MAX_QUERIES = 100
MAX_QUERIES_CHARS = 100_000
"""Longest ``queries`` form value (it stays under the body limit even percent-encoded)."""
AUTO_MATCH_SCORE = 0.95
"""A candidate is marked ``match`` (OpenRefine accepts it) at this score, when it is the only one."""
PROPERTY_ONLY_SCORE = 0.5
"""Score of a candidate found by country alone: it fits, but nothing was compared by name."""
SUGGEST_LIMIT = 10
SERVICE_NAME = "Russia's register of 'undesirable' organizations"
COUNTRY_PIDS = frozenset({"country", "jurisdiction", "mainCountry"})
NAME_PIDS = frozenset({"name", "alias", "previousName", "weakAlias", "abbreviation"})
ID_PIDS = frozenset({"id", "uid", "identifier"})
QUERIES_HELP = "JSON-encoded reconciliation queries (Reconciliation API 0.2)."


@router.get(
    "", summary="Reconciliation service manifest, or queries in ?queries=", response_model=Manifest | ResultBatch
)
def manifest_or_queries(
    request: Request,
    queries: Annotated[str | None, Query(description=QUERIES_HELP, max_length=MAX_QUERIES_CHARS)] = None,
) -> dict[str, Any]:
    """Without ``queries``: the service manifest OpenRefine reads. With it: the answers."""
    if queries:
        return reconcile(get_registry(request), queries)
    base = get_settings(request).public_url
    return {
        "versions": ["0.2"],
        "name": SERVICE_NAME,
        "identifierSpace": f"{base}/entities/",
        "schemaSpace": f"{base}/reconcile/types",
        "documentation": f"{base}/docs",
        "serviceVersion": __version__,
        "defaultTypes": [TYPE],
        "view": {"url": f"{base}/organizations/{{{{id}}}}"},
        "preview": {"url": f"{base}/organizations/{{{{id}}}}?embed=1", "width": 430, "height": 300},
        "suggest": {"entity": {"service_url": f"{base}/reconcile", "service_path": "/suggest/entity"}},
        "batchSize": 10,
    }


@router.post("", summary="Reconciliation queries (form field 'queries')", response_model=ResultBatch)
def queries_form(
    request: Request,
    queries: Annotated[str, Form(description=QUERIES_HELP, max_length=MAX_QUERIES_CHARS)],
) -> dict[str, Any]:
    return reconcile(get_registry(request), queries)


@router.get("/types", summary="The types this service reconciles (its schema space)", response_model=TypesResponse)
def types() -> dict[str, Any]:
    return {"types": [TYPE]}


@router.get("/suggest/entity", summary="Entity suggestions for a prefix", response_model=SuggestResponse)
def suggest_entity(
    request: Request,
    prefix: Annotated[str, Query(min_length=1, max_length=200)],
    cursor: Annotated[int, Query(ge=0, description="How many suggestions to skip (paging).")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = SUGGEST_LIMIT,
) -> dict[str, Any]:
    """Organizations with a name containing ``prefix``, those starting with it first."""
    orgs = [o for o in get_registry(request).all_organizations() if has_name_containing(o, prefix)]
    folded = prefix.casefold()
    orgs.sort(key=lambda o: (not any(n.casefold().startswith(folded) for n in o.all_names()), o.display_name))
    return {
        "result": [
            {"id": o.id, "name": o.display_name, "description": _description(o), "notable": [TYPE]}
            for o in orgs[cursor : cursor + limit]
        ]
    }


def reconcile(registry: Registry, raw: str) -> dict[str, Any]:
    """Answer a JSON object of reconciliation queries."""
    try:
        batch = ReconBatch.model_validate(json.loads(raw)).root
    except (ValueError, ValidationError) as exc:
        raise UsageError(f"queries: not valid reconciliation queries: {_first_line(exc)}") from None
    if len(batch) > MAX_QUERIES:
        raise UsageError(f"too many queries in one batch (limit: {MAX_QUERIES})")
    return {key: {"result": _candidates(registry, query)} for key, query in batch.items()}


def _candidates(registry: Registry, query: ReconQuery) -> list[dict[str, Any]]:
    types = [query.type] if isinstance(query.type, str) else list(query.type or [])
    if types and not set(types) & ORGANIZATION_SCHEMATA:
        return []
    limit = max(1, min(int(query.limit or DEFAULT_LIMIT), MAX_LIMIT))
    names = [query.query.strip()] if query.query and query.query.strip() else []
    names += [_text(v) for v in _values(query, NAME_PIDS) if _text(v)]
    countries = {code for v in _values(query, COUNTRY_PIDS) if (code := country_code(v))}
    if names:
        screened = screen_names(registry, names, countries={c.lower() for c in countries})
        return _shape(screened[:limit], countries=countries)
    by_id = _by_ids(registry, [v.id if isinstance(v, EntityValue) else _text(v) for v in _values(query, ID_PIDS)])
    if by_id:
        return _shape([_exact(org) for org in by_id][:limit], countries=countries)
    if countries:  # a property-only query by country: every organization of that country fits
        fits = [o for o in registry.all_organizations() if (o.country_code or "").upper() in countries]
        return _shape([_fit(org) for org in fits][:limit], countries=countries)
    return []


def country_code(value: Any) -> str | None:
    """An upper-case ISO code from a code (``lv``), a name (``Латвия``, ``Latvia``) or an entity."""
    if isinstance(value, EntityValue):
        return country_code(value.id) or (country_code(value.name) if value.name else None)
    text = _text(value).strip()
    if len(text) == 2 and text.isascii() and text.isalpha() and country_name_ru(text):
        return text.upper()
    return lookup_country_code(text) if text else None


def _shape(screened: list[Screened], *, countries: set[str]) -> list[dict[str, Any]]:
    confident = [s for s in screened if s.score >= AUTO_MATCH_SCORE]
    out = []
    for s in screened:
        features: list[dict[str, Any]] = [{"id": "name_score", "value": round(s.name_score * 100, 2)}]
        if countries:
            features.append({"id": "country_match", "value": not s.country_mismatch})
        out.append(
            {
                "id": s.organization.id,
                "name": s.organization.display_name,
                "description": "; ".join(s.explanation) or _description(s.organization),
                "type": [TYPE],
                "score": round(s.score * 100, 2),
                "match": len(confident) == 1 and s is confident[0],
                "features": features,
            }
        )
    return out


def _by_ids(registry: Registry, ids: list[str]) -> list[Organization]:
    found: dict[str, Organization] = {}
    for given in ids:
        try:
            org = registry.get(given)
        except NotFoundError:
            continue
        found.setdefault(org.id, org)
    return list(found.values())


def _exact(org: Organization) -> Screened:
    return Screened(org, 1.0, 1.0, org.id, org.display_name, ("same id",), False)


def _fit(org: Organization) -> Screened:
    return Screened(org, PROPERTY_ONLY_SCORE, 0.0, "", org.display_name, ("country fits; no name given",), False)


def _values(query: ReconQuery, pids: frozenset[str]) -> list[Any]:
    return [v for p in query.properties or [] if p.pid in pids for v in p.values()]


def _text(value: Any) -> str:
    if isinstance(value, EntityValue):
        return value.name or value.id
    return "" if isinstance(value, bool) else str(value)


def _description(org: Organization) -> str:
    status = org.status_on(None)
    if status == "designated" and org.designated_since:
        return f"designated since {org.designated_since.isoformat()}"
    return status


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0][:200]
