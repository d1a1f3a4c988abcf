"""A yente-compatible ``POST /match/{dataset}``, so existing yente clients screen against this register.

The request and response follow OpenSanctions' yente matching API: a batch of FollowTheMoney
example entities under ``queries`` (each ``{"schema", "properties"}``) is answered by
``{"responses": {key: {"status", "results", "total", "query"}}, "matcher", "limit"}``; each result
is an FtM-shaped entity with ``score``, ``match`` (score at or above ``threshold``), ``features``
and ``explanations``. Organization-like schemata are screened by name (``name``, ``alias``,
``previousName``, ``weakAlias``), with ``country``/``jurisdiction`` lowering the score on a
mismatch; a ``Person`` query is valid and has no results (the register lists organizations only).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from undesirable.api.audit import USER_HEADER_PARAMETER, ScreenedQuery, audit_screening_batch
from undesirable.errors import NotFoundError, UsageError
from undesirable.model import Organization
from undesirable.operations.screening import match_name_json
from undesirable.registry.registry import Registry
from undesirable.serving import get_registry

router = APIRouter(tags=["yente compatibility"])

DATASET = "ru_undesirable"
DATASET_ALIASES = frozenset({DATASET, "default", "undesirable", "ru-undesirable"})
ORGANIZATION_SCHEMATA = frozenset({"Organization", "Company", "LegalEntity", "PublicBody", "Thing"})
OTHER_SCHEMATA = frozenset({"Person", "Vessel", "Airplane", "Asset", "Security", "Address", "CryptoWallet"})
NAME_PROPERTIES = ("name", "alias", "previousName", "weakAlias")
COUNTRY_PROPERTIES = ("country", "jurisdiction", "mainCountry")
DEFAULT_THRESHOLD = 0.7
DEFAULT_CUTOFF = 0.5
DEFAULT_LIMIT = 5
MAX_LIMIT = 100
MAX_QUERIES = 100
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
    openapi_extra={"parameters": [USER_HEADER_PARAMETER]},
)
async def match_entities(
    request: Request,
    response: Response,
    dataset: str,
    body: EntityMatchQuery,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    threshold: Annotated[float, Query(ge=0.0, le=1.0)] = DEFAULT_THRESHOLD,
    cutoff: Annotated[float, Query(ge=0.0, le=1.0)] = DEFAULT_CUTOFF,
    algorithm: Annotated[str, Query(max_length=50)] = "best",
) -> dict[str, Any]:
    """Screen a batch of example entities the way yente's ``/match/{dataset}`` does.

    ``dataset`` is ``ru_undesirable`` (or ``default``). ``algorithm`` is accepted and ignored:
    this register has one matcher.
    """
    if dataset not in DATASET_ALIASES:
        raise NotFoundError(f"no dataset {dataset!r}; use {DATASET!r}")
    if not body.queries:
        raise UsageError("no queries provided")
    if len(body.queries) > MAX_QUERIES:
        raise UsageError(f"too many queries in one batch (limit: {MAX_QUERIES})")
    registry = get_registry(request)
    responses = {
        key: _respond(registry, example, limit=limit, threshold=threshold, cutoff=min(cutoff, threshold))
        for key, example in body.queries.items()
    }
    audit_screening_batch(request, kind="api", screened=_screened(responses), threshold=threshold, as_of=None)
    response.headers["x-batch-size"] = str(len(responses))
    return {"responses": responses, "matcher": MATCHER_DOCS, "limit": limit}


def _respond(
    registry: Registry, example: EntityExample, *, limit: int, threshold: float, cutoff: float
) -> dict[str, Any]:
    schema = example.schema_
    if schema not in ORGANIZATION_SCHEMATA | OTHER_SCHEMATA:
        raise UsageError(f"cannot parse example entity: unknown schema {schema!r}")
    names = property_values(example.properties, NAME_PROPERTIES)[:MAX_NAMES_PER_QUERY]
    countries = {c.lower() for c in property_values(example.properties, COUNTRY_PROPERTIES)}
    screened = screen_names(registry, names, countries=countries) if schema in ORGANIZATION_SCHEMATA else []
    kept = [s for s in screened if s.score >= cutoff]
    day = _snapshot_day(registry)
    query = {"id": example.id, "schema": schema, "properties": {k: _as_list(v) for k, v in example.properties.items()}}
    return {
        "status": 200,
        "results": [entity_json(s, threshold=threshold, snapshot_day=day) for s in kept[:limit]],
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
            candidates = match_name_json(registry, name, as_of=None, threshold=None, limit=CANDIDATES_PER_NAME)
        except UsageError:  # a name with nothing to compare (only punctuation)
            continue
        for found in candidates:
            org = registry.get(found["organization"]["id"])
            mismatch = bool(countries and org.country_code and org.country_code.lower() not in countries)
            score = round(max(0.0, found["score"] - (COUNTRY_MISMATCH_PENALTY if mismatch else 0.0)), 4)
            current = best.get(org.id)
            if current is None or score > current.score:
                best[org.id] = Screened(
                    org, score, found["score"], name, found["matched_name"], tuple(found["explanation"]), mismatch
                )
    return sorted(best.values(), key=lambda s: (-s.score, s.organization.id))


def entity_json(screened: Screened, *, threshold: float, snapshot_day: date | None) -> dict[str, Any]:
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
        **ftm_entity(org, snapshot_day=snapshot_day),
        "score": screened.score,
        "match": screened.score >= threshold,
        "features": {"name_match": screened.name_score, "country_mismatch": 1.0 if screened.country_mismatch else 0.0},
        "explanations": explanations,
    }


def ftm_entity(org: Organization, *, snapshot_day: date | None) -> dict[str, Any]:
    """An organization as a FollowTheMoney ``Organization`` entity."""
    properties: dict[str, list[str]] = {
        "name": [n for n in (org.name_en, org.name_ru) if n] or [org.display_name],
        "alias": list(org.aliases),
        "weakAlias": list(org.acronyms),
        "previousName": [f.name for f in org.former_names],
        "country": [org.country_code.lower()] if org.country_code else [],
        "website": list(org.domains),
        "sourceUrl": list(org.sources),
        "notes": [org.notes] if org.notes else [],
        "summary": [_summary(org)],
    }
    first = org.inclusion_date or org.gp_decision_date
    return {
        "id": org.id,
        "caption": org.display_name,
        "schema": "Organization",
        "properties": {k: v for k, v in properties.items() if v},
        "datasets": [DATASET],
        "referents": [],
        "target": org.is_designated_on(None),
        "first_seen": _stamp(first),
        "last_seen": _stamp(snapshot_day),
        "last_change": _stamp(snapshot_day),
    }


def _summary(org: Organization) -> str:
    parts = ["Declared undesirable in Russia (Federal Law 272-FZ, art. 3.1)"]
    if org.gp_decision_date:
        parts.append(f"Prosecutor General's decision {org.gp_decision_date.isoformat()}")
    if org.inclusion_order or org.inclusion_date:
        parts.append(f"included by order {org.inclusion_order or '?'} of {_iso(org.inclusion_date)}")
    if org.exclusion_date or org.exclusion_order:
        parts.append(f"excluded by order {org.exclusion_order or '?'} of {_iso(org.exclusion_date)}")
    return "; ".join(parts) + f"; status today: {org.status_on(None)}"


def _snapshot_day(registry: Registry) -> date | None:
    snapshot = registry.current_snapshot()
    return snapshot.actuality.date() if snapshot else None


def _stamp(value: date | None) -> str | None:
    return datetime.combine(value, datetime.min.time(), tzinfo=UTC).isoformat() if value else None


def _iso(value: date | None) -> str:
    return value.isoformat() if value else "?"


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]
