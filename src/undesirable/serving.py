"""What the two HTTP faces (``api`` and ``web``) share: the app's registry and settings, the write
token check, and the reading of a scan request (JSON, a form or an uploaded file).

Both faces import from here and from ``undesirable.operations``; neither imports the other.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import re
from pathlib import PurePath

import httpx
from fastapi import Request
from starlette.datastructures import UploadFile

from undesirable.errors import AuthError, MalformedJSONError, UsageError
from undesirable.limits import DEFAULT_LIMITS, Limits
from undesirable.operations.dates import DATE_HELP
from undesirable.operations.workers import Scanner
from undesirable.registry.registry import Registry
from undesirable.settings import Settings

MAX_TEXT_CHARS = DEFAULT_LIMITS.text_chars
"""Longest text scanned in one request (the default of ``limits.text_chars``)."""


NESTED_TOO_DEEPLY = "malformed JSON: nested too deeply"

USER_HEADER = "X-Undesirable-User"
MAX_USER_CHARS = 100
UNKNOWN_CLIENT = "unknown client"

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def get_registry(request: Request) -> Registry:
    """The app's one registry (made by ``create_app``)."""
    registry: Registry = request.app.state.registry
    return registry


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_scanner(request: Request) -> Scanner:
    """The app's scanner: worker processes or a thread (``UNDESIRABLE_SCAN_WORKERS``)."""
    scanner: Scanner = request.app.state.scanner
    return scanner


def get_transport(request: Request) -> httpx.BaseTransport | None:
    """The HTTP transport for webhooks the app was made with (None: the network)."""
    transport: httpx.BaseTransport | None = getattr(request.app.state, "transport", None)
    return transport


def describe_client(request: Request) -> str:
    """Who asked, for the audit log: the client's address, and the ``X-Undesirable-User`` header in
    parentheses (``203.0.113.5 (alice)``)."""
    address = request.client.host if request.client and request.client.host else UNKNOWN_CLIENT
    user = _clean_header(request.headers.get(USER_HEADER, ""))
    return f"{address} ({user})" if user else address


def auditor(request: Request) -> str | None:
    """Who the audit log records for this request, or None when the server does not audit screening."""
    return describe_client(request) if get_settings(request).audit else None


def _clean_header(value: str) -> str:
    """A header value as text: UTF-8 when it was sent so, control characters out, bounded."""
    with contextlib.suppress(UnicodeError):
        value = value.encode("latin-1").decode("utf-8")
    return _CONTROL.sub(" ", value).strip()[:MAX_USER_CHARS]


def require_token(request: Request) -> None:
    """Allow a write only with ``Authorization: Bearer <UNDESIRABLE_API_TOKEN>``."""
    expected = get_settings(request).api_token
    if not expected:
        raise AuthError("writes are disabled: the server has no UNDESIRABLE_API_TOKEN")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise AuthError("a valid 'Authorization: Bearer <token>' header is required for writes")


async def read_scan_request(request: Request) -> tuple[str, str | None]:
    """The text and the ``as_of`` value of a JSON or form request.

    An uploaded file's text is checked against ``limits.text_chars`` while it is extracted.
    """
    limits = get_settings(request).limits
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
        text, as_of = await _read_form(request, limits)
    elif kind in ("application/json", ""):
        text, as_of = _read_json(await request.body())
    else:
        raise UsageError(f"send JSON or a form, not {kind!r}")
    if len(text) > limits.text_chars:  # a schema violation (maxLength): 422, like any invalid field
        raise UsageError(f"text: {len(text):,} characters, over the limit of {limits.text_chars:,} (limits.text_chars)")
    return text, as_of


def load_json_body(body: bytes) -> object:
    """A request body parsed as JSON; anything that is not JSON (or nests too deeply) is a 400."""
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedJSONError(f"malformed JSON: {exc}") from None
    except RecursionError:
        raise MalformedJSONError(NESTED_TOO_DEEPLY) from None


def _read_json(body: bytes) -> tuple[str, str | None]:
    data = load_json_body(body)
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise UsageError('send a JSON object with a "text" string')
    unknown = sorted(set(data) - {"text", "as_of"})
    if unknown:
        raise UsageError(f"unknown field(s): {', '.join(unknown)} (send only text and as_of)")
    as_of = data.get("as_of")
    if as_of is not None and not isinstance(as_of, str):
        raise UsageError(f"as_of: {DATE_HELP}")
    return data["text"], as_of


async def _read_form(request: Request, limits: Limits) -> tuple[str, str | None]:
    async with request.form() as form:
        repeated = [key for key in ("file", "text", "as_of") if len(form.getlist(key)) > 1]
        if repeated:
            raise UsageError(f"send each of {', '.join(repeated)} once")
        upload, text, as_of = form.get("file"), form.get("text"), form.get("as_of")
        if isinstance(upload, UploadFile) and upload.filename:
            text = extract_upload_text(await upload.read(), name=upload.filename, limits=limits)
    if not isinstance(text, str):
        raise UsageError("send a 'text' field or a 'file'")
    return text, as_of if isinstance(as_of, str) else None


def extract_upload_text(data: bytes, *, name: str, limits: Limits = DEFAULT_LIMITS) -> str:
    """The text of an uploaded file: plain text in any common encoding, HTML or DOCX.

    The text's length is checked against ``limits.text_chars`` while it is extracted (413).
    """
    from undesirable.sources.text_inputs import read_text_bytes

    short = PurePath(name.replace("\\", "/")).name or "upload"
    return read_text_bytes(data, name=short, limits=limits, max_chars=limits.text_chars)
