"""``/api/match``: is this name on the register? One name (GET) or a batch (POST)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from undesirable.api.audit import USER_HEADER_PARAMETER, audit_screening, audit_screening_batch
from undesirable.matching.match import POSSIBLE_THRESHOLD
from undesirable.operations.dates import DATE_HELP, DATE_PATTERN, iso, parse_date_param
from undesirable.operations.screening import match_name_json, snapshot_json
from undesirable.serving import get_registry

router = APIRouter(prefix="/api/match", tags=["matching"])

MAX_BATCH = 1000
MAX_NAME_LENGTH = 500
DEFAULT_LIMIT = 10
MAX_LIMIT = 50
AUDITED = {"parameters": [USER_HEADER_PARAMETER]}


class MatchBatch(BaseModel):
    """A batch of names to screen."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={"examples": [{"names": ["Amnesty International", "Медуза"], "as_of": "2025-06-01"}]},
    )

    names: list[Annotated[str, Field(min_length=1, max_length=MAX_NAME_LENGTH)]] = Field(
        ..., min_length=1, max_length=MAX_BATCH, description=f"Up to {MAX_BATCH} names."
    )
    as_of: str | None = Field(None, description=DATE_HELP)
    threshold: float | None = Field(None, ge=0.0, le=1.0, description="Lowest score returned.")
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Matches per name.")


@router.get("", summary="Screen one name", openapi_extra=AUDITED)
async def match_one(
    request: Request,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=MAX_NAME_LENGTH,
            description="A name in any script.",
            examples=["Amnesty International"],
        ),
    ],
    as_of: Annotated[str | None, Query(description=DATE_HELP, pattern=DATE_PATTERN)] = None,
    threshold: Annotated[float | None, Query(ge=0.0, le=1.0, description="Lowest score returned.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> dict[str, Any]:
    """Ranked, explained candidates for ``q``: the objects of ``undesirable check --json``."""
    registry = get_registry(request)
    day = parse_date_param(as_of)
    matches = match_name_json(registry, q, as_of=day, threshold=threshold, limit=limit)
    used = POSSIBLE_THRESHOLD if threshold is None else threshold
    audit_screening(request, kind="api", query=q, found=matches, threshold=used, as_of=day)
    return {"query": q, "as_of": iso(day), "snapshot": snapshot_json(registry), "matches": matches}


@router.post("", summary="Screen a batch of names", openapi_extra=AUDITED)
async def match_batch(request: Request, batch: MatchBatch) -> dict[str, Any]:
    """One ``{"query", "matches"}`` result per name, in the order given."""
    registry = get_registry(request)
    day = parse_date_param(batch.as_of)
    screened = [
        (name, match_name_json(registry, name, as_of=day, threshold=batch.threshold, limit=batch.limit))
        for name in batch.names
    ]
    used = POSSIBLE_THRESHOLD if batch.threshold is None else batch.threshold
    audit_screening_batch(request, kind="api", screened=screened, threshold=used, as_of=day)
    results = [{"query": name, "matches": matches} for name, matches in screened]
    return {"as_of": iso(day), "snapshot": snapshot_json(registry), "results": results}
