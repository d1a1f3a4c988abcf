"""``create_app(settings)``: the HTTP API and the web UI over one registry.

The factory only wires: one :class:`Registry` per app (per worker process), the routers (one
module per resource), the error handlers that give every failure one JSON body, the request
size limits, and the web pages. It holds no logic of its own.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
from fastapi import FastAPI

from undesirable import __version__
from undesirable.api import (
    changes,
    health,
    law,
    matching,
    organizations,
    reconcile,
    review,
    scanning,
    snapshots,
    stats,
    yente,
    yente_entities,
)
from undesirable.api.cors import CorsMiddleware
from undesirable.api.errors import BodyLimitMiddleware, install_error_handlers
from undesirable.hardening import BodyTimeoutMiddleware, SecurityHeadersMiddleware
from undesirable.operations.workers import Scanner
from undesirable.registry.registry import Registry
from undesirable.settings import Settings, load_settings

DEFAULT_BODY_LIMIT = 2 * 1024 * 1024
"""Largest request body anywhere (JSON batches, forms)."""

UPLOAD_BODY_LIMIT = 16 * 1024 * 1024
"""Largest body for uploads: a register xlsx, a file to scan."""

UPLOAD_PATHS = ("/api/snapshots", "/api/scan", "/scan")

DESCRIPTION = """
The open register of organizations that Russia has declared "undesirable" (Federal Law 272-FZ,
art. 3.1): the list as it stood on any date, each organization's names and events, screening of
names and texts, snapshots and their diffs, and what a designation means by role and date.

Every error answers with one JSON body: `{"error": {"status", "code", "message", "details"}}`.
Writes (`POST /api/snapshots`, `POST /api/review/{org_id}`) need
`Authorization: Bearer <UNDESIRABLE_API_TOKEN>`; with no token configured, writes are disabled.

