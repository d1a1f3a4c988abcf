"""The web pages. Each parses its input, makes one registry (or API helper) call and renders.

Every page names its JSON twin under ``/api`` (linked in the footer).
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from undesirable.errors import UsageError
from undesirable.law import describe_role, list_roles
from undesirable.model import CATEGORIES
from undesirable.operations.changes import collect_events, snapshot_diff_counts
from undesirable.operations.dates import parse_date
from undesirable.operations.entry import describe_entry
from undesirable.operations.law import explain_organization
from undesirable.operations.review import review_queue
from undesirable.operations.screening import check_name
from undesirable.operations.stats import register_stats
from undesirable.serving import auditor, get_registry, get_scanner, get_settings, read_scan_request
from undesirable.stats import UNKNOWN
from undesirable.web import svg
from undesirable.web.highlight import split_highlights
from undesirable.web.i18n import Translator, pick_language
from undesirable.web.list_pages import list_router
from undesirable.web.rendering import render_error_page, render_page, url_with

router = APIRouter(include_in_schema=False)

SEARCH_LIMIT = 10
RECENT_EVENTS = 30
REVIEW_PAGE = 10
SCAN_DOCS = "/docs#op-post-api-scan"
DEFAULT_ROLE = "participant"

__all__ = ["install_web", "render_error_page"]


def install_web(app: FastAPI) -> None:
    """Mount the pages and the packaged static files on ``app``."""
    static_dir = resources.files("undesirable.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static_dir)), name="static")
    app.include_router(router)
    app.include_router(list_router)


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, q: str = "") -> Response:
    json_url = f"/api/match?{urlencode({'q': q})}" if q.strip() else "/api/match?q=Meduza"
    return _render_search(request, "search.html", q, json_url=json_url)


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    """The icon for clients that ask for it by the old name (pages link ``/static/favicon.svg``)."""
    return RedirectResponse("/static/favicon.svg", status_code=301)


@router.get("/search/results", response_class=HTMLResponse)
def search_results(request: Request, q: str = "") -> Response:
    """The results fragment the search box fetches as one types."""
    return _render_search(request, "_results.html", q)


def _render_search(request: Request, template: str, q: str, **context: Any) -> Response:
    """``template`` with the answer for ``q`` (its matches and namesakes) or the error that stopped it."""
    answer, error = _search(request, q)
    return render_page(
        request,
        template,
        status=error["status"] if error else 200,
        q=q,
        matches=answer["matches"] if answer else None,
        namesakes=answer["namesakes"] if answer else [],
        sources=answer["sources"] if answer else [],
        error=error,
        **context,
    )


def _search(request: Request, q: str) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The answer of ``check_name`` in its JSON shape (audited like the API's ``kind="web"``), None
    with no query; and the error when the name could not be checked (shown as such, never as an
    empty list of matches)."""
    if not q.strip():
        return None, None
    try:
        found = check_name(get_registry(request), q[:500], limit=SEARCH_LIMIT, who=auditor(request), kind="web")
    except UsageError as exc:
        return None, {"status": exc.http_status, "code": exc.code, "message": exc.message}
    return found.to_json(), None


@router.get("/organizations/{org_id:path}", response_class=HTMLResponse)
def organization_page(
    request: Request, org_id: str, role: str = DEFAULT_ROLE, date_: Annotated[str, Query(alias="date")] = ""
) -> Response:
    registry = get_registry(request)
    entry = describe_entry(registry, org_id)
    org = entry.history.organization
    if org.id != org_id:  # an older id form: the page lives at the canonical id
        url = "/organizations/" + quote(org.id, safe="/:")
        return RedirectResponse(url + (f"?{request.url.query}" if request.url.query else ""), status_code=308)
    on = parse_date(date_, name="date") or date.today()
    role = role if role in list_roles() else DEFAULT_ROLE
    law_params = urlencode({"org": org.id, "role": role, "date": on.isoformat()})
    return render_page(
        request,
        "organization.html",
        org=org,
        entry=entry,
        events=entry.history.events,
        exposure=explain_organization(registry, org.id, role=role, on=on),
        role=role,
        on=on,
        role_labels={r: (describe_role(r) or {}).get("label", {}) for r in list_roles()},
        org_status=org.status_on(None),
        permalink=str(request.base_url).rstrip("/") + "/organizations/" + quote(org.id, safe="/:"),
        law_json_url=f"/api/law/explain?{law_params}",
        json_url="/api/organizations/" + quote(org.id, safe="/:"),
    )


@router.get("/changes", response_class=HTMLResponse)
def changes_page(request: Request) -> Response:
    registry = get_registry(request)
    return render_page(
        request,
        "changes.html",
        snapshots=list(reversed(registry.snapshots())),
        current=registry.current_snapshot(),
        counts=snapshot_diff_counts(registry),
        events=collect_events(registry)[:RECENT_EVENTS],
        json_url="/api/changes",
    )


