"""One error body for the whole HTTP API, and the handlers that produce it.

Every failure answers with the same JSON shape, whatever raised it (pinned by a test)::

    {"error": {"status": 404, "code": "not_found", "message": "no organization 'x'", "details": []}}

``status`` repeats the HTTP status; ``code`` is a stable machine word (an ``UndesirableError``'s
``.code``, ``invalid_request`` for request validation, ``too_large`` for an oversized body...);
``message`` is one sentence for people; ``details`` lists ``{"location", "message"}`` items for
validation errors and is empty otherwise. Web pages render the same fields as HTML.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from undesirable.api.yente_errors import is_yente_path
from undesirable.errors import MalformedJSONError, UndesirableError

LOG = logging.getLogger("undesirable.api")

STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "request_timeout",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
}
"""The ``code`` of errors raised as plain HTTP statuses (not by the project's own errors)."""

MALFORMED_JSON = MalformedJSONError.code
"""The ``code`` of a request body that is not JSON at all (400)."""

HtmlRenderer = Callable[[Request, dict[str, Any]], Response | None]
"""Renders an error body as a web page, or returns None when the request wants JSON."""

ERROR_EXAMPLE = {
    "error": {
        "status": 404,
        "code": "not_found",
        "message": "no organization 'ru-undesirable-9999-r-2015-01-01'",
        "details": [],
    }
}


def build_error_body(status: int, code: str, message: str, details: Sequence[dict[str, str]] = ()) -> dict[str, Any]:
    """The one error body: ``{"error": {"status", "code", "message", "details"}}``."""
    return {"error": {"status": status, "code": code, "message": message, "details": list(details)}}


STATUS_EXAMPLES: dict[int, tuple[str, str, list[dict[str, str]]]] = {
    400: (
        MALFORMED_JSON,
        "malformed JSON: JSON decode error",
        [{"location": "body.1", "message": "JSON decode error"}],
    ),
    401: ("unauthorized", "a valid 'Authorization: Bearer <token>' header is required for writes", []),
    404: ("not_found", "no organization '9999-r-2015-01-01'", []),
    413: ("too_large", "request body too large (limit 2,097,152 bytes)", []),
    422: (
        "invalid_request",
        "invalid request: query.limit: Input should be greater than or equal to 1",
        [{"location": "query.limit", "message": "Input should be greater than or equal to 1"}],
    ),
}
"""A true example body for each documented failure status (the OpenAPI document shows them)."""


def error_example(status: int) -> dict[str, Any]:
    """An example error body for ``status``, as the API really answers it."""
    code, message, details = STATUS_EXAMPLES.get(status, (STATUS_CODES.get(status, "error"), "failed", []))
    return build_error_body(status, code, message, details)


def error_response_schema() -> dict[int, Any]:
    """OpenAPI ``responses`` entries describing the error body for the usual failure statuses."""
    schema = {"$ref": "#/components/schemas/ErrorBody"}
    return {
        status: {
            "description": HTTPStatus(status).phrase,
            "content": {"application/json": {"example": error_example(status), "schema": schema}},
        }
        for status in (400, 404, 413, 422)
    }


def install_error_handlers(app: FastAPI, *, render_html: HtmlRenderer | None = None) -> None:
    """Route every exception the app can meet to the one error body (or its web page)."""

    def respond(request: Request, status: int, body: dict[str, Any]) -> Response:
        if render_html is not None:
            page = render_html(request, body)
            if page is not None:
                return page
        return JSONResponse(body, status_code=status)

    async def on_project_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, UndesirableError)
        return respond(request, exc.http_status, build_error_body(exc.http_status, exc.code, exc.message))

    async def on_validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        details = [_validation_detail(item) for item in exc.errors()]
        if any(item.get("type") == "json_invalid" for item in exc.errors()):
            message = "malformed JSON: " + "; ".join(d["message"] for d in details)
            return respond(request, 400, build_error_body(400, MALFORMED_JSON, message, details))
        message = "invalid request: " + "; ".join(f"{d['location']}: {d['message']}" for d in details)
        return respond(request, 422, build_error_body(422, "invalid_request", message, details))

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        status = exc.status_code
        code = getattr(exc, "code", None) or STATUS_CODES.get(status, "error")
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(status).phrase
        message = _http_message(request, status, detail)
        if is_yente_path(request.url.path):
            response: Response = JSONResponse({"detail": message}, status_code=status)
        else:
            response = respond(request, status, build_error_body(status, code, message))
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        if status == 405 and (allowed := allowed_methods(request)):
            response.headers["Allow"] = ", ".join(allowed)
        return response

    async def on_too_deep(request: Request, exc: Exception) -> Response:
        message = "malformed JSON: nested too deeply"
        return respond(request, 400, build_error_body(400, MALFORMED_JSON, message))

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        LOG.exception("unexpected error on %s %s", request.method, request.url.path)
        return respond(request, 500, build_error_body(500, "internal_error", "internal error"))

    handlers: dict[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
        UndesirableError: on_project_error,
        RequestValidationError: on_validation_error,
        StarletteHTTPException: on_http_error,
        RecursionError: on_too_deep,  # json.loads of a deeply nested body, wherever it is parsed
        Exception: on_unexpected,
    }
    for exc_class, handler in handlers.items():
        app.add_exception_handler(exc_class, handler)


def allowed_methods(request: Request) -> list[str]:
    """Every method the OpenAPI document gives the request's path (a 405's ``Allow`` header)."""
    methods: set[str] = set()
    for template, item in request.app.openapi().get("paths", {}).items():
        if re.fullmatch(re.sub(r"\\\{[^}]+\\\}", ".+", re.escape(template)), request.url.path):
            methods |= {method.upper() for method in item if method.isalpha()}
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


def _validation_detail(item: Any) -> dict[str, str]:
    location = ".".join(str(part) for part in item.get("loc", ()))
    return {"location": location or "body", "message": str(item.get("msg", "invalid value"))}


def _http_message(request: Request, status: int, detail: str) -> str:
    if status == 404 and detail == "Not Found":
        return f"no such page or endpoint: {request.url.path}"
    if status == 405 and detail == "Method Not Allowed":
        return f"{request.method} is not allowed on {request.url.path}"
    return detail


class BodyLimitMiddleware:
    """Refuse request bodies over a size limit with 413, before or while they are read.

    ``limits`` maps path prefixes to byte limits (the longest matching prefix wins); other paths
    get ``default_limit``. A declared ``Content-Length`` over the limit is refused at once; a
    streamed body is counted as it arrives.
    """

    def __init__(self, app: ASGIApp, *, default_limit: int, limits: dict[str, int] | None = None) -> None:
        self.app = app
        self.default_limit = default_limit
        self.limits = sorted((limits or {}).items(), key=lambda item: -len(item[0]))

    def limit_for(self, path: str) -> int:
        for prefix, limit in self.limits:
            if path.startswith(prefix):
                return limit
        return self.default_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope.get("path", ""))
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _send_too_large(send, limit)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise StarletteHTTPException(413, too_large_message(limit))
            return message

        await self.app(scope, counting_receive, send)


def too_large_message(limit: int) -> str:
    return f"request body too large (limit {limit:,} bytes)"


def _content_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", ()):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _send_too_large(send: Send, limit: int) -> None:
    response = JSONResponse(build_error_body(413, "too_large", too_large_message(limit)), status_code=413)
    await send({"type": "http.response.start", "status": 413, "headers": response.raw_headers})
    await send({"type": "http.response.body", "body": response.body})
