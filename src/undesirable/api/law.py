"""``/api/law``: what a designation means for a person, by role and date."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from undesirable.api.models_registry import ExposureOut, RolesOut
from undesirable.law import list_roles
from undesirable.operations.dates import DATE_HELP, DATE_PATTERN, parse_date
from undesirable.operations.law import DEFAULT_ROLE, explain_organization
from undesirable.serving import get_registry

router = APIRouter(prefix="/api/law", tags=["law"])


@router.get("/explain", summary="Legal exposure of a role, for one organization, on a date", response_model=ExposureOut)
def explain(
    request: Request,
    org: Annotated[
        str,
        Query(
            min_length=1,
            max_length=500,
            description="An organization id, an exact name, or a name with one strong match.",
            examples=["ru-undesirable-1076-r-2015-07-29"],
        ),
    ],
    role: Annotated[
        str, Query(description="participant, organizer, donor, ...", examples=["participant"])
    ] = DEFAULT_ROLE,
    date_: Annotated[str | None, Query(alias="date", description=DATE_HELP, pattern=DATE_PATTERN)] = None,
    prior_penalty: Annotated[bool, Query(description="An earlier administrative penalty for a similar act.")] = False,
) -> dict[str, Any]:
    """Offences in force for ``role`` on ``date``, whether each applies, penalties, caveats and a
    plain summary in Russian and English. Not legal advice."""
    on = parse_date(date_, name="date")
    return explain_organization(get_registry(request), org, role=role, on=on, prior_penalty=prior_penalty)


@router.get("/roles", summary="The roles the explanation understands", response_model=RolesOut)
def roles() -> dict[str, Any]:
    return {"roles": list_roles()}
