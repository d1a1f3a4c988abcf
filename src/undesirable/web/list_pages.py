"""The list page: the register filtered, sorted, counted and paged, and the current view as a file.

Both call one operation, :func:`undesirable.operations.listing.browse_register`; the JSON twin
is ``/api/organizations``.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from undesirable.errors import UsageError
from undesirable.model import CATEGORIES
from undesirable.operations.dates import iso, parse_date
from undesirable.operations.listing import STATUSES, XLSX_TYPE, ListQuery, browse_register, render_view_file
from undesirable.operations.organizations import DEFAULT_PAGE
from undesirable.serving import get_registry
from undesirable.web.i18n import pick_language
from undesirable.web.rendering import render_page, url_with

list_router = APIRouter(include_in_schema=False)


@list_router.get("/organizations", response_class=HTMLResponse)
def list_page(request: Request, page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    query = _list_query(request)
    view = browse_register(get_registry(request), query)
    pages = max(1, -(-len(view.organizations) // DEFAULT_PAGE))
    start = (page - 1) * DEFAULT_PAGE
    api = {"as_of": iso(query.as_of) or "", "category": query.category, "country": query.country, "q": query.q}
    if query.status == "pending":
        api["include_pending"] = "true"
    return render_page(
        request,
        "list.html",
        view=view,
        orgs=view.organizations[start : start + DEFAULT_PAGE],
        count=len(view.organizations),
        day=query.as_of,
        page=page,
        pages=pages,
        first=start + 1,
        filters=query,
        categories=CATEGORIES,
        statuses=STATUSES,
        sort_url=lambda key: url_with(request, sort=_toggled(query.sort, key), page=None),
        page_url=lambda number: url_with(request, page=str(number)),
        download_url=lambda kind: _download_url(request, kind),
        json_url="/api/organizations?" + urlencode({k: v for k, v in api.items() if v}),
    )


_DOWNLOAD = "/organizations.download"
_FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json", "xlsx": XLSX_TYPE}


@list_router.get(_DOWNLOAD)
def list_download(request: Request, format_: Annotated[str, Query(alias="format")] = "csv") -> Response:
    """The current view of the list as a file (the project's importable CSV, JSON or xlsx)."""
    if format_ not in _FORMATS:
        raise UsageError(f"format: unknown value {format_!r} (one of: {', '.join(_FORMATS)})")
    registry = get_registry(request)
    view = browse_register(registry, _list_query(request))
    data = render_view_file(view.organizations, snapshot=registry.require_data(), kind=format_)
    name = f"undesirable-{(view.query.as_of or date.today()).isoformat()}.{format_}"
    disposition = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(data, media_type=_FORMATS[format_], headers=disposition)


def _list_query(request: Request) -> ListQuery:
    params = request.query_params
    year = params.get("year", "").strip()
    if year and not (year.isdigit() and len(year) == 4):
        raise UsageError(f"year: not a year: {year!r}")
    return ListQuery(
        as_of=parse_date(params.get("as_of", "")),
        status=params.get("status") or "designated",
        category=params.get("category", ""),
        country=params.get("country", "").upper(),
        year=int(year) if year else None,
        q=params.get("q", "")[:200],
        sort=params.get("sort") or ListQuery.sort,
        lang=pick_language(request),
    )


def _download_url(request: Request, kind: str) -> str:
    params = {k: v for k, v in request.query_params.items() if k not in ("page", "format", "lang") and v}
    return f"{_DOWNLOAD}?{urlencode({**params, 'format': kind})}"


def _toggled(current: str, key: str) -> str:
    """The sort after a click on column ``key``: that column, reversed if it was already the sort."""
    return f"-{key}" if current == key else key
