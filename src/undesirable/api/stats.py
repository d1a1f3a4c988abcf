"""``/api/stats``: the register in numbers (the JSON twin of the statistics page)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from undesirable.api.models_registry import StatsOut
from undesirable.operations.dates import DATE_HELP, DATE_PATTERN, parse_date
from undesirable.operations.stats import register_stats
from undesirable.serving import get_registry

router = APIRouter(prefix="/api/stats", tags=["statistics"])


@router.get("", summary="Designations per year, by category and country, growth over time", response_model=StatsOut)
def stats(
    request: Request, as_of: Annotated[str | None, Query(description=DATE_HELP, pattern=DATE_PATTERN)] = None
) -> dict[str, Any]:
    """Statistics of the register as it stood on ``as_of`` (everything known when omitted)."""
    return register_stats(get_registry(request), as_of=parse_date(as_of))