@router.get("/changes/{snapshot_id}", response_class=HTMLResponse)
def diff_page(request: Request, snapshot_id: int, against: int | None = None) -> Response:
    registry = get_registry(request)
    base, target, diff = registry.diff(against, snapshot_id)
    orgs = {o.id: o for o in registry.all_organizations()}
    if base is not None:
        orgs.update(registry.snapshot_organizations(base.id))
    orgs.update(registry.snapshot_organizations(target.id))
    json_url = f"/api/snapshots/{target.id}/diff" + (f"?against={base.id}" if base else "")
    groups = {"added": _by_year(diff.added, orgs), "removed": _by_year(diff.removed, orgs)}
    return render_page(
        request, "diff.html", base=base, target=target, diff=diff, orgs=orgs, groups=groups, json_url=json_url
    )


def _by_year(ids: tuple[str, ...], orgs: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """Entry ids grouped by the year of their inclusion (or decision), newest year first, undated last."""

    def day(org_id: str) -> date | None:
        org = orgs.get(org_id)
        return (org.inclusion_date or org.gp_decision_date) if org else None

    years: dict[str, list[str]] = {}
    for org_id in sorted(ids, key=lambda i: day(i) or date.min):
        when = day(org_id)
        years.setdefault(str(when.year) if when else "", []).append(org_id)
    return sorted(years.items(), key=lambda item: item[0] or "0", reverse=True)


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Response:
    """The review queue, paged; the correction form (which sends the API token) only where writes are on."""
    items = review_queue(get_registry(request))
    pages = max(1, -(-len(items) // REVIEW_PAGE))
    start = (page - 1) * REVIEW_PAGE
    return render_page(
        request,
        "review.html",
        items=items[start : start + REVIEW_PAGE],
        count=len(items),
        page=page,
        pages=pages,
        page_url=lambda number: url_with(request, page=str(number)),
        categories=CATEGORIES,
        writes_enabled=bool(get_settings(request).api_token),
        json_url="/api/review",
    )


@router.get("/scan", response_class=HTMLResponse)
def scan_form(request: Request) -> Response:
    return render_page(request, "scan.html", text="", result=None, json_url=SCAN_DOCS)


@router.post("/scan", response_class=HTMLResponse)
async def scan_page(request: Request) -> Response:
    text, as_of = await read_scan_request(request)
    day, who = parse_date(as_of), auditor(request)
    body = await run_in_threadpool(get_scanner(request).scan_json, text, as_of=day, who=who)
    answer = json.loads(body)
    mentions = answer["mentions"]
    return render_page(
        request,
        "scan.html",
        text=text,
        result=mentions,
        sources=answer["sources"],
        pieces=split_highlights(text, mentions),
        json_url=SCAN_DOCS,
    )


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> Response:
    """The API reference, rendered here from the OpenAPI document (no script from elsewhere)."""
    return render_page(
        request, "docs.html", operations=list_operations(request.app.openapi()), json_url="/openapi.json"
    )


def list_operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Every operation of an OpenAPI document, in path order, with its examples pretty-printed."""
    out = []
    for path, item in schema.get("paths", {}).items():
        for method, op in item.items():
            body = op.get("requestBody", {}).get("content", {})
            examples = [(kind, _body_example(spec, schema)) for kind, spec in body.items()]
            out.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "tag": (op.get("tags") or [""])[0],
                    "parameters": op.get("parameters", []),
                    "bodies": examples,
                    "responses": sorted(op.get("responses", {})),
                }
            )
    return out


def _body_example(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    """A request body's example as indented JSON ("" when the document gives none)."""
    example = spec.get("example")
    body_schema = spec.get("schema", {})
    ref = body_schema.get("$ref", "")
    if example is None and ref.startswith("#/components/schemas/"):
        body_schema = schema["components"]["schemas"][ref.rsplit("/", 1)[1]]
    if example is None and body_schema.get("examples"):
        example = body_schema["examples"][0]
    return "" if example is None else json.dumps(example, ensure_ascii=False, indent=2)


@router.get("/stats", response_class=HTMLResponse)
def stats_page(request: Request, as_of: str = "") -> Response:
    stats = register_stats(get_registry(request), as_of=parse_date(as_of))
    t = Translator(pick_language(request))
    charts = {
        size: {
            "years": svg.render_year_category_bars(
                stats["by_inclusion_year_category"], label=t.category, title=t("stats_per_year"), width=width
            ),
            "countries": svg.render_country_bars(
                {t("country_unknown") if k == UNKNOWN else k: v for k, v in stats["by_country"].items()},
                title=t("stats_by_country"),
                other_label="…",
                width=width,
            ),
            "cumulative": svg.render_cumulative_line(stats["cumulative"], title=t("stats_cumulative"), width=width),
        }
        for size, width in (("wide", svg.WIDTH), ("phone", svg.PHONE_WIDTH))
    }
    return render_page(
        request, "stats.html", stats=stats, charts=charts, json_url="/api/stats" + (f"?as_of={as_of}" if as_of else "")
    )
