"""A yente-compatible ``POST /match/{dataset}``, so existing yente clients screen against this register.

The request and response follow OpenSanctions' yente matching API: a batch of FollowTheMoney
example entities under ``queries`` (each ``{"schema", "properties"}``) is answered by
``{"responses": {key: {"status", "results", "total", "query"}}, "matcher", "limit"}``; each result
is an FtM-shaped entity with ``score``, ``match`` (score at or above ``threshold``), ``features``
and ``explanations``. Organization-like schemata are screened by name (``name``, ``alias``,
``previousName``, ``weakAlias``), with ``country``/``jurisdiction`` lowering the score on a
mismatch; a ``Person`` query is valid and has no results (the register lists organizations only).
yente's filters are honoured: ``exclude_entity_ids`` (any id form), ``topics``, ``include_dataset``,
``exclude_dataset``, ``exclude_schema``, ``changed_since``. Errors come in yente's ``{"detail"}`` shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from undesirable.api.audit import USER_HEADER_PARAMETER, ScreenedQuery, audit_screening_batch
from undesirable.api.yente_data import (
    EntityFilters,
    canonical_ids,
    entity_json,
    parse_changed_since,
    resolve_dataset,
)
from undesirable.api.yente_errors import YENTE_ERROR_RESPONSES, YenteRoute
from undesirable.api.yente_models import EntityMatchResponse
from undesirable.errors import UsageError
from undesirable.model import Organization, Snapshot
from undesirable.registry.registry import Registry
from undesirable.serving import get_registry

router = APIRouter(tags=["yente compatibility"], route_class=YenteRoute)

ORGANIZATION_SCHEMATA = frozenset({"Organization", "Company", "LegalEntity", "PublicBody", "Thing"})
OTHER_SCHEMATA = frozenset({"Person", "Vessel", "Airplane", "Asset", "Security", "Address", "CryptoWallet"})
NAME_PROPERTIES = ("name", "alias", "previousName", "weakAlias")
COUNTRY_PROPERTIES = ("country", "jurisdiction", "mainCountry")
DEFAULT_THRESHOLD = 0.7
DEFAULT_CUTOFF = 0.5
DEFAULT_LIMIT = 5
MAX_LIMIT = 100
MAX_QUERIES = 100
MAX_EXCLUDED_IDS = 50
MAX_NAMES_PER_QUERY = 20
COUNTRY_MISMATCH_PENALTY = 0.1
CANDIDATES_PER_NAME = 20
MATCHER_DOCS = {
    "name_match": {
        "description": "Best score of the register's name matcher over the query's names "
        "(exact alias, acronym, token overlap, transliteration, fuzzy distance).",
        "coefficient": 1.0,
        "url": "/docs",
    },
    "country_mismatch": {
        "description": "Both sides name a country and they differ.",
        "coefficient": -COUNTRY_MISMATCH_PENALTY,
        "url": "/docs",
    },
}

EXAMPLE_REQUEST: dict[str, Any] = {
    "queries": {
        "q1": {"schema": "Organization", "properties": {"name": ["Amnesty International"], "country": ["gb"]}},
        "q2": {"schema": "Company", "properties": {"name": ["Acme Widgets Ltd"]}},
    }
}


class EntityExample(BaseModel):
    """A FollowTheMoney example entity, as yente takes it."""

    model_config = ConfigDict(populate_by_name=True, extra="allow")

    id: str | None = None
    schema_: str = Field(..., alias="schema", examples=["Organization"])
    properties: dict[str, str | list[Any]] = Field(..., examples=[{"name": ["Amnesty International"]}])


class EntityMatchQuery(BaseModel):
    """yente's matching request: example entities by a key the client chooses."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [EXAMPLE_REQUEST]})

    weights: dict[str, float] = Field(default_factory=dict)
    config: dict[str, Any] = Field(default_factory=dict)
    queries: dict[str, EntityExample]


@dataclass(frozen=True)
class Screened:
    """One organization's best score against a query entity, with the evidence."""

    organization: Organization
    score: float
    name_score: float
    query_name: str
    matched_name: str
    explanation: tuple[str, ...]
    country_mismatch: bool


@router.post(
    "/match/{dataset}",
    summary="yente-compatible matching (FollowTheMoney queries)",
    response_model=EntityMatchResponse,
    responses=YENTE_ERROR_RESPONSES,
    openapi_extra={"parameters": [USER_HEADER_PARAMETER]},
)
def match_entities(
    request: Request,
    response: Response,
    dataset: str,
    body: EntityMatchQuery,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    threshold: Annotated[float, Query(ge=0.0, le=1.0)] = DEFAULT_THRESHOLD,
    cutoff: Annotated[float, Query(ge=0.0, le=1.0)] = DEFAULT_CUTOFF,
    algorithm: Annotated[str, Query(max_length=50)] = "best",
    topics: Annotated[list[str], Query(description="Only results with one of these topics.")] = [],  # noqa: B006
    include_dataset: Annotated[list[str], Query(description="Only results from these datasets.")] = [],  # noqa: B006
    exclude_dataset: Annotated[list[str], Query(description="No results from these datasets.")] = [],  # noqa: B006
    exclude_schema: Annotated[list[str], Query(description="No results of these schemata.")] = [],  # noqa: B006
    exclude_entity_ids: Annotated[
        list[str], Query(max_length=MAX_EXCLUDED_IDS, description="Ids (any form) never to return.")
    ] = [],  # noqa: B006
    changed_since: Annotated[str | None, Query(description="Only entities changed on or after this date.")] = None,
) -> dict[str, Any]:
    """Screen a batch of example entities the way yente's ``/match/{dataset}`` does.

    ``dataset`` is ``ru_undesirable`` (or the ``default`` collection). ``algorithm`` is accepted
    and ignored: this register has one matcher (see ``/algorithms``).
    """
    resolve_dataset(dataset)
    if not body.queries:
        raise UsageError("No queries provided.")
    if len(body.queries) > MAX_QUERIES:
        raise UsageError(f"Too many queries in one batch (limit: {MAX_QUERIES})")
    registry = get_registry(request)
    filters = EntityFilters(
        topics=tuple(topics),
        include_dataset=tuple(include_dataset),
        exclude_dataset=tuple(exclude_dataset),
        exclude_schema=tuple(exclude_schema),
        exclude_ids=canonical_ids(registry, exclude_entity_ids),
        changed_since=parse_changed_since(changed_since),
    )
    responses = {
        key: _respond(
            registry, example, limit=limit, threshold=threshold, cutoff=min(cutoff, threshold), filters=filters
        )
        for key, example in body.queries.items()
    }
    audit_screening_batch(request, screened=_screened(responses), threshold=threshold, as_of=None)
    response.headers["x-batch-size"] = str(len(responses))
    return {"responses": responses, "matcher": MATCHER_DOCS, "limit": limit}


