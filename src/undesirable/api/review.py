"""``/api/review``: the review queue, and reviewers' corrections (a write: needs the API token).

The queue lists what the name parser flagged and what the current snapshot added or changed
(see ``registry.review``). A correction (or an acceptance as parsed) is stored with who and when
and applies at once, over every later snapshot too.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel, ConfigDict, Field

from undesirable.api.models_registry import ReviewQueue, ReviewResult
from undesirable.errors import UsageError
from undesirable.operations.review import record_review, review_queue
from undesirable.operations.screening import snapshot_json
from undesirable.registry.ids import ID_PATH_PATTERN
from undesirable.serving import get_registry, require_token

router = APIRouter(prefix="/api/review", tags=["review"])

MAX_NAME_CHARS = 500
MAX_ALIASES = 50
MAX_NOTE_CHARS = 2000
MAX_REVIEWER_CHARS = 100

CORRECTION_EXAMPLE: dict[str, Any] = {
    "by": "anna",
    "name_ru": "Фонд «Открытое общество»",
    "name_en": "Open Society Foundations",
    "aliases": ["OSF", "Soros Foundation"],
    "note": "Latin name taken from the organization's site.",
}

Name = Annotated[str, Field(min_length=1, max_length=MAX_NAME_CHARS)]


class ReviewDecision(BaseModel):
    """A reviewer's correction of one organization, or its acceptance as parsed."""

    model_config = ConfigDict(extra="forbid", strict=True, json_schema_extra={"examples": [CORRECTION_EXAMPLE]})

    by: str = Field(..., min_length=1, max_length=MAX_REVIEWER_CHARS, description="Who reviews.")
    action: Literal["correct", "accept"] = Field(
        "correct", description="`correct` stores the fields given; `accept` takes the entry as parsed."
    )
    name_ru: Name | None = Field(None, description="The right primary Russian name.")
    name_en: Name | None = Field(None, description="The right primary Latin-script name.")
    aliases: list[Name] = Field(default_factory=list, max_length=MAX_ALIASES, description="More names it is known by.")
    category: str | None = Field(None, max_length=40, description="media, human_rights, ... (see the list's filter).")
    note: str | None = Field(None, max_length=MAX_NOTE_CHARS, description="A note for other reviewers.")


@router.get("", summary="What waits for review", response_model=ReviewQueue)
def list_review_queue(request: Request) -> dict[str, Any]:
    """Organizations the parser flagged, or the current snapshot added or changed, each with its
    reasons (and the changed fields): the JSON twin of the review page and of ``undesirable review --json``."""
    registry = get_registry(request)
    items = review_queue(registry)
    return {
        "snapshot": snapshot_json(registry.current_snapshot()),
        "count": len(items),
        "items": [i.to_json() for i in items],
    }


@router.post(
    "/{org_id:path}",
    summary="Correct an organization's names, or accept it as parsed (needs the API token)",
    response_model=ReviewResult,
    dependencies=[Depends(require_token)],
    responses={401: {"description": "No valid token, or writes disabled (no UNDESIRABLE_API_TOKEN)."}},
    status_code=201,
)
def review_organization(
    request: Request, org_id: Annotated[str, Path(pattern=ID_PATH_PATTERN)], decision: ReviewDecision
) -> dict[str, Any]:
    """Store the decision with who and when; it applies at once and survives later snapshots.
    201 with the stored review and the organization as it now reads. Requires ``Authorization: Bearer``."""
    if decision.action == "accept" and (decision.name_ru or decision.name_en or decision.aliases or decision.category):
        raise UsageError("an acceptance takes the entry as parsed: send no names or category with it")
    registry = get_registry(request)
    review = record_review(
        registry,
        org_id,
        reviewer=decision.by,
        action=decision.action,
        name_ru=decision.name_ru,
        name_en=decision.name_en,
        aliases=decision.aliases,
        category=decision.category,
        notes=decision.note,
    )
    return {"review": review.to_json(), "organization": registry.get(review.org_id).to_json()}
