"""Errors on the yente-compatible routes, in yente's shape: ``{"detail": "..."}``.

yente's clients (nomenklatura's enricher, OpenSanctions' SDKs) read ``detail``: a bad query is
400, an unknown dataset or entity 404, a request FastAPI cannot parse 422 with FastAPI's list of
``{"loc", "msg", "type"}`` items. The rest of the API keeps the project's one error body; only the
routes built with :class:`YenteRoute` answer this way.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from undesirable.errors import NotFoundError, UndesirableError

BAD_QUERY_STATUS = 400
YENTE_PATH_PREFIXES = ("/entities/", "/search/", "/match/", "/catalog", "/algorithms")
"""Paths of the yente surface: even a request no route takes (a control character in an id)
answers there in yente's shape."""


class ErrorResponse(BaseModel):
    """yente's error body."""

    detail: str = Field(..., examples=["No such entity!"])


class ValidationErrorResponse(BaseModel):
    """FastAPI's body for a request it cannot parse (what yente answers with 422)."""

    detail: list[dict[str, Any]]


YENTE_ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "Invalid query"},
    404: {"model": ErrorResponse, "description": "No such dataset or entity"},
    422: {"model": ValidationErrorResponse, "description": "The request could not be parsed"},
}


def is_yente_path(path: str) -> bool:
    """Whether ``path`` belongs to the yente surface, whose errors are ``{"detail": ...}``."""
    return path.startswith(YENTE_PATH_PREFIXES)


def yente_status(exc: UndesirableError) -> int:
    """A project error's status on a yente route: not found stays 404, a bad query is 400."""
    if isinstance(exc, NotFoundError):
        return 404
    return BAD_QUERY_STATUS if exc.http_status < 500 and exc.http_status != 401 else exc.http_status


class YenteRoute(APIRoute):
    """A route whose failures answer in yente's error shape instead of the project's."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            try:
                return await handler(request)
            except RequestValidationError as exc:
                return JSONResponse({"detail": jsonable_encoder(_plain(exc.errors()))}, status_code=422)
            except UndesirableError as exc:
                return JSONResponse({"detail": exc.message}, status_code=yente_status(exc))
            except StarletteHTTPException as exc:
                detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
                return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=exc.headers)

        return handle


def _plain(errors: Any) -> list[dict[str, Any]]:
    """FastAPI's validation items without the parts that do not serialize (``ctx`` exceptions, ``url``)."""
    return [{k: v for k, v in dict(item).items() if k in ("loc", "msg", "type", "input")} for item in errors]