def _respond(
    registry: Registry, example: EntityExample, *, limit: int, threshold: float, cutoff: float, filters: EntityFilters
) -> dict[str, Any]:
    schema = example.schema_
    if schema not in ORGANIZATION_SCHEMATA | OTHER_SCHEMATA:
        raise UsageError(f"Cannot parse example entity: unknown schema {schema!r}")
    names = property_values(example.properties, NAME_PROPERTIES)[:MAX_NAMES_PER_QUERY]
    countries = {c.lower() for c in property_values(example.properties, COUNTRY_PROPERTIES)}
    screened = screen_names(registry, names, countries=countries) if schema in ORGANIZATION_SCHEMATA else []
    snapshot = registry.current_snapshot()
    changed = snapshot.actuality.date() if snapshot else None
    kept = [s for s in screened if s.score >= cutoff and filters.keeps(s.organization, changed=changed)]
    query = {"id": example.id, "schema": schema, "properties": {k: _as_list(v) for k, v in example.properties.items()}}
    return {
        "status": 200,
        "results": [scored_entity_json(s, threshold=threshold, snapshot=snapshot) for s in kept[:limit]],
        "total": {"value": len(kept), "relation": "eq"},
        "query": query,
    }


def _screened(responses: dict[str, dict[str, Any]]) -> list[ScreenedQuery]:
    """For the audit log: each query's names, and the results yente calls matches (score >= threshold)."""
    out: list[ScreenedQuery] = []
    for key, answer in responses.items():
        names = property_values(answer["query"]["properties"], NAME_PROPERTIES)
        hits = [
            {"organization": {"id": r["id"]}, "score": r["score"], "matched_name": _candidate(r)}
            for r in answer["results"]
            if r["match"]
        ]
        out.append((f"{key}: {' / '.join(names)}", hits))
    return out


def _candidate(result: dict[str, Any]) -> str | None:
    name_match: dict[str, Any] = result["explanations"].get("name_match", {})
    return name_match.get("candidate")


def property_values(properties: dict[str, str | list[Any]], keys: tuple[str, ...]) -> list[str]:
    """The non-empty string values of ``keys`` in an FtM properties mapping, in order."""
    out: list[str] = []
    for key in keys:
        for value in _as_list(properties.get(key, [])):
            if isinstance(value, str) and value.strip() and value not in out:
                out.append(value.strip())
    return out


def screen_names(registry: Registry, names: list[str], *, countries: set[str]) -> list[Screened]:
    """Each organization's best match over ``names``, best first; a country mismatch costs a little."""
    best: dict[str, Screened] = {}
    for name in names:
        try:
            candidates = registry.match(name, limit=CANDIDATES_PER_NAME)
        except UsageError:  # a name with nothing to compare (only punctuation)
            continue
        for found in candidates:
            org = found.organization
            name_score = round(found.score, 4)
            mismatch = bool(countries and org.country_code and org.country_code.lower() not in countries)
            score = round(max(0.0, name_score - (COUNTRY_MISMATCH_PENALTY if mismatch else 0.0)), 4)
            current = best.get(org.id)
            if current is None or score > current.score:
                best[org.id] = Screened(
                    org, score, name_score, name, found.matched_name, tuple(found.explanation), mismatch
                )
    return sorted(best.values(), key=lambda s: (-s.score, s.organization.id))


def scored_entity_json(screened: Screened, *, threshold: float, snapshot: Snapshot | None) -> dict[str, Any]:
    """A scored FtM ``Organization`` entity, as yente returns it."""
    org = screened.organization
    detail = "; ".join(screened.explanation)
    explanations: dict[str, Any] = {
        "name_match": {
            "score": screened.name_score,
            "detail": detail,
            "query": screened.query_name,
            "candidate": screened.matched_name,
        }
    }
    if screened.country_mismatch:
        explanations["country_mismatch"] = {
            "score": 1.0,
            "detail": "countries differ",
            "query": None,
            "candidate": org.country_code,
        }
    return {
        **entity_json(org, snapshot=snapshot),
        "score": screened.score,
        "match": screened.score >= threshold,
        "features": {"name_match": screened.name_score, "country_mismatch": 1.0 if screened.country_mismatch else 0.0},
        "explanations": explanations,
    }


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]
