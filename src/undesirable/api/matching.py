"""``/api/match``: is this name on the register? One name (GET) or a batch (POST)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from undesirable.api.audit import USER_HEADER_PARAMETER
from undesirable.api.models import BatchCheck, NameCheck
from undesirable.operations.batches import check_names
from undesirable.operations.dates import DATE_HELP, DATE_PATTERN, parse_date
from undesirable.operations.screening import check_name
from undesirable.serving import auditor, get_registry

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


@router.get("", summary="Screen one name", openapi_extra=AUDITED, response_model=NameCheck)
def match_one(
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
    day = parse_date(as_of)
    who = auditor(request)
    return check_name(
        get_registry(request), q, as_of=day, threshold=threshold, limit=limit, who=who, kind="api"
    ).to_json()


@router.post("", summary="Screen a batch of names", openapi_extra=AUDITED, response_model=BatchCheck)
def match_batch(request: Request, batch: MatchBatch) -> dict[str, Any]:
    """One ``{"query", "matches"}`` result per name, in the order given."""
    day = parse_date(batch.as_of)
    who = auditor(request)
    registry = get_registry(request)
    options: dict[str, Any] = {"as_of": day, "threshold": batch.threshold, "limit": batch.limit}
    return check_names(registry, batch.names, who=who, kind="api", **options).to_json()