Audit: when the server audits screening (`UNDESIRABLE_AUDIT=1`), every call of `/api/match`
(GET and POST), `POST /api/scan` and `POST /match/{dataset}` appends one record to the
append-only audit log: who (the client's address, plus the `X-Undesirable-User` header when
sent), when, the query, the snapshot's sha256, the threshold and the result (a batch is one
record with each name's verdict).
Interoperability: the yente API (`POST /match/{dataset}`, `GET /entities/{id}`,
`/search/{dataset}`, `/catalog`, `/algorithms`; errors there are yente's `{"detail": "..."}`),
the OpenRefine reconciliation service (API 0.2) at `/reconcile`, and an Atom feed of changes.
"""

ROUTERS = (
    health,
    organizations,
    matching,
    scanning,
    snapshots,
    changes,
    review,
    stats,
    law,
    yente,
    reconcile,
)
LATE_ROUTERS = (yente_entities,)
"""Included after the web pages: ``/search/{dataset}`` must not shadow the page ``/search/results``."""
YENTE_TAG = "yente compatibility"
"""Operations under this tag answer errors in yente's ``{"detail"}`` shape, not the project's."""


def create_app(
    settings: Settings | None = None,
    *,
    registry: Registry | None = None,
    transport: httpx.BaseTransport | None = None,
) -> FastAPI:
    """The FastAPI app over ``registry`` (default: the store named by ``settings``).

    ``transport`` carries the webhooks of notices (None: the network; tests pass a mock).
    """
    settings = settings or load_settings()
    app = FastAPI(
        title="undesirable",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # /docs is a page of the web UI: the stock one loads its script from a CDN
        redoc_url=None,
        openapi_tags=[{"name": tag} for tag in dict.fromkeys(str(r.router.tags[0]) for r in ROUTERS if r.router.tags)],
    )
    app.state.settings = settings
    app.state.registry = registry or Registry.open(settings=settings)
    app.state.transport = transport
    app.state.scanner = Scanner(settings, app.state.registry)
    app.router.on_shutdown.append(app.state.scanner.close)
    for module in ROUTERS:
        app.include_router(module.router)
    from undesirable.web import install_web, render_error_page

    install_web(app)
    for module in LATE_ROUTERS:
        app.include_router(module.router)
    install_error_handlers(app, render_html=render_error_page)
    app.add_middleware(BodyTimeoutMiddleware, seconds=settings.limits.body_seconds)
    app.add_middleware(
        BodyLimitMiddleware,
        default_limit=DEFAULT_BODY_LIMIT,
        limits=dict.fromkeys(UPLOAD_PATHS, UPLOAD_BODY_LIMIT),
    )
    app.add_middleware(CorsMiddleware, origins=settings.cors_origins)
    app.add_middleware(SecurityHeadersMiddleware)
    app.openapi = lambda: build_openapi(app)  # type: ignore[method-assign]
    return app


def create_app_from_environment() -> FastAPI:
    """The app configured from ``UNDESIRABLE_*`` variables (what each server worker runs)."""
    return create_app(load_settings())


def build_openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document, with the error body as a named schema on every operation.

    The document follows from the routes alone: an app whose routes are those of an app already
    described in this process takes a copy of that document instead of building it again.
    """
    if app.openapi_schema:
        return app.openapi_schema
    key = (app.title, app.version, app.description, str(app.openapi_tags), *described_routes(app))
    described, document = DESCRIBED[0]
    if key != described:
        document = json.dumps(describe(app))
        DESCRIBED[0] = (key, document)
    app.openapi_schema = json.loads(document)
    return app.openapi_schema


DESCRIBED: list[tuple[object, str]] = [(None, "")]
"""The routes last described in this process and their document (as JSON: each app gets its own copy)."""


def described_routes(app: FastAPI) -> list[object]:
    """What the document is made of: each documented route's router (with its routes) or endpoint.

    The routers and endpoints themselves are kept in the key (not their ids), so none is ever
    mistaken for a later object at the same address.
    """
    described: list[object] = []
    for route in app.routes:
        if not getattr(route, "include_in_schema", True):
            continue
        router = getattr(route, "original_router", None)
        context = getattr(route, "include_context", None)
        described.append(
            (
                type(route),
                router,
                tuple(router.routes) if router is not None else (),
                getattr(route, "endpoint", None),
                getattr(route, "path", None),
                repr((getattr(context, "prefix", None), getattr(context, "tags", None))),
            )
        )
    return described


def describe(app: FastAPI) -> dict[str, Any]:
    from fastapi.openapi.utils import get_openapi

    from undesirable.api.errors import ERROR_EXAMPLE, error_example, error_response_schema

    schema = get_openapi(
        title=app.title, version=app.version, description=app.description, routes=app.routes, tags=app.openapi_tags
    )
    schema.setdefault("components", {}).setdefault("schemas", {})["ErrorBody"] = ERROR_BODY_SCHEMA
    schema["components"]["schemas"]["ErrorBody"]["example"] = ERROR_EXAMPLE
    for unused in ("HTTPValidationError", "ValidationError"):
        schema["components"]["schemas"].pop(unused, None)
    for path_item in schema.get("paths", {}).values():
        for operation in path_item.values():
            if YENTE_TAG in operation.get("tags", ()):
                continue
            responses = operation.setdefault("responses", {})
            for status, spec in error_response_schema().items():
                if status == 422 or str(status) not in responses:  # FastAPI's own 422 has another shape
                    responses[str(status)] = spec
            for status, spec in responses.items():
                if status.startswith("4") and "content" not in spec:
                    content = error_response_schema()[404]["content"]
                    spec["content"] = {"application/json": {**content["application/json"]}}
                    spec["content"]["application/json"]["example"] = error_example(int(status))
    return schema


ERROR_BODY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "code", "message", "details"],
            "properties": {
                "status": {"type": "integer"},
                "code": {"type": "string"},
                "message": {"type": "string"},
                "details": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {"location": {"type": "string"}, "message": {"type": "string"}},
                    },
                },
            },
        }
    },
}
