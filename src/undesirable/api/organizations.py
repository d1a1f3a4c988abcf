"""``/api/organizations``: the register as it stood on a date, and one organization's record."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request

from undesirable.api.models import OrganizationHistory, OrganizationPage
from undesirable.operations import organizations as listing
from undesirable.operations.dates import DATE_HELP, DATE_PATTERN, parse_date
from undesirable.operations.organizations import DEFAULT_PAGE
from undesirable.operations.screening import snapshot_json
from undesirable.registry.ids import ID_PATH_PATTERN
from undesirable.serving import get_registry

router = APIRouter(prefix="/api/organizations", tags=["organizations"])

MAX_PAGE = 500
ORGANIZATION_EXAMPLE_ID = "ru-undesirable-1076-r-2015-07-29"


@router.get("", summary="The register as it stood on a date, filtered and paged", response_model=OrganizationPage)
def list_organizations(
    request: Request,
    as_of: Annotated[str | None, Query(description=DATE_HELP, pattern=DATE_PATTERN, examples=["2020-01-01"])] = None,
    category: Annotated[str | None, Query(description="Only this category.", examples=["media"])] = None,
    country: Annotated[str | None, Query(description="Only this ISO country code.", examples=["US"])] = None,
    q: Annotated[str | None, Query(description="Only names containing this text.", examples=["fund"])] = None,
    include_pending: Annotated[bool, Query(description="Also entries decided but not yet included.")] = False,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """Organizations designated on ``as_of`` (today), like ``undesirable list --json``, plus paging."""
    day = parse_date(as_of)
    found = listing.list_organizations(
        get_registry(request),
        as_of=day,
        category=category,
        country=country,
        name_contains=q,
        include_pending=include_pending,
    )
    return found.to_json(limit=limit, offset=offset)


@router.get("/{org_id:path}", summary="One organization: names, events, sources", response_model=OrganizationHistory)
def get_organization(
    request: Request,
    org_id: Annotated[str, Path(pattern=ID_PATH_PATTERN)],
    as_of: Annotated[str | None, Query(description=DATE_HELP, pattern=DATE_PATTERN)] = None,
) -> dict[str, Any]:
    """The organization with its events and the snapshots that list it (``undesirable show --json``).

    The id is the organization's ``id`` (``ru-undesirable-1076-r-2015-07-29``); any earlier form of
    it (``1076-р/2015-07-29``, a former id) is accepted too.
    """
    registry = get_registry(request)
    day = parse_date(as_of)
    data = registry.history(org_id).to_json(as_of=day)
    data["snapshot"] = snapshot_json(registry.current_snapshot())
    return data
