"""``/api/scan``: find the register's organizations mentioned in a text or an uploaded file."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from undesirable.api.audit import USER_HEADER_PARAMETER
from undesirable.api.models import ScanResult
from undesirable.operations.dates import DATE_HELP, parse_date
from undesirable.serving import MAX_TEXT_CHARS, auditor, get_scanner, read_scan_request

router = APIRouter(prefix="/api/scan", tags=["scanning"])

SCAN_EXAMPLE = {"text": "Сотрудники «Международной амнистии» и Bellingcat выступили с заявлением.", "as_of": None}

SCAN_REQUEST_BODY: dict[str, Any] = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["text"],
                "additionalProperties": False,
                "properties": {
                    "text": {"type": "string", "maxLength": MAX_TEXT_CHARS},
                    "as_of": {"type": ["string", "null"], "description": DATE_HELP},
                },
            },
            "example": SCAN_EXAMPLE,
        },
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {
                    "text": {"type": "string", "description": "The text (or send a file)."},
                    "file": {"type": "string", "format": "binary", "description": "A text file."},
                    "as_of": {"type": "string", "description": DATE_HELP},
                },
            }
        },
    },
}


@router.post(
    "",
    summary="Scan a text for mentions",
    openapi_extra={"requestBody": SCAN_REQUEST_BODY, "parameters": [USER_HEADER_PARAMETER]},
    response_model=ScanResult,
)
async def scan(request: Request) -> Response:
    """Mentions (character offsets in the text, organization, matched name, confidence) like
    ``undesirable scan --json``. Send JSON ``{"text": ...}``, or a form with ``text`` or ``file``."""
    text, as_of = await read_scan_request(request)
    day = parse_date(as_of)
    who = auditor(request)
    body = await run_in_threadpool(get_scanner(request).scan_json, text, as_of=day, who=who)
    return Response(body, media_type="application/json")  # encoded where it was computed
