"""Cross-origin access (CORS): who may call the API from a web page on another site.

Three kinds of route, told apart by path and method:

- **reconciliation** (``/reconcile`` and below): any origin, always. The Reconciliation API 0.2
  requires every endpoint to allow cross-origin calls (OpenRefine runs in a browser).
- **reads**: ``GET``/``HEAD`` on the JSON API and the yente routes, and the screening calls that
  change nothing (``POST /api/match``, ``POST /api/scan``, ``POST /match/{dataset}``): the origins
  of ``UNDESIRABLE_CORS_ORIGINS`` (default ``*``).
- **writes**: every other method (importing a snapshot, storing a review...): never cross-origin.
  A preflight for a write gets no CORS headers, so a browser refuses to send it.

A preflight (``OPTIONS`` with ``Access-Control-Request-Method``) that is allowed answers 204 at
once; other requests get the CORS headers added to their response.
"""

from __future__ import annotations

from typing import Literal

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

Kind = Literal["reconcile", "read", "write", "other"]

READ_METHODS = frozenset({"GET", "HEAD"})
API_PREFIXES = ("/api/", "/match/", "/search/", "/entities/", "/catalog", "/algorithms", "/openapi.json")
SCREENING_POSTS = ("/api/match", "/api/scan", "/match/")
"""POST routes that only read the register (a screening call), so they are reads for CORS."""
ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS"
DEFAULT_ALLOWED_HEADERS = "Content-Type, X-Undesirable-User"
EXPOSED_HEADERS = "X-Batch-Size"
PREFLIGHT_MAX_AGE = "600"


def classify_route(path: str, method: str) -> Kind:
    """Which CORS rule applies to ``method`` on ``path``."""
    if path == "/reconcile" or path.startswith("/reconcile/"):
        return "reconcile"
    if not path.startswith(API_PREFIXES):
        return "other"
    if method in READ_METHODS:
        return "read"
    if method == "POST" and path.startswith(SCREENING_POSTS):
        return "read"
    return "write"


def allowed_origin(kind: Kind, origin: str | None, origins: tuple[str, ...]) -> str | None:
    """The ``Access-Control-Allow-Origin`` value for a request of ``kind`` from ``origin``, or None."""
    if kind == "reconcile":
        return "*"
    if kind != "read":
        return None
    if "*" in origins:
        return "*"
    if origin is not None and origin.rstrip("/") in origins:
        return origin
    return None


class CorsMiddleware:
    """Adds CORS headers by route kind and answers allowed preflights with 204."""

    def __init__(self, app: ASGIApp, *, origins: tuple[str, ...]) -> None:
        self.app = app
        self.origins = origins

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        method = scope["method"]
        requested = headers.get("access-control-request-method")
        preflight = method == "OPTIONS" and requested is not None
        kind = classify_route(scope["path"], (requested or "").upper() if preflight else method)
        allow = allowed_origin(kind, headers.get("origin"), self.origins)
        if preflight and allow is not None:
            await _send_preflight(send, allow, headers.get("access-control-request-headers"))
            return
        if allow is None:
            await self.app(scope, receive, send)
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                out = MutableHeaders(scope=message)
                out["Access-Control-Allow-Origin"] = allow
                out["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
                if allow != "*":
                    out.add_vary_header("Origin")
            await send(message)

        await self.app(scope, receive, send_with_cors)


async def _send_preflight(send: Send, allow: str, requested_headers: str | None) -> None:
    headers = [
        (b"access-control-allow-origin", allow.encode("latin-1")),
        (b"access-control-allow-methods", ALLOWED_METHODS.encode()),
        (b"access-control-allow-headers", (requested_headers or DEFAULT_ALLOWED_HEADERS).encode("latin-1")),
        (b"access-control-max-age", PREFLIGHT_MAX_AGE.encode()),
    ]
    if allow != "*":
        headers.append((b"vary", b"Origin"))
    await send({"type": "http.response.start", "status": 204, "headers": headers})
    await send({"type": "http.response.body", "body": b""})
