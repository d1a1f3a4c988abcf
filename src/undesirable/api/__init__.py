"""The HTTP API: ``create_app(settings)`` builds it; one router module per resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from undesirable.api.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from undesirable.api.app import create_app

        return create_app
    raise AttributeError(f"module 'undesirable.api' has no attribute {name!r}")
