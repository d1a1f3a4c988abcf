"""Rendering pages: the Jinja2 environment, what every page's context holds, and error pages."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from undesirable.serving import get_registry
from undesirable.web.i18n import LANGUAGE_COOKIE, LANGUAGES, Translator, pick_language

LANGUAGE_COOKIE_SECONDS = 365 * 24 * 3600
API_PREFIXES = ("/api/", "/match/", "/reconcile", "/healthz", "/openapi.json", "/docs", "/redoc")


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("undesirable.web", "templates"),
        autoescape=select_autoescape(["html", "xml"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["urlpath"] = lambda value: quote(str(value), safe="/:")
    env.filters["svg"] = Markup
    env.filters["inline_code"] = render_inline_code
    env.filters["anchor"] = lambda value: "op-" + re.sub(r"[^a-z0-9]+", "-", str(value).lower()).strip("-")
    return env


def render_inline_code(text: str) -> Markup:
    """Docstring text with ``code`` marks (reStructuredText style) shown as <code>, the rest escaped."""
    parts = re.split(r"``(.+?)``", str(text))
    return Markup("").join(Markup("<code>{}</code>").format(p) if i % 2 else escape(p) for i, p in enumerate(parts))


def render_page(request: Request, template: str, *, status: int = 200, **values: Any) -> HTMLResponse:
    """The page ``template`` in the request's language, with the footer's snapshot facts."""
    lang = pick_language(request)
    context = {**base_context(request, lang), **values}
    html = environment().get_template(template).render(context)
    response = HTMLResponse(html, status_code=status)
    if request.query_params.get("lang") in LANGUAGES:
        response.set_cookie(LANGUAGE_COOKIE, lang, max_age=LANGUAGE_COOKIE_SECONDS, samesite="lax")
    return response


def base_context(request: Request, lang: str) -> dict[str, Any]:
    other = next(code for code in LANGUAGES if code != lang)
    try:
        snapshot = get_registry(request).current_snapshot()
    except Exception:  # the footer must not hide the error being shown
        snapshot = None
    return {
        "request": request,
        "t": Translator(lang),
        "lang": lang,
        "other_lang": other,
        "switch_url": url_with(request, lang=other),
        "snapshot": snapshot,
        "path": request.url.path,
        "today": date.today(),
        "embed": request.query_params.get("embed") == "1",
    }


def url_with(request: Request, **changes: str | None) -> str:
    """The request's URL with some query parameters replaced (None drops one)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    query = urlencode({k: v for k, v in params.items() if v != ""})
    return quote(request.url.path, safe="/:") + (f"?{query}" if query else "")


def render_error_page(request: Request, body: dict[str, Any]) -> Response | None:
    """The error body as a page, for a browser on a web page; None for API paths and programs."""
    path = request.url.path
    if path.startswith(API_PREFIXES) or "text/html" not in request.headers.get("accept", ""):
        return None
    error = body["error"]
    return render_page(request, "error.html", status=error["status"], error=error)
