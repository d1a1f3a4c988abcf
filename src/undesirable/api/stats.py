"""``/api/stats``: the register in numbers (the JSON twin of the statistics page)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from undesirable.api.common import DATE_HELP, DATE_PATTERN, get_registry, parse_date_param
from undesirable.registry.registry import Registry
from undesirable.stats import compute_stats

router = APIRouter(prefix="/api/stats", tags=["statistics"])


@router.get("", summary="Designations per year, by category and country, growth over time")
async def stats(
    request: Request, as_of: Annotated[str | None, Query(description=DATE_HELP, pattern=DATE_PATTERN)] = None
) -> dict[str, Any]:
    """Statistics of the register as it stood on ``as_of`` (everything known when omitted)."""
    return register_stats(get_registry(request), as_of=as_of)


def register_stats(registry: Registry, *, as_of: str | None) -> dict[str, Any]:
    """``compute_stats`` over every organization, naming the snapshot the numbers come from."""
    snapshot = registry.current_snapshot()
    source = snapshot.describe() if snapshot else "no snapshot imported"
    return compute_stats(registry.all_organizations(), as_of=parse_date_param(as_of), source=source)
