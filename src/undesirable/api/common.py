"""What the routers share: the app's registry, date and token checks, and the JSON shapes.

The shapes are the CLI's: a name check is ``{"query", "as_of", "snapshot", "matches"}`` like
``check --json``, a scan is ``{"as_of", "snapshot", "mentions"}`` like ``scan --json``.
"""

from __future__ import annotations

import hmac
import re
from datetime import date
from typing import Any

from fastapi import Request

from undesirable.errors import AuthError, UsageError
from undesirable.registry.registry import Registry
from undesirable.settings import Settings

DATE_PATTERN = r"^(\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4})$"
DATE_HELP = "A date, YYYY-MM-DD or DD.MM.YYYY (default: today)."


def get_registry(request: Request) -> Registry:
    """The app's one registry (made by ``create_app``)."""
    registry: Registry = request.app.state.registry
    return registry


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def parse_date_param(value: str | None, *, name: str = "as_of") -> date | None:
    """``YYYY-MM-DD`` or ``DD.MM.YYYY``; empty is None; anything else is a 422 usage error."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if re.fullmatch(DATE_PATTERN, text):
        try:
            if "-" in text:
                return date.fromisoformat(text)
            day, month, year = (int(part) for part in text.split("."))
            return date(year, month, day)
        except ValueError:
            pass
    raise UsageError(f"{name}: not a date: {value!r} (use YYYY-MM-DD or DD.MM.YYYY)")


def require_token(request: Request) -> None:
    """Allow a write only with ``Authorization: Bearer <UNDESIRABLE_API_TOKEN>``."""
    expected = get_settings(request).api_token
    if not expected:
        raise AuthError("writes are disabled: the server has no UNDESIRABLE_API_TOKEN")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise AuthError("a valid 'Authorization: Bearer <token>' header is required for writes")


def snapshot_json(registry: Registry) -> dict[str, Any] | None:
    snapshot = registry.current_snapshot()
    return snapshot.to_json() if snapshot is not None else None


def iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def match_name_json(
    registry: Registry, name: str, *, as_of: date | None, threshold: float | None, limit: int
) -> list[dict[str, Any]]:
    """The ``matches`` list of ``check --json`` for one name, best first."""
    from undesirable.screening import match_to_json

    found = registry.match(name, as_of=as_of, threshold=threshold, limit=limit)
    return [match_to_json(item, as_of=as_of) for item in found]


def scan_json(registry: Registry, text: str, *, as_of: date | None) -> list[dict[str, Any]]:
    """The ``mentions`` list of ``scan --json``, in text order."""
    return [mention.to_json(as_of=as_of) for mention in registry.scan(text, as_of=as_of)]
