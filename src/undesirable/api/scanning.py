"""``/api/scan``: find the register's organizations mentioned in a text or an uploaded file."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any

from fastapi import APIRouter, Request
from starlette.datastructures import UploadFile

from undesirable.api.audit import USER_HEADER_PARAMETER, audit_screening
from undesirable.api.common import DATE_HELP, get_registry, iso, parse_date_param, scan_json, snapshot_json
from undesirable.api.errors import MalformedJSONError
from undesirable.errors import UsageError

router = APIRouter(prefix="/api/scan", tags=["scanning"])

MAX_TEXT_CHARS = 1_000_000
"""Longest text scanned in one request."""

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
)
async def scan(request: Request) -> dict[str, Any]:
    """Mentions (character offsets in the text, organization, matched name, confidence) like
    ``undesirable scan --json``. Send JSON ``{"text": ...}``, or a form with ``text`` or ``file``."""
    text, as_of = await read_scan_request(request)
    registry = get_registry(request)
    day = parse_date_param(as_of)
    mentions = scan_json(registry, text, as_of=day)
    audit_screening(request, kind="scan", query=text, found=mentions, threshold=None, as_of=day)
    return {"as_of": iso(day), "snapshot": snapshot_json(registry), "mentions": mentions}


async def read_scan_request(request: Request) -> tuple[str, str | None]:
    """The text and the ``as_of`` value of a JSON or form request."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
        text, as_of = await _read_form(request)
    elif kind in ("application/json", ""):
        text, as_of = _read_json(await request.body())
    else:
        raise UsageError(f"send JSON or a form, not {kind!r}")
    if len(text) > MAX_TEXT_CHARS:
        raise UsageError(f"text too long: {len(text):,} characters (limit {MAX_TEXT_CHARS:,})")
    return text, as_of


def _read_json(body: bytes) -> tuple[str, str | None]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedJSONError(f"malformed JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise UsageError('send a JSON object with a "text" string')
    unknown = sorted(set(data) - {"text", "as_of"})
    if unknown:
        raise UsageError(f"unknown field(s): {', '.join(unknown)} (send only text and as_of)")
    as_of = data.get("as_of")
    if as_of is not None and not isinstance(as_of, str):
        raise UsageError(f"as_of: {DATE_HELP}")
    return data["text"], as_of


async def _read_form(request: Request) -> tuple[str, str | None]:
    async with request.form() as form:
        repeated = [key for key in ("file", "text", "as_of") if len(form.getlist(key)) > 1]
        if repeated:
            raise UsageError(f"send each of {', '.join(repeated)} once")
        upload, text, as_of = form.get("file"), form.get("text"), form.get("as_of")
        if isinstance(upload, UploadFile) and upload.filename:
            text = extract_upload_text(await upload.read(), name=upload.filename)
    if not isinstance(text, str):
        raise UsageError("send a 'text' field or a 'file'")
    return text, as_of if isinstance(as_of, str) else None


def extract_upload_text(data: bytes, *, name: str) -> str:
    """The text of an uploaded file: plain text in any common encoding, HTML or DOCX."""
    from undesirable.sources.text_inputs import read_text_bytes

    return read_text_bytes(data, name=PurePath(name.replace("\\", "/")).name or "upload")
